import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/domain/report-data/check-report.ts';
import { measureReport } from '../../src/domain/report-data/measure-report.ts';
import { parseReportData, type ReportData } from '../../src/domain/report-data/schema.ts';

/** A small valid file; each test changes what it needs (seed factory with overridable defaults). */
function reportData(overrides: Record<string, unknown> = {}): ReportData {
  const parsed = parseReportData({
    format: 'akuntabel/report-data@1',
    agency: { name: 'Dinas Sosial Kabupaten Contoh' },
    year: 2024,
    scale: 'permendagri-86-2017',
    aggregation: 'mean',
    sasaran: [
      {
        id: 'SS1',
        name: 'Menurunnya angka kemiskinan',
        indikator: [
          {
            id: 'IK1',
            name: 'Persentase penduduk miskin',
            unit: '%',
            polarity: 'negative',
            target: '5,5',
            realisasi: '6,67',
          },
        ],
      },
    ],
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

const indikator = (extra: Record<string, unknown>) => ({
  id: 'IK1',
  name: 'Persentase penduduk miskin',
  unit: '%',
  polarity: 'negative',
  target: '5,5',
  realisasi: '6,67',
  ...extra,
});

describe('parseReportData: clear errors naming the path', () => {
  it('names every wrong field', () => {
    const result = parseReportData({
      format: 'akuntabel/report-data@1',
      agency: {},
      year: 'dua ribu',
      sasaran: [{ id: 'S', name: 'x', indikator: [{ id: 'I', name: 'y', polarity: 'sideways' }] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('agency.name');
    expect(paths).toContain('year');
    expect(paths).toContain('sasaran[0].indikator[0].polarity');
    expect(result.errors.find((e) => e.path === 'agency.name')?.message).toBe('wajib diisi');
  });
  it('refuses another format, duplicate ids and ordinal indicators without grades', () => {
    expect(parseReportData({ format: 'akuntabel/report-data@2' }).ok).toBe(false);
    const dup = parseReportData({
      format: 'akuntabel/report-data@1',
      agency: { name: 'A' },
      year: 2024,
      sasaran: [
        { id: 'S1', name: 'a', indikator: [{ id: 'I1', name: 'x', polarity: 'ordinal', target: 'A' }] },
        { id: 'S1', name: 'b', indikator: [{ id: 'I1', name: 'y', polarity: 'positive', target: 1 }] },
      ],
    });
    expect(dup.ok).toBe(false);
    if (dup.ok) return;
    expect(dup.errors.map((e) => e.path).sort()).toEqual(
      ['sasaran[0].indikator[0].grades', 'sasaran[1].id', 'sasaran[1].indikator[0].id'].sort(),
    );
  });
  it('validates an inline scale', () => {
    const bad = parseReportData({
      format: 'akuntabel/report-data@1',
      agency: { name: 'A' },
      year: 2024,
      scale: { levels: [{ label: 'Baik', min: 50, minInclusive: true }] },
      sasaran: [],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.path).toBe('scale');
  });
});

describe('parseReportData: set-up mistakes are refused before measuring', () => {
  const base = {
    format: 'akuntabel/report-data@1',
    agency: { name: 'A' },
    year: 2024,
    sasaran: [
      {
        id: 'S1',
        name: 's',
        indikator: [
          { id: 'I1', name: 'a', polarity: 'positive', target: 1, weight: 2 },
          { id: 'I2', name: 'b', polarity: 'positive', target: 1 },
        ],
      },
    ],
  };
  const errorsOf = (json: unknown) => {
    const r = parseReportData(json);
    return r.ok ? [] : r.errors;
  };
  it('weights on only some indicators of a sasaran', () => {
    expect(errorsOf(base).map((e) => e.path)).toEqual(['sasaran[0].indikator[1].weight']);
  });
  it('group-mean with a scale that has no group mean values', () => {
    const json = { ...base, aggregation: 'group-mean', sasaran: [] };
    expect(errorsOf(json).map((e) => e.path)).toEqual(['aggregation']);
    expect(errorsOf({ ...json, scale: 'lan-239-2003' })).toEqual([]);
  });
  it('budget rows out of order (a sub kegiatan directly under a program)', () => {
    const json = {
      ...base,
      sasaran: [],
      budget: {
        items: [
          {
            code: '1',
            level: 'program',
            name: 'p',
            children: [{ code: '1.1', level: 'subkegiatan', name: 's' }],
          },
        ],
      },
    };
    expect(errorsOf(json)).toEqual([
      {
        path: 'budget.items[0].children[0].level',
        message: 'di tingkat ini harus kegiatan, bukan subkegiatan',
      },
    ]);
  });
  it('an unknown scale and a cap of 0 get messages that say what is expected', () => {
    const errors = errorsOf({ ...base, sasaran: [], scale: 'permendagri', policy: { cap: 0 } });
    expect(errors.find((e) => e.path === 'scale')?.message).toContain('permendagri-86-2017');
    expect(errors.find((e) => e.path === 'policy.cap')?.message).toBe('harus lebih dari 0');
  });
});

describe('measureReport', () => {
  it('uses the negative formula for a poverty rate (DOMAIN.md §2: 6,67 % against 5,5 % is 78,73 %)', () => {
    const m = measureReport(reportData());
    expect(m.sasaran[0]?.indikator[0]?.capaian).toBeCloseTo(78.7272, 3);
    expect(m.sasaran[0]?.indikator[0]?.predikat?.label).toBe('Tinggi');
  });
  it('says why a capaian cannot be computed: missing realisation is unknown, not zero', () => {
    const m = measureReport(
      reportData({ sasaran: [{ id: 'S', name: 's', indikator: [indikator({ realisasi: null })] }] }),
    );
    expect(m.sasaran[0]?.indikator[0]).toMatchObject({
      capaian: null,
      reason: 'missing-realisasi',
      predikat: null,
    });
    expect(m.overall).toMatchObject({ capaian: null, count: 0, excluded: 1 });
  });
  it('keeps target 0 explicit', () => {
    const m = measureReport(
      reportData({
        sasaran: [{ id: 'S', name: 's', indikator: [indikator({ polarity: 'positive', target: 0 })] }],
      }),
    );
    expect(m.sasaran[0]?.indikator[0]).toMatchObject({ capaian: null, reason: 'target-zero' });
  });
});

describe('checkReport: finds what reports get wrong (DOMAIN.md §6)', () => {
  it('recognises the wrong polarity: a poverty rate scored 121,27 % "Sangat Tinggi"', () => {
    const findings = checkReport(
      reportData({
        sasaran: [
          {
            id: 'SS1',
            name: 'Menurunnya angka kemiskinan',
            indikator: [indikator({ printed: { capaian: '121,27', predikat: 'Sangat Tinggi' } })],
          },
        ],
      }),
    );
    expect(findings.map((f) => [f.path, f.kind, f.expected])).toEqual([
      ['sasaran[SS1].indikator[IK1].printed.capaian', 'wrong-polarity', '78,73'],
      ['sasaran[SS1].indikator[IK1].printed.predikat', 'wrong-predikat', 'Tinggi'],
    ]);
    expect(findings[0]?.message).toContain('seharusnya 78,73');
  });
  it('a correct report yields no findings, at the precision it printed', () => {
    const findings = checkReport(
      reportData({
        sasaran: [
          {
            id: 'SS1',
            name: 'x',
            indikator: [indikator({ printed: { capaian: '78,73', predikat: 'Tinggi' } })],
            printed: { capaian: '78,7', predikat: 'tinggi' },
          },
        ],
        printed: { average: 79, averageLabel: '1 (satu) Sasaran 1 (satu) Indikator' },
      }),
    );
    expect(findings).toEqual([]);
  });
  it('tells a rounding slip from an arithmetic error', () => {
    const data = (printed: string) =>
      reportData({
        sasaran: [{ id: 'SS1', name: 'x', indikator: [indikator({ printed: { capaian: printed } })] }],
      });
    expect(checkReport(data('78,72'))[0]?.kind).toBe('rounding');
    expect(checkReport(data('80,10'))[0]?.kind).toBe('arithmetic');
    expect(checkReport(data('78.73.1'))[0]?.kind).toBe('malformed-number');
  });
  it('finds a budget parent that does not add up, where it starts, and a percentage on the wrong base', () => {
    const findings = checkReport(
      reportData({
        budget: {
          items: [
            {
              code: '1.06.01',
              level: 'program',
              name: 'Program Penunjang',
              pagu: '300',
              realisasi: '250',
              printed: { persen: '83,33' },
              children: [
                {
                  code: '1.06.01.2.01',
                  level: 'kegiatan',
                  name: 'Perencanaan',
                  pagu: '100',
                  realisasi: '98',
                  printed: { persen: '89,00' },
                  children: [
                    {
                      code: '1.06.01.2.01.0001',
                      level: 'subkegiatan',
                      name: 'a',
                      pagu: '60',
                      realisasi: '50',
                      children: [],
                    },
                    {
                      code: '1.06.01.2.01.0002',
                      level: 'subkegiatan',
                      name: 'b',
                      pagu: '40',
                      realisasi: '39',
                      children: [],
                    },
                  ],
                },
                {
                  code: '1.06.01.2.02',
                  level: 'kegiatan',
                  name: 'Keuangan',
                  pagu: '200',
                  paguMurni: '250',
                  realisasi: '161',
                  printed: { persen: '64,40' },
                  children: [],
                },
              ],
            },
          ],
          printed: { pagu: '300', realisasi: '250', persen: '83,33' },
        },
      }),
    );
    expect(findings.map((f) => [f.path, f.kind, f.expected])).toEqual([
      ['budget.items[1.06.01].children[1.06.01.2.01].realisasi', 'sum-mismatch', '89'],
      ['budget.items[1.06.01].children[1.06.01.2.02].printed.persen', 'percent-mismatch', '80,50'],
    ]);
    expect(findings[0]?.message).toContain('salah ketik');
    expect(findings[1]?.message).toContain('pagu murni');
  });
  it('still reports a percentage that agrees with neither the printed realisasi nor its rows', () => {
    const findings = checkReport(
      reportData({
        budget: {
          items: [
            {
              code: '1',
              level: 'program',
              name: 'P',
              pagu: 100,
              realisasi: 90,
              printed: { persen: '50,00' },
              children: [
                { code: '1.1', level: 'kegiatan', name: 'a', pagu: 100, realisasi: 80, children: [] },
              ],
            },
          ],
        },
      }),
    );
    expect(findings.map((f) => [f.path, f.kind, f.expected])).toEqual([
      ['budget.items[1].realisasi', 'sum-mismatch', '80'],
      ['budget.items[1].printed.persen', 'percent-mismatch', '90,00'],
    ]);
  });
  it('finds wrong amounts in words and suggests the value of a malformed row', () => {
    const findings = checkReport(
      reportData({
        budget: {
          items: [
            {
              code: '1',
              level: 'program',
              name: 'P',
              pagu: '81.440.000',
              realisasi: '0',
              children: [
                { code: '1.1', level: 'kegiatan', name: 'a', pagu: '41.600.00', realisasi: 0, children: [] },
                { code: '1.2', level: 'kegiatan', name: 'b', pagu: '39.840.000', realisasi: 0, children: [] },
              ],
            },
          ],
          printed: {
            pagu: '81.440.000',
            terbilang: { pagu: 'Delapan Puluh Satu Ribu Empat Ratus Empat Puluh Ribu Rupiah' },
          },
        },
      }),
    );
    expect(findings.map((f) => [f.path, f.kind, f.expected])).toEqual([
      ['budget.items[1].children[1.1].pagu', 'malformed-number', '41.600.000'],
      [
        'budget.printed.terbilang.pagu',
        'words',
        'delapan puluh satu juta empat ratus empat puluh ribu rupiah',
      ],
    ]);
  });
  it('writes findings in English on request', () => {
    const findings = checkReport(
      reportData({
        sasaran: [{ id: 'SS1', name: 'x', indikator: [indikator({ printed: { capaian: '121,27' } })] }],
      }),
      { locale: 'en' },
    );
    expect(findings[0]?.message).toContain('should be 78.73');
  });
});

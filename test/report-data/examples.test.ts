/**
 * The two real reports in examples/ (built from ../shared/fixtures): measure
 * reproduces their correct numbers, check lists exactly their real errors
 * (examples/README.md, "EXPECTED FINDINGS") and nothing that is correct.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roundedDecimalText } from '../../src/domain/numbers.ts';
import { checkReport } from '../../src/domain/report-data/check-report.ts';
import { measureReport } from '../../src/domain/report-data/measure-report.ts';
import {
  parseReportData,
  type BudgetItemInput,
  type ReportData,
} from '../../src/domain/report-data/schema.ts';

function load(name: string): ReportData {
  const parsed = parseReportData(
    JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

const at2 = (v: number | null | undefined) =>
  v === null || v === undefined ? null : roundedDecimalText(v, 2);

function findItem(items: BudgetItemInput[], code: string): BudgetItemInput {
  for (const item of items) {
    if (item.code === code) return item;
    try {
      return findItem(item.children, code);
    } catch {
      // not under this item
    }
  }
  throw new Error(`no budget item ${code}`);
}

describe('LKjIP 2023 Dinas Sosial Kabupaten Lima Puluh Kota', () => {
  const data = load('lkjip-2023-limapuluhkota.json');

  it('measure reproduces Tabel 3.2 (lines 460-466) and Tabel 3.7 totals (line 1187)', () => {
    const m = measureReport(data);
    const capaian = m.sasaran.flatMap((s) => s.indikator.map((i) => at2(i.capaian)));
    expect(capaian).toEqual(['100.72', '100.00', '112.23', '103.34']);
    expect(m.sasaran.flatMap((s) => s.indikator.map((i) => i.predikat?.label))).toEqual(
      Array(4).fill('Sangat Tinggi'),
    );
    expect(at2(m.overall.capaian)).toBe('104.07');
    expect(m.overall).toMatchObject({ count: 4, predikat: { label: 'Sangat Tinggi' } });
    expect(m.budget).toMatchObject({ pagu: 6737357519, realisasi: 6420276477, paguMurni: 7203419945 });
    expect(at2(m.budget?.persen)).toBe('95.29');
    const program = m.budget?.items.map((i) => i.level);
    expect(program?.every((level) => level === 'program')).toBe(true);
  });

  it('measure compares with the previous year from Tabel 3.3 (2022: 78 % → 2023: 74,53 %, a decline)', () => {
    const ppks = measureReport(data).sasaran[0]?.indikator[0];
    expect(ppks?.previousYear).toMatchObject({
      year: 2023,
      previousYear: 2022,
      change: -3.47,
      improved: false,
    });
    expect(ppks?.history.map((h) => h.year)).toEqual([2019, 2020, 2021, 2022]);
  });

  it('check lists exactly the real errors of the fixture (inconsistencies 1, 2, 3, 5, 8, 9, 13, 14)', () => {
    const findings = checkReport(data);
    expect(findings.map((f) => [f.path, f.kind, f.expected])).toEqual([
      ['sasaran[SS3].indikator[SS3.1].realisasi', 'unit', null], // #9, line 464
      ['sasaran[SS3].indikator[SS3.2].realisasi', 'unit', null], // #9, line 465
      ['printed.averageLabel', 'count-label', '4 indikator'], // #8, line 466
      ['budget.items[1.06.01].children[1.06.01.2.01].realisasi', 'sum-mismatch', '8.947.000'], // #1, line 1127
      [
        'budget.items[1.06.01].children[1.06.01.2.08].children[1.06.01.2.08.0004].pagu',
        'malformed-number',
        '41.600.000',
      ], // #5, line 1146
      ['budget.items[1.06.01].children[1.06.01.2.09].paguMurni', 'sum-mismatch', '271.401.000'], // #3, line 1148
      [
        'budget.items[1.06.04].children[1.06.04.2.01].children[1.06.04.2.01.0005].realisasi',
        'digit-slip',
        '177.880.628',
      ], // #2, line 1163
      [
        'budget.items[1.06.04].children[1.06.04.2.02].children[1.06.04.2.02.0007].printed.terbilang.realisasi',
        'words',
        'empat ratus sebelas juta delapan ratus lima belas ribu delapan ratus lima belas rupiah',
      ], // #14, lines 762-766
      [
        'budget.printed.terbilang.paguMurni',
        'words',
        'tujuh miliar dua ratus tiga juta empat ratus sembilan belas ribu sembilan ratus empat puluh lima rupiah',
      ], // #13, line 81
      [
        'budget.printed.terbilang.pagu',
        'words',
        'enam miliar tujuh ratus tiga puluh tujuh juta tiga ratus lima puluh tujuh ribu lima ratus sembilan belas rupiah',
      ], // #13, lines 83-85
    ]);
    const transposition = findings.find((f) => f.kind === 'sum-mismatch');
    expect(transposition?.message).toContain('Persentase tercetak 97,13 cocok dengan 8.947.000');
    expect(transposition?.lines).toEqual([1127]);
  });

  it('no false alarms: with the errors corrected, check finds nothing', () => {
    const fixed = structuredClone(data);
    const items = fixed.budget!.items;
    findItem(items, '1.06.01.2.01').realisasi = '8.947.000';
    findItem(items, '1.06.01.2.08.0004').pagu = '41.600.000';
    findItem(items, '1.06.04.2.01.0005').realisasi = '177.880.628';
    // #3: a sub kegiatan row with only an original budget is missing from the table;
    // without it the kegiatan's and program's original budget cannot be checked.
    delete findItem(items, '1.06.01.2.09').paguMurni;
    findItem(items, '1.06.04.2.02.0007').printed!.terbilang!.realisasi =
      'Empat Ratus Sebelas Juta Delapan Ratus Lima Belas Ribu Delapan Ratus Lima Belas Rupiah';
    fixed.budget!.printed!.terbilang = {
      pagu: 'Enam Milyar Tujuh Ratus Tiga Puluh Tujuh Juta Tiga Ratus Lima Puluh Tujuh Ribu Lima Ratus Sembilan Belas Rupiah',
      paguMurni:
        'Tujuh Milyar Dua Ratus Tiga Juta Empat Ratus Sembilan Belas Ribu Sembilan Ratus Empat Puluh Lima Rupiah',
      realisasi: fixed.budget!.printed!.terbilang!.realisasi,
    };
    fixed.printed!.averageLabel = 'Rata-rata Capaian 3 (tiga) Sasaran Strategis 4 (empat) Indikator Kinerja';
    for (const s of fixed.sasaran)
      for (const i of s.indikator)
        if (i.unit === 'nilai') i.realisasi = String(i.realisasi).replace(' %', '');
    expect(checkReport(fixed)).toEqual([]);
  });
});

describe('LAKIP 2020 Dinas Sosial Kabupaten Mukomuko', () => {
  const data = load('lakip-2020-mukomuko.json');

  it('measure: no realisation was reported (Tabel 6 missing), so no capaian; Tabel 9 total 89,06 % (line 737)', () => {
    const m = measureReport(data);
    expect(m.sasaran[0]?.indikator[0]).toMatchObject({ capaian: null, reason: 'missing-realisasi' });
    expect(m.overall.capaian).toBeNull();
    expect(m.budget).toMatchObject({ pagu: 1128699750, realisasi: 1005192056 });
    expect(at2(m.budget?.persen)).toBe('89.06');
  });

  it('check lists the three wrong percentages of Tabel 9 (fixture inconsistencies 1-3)', () => {
    expect(checkReport(data).map((f) => [f.path, f.kind, f.printed, f.expected])).toEqual([
      ['budget.items[C].children[C.2].printed.persen', 'percent-mismatch', '100,00', '99,80'], // line 759
      ['budget.items[E].children[E.2].printed.persen', 'percent-mismatch', '92,54', '98,93'], // line 768
      ['budget.items[H].children[H.1].printed.persen', 'percent-mismatch', '100,00', '97,80'], // line 776
    ]);
  });
});

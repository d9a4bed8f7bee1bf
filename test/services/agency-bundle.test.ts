/**
 * The demo agency bundle (data/demo/limapuluhkota-2023.json), built from the
 * LKjIP 2023 of Dinas Sosial Kabupaten Lima Puluh Kota: it parses, it carries
 * the report's correct figures, and broken bundles are refused with errors
 * that name the path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ROLES } from '../../src/services/demo/agency-bundle-fields.ts';
import {
  parseAgencyBundle,
  type AgencyBundle,
  type BundleSubKegiatan,
} from '../../src/services/demo/agency-bundle.ts';
import { computeCapaian } from '../../src/domain/capaian.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

const BUNDLE_PATH = new URL('../../data/demo/limapuluhkota-2023.json', import.meta.url);
const raw = (): Record<string, unknown> =>
  JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as Record<string, unknown>;

function load(): AgencyBundle {
  const result = parseAgencyBundle(raw());
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.bundle;
}

const subKegiatan = (b: AgencyBundle): BundleSubKegiatan[] =>
  b.budgetTree.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan));
const y2023 = (s: BundleSubKegiatan) => {
  const y = s.years['2023'];
  if (!y) throw new Error(`${s.code} has no 2023`);
  return y;
};

/** Mutates a fresh copy of the demo JSON and parses it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the JSON on purpose, untyped
function parseMutated(mutate: (json: any) => void) {
  const json = raw();
  mutate(json);
  return parseAgencyBundle(json);
}

describe('demo bundle: Dinas Sosial Kabupaten Lima Puluh Kota, LKjIP 2023', () => {
  const bundle = load();

  it('parses as akuntabel/agency-bundle@1', () => {
    expect(bundle.format).toBe('akuntabel/agency-bundle@1');
    expect(bundle.region).toMatchObject({
      name: 'Kabupaten Lima Puluh Kota',
      level: 'kabupaten',
      province: 'Sumatera Barat',
      timeZone: 'Asia/Jakarta',
    });
    expect(bundle.region.kecamatan).toHaveLength(13);
    expect(bundle.agency.urusan.code).toBe('1.06');
    expect(bundle.head.nip).toBe('196708121993032011');
    expect(bundle.renstra.period).toEqual({ start: 2021, end: 2026 });
  });

  it('has 4 programs, 10 kegiatan and 25 sub kegiatan with a revised pagu (L83, L363, L1197)', () => {
    const funded = (s: BundleSubKegiatan) => y2023(s).paguPerubahan > 0;
    const programs = bundle.budgetTree.programs.filter((p) =>
      p.kegiatan.some((k) => k.subKegiatan.some(funded)),
    );
    const kegiatan = bundle.budgetTree.programs
      .flatMap((p) => p.kegiatan)
      .filter((k) => k.subKegiatan.some(funded));
    expect(programs.map((p) => p.code)).toEqual(['1.06.01', '1.06.04', '1.06.06', '1.06.07']);
    expect(kegiatan).toHaveLength(10);
    expect(subKegiatan(bundle).filter(funded)).toHaveLength(25);
    // Rows of the original budget only are kept with pagu perubahan 0.
    expect(subKegiatan(bundle)).toHaveLength(37);
  });

  it('sums to the report totals: pagu 6.737.357.519, realisasi 6.420.276.477, 95,29 % (L1187)', () => {
    const subs = subKegiatan(bundle);
    const pagu = subs.reduce((a, s) => a + y2023(s).paguPerubahan, 0);
    const realisasi = subs.reduce((a, s) => a + y2023(s).realisasi, 0);
    expect(pagu).toBe(6_737_357_519);
    expect(realisasi).toBe(6_420_276_477);
    expect(roundHalfUp((realisasi / pagu) * 100, 2)).toBe(95.29);
    const unitemized = bundle.budgetTree.programs
      .flatMap((p) => p.kegiatan)
      .reduce((a, k) => a + (k.unitemized?.['2023']?.paguMurni ?? 0), 0);
    expect(subs.reduce((a, s) => a + y2023(s).paguMurni, 0) + unitemized).toBe(7_203_419_945);
  });

  it('uses the corrected values, each recorded in corrections', () => {
    const byCode = new Map(subKegiatan(bundle).map((s) => [s.code, y2023(s)]));
    expect(byCode.get('1.06.04.2.01.0005')?.realisasi).toBe(177_880_628);
    expect(byCode.get('1.06.01.2.08.0004')?.paguPerubahan).toBe(41_600_000);
    const k0101 = bundle.budgetTree.programs[0]?.kegiatan.find((k) => k.code === '1.06.01.2.01');
    expect(k0101?.subKegiatan.reduce((a, s) => a + y2023(s).realisasi, 0)).toBe(8_947_000);
    const fixed = new Map(bundle.corrections.map((c) => [c.fixtureInconsistencyId, c.corrected]));
    expect(fixed.get(1)).toBe(8_947_000);
    expect(fixed.get(2)).toBe(177_880_628);
    expect(fixed.get(5)).toBe(41_600_000);
    expect(fixed.get(15)).toBe(85);
  });

  it('has the 4 PK indicators with 2023 targets 74 / 95 / 65 / 85 and realisations 74,53 / 95 / 72,95 / 87,84', () => {
    const pk = bundle.perjanjianKinerja.documents.find((d) => d.year === 2023 && d.version === 'perubahan');
    expect(pk?.items.map((i) => [i.indikatorId, i.target])).toEqual([
      ['SS1.1', 74],
      ['SS2.1', 95],
      ['SS3.1', 65],
      ['SS3.2', 85],
    ]);
    const indikator = new Map(bundle.renstra.sasaran.flatMap((s) => s.indikator).map((i) => [i.id, i]));
    const real = (id: string) =>
      bundle.realisations.find((r) => r.indikatorId === id && r.year === 2023 && r.period === 'year')?.value;
    const printedCapaian = { 'SS1.1': 100.72, 'SS2.1': 100, 'SS3.1': 112.23, 'SS3.2': 103.34 };
    for (const [id, capaian] of Object.entries(printedCapaian)) {
      const ind = indikator.get(id);
      const target = ind?.targets.find((t) => t.year === 2023)?.value;
      expect(target).toBe(pk?.items.find((i) => i.indikatorId === id)?.target);
      const result = computeCapaian({
        polarity: 'positive',
        target: { kind: 'value', value: target ?? NaN },
        realisasi: real(id) ?? null,
      });
      expect(roundHalfUp(result.value ?? NaN, 2), id).toBe(capaian);
    }
    expect([real('SS1.1'), real('SS2.1'), real('SS3.1'), real('SS3.2')]).toEqual([74.53, 95, 72.95, 87.84]);
    // The PK's program budgets are the revised pagu of the budget tree.
    expect(pk?.programBudgets.reduce((a, p) => a + p.pagu, 0)).toBe(6_737_357_519);
  });

  it('has 39 PNS and 7 contract staff (Tabel 1.1, 1.2)', () => {
    expect(bundle.sdm.totals).toMatchObject({ pns: 39, kontrak: 7 });
    expect(bundle.sdm.byEducation.pns.reduce((a, r) => a + r.count, 0)).toBe(39);
    expect(bundle.sdm.byEducation.kontrak.reduce((a, r) => a + r.count, 0)).toBe(7);
  });

  it('has one demo user per role, bound as the roles require', () => {
    expect(bundle.demoUsers.map((u) => u.role).sort()).toEqual([...BUNDLE_ROLES].sort());
    for (const u of bundle.demoUsers) expect(u.password.length).toBeGreaterThanOrEqual(12);
    const agencyOf = Object.fromEntries(bundle.demoUsers.map((u) => [u.role, u.agency]));
    expect(agencyOf).toMatchObject({ admin: false, operator: true, kepala: true, evaluator: false });
  });

  it('has an organisation tree of 1 head, 4 eselon III units and 11 units below them', () => {
    const root = bundle.units;
    expect(root.eselon).toBe('II');
    expect(root.children.map((u) => u.eselon)).toEqual(['III', 'III', 'III', 'III']);
    expect(root.children.flatMap((u) => u.children)).toHaveLength(11);
  });

  it('carries IKM 87,84 (B, 150 respondents) and AKIP 72,95 (BB) with 12 recommendations', () => {
    const ikm = bundle.ikm.surveys.find((s) => s.year === 2023);
    expect(ikm).toMatchObject({ nilai: 87.84, mutu: 'B', respondents: 150 });
    expect(ikm?.period?.start).toBe('2023-07-01');
    const akip = bundle.akip.evaluations.find((e) => e.year === 2023);
    expect(akip).toMatchObject({ score: 72.95, grade: 'BB', evaluatedYear: 2022 });
    expect(akip?.recommendations).toHaveLength(12);
  });
});

describe('parseAgencyBundle: bad bundles are refused with the path and an Indonesian message', () => {
  it('names a missing field', () => {
    const result = parseMutated((j) => {
      delete j.region.name;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path: 'region.name', message: 'wajib diisi' });
  });

  it('refuses a negative pagu', () => {
    const result = parseMutated((j) => {
      j.budgetTree.programs[0].kegiatan[0].subKegiatan[0].years['2023'].paguPerubahan = -1;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: 'budgetTree.programs[0].kegiatan[0].subKegiatan[0].years.2023.paguPerubahan',
      message: 'tidak boleh kurang dari 0',
    });
  });

  it('refuses a duplicate budget code', () => {
    const result = parseMutated((j) => {
      const subs = j.budgetTree.programs[0].kegiatan[0].subKegiatan;
      subs[1].code = subs[0].code;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: 'budgetTree.programs[0].kegiatan[0].subKegiatan[1].code',
      message: 'kode "1.06.01.2.01.0001" dipakai lebih dari sekali',
    });
  });

  it('refuses a target year outside the Renstra period', () => {
    const result = parseMutated((j) => {
      j.renstra.sasaran[0].indikator[0].targets[0].year = 2027;
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: 'renstra.sasaran[0].indikator[0].targets[0].year',
      message: 'tahun 2027 di luar periode Renstra 2021–2026',
    });
  });

  it('refuses an unknown key, totals that do not reconcile, and a dangling reference', () => {
    const unknown = parseMutated((j) => {
      j.agency.urusanCode = '1.06';
    });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok)
      expect(unknown.errors).toContainEqual({ path: 'agency', message: 'kolom tidak dikenal: urusanCode' });

    const totals = parseMutated((j) => {
      j.budgetTree.programs[0].kegiatan[0].subKegiatan[0].years['2023'].realisasi -= 1000;
    });
    expect(totals.ok).toBe(false);
    if (!totals.ok)
      expect(totals.errors.map((e) => e.path)).toContain('budgetTree.controlTotals.2023.realisasi');

    const dangling = parseMutated((j) => {
      j.perjanjianKinerja.documents[0].items[0].indikatorId = 'SS9.9';
    });
    expect(dangling.ok).toBe(false);
    if (!dangling.ok)
      expect(dangling.errors).toContainEqual({
        path: 'perjanjianKinerja.documents[0].items[0].indikatorId',
        message: 'indikator "SS9.9" tidak ada di renstra',
      });
  });

  it('requires exactly one demo user per role', () => {
    const result = parseMutated((j) => {
      j.demoUsers = j.demoUsers.filter((u: { role: string }) => u.role !== 'evaluator');
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: 'demoUsers',
      message: 'harus ada tepat satu pengguna demo berperan evaluator (ada 0)',
    });
  });
});

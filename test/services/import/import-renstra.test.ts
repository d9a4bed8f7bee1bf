import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getImportTemplate } from '../../../src/services/import/get-import-template.ts';
import type { ImportOutcome } from '../../../src/services/import/import-outcome.ts';
import { runImport } from '../../../src/services/import/run-import.ts';
import { getRenstraTree } from '../../../src/services/plan/get-renstra-tree.ts';
import { queryRows } from '../../../src/store/database.ts';
import { auditLog, indicator, indicatorComponent } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
  // the ordinal indicator is fed by AKIP: an import must leave the feed alone
  await t.db.update(indicator).set({ feed: 'akip' }).where(eq(indicator.id, w.ordinal.id));
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');
const YEAR = 2024;
// Indikator: A Kode Sasaran … N Baseline, O..T 2021..2026, U Target Akhir
const COL = {
  sasaran: 1,
  code: 2,
  name: 3,
  unit: 4,
  iku: 5,
  polarity: 6,
  grades: 7,
  definition: 8,
  formula: 9,
  frequency: 11,
  aggregation: 12,
  year: (y: number) => 15 + (y - 2021),
  end: 21,
};

async function template(year = YEAR): Promise<ExcelJS.Workbook> {
  const file = await getImportTemplate(op(), { agencyId: w.agency.id, kind: 'renstra', year });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return workbook;
}

function rowOf(sheet: ExcelJS.Worksheet, column: number, code: string): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(column).value === code) return sheet.getRow(r);
  throw new Error(`no row ${code}`);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function importFile(bytes: Uint8Array, mode: 'preview' | 'confirm', year = YEAR): Promise<ImportOutcome> {
  return runImport(op(), { agencyId: w.agency.id, kind: 'renstra', year, mode, bytes });
}

/** Everything a Renstra import may write, as one text: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const rows = await queryRows<{ f: string }>(
    t.db,
    sql`select md5(
          coalesce((select string_agg(x::text, '|' order by x.id) from renstra_tujuan x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from sasaran_strategis x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from indicator x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from indicator_target x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from indicator_component x), '')
          || (select count(*)::text from audit_log)) as f`,
  );
  return rows[0]!.f;
}

async function actions(): Promise<string[]> {
  const rows = await t.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.origin, 'import'));
  return rows.map((r) => r.action).sort();
}

describe('the Renstra template', () => {
  it('holds the stored Renstra of the period covering the year, one target column per year, and explains itself', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sasaran', 'Indikator', 'Petunjuk']);
    const sasaran = workbook.getWorksheet('Sasaran')!;
    expect(sasaran.getRow(2).values).toEqual([
      undefined,
      'Kode Tujuan',
      'Nama Tujuan',
      'Kode Sasaran',
      'Nama Sasaran',
    ]);
    expect(sasaran.getRow(3).values).toEqual([
      undefined,
      'T1',
      'Meningkatkan kesejahteraan',
      'SS1',
      'Meningkatnya PPKS yang tertangani',
    ]);
    const sheet = workbook.getWorksheet('Indikator')!;
    const header = sheet.getRow(2).values as unknown[];
    expect(header.slice(15)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026', 'Target Akhir']);
    const iku = rowOf(sheet, COL.code, 'IKU1');
    expect(iku.getCell(COL.sasaran).value).toBe('SS1');
    expect(iku.getCell(COL.iku).value).toBe('Ya');
    expect(iku.getCell(COL.polarity).value).toBe('Positif');
    expect(iku.getCell(COL.aggregation).value).toBe('Posisi akhir');
    expect(iku.getCell(COL.frequency).value).toBe('Triwulanan');
    expect(iku.getCell(COL.year(2023)).value).toBe(75.5);
    expect(iku.getCell(COL.year(2024)).value).toBe(80.5);
    expect(iku.getCell(COL.year(2025)).value).toBeNull();
    expect(iku.getCell(COL.end).value).toBe(85);
    const ik3 = rowOf(sheet, COL.code, 'IK3');
    expect(ik3.getCell(COL.polarity).value).toBe('Ordinal');
    expect(ik3.getCell(COL.grades).value).toBe('AA, A, BB, B, CC, C, D');
    expect(ik3.getCell(COL.year(2024)).value).toBe('BB');
    const guide = workbook.getWorksheet('Petunjuk')!.getColumn(2).values.join('\n');
    expect(guide).toContain('periode 2021–2026');
    expect(guide).toContain('70 – 80');
  });

  it('imported unchanged, changes nothing', async () => {
    const bytes = await bytesOf(await template());
    const before = await fingerprint();
    const preview = await importFile(bytes, 'preview');
    expect(preview.status === 'preview' && preview.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 4,
      empty: 0,
    });
    const applied = await importFile(bytes, 'confirm');
    expect(applied.status).toBe('applied');
    expect(await fingerprint()).toBe(before);
  });

  it('without a Renstra period covering the year: one problem saying where to create it, and no template', async () => {
    const bytes = await bytesOf(await template());
    const outcome = await importFile(bytes, 'confirm', 2030);
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.problemCount).toBe(1);
    expect(outcome.problems[0]!.expected.id).toContain('Buat periode Renstra');
    expect(outcome.problems[0]!.expected.en).toContain('Create the Renstra period first on the Renstra page');
    await expect(template(2030)).rejects.toMatchObject({ code: 'invalid-state' });
  });
});

async function filled(): Promise<Uint8Array> {
  const workbook = await template();
  const sasaran = workbook.getWorksheet('Sasaran')!;
  rowOf(sasaran, 3, 'SS1').getCell(4).value = 'Meningkatnya PPKS yang tertangani secara layak';
  sasaran.addRow(['T2', 'Meningkatkan perlindungan sosial', 'SS2', 'Meningkatnya KPM yang terlindungi']);
  const sheet = workbook.getWorksheet('Indikator')!;
  const ik2 = rowOf(sheet, COL.code, 'IK2');
  ik2.getCell(COL.year(2024)).value = '85';
  ik2.getCell(COL.year(2025)).value = '82,5';
  const ik3 = rowOf(sheet, COL.code, 'IK3');
  ik3.getCell(COL.year(2025)).value = 'a';
  rowOf(sheet, COL.code, 'IKU1').getCell(COL.definition).value = 'PPKS yang menerima layanan rehabilitasi';
  const added = sheet.getRow(sheet.rowCount + 1);
  added.getCell(COL.sasaran).value = 'SS2';
  added.getCell(COL.code).value = 'IK 2.1';
  added.getCell(COL.name).value = 'Rasio KPM terlindungi';
  added.getCell(COL.unit).value = '%';
  added.getCell(COL.polarity).value = 'rentang';
  added.getCell(COL.aggregation).value = 'Kumulatif';
  added.getCell(COL.year(2024)).value = '70 – 80';
  added.getCell(COL.end).value = '75,5 s.d. 90';
  return bytesOf(workbook);
}

describe('runImport (renstra)', () => {
  it('previews new and changed rows without writing, confirms them, leaves feeds and components alone, and a re-import changes nothing', async () => {
    const bytes = await filled();
    const before = await fingerprint();
    const preview = await importFile(bytes, 'preview');
    if (preview.status !== 'preview') throw new Error(JSON.stringify(preview));
    expect(preview.counts).toEqual({ new: 2, changed: 4, unchanged: 0, empty: 0 });
    expect(preview.changes.map((c) => `${c.sheet} ${c.change} ${c.label}: ${c.before} → ${c.after}`)).toEqual(
      [
        'Sasaran changed SS1 · nama sasaran: Meningkatnya PPKS yang tertangani → Meningkatnya PPKS yang tertangani secara layak',
        'Sasaran new SS2: null → Meningkatnya KPM yang terlindungi',
        'Sasaran new T2: null → Meningkatkan perlindungan sosial',
        'Indikator changed IK2 · target 2024: 80 → 85',
        'Indikator new IK2 · target 2025: null → 82,5',
        'Indikator new IK3 · target 2025: null → A',
        'Indikator changed IKU1 · definisi: null → PPKS yang menerima layanan rehabilitasi',
        'Indikator new IK 2.1: null → Rasio KPM terlindungi',
        'Indikator new IK 2.1 · target 2024: null → 70 – 80',
      ],
    );
    expect(await fingerprint()).toBe(before);

    const applied = await importFile(bytes, 'confirm', YEAR);
    expect(applied.status).toBe('applied');
    const tree = await getRenstraTree(op(), { agencyId: w.agency.id });
    const t2 = tree.misi
      .flatMap((m) => m.tujuan)
      .concat(tree.tujuanWithoutMisi)
      .find((x) => x.code === 'T2');
    expect(t2?.statement).toBe('Meningkatkan perlindungan sosial');
    const ss2 = t2!.sasaran.find((s) => s.code === 'SS2')!;
    expect(ss2.statement).toBe('Meningkatnya KPM yang terlindungi');
    const added = ss2.indicators[0]!;
    expect([added.code, added.polarity, added.periodAggregation, added.reportingFrequency]).toEqual([
      'IK 2.1',
      'range',
      'cumulative',
      'quarterly',
    ]);
    expect(added.endTarget).toMatchObject({ low: '75.5', high: '90' });
    expect(added.targets.map((x) => [x.year, x.low, x.high])).toEqual([[2024, '70', '80']]);
    const ss1 = tree.misi[0]!.tujuan[0]!.sasaran[0]!;
    expect(ss1.statement).toBe('Meningkatnya PPKS yang tertangani secara layak');
    const ik2 = ss1.indicators.find((i) => i.code === 'IK2')!;
    expect(ik2.targets.map((x) => [x.year, x.value])).toEqual([
      [2024, '85'],
      [2025, '82.5'],
    ]);
    const ik3 = ss1.indicators.find((i) => i.code === 'IK3')!;
    expect(ik3.feed).toBe('akip');
    expect(ik3.targets.map((x) => [x.year, x.grade])).toEqual([
      [2024, 'BB'],
      [2025, 'A'],
    ]);
    const iku = ss1.indicators.find((i) => i.code === 'IKU1')!;
    expect(iku.definition).toBe('PPKS yang menerima layanan rehabilitasi');
    expect(iku.formula).toBe('served / total × 100');
    const components = await t.db
      .select({ code: indicatorComponent.code })
      .from(indicatorComponent)
      .where(eq(indicatorComponent.indicatorId, w.indicator.id));
    expect(components.map((c) => c.code).sort()).toEqual(['served', 'total']);
    expect(await actions()).toEqual([
      'indicator.created',
      'indicator.updated',
      'indicator_target.created',
      'indicator_target.created',
      'indicator_target.created',
      'indicator_target.updated',
      'renstra.imported',
      'renstra_tujuan.created',
      'sasaran_strategis.created',
      'sasaran_strategis.updated',
    ]);

    // the same file again: all unchanged, nothing written
    const after = await fingerprint();
    const again = await importFile(bytes, 'preview');
    expect(again.status === 'preview' && again.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 6,
      empty: 0,
    });
    expect((await importFile(bytes, 'confirm')).status).toBe('applied');
    expect(await fingerprint()).toBe(after);
  });

  it('refuses the whole file when a row is wrong, naming sheet, row, column, the value found and what was expected', async () => {
    const workbook = await template();
    const sasaran = workbook.getWorksheet('Sasaran')!;
    rowOf(sasaran, 3, 'SS1').getCell(4).value = 'Diubah'; // a good change: not written either
    const noName = sasaran.addRow([null, null, 'SS9', null]);
    const sheet = workbook.getWorksheet('Indikator')!;
    const ik2 = rowOf(sheet, COL.code, 'IK2');
    ik2.getCell(COL.year(2025)).value = '7,5,3';
    ik2.getCell(COL.frequency).value = 'Mingguan';
    rowOf(sheet, COL.code, 'IK3').getCell(COL.year(2025)).value = 'Z';
    const wrongSasaran = sheet.addRow(['SS7', 'IK 7.1', 'Baru', '%', null, 'Positif']);
    wrongSasaran.getCell(COL.aggregation).value = 'Kumulatif';
    const duplicate = sheet.addRow(['SS1', 'ik2', 'Lagi', '%', null, 'Positif']);
    const badPolarity = sheet.addRow(['SS1', 'IK 1.9', 'Baru', null, null, 'Meningkat']);
    badPolarity.getCell(COL.aggregation).value = 'Kumulatif';
    const before = await fingerprint();
    const outcome = await importFile(await bytesOf(workbook), 'confirm');
    if (outcome.status !== 'refused') throw new Error(outcome.status);
    const shown = outcome.problems.map(
      (p) => `${p.sheet}!${p.row} ${p.column} [${p.found}] ${p.expected.en}`,
    );
    expect(shown).toEqual([
      `Sasaran!${noName.number} D (Nama Sasaran) [null] is required`,
      `Indikator!${ik2.number} K (Frekuensi Pelaporan) [Mingguan] a reporting frequency: Bulanan, Triwulanan, Semesteran, Tahunan`,
      expect.stringMatching(
        new RegExp(`^Indikator!${ik2.number} S \\(2025\\) \\[7,5,3\\] a number, e\\.g\\. 74,53`),
      ),
      `Indikator!${ik2.number + 1} S (2025) [Z] must be one of: AA, A, BB, B, CC, C, D`,
      `Indikator!${wrongSasaran.number} A (Kode Sasaran) [SS7] a sasaran code of sheet Sasaran or of this Renstra`,
      `Indikator!${duplicate.number} B (Kode Indikator) [ik2] one row per indicator: code ik2 is already on row ${ik2.number}`,
      `Indikator!${badPolarity.number} F (Polaritas) [Meningkat] a polarity: Positif, Negatif, Rentang, Ordinal`,
      `Indikator!${badPolarity.number} D (Satuan) [null] is required`,
    ]);
    expect(outcome.problems[0]!.expected.id).toBe('wajib diisi');
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a year column outside the period, a changed header and a missing sheet', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('Indikator')!;
    sheet.getRow(2).getCell(COL.year(2026)).value = 2030;
    sheet.getRow(2).getCell(COL.unit).value = 'Unit';
    const outcome = await importFile(await bytesOf(workbook), 'preview');
    if (outcome.status !== 'refused') throw new Error(outcome.status);
    expect(
      outcome.problems.map((p) => `${p.sheet}!${p.row} ${p.column} [${p.found}] ${p.expected.en}`),
    ).toEqual([
      'Indikator!2 D (Satuan) [Unit] the column header "Satuan" (do not change the template\'s header row)',
      'Indikator!2 T (2030) [2030] a year of the Renstra period 2021–2026 (one column per year) or "Target Akhir"',
    ]);
    workbook.removeWorksheet(workbook.getWorksheet('Sasaran')!.id);
    const missing = await importFile(await bytesOf(workbook), 'preview');
    expect(missing.status === 'refused' && missing.problems[0]).toMatchObject({
      sheet: 'Sasaran',
      row: null,
      expected: { en: 'a sheet named "Sasaran" (download the Renstra template)' },
    });
  });

  it('keeps the hand-entry rules: no polarity change once targets exist, a computed formula keeps its components', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('Indikator')!;
    const ik2 = rowOf(sheet, COL.code, 'IK2');
    ik2.getCell(COL.polarity).value = 'turun';
    const iku = rowOf(sheet, COL.code, 'IKU1');
    iku.getCell(COL.formula).value = 'jumlah PPKS tertangani dibagi jumlah PPKS';
    const before = await fingerprint();
    const outcome = await importFile(await bytesOf(workbook), 'confirm');
    if (outcome.status !== 'refused') throw new Error(outcome.status);
    expect(outcome.problems.map((p) => `${p.row} ${p.column} [${p.found}] ${p.expected.en}`)).toEqual([
      `${ik2.number} F (Polaritas) [turun] Positif (cannot change once the indicator has targets)`,
      `${iku.number} I (Formula) [jumlah PPKS tertangani dibagi jumlah PPKS] a formula over the component codes (served, total), as its realisations are computed from them`,
    ]);
    expect(await fingerprint()).toBe(before);
  });

  it("refuses another agency's operator", async () => {
    const bytes = await bytesOf(await template());
    await expect(
      runImport(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        kind: 'renstra',
        year: YEAR,
        mode: 'confirm',
        bytes,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getImportTemplate(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        kind: 'renstra',
        year: YEAR,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'renstra.imported')));
    expect(row).toBeUndefined();
  });
});

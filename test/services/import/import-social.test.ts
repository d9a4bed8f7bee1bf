import ExcelJS from 'exceljs';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getImportTemplate } from '../../../src/services/import/get-import-template.ts';
import type { ImportOutcome, ImportProblem } from '../../../src/services/import/import-outcome.ts';
import { runImport } from '../../../src/services/import/run-import.ts';
import { measureAgencyYear } from '../../../src/services/measure/measure-agency-year.ts';
import { updateIndicator } from '../../../src/services/plan/update-indicator.ts';
import { getSocialData } from '../../../src/services/record/get-social-data.ts';
import { queryRows } from '../../../src/store/database.ts';
import { auditLog, indicator, realisation } from '../../../src/store/schema/index.ts';
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
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');
const YEAR = 2024;
const KOTA = 'Kecamatan Kota';

async function template(year = YEAR): Promise<ExcelJS.Workbook> {
  const file = await getImportTemplate(op(), { agencyId: w.agency.id, kind: 'sosial', year });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The template's row of a code (column B), a kecamatan and, on Bantuan, a name of assistance. */
function rowOf(workbook: ExcelJS.Workbook, sheet: string, code: string, kecamatan: string): ExcelJS.Row {
  const ws = workbook.getWorksheet(sheet)!;
  const kecColumn = sheet === 'Bantuan' ? 5 : 4;
  for (let r = 3; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(2).value === code && row.getCell(kecColumn).value === kecamatan) return row;
  }
  throw new Error(`no row ${sheet} ${code} ${kecamatan}`);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function importFile(
  bytes: Uint8Array,
  mode: 'preview' | 'confirm',
  year = YEAR,
  digest?: string,
): Promise<ImportOutcome> {
  return runImport(op(), {
    agencyId: w.agency.id,
    kind: 'sosial',
    year,
    mode,
    bytes,
    ...(digest ? { digest } : {}),
  });
}

/** Everything an import may write, as one text: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const rows = await queryRows<{ f: string }>(
    t.db,
    sql`select md5(coalesce((select string_agg(r::text, '|' order by r.id) from ppks_count r), '')
          || coalesce((select string_agg(r::text, '|' order by r.id) from psks_count r), '')
          || coalesce((select string_agg(r::text, '|' order by r.id) from assistance_delivery r), '')
          || coalesce((select string_agg(r::text, '|' order by r.id) from realisation r), '')
          || (select count(*)::text from audit_log)) as f`,
  );
  return rows[0]!.f;
}

async function filled(): Promise<Uint8Array> {
  const workbook = await template();
  // PPKS: a new whole-region row given by name, a changed kecamatan row
  const fakir = rowOf(workbook, 'PPKS', 'fakir_miskin', 'Seluruh daerah');
  fakir.getCell(5).value = '2.000';
  fakir.getCell(6).value = 1500;
  fakir.getCell(7).value = 'DTKS SIKS-NG Desember 2024';
  rowOf(workbook, 'PPKS', 'fakir_miskin', KOTA).getCell(6).value = '1.200';
  // PSKS: a new row in the kecamatan
  rowOf(workbook, 'PSKS', 'tagana', KOTA).getCell(5).value = 25;
  // Bantuan: a new PKH row, recipients, units, value as people type them
  const pkh = rowOf(workbook, 'Bantuan', 'pkh', 'Seluruh daerah');
  pkh.getCell(4).value = 'PKH Reguler';
  pkh.getCell(6).value = '4.512';
  pkh.getCell(7).value = '12,5';
  pkh.getCell(8).value = 'paket';
  pkh.getCell(9).value = 'Rp 1.250.000.000,-';
  pkh.getCell(10).value = 'APBN';
  return bytesOf(workbook);
}

describe('the social-data template', () => {
  it('has PPKS, PSKS and Bantuan with what is stored, and a Petunjuk listing codes and kecamatan', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['PPKS', 'PSKS', 'Bantuan', 'Petunjuk']);
    expect(workbook.getWorksheet('PPKS')!.getRow(2).values).toEqual([
      undefined,
      'Tahun',
      'Kode Kategori',
      'Nama Kategori',
      'Kecamatan',
      'Jumlah PPKS',
      'Mendapat Pelayanan',
      'Sumber Data',
    ]);
    // 27 categories × (whole region + 1 kecamatan)
    expect(workbook.getWorksheet('PPKS')!.rowCount).toBe(2 + 27 * 2);
    const fakir = rowOf(workbook, 'PPKS', 'fakir_miskin', KOTA);
    expect(fakir.getCell(3).value).toBe('Fakir Miskin');
    expect(fakir.getCell(5).value).toBe(1520);
    expect(rowOf(workbook, 'PSKS', 'tksk', 'Seluruh daerah').getCell(5).value).toBe(19);
    const permakanan = rowOf(workbook, 'Bantuan', 'permakanan', KOTA);
    expect([6, 7, 8, 9].map((c) => permakanan.getCell(c).value)).toEqual([36, 1080, 'paket', 32_400_000]);
    const guide = workbook.getWorksheet('Petunjuk')!;
    const text = [1, 2].map((c) => guide.getColumn(c).values.join('\n')).join('\n');
    for (const expected of ['fakir_miskin', 'Komunitas Adat Terpencil', 'tagana', 'sembako_bpnt', KOTA, '01'])
      expect(text).toContain(expected);
  });

  it('imported unchanged changes nothing', async () => {
    const before = await fingerprint();
    const bytes = await bytesOf(await template());
    const preview = await importFile(bytes, 'preview');
    expect(preview.status === 'preview' && preview.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 3,
      empty: 27 * 2 + 12 * 2 + 10 * 2 - 3,
    });
    expect((await importFile(bytes, 'confirm')).status).toBe('applied');
    expect(await fingerprint()).toBe(before);
  });
});

describe('runImport (social data)', () => {
  it('previews, confirms the rows as the hand entry would store them, and a re-import changes nothing', async () => {
    const bytes = await filled();
    const before = await fingerprint();
    const preview = await importFile(bytes, 'preview');
    if (preview.status !== 'preview') throw new Error(JSON.stringify(preview));
    expect(preview.counts).toMatchObject({ new: 3, changed: 1, unchanged: 2 });
    expect(preview.changes.map((c) => `${c.change} ${c.sheet} ${c.label}: ${c.before} → ${c.after}`)).toEqual(
      [
        'new PPKS Fakir Miskin · Seluruh daerah: null → jumlah 2.000; mendapat pelayanan 1.500; sumber: DTKS SIKS-NG Desember 2024',
        'changed PPKS Fakir Miskin · Kecamatan Kota: jumlah 1.520; mendapat pelayanan – → jumlah 1.520; mendapat pelayanan 1.200',
        'new PSKS Taruna Siaga Bencana (TAGANA) · Kecamatan Kota: null → jumlah 25',
        'new Bantuan Program Keluarga Harapan (PKH) (PKH Reguler) · Seluruh daerah: null → penerima 4.512; unit 12,5 paket; nilai Rp 1.250.000.000; dana: APBN',
      ],
    );
    expect(await fingerprint()).toBe(before);

    const applied = await importFile(bytes, 'confirm', YEAR, preview.digest);
    expect(applied.status).toBe('applied');
    const data = await getSocialData(op(), { agencyId: w.agency.id, year: YEAR });
    const kota = data.kecamatan.find((k) => k.name === KOTA)!.id;
    expect(
      data.ppks.map((r) => [r.category, r.kecamatanId, r.count, r.served, r.dataSource, r.version]).sort(),
    ).toEqual([
      ['fakir_miskin', null, 2000, 1500, 'DTKS SIKS-NG Desember 2024', 1],
      ['fakir_miskin', kota, 1520, 1200, null, 2],
    ]);
    expect(data.psks.map((r) => [r.type, r.kecamatanId, r.count]).sort()).toEqual([
      ['tagana', kota, 25],
      ['tksk', null, 19],
    ]);
    const pkh = data.assistance.find((r) => r.program === 'pkh')!;
    expect(pkh).toMatchObject({
      programLabel: 'PKH Reguler',
      kecamatanId: null,
      recipients: 4512,
      units: '12.5',
      unitName: 'paket',
      value: 1_250_000_000,
      fundingSource: 'APBN',
    });
    const actions = await t.db
      .select({ action: auditLog.action, n: count() })
      .from(auditLog)
      .where(eq(auditLog.agencyId, w.agency.id))
      .groupBy(auditLog.action);
    expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toMatchObject({
      'ppks_count.saved': 2,
      'psks_count.saved': 1,
      'assistance_delivery.saved': 1,
      'social_data.imported': 1,
    });
    const [changedEvent] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ppks_count.saved'), sql`${auditLog.before} is not null`));
    expect(changedEvent!.before).toMatchObject({ count: 1520, served: null, version: 1 });
    expect(changedEvent!.after).toMatchObject({ count: 1520, served: 1200, version: 2 });
    expect(changedEvent!.origin).toBe('import');

    // the same file again: all unchanged, nothing written
    const after = await fingerprint();
    const again = await importFile(bytes, 'preview');
    expect(again.status === 'preview' && again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 6 });
    expect((await importFile(bytes, 'confirm')).status).toBe('applied');
    expect(await fingerprint()).toBe(after);
  });

  it('reads a blank row as no data: a stored row whose cells are emptied is kept', async () => {
    const workbook = await template();
    const fakir = rowOf(workbook, 'PPKS', 'fakir_miskin', KOTA);
    fakir.getCell(5).value = null;
    const before = await fingerprint();
    const preview = await importFile(await bytesOf(workbook), 'confirm');
    expect(preview.status === 'applied' && preview.counts).toMatchObject({
      new: 0,
      changed: 0,
      unchanged: 2,
    });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses every wrong cell, naming sheet, row, column, what was found and expected, and writes nothing', async () => {
    const workbook = await template();
    const ppks = workbook.getWorksheet('PPKS')!;
    const add = (ws: ExcelJS.Worksheet, values: (string | number | null)[]) => {
      const row = ws.getRow(ws.rowCount + 1);
      row.values = values;
      return row.number;
    };
    const unknownCategory = add(ppks, [YEAR, 'anak_hilang', null, 'Seluruh daerah', 5, null, null]);
    const unknownKecamatan = add(ppks, [YEAR, 'pengemis', null, 'Kecamatan Laut', 5, null, null]);
    const malformed = add(ppks, [YEAR, null, 'Pengemis', KOTA, '12,x', null, null]);
    const servedOver = add(ppks, [YEAR, 'pemulung', null, KOTA, 10, 11, null]);
    const missingCount = add(ppks, [YEAR, 'gelandangan', null, KOTA, null, 3, null]);
    const wrongYear = add(ppks, [2023, 'odha', null, KOTA, 3, null, null]);
    const firstTuna = add(ppks, [YEAR, 'tuna_susila', null, KOTA, 3, null, null]);
    const duplicate = add(ppks, [YEAR, 'Tuna Susila', null, 'kota', 4, null, null]);
    const psks = workbook.getWorksheet('PSKS')!;
    const negative = add(psks, [YEAR, 'lks', null, KOTA, -5, null, null]);
    const bantuan = workbook.getWorksheet('Bantuan')!;
    const badRupiah = add(bantuan, [YEAR, 'rtlh', null, null, KOTA, 3, null, null, '15 juta', null]);
    const unknownProgram = add(bantuan, [YEAR, 'bansos_tunai', null, null, KOTA, 3, null, null, null, null]);

    const before = await fingerprint();
    const outcome = await importFile(await bytesOf(workbook), 'confirm');
    if (outcome.status !== 'refused') throw new Error(JSON.stringify(outcome));
    const at = (p: ImportProblem) => `${p.sheet}!${p.row} ${p.column} [${p.found}]`;
    expect(outcome.problems.map(at)).toEqual([
      `PPKS!${unknownCategory} B (Kode Kategori) [anak_hilang]`,
      `PPKS!${unknownKecamatan} D (Kecamatan) [Kecamatan Laut]`,
      `PPKS!${malformed} E (Jumlah PPKS) [12,x]`,
      `PPKS!${servedOver} F (Mendapat Pelayanan) [11]`,
      `PPKS!${missingCount} E (Jumlah PPKS) [null]`,
      `PPKS!${wrongYear} A (Tahun) [2023]`,
      `PPKS!${duplicate} B (Kode Kategori) [Tuna Susila]`,
      `PSKS!${negative} E (Jumlah) [-5]`,
      `Bantuan!${badRupiah} I (Nilai (Rp)) [15 juta]`,
      `Bantuan!${unknownProgram} B (Kode Program) [bansos_tunai]`,
    ]);
    expect(outcome.problemCount).toBe(10);
    const byRow = new Map(outcome.problems.map((p) => [`${p.sheet}!${p.row}`, p.expected]));
    expect(byRow.get(`PPKS!${servedOver}`)!.en).toContain('may not exceed the PPKS count (10)');
    expect(byRow.get(`PPKS!${missingCount}`)!.id).toContain('wajib diisi');
    expect(byRow.get(`PPKS!${duplicate}`)!.id).toContain(`sudah ada di baris ${firstTuna}`);
    expect(byRow.get(`PPKS!${unknownCategory}`)!.en).toContain('PPKS category');
    expect(byRow.get(`PSKS!${negative}`)!.id).toContain('bilangan bulat 0 atau lebih');
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a missing sheet or a changed header, and a foreign agency', async () => {
    const workbook = await template();
    workbook.removeWorksheet(workbook.getWorksheet('PSKS')!.id);
    workbook.getWorksheet('Bantuan')!.getCell(2, 6).value = 'Jumlah Penerima';
    const outcome = await importFile(await bytesOf(workbook), 'preview');
    if (outcome.status !== 'refused') throw new Error(outcome.status);
    expect(outcome.problems.map((p) => `${p.sheet}!${p.row ?? '-'} ${p.column ?? '-'} [${p.found}]`)).toEqual(
      ['PSKS!- - [PPKS, Bantuan, Petunjuk]', 'Bantuan!2 F (Penerima) [Jumlah Penerima]'],
    );

    const before = await fingerprint();
    await expect(
      runImport(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        kind: 'sosial',
        year: YEAR,
        mode: 'confirm',
        bytes: await filled(),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getImportTemplate(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        kind: 'sosial',
        year: YEAR,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fingerprint()).toBe(before);
  });
});

describe('an indicator fed by the Data Sosial, after an import', () => {
  it('is computed again: the measured realisation follows the imported PPKS served / counted', async () => {
    // IKU1 "served / total × 100" bound to PPKS served and PPKS counted (docs/decisions/0012)
    const [row] = await t.db.select().from(indicator).where(eq(indicator.id, w.indicator.id));
    await updateIndicator(op(), {
      indicatorId: w.indicator.id,
      version: row!.version,
      componentSources: {
        served: { dataset: 'ppks', measure: 'served' },
        total: { dataset: 'ppks', measure: 'total' },
      },
    });
    const measured = async () => {
      const m = await measureAgencyYear(op(), { agencyId: w.agency.id, year: 2023 });
      return m.sasaran.flatMap((s) => s.indicators).find((i) => i.id === w.indicator.id)!.realisasi;
    };
    expect(await measured()).toBeNull();

    const fill = async (served: number) => {
      const workbook = await template(2023);
      const fakir = rowOf(workbook, 'PPKS', 'fakir_miskin', 'Seluruh daerah');
      fakir.getCell(5).value = 200;
      fakir.getCell(6).value = 150;
      const lansia = rowOf(workbook, 'PPKS', 'lanjut_usia_telantar', KOTA);
      lansia.getCell(5).value = 100;
      lansia.getCell(6).value = served;
      return bytesOf(workbook);
    };
    expect((await importFile(await fill(60), 'confirm', 2023)).status).toBe('applied');
    expect(await measured()).toBe(70); // (150 + 60) / (200 + 100) × 100
    const fed = await t.db
      .select()
      .from(realisation)
      .where(and(eq(realisation.indicatorId, w.indicator.id), eq(realisation.year, 2023)));
    expect(fed.map((r) => [r.periodKind, r.value, r.status])).toEqual([['year', '70', 'submitted']]);

    expect((await importFile(await fill(90), 'confirm', 2023)).status).toBe('applied');
    expect(await measured()).toBe(80);
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/services/errors.ts';
import { getImportTemplate } from '../../../src/services/import/get-import-template.ts';
import { loadRealisationImportFacts } from '../../../src/services/import/realisation-import-facts.ts';
import { IMPORT_MAX_BYTES } from '../../../src/services/import/import-file.ts';
import type { ImportOutcome } from '../../../src/services/import/import-outcome.ts';
import { runImport } from '../../../src/services/import/run-import.ts';
import { queryRows } from '../../../src/store/database.ts';
import { auditLog, periodLock, realisation, realisationComponent } from '../../../src/store/schema/index.ts';
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

async function template(): Promise<ExcelJS.Workbook> {
  const file = await getImportTemplate(op(), { agencyId: w.agency.id, kind: 'realisasi', year: YEAR });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The row of the template for an indicator, period (and component). */
function rowOf(
  sheet: ExcelJS.Worksheet,
  code: string,
  period: string,
  component: string | null = null,
): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (
      row.getCell(2).value === code &&
      row.getCell(5).value === period &&
      (row.getCell(6).value ?? null) === component
    )
      return row;
  }
  throw new Error(`no row ${code} ${period} ${component}`);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function importFile(
  bytes: Uint8Array,
  mode: 'preview' | 'confirm',
  digest?: string,
): Promise<ImportOutcome> {
  return runImport(op(), {
    agencyId: w.agency.id,
    kind: 'realisasi',
    year: YEAR,
    mode,
    bytes,
    ...(digest ? { digest } : {}),
  });
}

/** Everything an import may write, as one text: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const rows = await queryRows<{ f: string }>(
    t.db,
    sql`select md5(coalesce((select string_agg(r::text, '|' order by r.id) from realisation r), '')
          || coalesce((select string_agg(c::text, '|' order by c.id) from realisation_component c), '')
          || (select count(*)::text from audit_log)) as f`,
  );
  return rows[0]!.f;
}

async function filled(): Promise<Uint8Array> {
  const workbook = await template();
  const sheet = workbook.getWorksheet('Realisasi')!;
  rowOf(sheet, 'IK2', 'TW I').getCell(7).value = '74,53';
  rowOf(sheet, 'IK2', 'TW II').getCell(7).value = 80.5;
  rowOf(sheet, 'IK2', 'TW II').getCell(8).value = 'Data Juni';
  rowOf(sheet, 'IK3', 'TW I').getCell(7).value = 'bb';
  rowOf(sheet, 'IKU1', 'TW II', 'served').getCell(7).value = '30';
  rowOf(sheet, 'IKU1', 'TW II', 'total').getCell(7).value = 40;
  return bytesOf(workbook);
}

describe('the realisations template', () => {
  it('lists every indicator per period (and component) with what is recorded, and explains itself on "Petunjuk"', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Realisasi', 'Petunjuk']);
    const sheet = workbook.getWorksheet('Realisasi')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Tahun',
      'Kode Indikator',
      'Nama Indikator',
      'Satuan',
      'Periode',
      'Komponen',
      'Nilai',
      'Catatan',
    ]);
    // IKU1 TW I is recorded (submitted) with its components 625 / 800
    expect(rowOf(sheet, 'IKU1', 'TW I', 'served').getCell(7).value).toBe(625);
    expect(rowOf(sheet, 'IKU1', 'TW I', 'total').getCell(7).value).toBe(800);
    expect(rowOf(sheet, 'IKU1', 'TW I', 'served').getCell(8).value).toBe('Data DTKS Maret');
    expect(rowOf(sheet, 'IK2', 'TW IV').getCell(7).value).toBeNull();
    const guide = workbook.getWorksheet('Petunjuk')!;
    const text = guide.getColumn(2).values.join('\n');
    expect(text).toContain('74,53');
    expect(text).toContain('20 MB');
  });
});

describe('runImport (realisations)', () => {
  it('previews new rows without writing, confirms them in one go, and a re-import changes nothing', async () => {
    const bytes = await filled();
    const before = await fingerprint();
    const preview = await importFile(bytes, 'preview');
    expect(preview.status).toBe('preview');
    if (preview.status !== 'preview') return;
    // the submitted IKU1 TW I in the template is as stored: unchanged
    expect(preview.counts).toEqual({ new: 4, changed: 0, unchanged: 1, empty: 7 });
    expect(preview.changes.map((c) => `${c.change} ${c.label} ${c.after}`)).toEqual([
      'new IK2 · TW I 74.53',
      'new IK2 · TW II 80.5 (Data Juni)',
      'new IK3 · TW I BB',
      'new IKU1 · TW II served 30; total 40 → 75',
    ]);
    expect(await fingerprint()).toBe(before);

    const applied = await importFile(bytes, 'confirm', preview.digest);
    expect(applied.status).toBe('applied');
    const rows = await t.db.select().from(realisation).where(eq(realisation.indicatorId, w.plain.id));
    expect(rows.map((r) => [r.periodNo, r.value, r.note, r.status]).sort()).toEqual([
      [1, '74.53', null, 'draft'],
      [2, '80.5', 'Data Juni', 'draft'],
    ]);
    const [iku] = await t.db
      .select()
      .from(realisation)
      .where(sql`${realisation.indicatorId} = ${w.indicator.id} and ${realisation.periodNo} = 2`);
    expect(iku!.value).toBe('75');
    const components = await t.db
      .select({ value: realisationComponent.value })
      .from(realisationComponent)
      .where(eq(realisationComponent.realisationId, iku!.id));
    expect(components.map((c) => c.value).sort()).toEqual(['30', '40']);
    const [{ saved }] = (await t.db
      .select({ saved: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'realisation.saved'))) as [{ saved: number }];
    expect(saved).toBe(4);
    const [imported] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'realisation.imported'));
    expect(imported!.actorLabel).toBe(w.user.username);

    // the same file again: all unchanged, nothing written
    const after = await fingerprint();
    const again = await importFile(bytes, 'preview');
    expect(again.status === 'preview' && again.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 5,
      empty: 7,
    });
    const reapplied = await importFile(bytes, 'confirm');
    expect(reapplied.status).toBe('applied');
    expect(await fingerprint()).toBe(after);
  });

  it('a changed value is "changed", with the stored value before; a confirmation of a stale preview is refused', async () => {
    await importFile(await filled(), 'confirm');
    const workbook = await template();
    rowOf(workbook.getWorksheet('Realisasi')!, 'IK2', 'TW I').getCell(7).value = '75';
    const bytes = await bytesOf(workbook);
    const preview = await importFile(bytes, 'preview');
    if (preview.status !== 'preview') throw new Error(preview.status);
    expect(preview.counts.changed).toBe(1);
    expect(preview.changes[0]).toMatchObject({
      change: 'changed',
      label: 'IK2 · TW I',
      before: '74.53',
      after: '75',
    });
    // someone edits meanwhile: the preview's digest no longer fits
    await t.db
      .update(realisation)
      .set({ version: sql`${realisation.version} + 1` })
      .where(eq(realisation.indicatorId, w.plain.id));
    const before = await fingerprint();
    await expect(importFile(bytes, 'confirm', preview.digest)).rejects.toMatchObject({ code: 'conflict' });
    expect(await fingerprint()).toBe(before);
  });

  it('refuses the whole file when one row is wrong, naming sheet, row, column, the value found and what was expected', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('Realisasi')!;
    rowOf(sheet, 'IK2', 'TW I').getCell(7).value = '74,53'; // a good row: not written either
    rowOf(sheet, 'IK2', 'TW II').getCell(7).value = '7,5,3';
    rowOf(sheet, 'IK2', 'TW III').getCell(1).value = 2023;
    rowOf(sheet, 'IK3', 'TW I').getCell(7).value = 'Z';
    rowOf(sheet, 'IK3', 'TW II').getCell(5).value = 'Triwulan 9';
    const extra = sheet.addRow([2024, 'IK99', 'Tidak ada', '%', 'TW I', null, 5, null]);
    // the submitted IKU1 TW I cannot be changed
    rowOf(sheet, 'IKU1', 'TW I', 'served').getCell(7).value = 700;
    const before = await fingerprint();
    const outcome = await importFile(await bytesOf(workbook), 'confirm');
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    const shown = outcome.problems.map(
      (p) => `${p.sheet}!${p.row} ${p.column} [${p.found}] ${p.expected.en}`,
    );
    const rowNo = (code: string, period: string, component: string | null = null) =>
      rowOf(sheet, code, period, component).number;
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^Realisasi!${rowNo('IK2', 'TW II')} G \\(Nilai\\) \\[7,5,3\\] a number, e.g.`),
        ),
        `Realisasi!${rowNo('IK2', 'TW III')} A (Tahun) [2023] the year 2024 (the year chosen for the import)`,
        `Realisasi!${rowNo('IK3', 'TW I')} G (Nilai) [Z] must be one of: AA, A, BB, B, CC, C, D`,
        expect.stringMatching(
          new RegExp(`^Realisasi!${rowNo('IK3', 'Triwulan 9')} E \\(Periode\\) \\[Triwulan 9\\] a period`),
        ),
        `Realisasi!${extra.number} B (Kode Indikator) [IK99] an indicator code of this agency's Renstra for that year`,
        `Realisasi!${rowNo('IKU1', 'TW I', 'served')} G (Nilai) [submitted] a submitted realisation cannot be edited`,
      ]),
    );
    expect(outcome.problemCount).toBe(6);
    expect(outcome.problems[0]!.expected.id).not.toBe(outcome.problems[0]!.expected.en);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a locked period, a value typed for a computed indicator, a component of a plain one, and a duplicate row', async () => {
    await t.db.insert(periodLock).values({
      regionId: w.region.id,
      year: YEAR,
      kind: 'realisation_quarter',
      periodNo: 3,
      lockedAt: new Date('2024-10-20T00:00:00Z'),
    });
    const workbook = await template();
    const sheet = workbook.getWorksheet('Realisasi')!;
    rowOf(sheet, 'IK2', 'TW III').getCell(7).value = 50;
    sheet.addRow([2024, 'IKU1', '', '%', 'TW IV', null, 80, null]);
    sheet.addRow([2024, 'IK2', '', '%', 'TW IV', 'served', 80, null]);
    sheet.addRow([2024, 'IK2', '', '%', 'TW I', null, 1, null]);
    const outcome = await importFile(await bytesOf(workbook), 'preview');
    if (outcome.status !== 'refused') throw new Error(outcome.status);
    const shown = outcome.problems.map((p) => `${p.row} ${p.column} ${p.expected.en}`);
    expect(outcome.problemCount).toBe(4);
    expect(shown.join('\n')).toMatch(/F \(Komponen\) blank: indicator IK2 has no components/);
    expect(shown.join('\n')).toMatch(/E \(Periode\) one row per indicator, period: already on row \d+/);
    expect(shown.join('\n')).toMatch(/E \(Periode\) a period that is not locked/);
    expect(shown.join('\n')).toMatch(/G \(Nilai\) this indicator's value is computed from its components/);
  });

  it('refuses a foreign agency, and hostile files before reading them: not an .xlsx, a zip bomb, an oversized file', async () => {
    const bytes = await filled();
    const before = await fingerprint();
    await expect(
      runImport(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        kind: 'realisasi',
        year: YEAR,
        mode: 'confirm',
        bytes,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    const refusal = async (file: Uint8Array) => {
      try {
        await importFile(file, 'confirm');
      } catch (error) {
        if (error instanceof AppError) return error;
      }
      throw new Error('not refused');
    };
    const pdf = await refusal(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'));
    expect(pdf.code).toBe('unsupported-type');
    expect(pdf.userMessage.id).toContain('bukan buku kerja Excel (.xlsx): isinya PDF');
    expect(pdf.userMessage.en).toContain('not an Excel workbook (.xlsx): it is a PDF');

    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types>wordprocessingml</Types>');
    docx.file('word/document.xml', '<w/>');
    const notWorkbook = await refusal(await docx.generateAsync({ type: 'uint8array' }));
    expect(notWorkbook.code).toBe('unsupported-type');
    expect(notWorkbook.userMessage.en).toContain('a zip archive without a workbook');

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types>spreadsheetml</Types>');
    bomb.file('xl/workbook.xml', '<workbook/>');
    bomb.file('xl/worksheets/sheet1.xml', 'a'.repeat(64 * 1024 * 1024));
    const bombed = await refusal(await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(bombed.code).toBe('too-large');
    expect(bombed.userMessage.en).toMatch(/inflates \d+ times; the limit is 200 times/);

    const huge = new Uint8Array(IMPORT_MAX_BYTES + 1);
    huge.set(bytes);
    const oversized = await refusal(huge);
    expect(oversized.code).toBe('too-large');
    expect(oversized.userMessage.id).toContain('batasnya 20 MB');
    expect(oversized.userMessage.en).toContain('the limit is 20 MB');
    expect(await fingerprint()).toBe(before);
  });

  it('reads stored rows as the row mapping does, and audits each written row before and after as saving it by hand does', async () => {
    await importFile(await filled(), 'confirm');
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const stored = await t.db.select().from(realisation).where(eq(realisation.agencyId, w.agency.id));
    const facts = await loadRealisationImportFacts(t.db, w.agency.id, w.region.id, YEAR);
    expect(byId([...facts.realisations.values()].flat())).toEqual(byId(stored));
    // a submitted row carries every timestamp: still Dates, same instants
    expect(stored.some((r) => r.submittedAt instanceof Date)).toBe(true);

    const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    const ik2 = async (periodNo: number) =>
      (
        await t.db
          .select()
          .from(realisation)
          .where(sql`${realisation.indicatorId} = ${w.plain.id} and ${realisation.periodNo} = ${periodNo}`)
      )[0]!;
    const eventOf = async (id: string) =>
      t.db
        .select()
        .from(auditLog)
        .where(sql`${auditLog.entityId} = ${id} and ${auditLog.action} = 'realisation.saved'`)
        .orderBy(auditLog.id);
    const first = await ik2(2);
    const [created] = await eventOf(first.id);
    expect(created!.before).toBeNull();
    expect(created!.after).toEqual(json({ ...first, components: null }));
    expect(created!.origin).toBe('import');

    const workbook = await template();
    rowOf(workbook.getWorksheet('Realisasi')!, 'IK2', 'TW II').getCell(7).value = '81';
    await importFile(await bytesOf(workbook), 'confirm');
    const [, changed] = await eventOf(first.id);
    expect(changed!.before).toEqual(json({ ...first, components: {} }));
    expect(changed!.after).toEqual(json({ ...(await ik2(2)), components: null }));
  });
});

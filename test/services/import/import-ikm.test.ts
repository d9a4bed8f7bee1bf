import ExcelJS from 'exceljs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIkmSurvey } from '../../../src/services/ikm/create-ikm-survey.ts';
import { getIkmSurvey } from '../../../src/services/ikm/get-ikm-survey.ts';
import { listIkmSurveys } from '../../../src/services/ikm/list-ikm-surveys.ts';
import { saveIkmResponses } from '../../../src/services/ikm/save-ikm-responses.ts';
import { getImportTemplate } from '../../../src/services/import/get-import-template.ts';
import type { ImportOutcome } from '../../../src/services/import/import-outcome.ts';
import { runImport } from '../../../src/services/import/run-import.ts';
import { setIndicatorFeed } from '../../../src/services/plan/set-indicator-feed.ts';
import { queryRows } from '../../../src/store/database.ts';
import { auditLog, ikmResponse, realisation } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

// The store fixture holds an IKM survey of 2024 ("Rekomendasi PBI-JK", 1 response) and one of 2023
// entered as element totals; the new surveys of these tests are of 2025.
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
const YEAR = 2025;
const HEADERS = [
  'Survei',
  'No Responden',
  'Jenis Kelamin',
  'Kelompok Umur',
  'Pendidikan',
  'Pekerjaan',
  'Tanggal Isi',
  ...['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
];

async function template(year = YEAR): Promise<ExcelJS.Workbook> {
  const file = await getImportTemplate(op(), { agencyId: w.agency.id, kind: 'ikm', year });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function importFile(
  bytes: Uint8Array,
  mode: 'preview' | 'confirm',
  digest?: string,
  year = YEAR,
): Promise<ImportOutcome> {
  return runImport(op(), {
    agencyId: w.agency.id,
    kind: 'ikm',
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
    sql`select md5(coalesce((select string_agg(r::text, '|' order by r.id) from ikm_response r), '')
          || coalesce((select string_agg(s::text, '|' order by s.id) from ikm_survey s), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from realisation x), '')
          || (select count(*)::text from audit_log)) as f`,
  );
  return rows[0]!.f;
}

async function surveys() {
  const dtks = await createIkmSurvey(op(), {
    agencyId: w.agency.id,
    year: YEAR,
    serviceName: 'Surat keterangan DTKS',
    periodLabel: 'Semester I',
    method: 'responses',
  });
  const totals = await createIkmSurvey(op(), {
    agencyId: w.agency.id,
    year: YEAR,
    serviceName: 'Rehabilitasi sosial',
    method: 'element_totals',
  });
  return { dtks, totals };
}

const all3 = [3, 3, 3, 3, 3, 3, 3, 3, 3];

/** The sheet's rows from 3 on: survey, number, sex, age, education, occupation, date, U1..U9. */
function fill(sheet: ExcelJS.Worksheet, rows: (string | number | null)[][]): void {
  rows.forEach((values, i) => {
    sheet.getRow(3 + i).values = values;
  });
}

describe('the IKM responses template', () => {
  it('without a survey for the year: headers only, and Petunjuk says to create the survey first', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Responden', 'Petunjuk']);
    const sheet = workbook.getWorksheet('Responden')!;
    expect(sheet.getRow(2).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.rowCount).toBe(2);
    const guide = workbook.getWorksheet('Petunjuk')!.getColumn(2).values.join('\n');
    expect(guide).toContain('Belum ada survei IKM tahun 2025. Buat survei dulu');
    expect(guide).toContain('menu IKM → tombol "Survei baru"');
    // the file is read all the same: its survey name is refused, naming what to do
    fill(sheet, [['Layanan X', 1, 'L', null, null, null, null, ...all3]]);
    const outcome = await importFile(await bytesOf(workbook), 'preview');
    expect(outcome.status === 'refused' && outcome.problems[0]).toMatchObject({
      sheet: 'Responden',
      row: 3,
      column: 'A (Survei)',
      found: 'Layanan X',
      expected: { en: 'an IKM survey of 2025: there is none yet; create it first (IKM page → "New survey")' },
    });
  });

  it('holds the stored responses, lists the surveys and allowed values; imported unchanged it changes nothing', async () => {
    const workbook = await template(2024);
    const sheet = workbook.getWorksheet('Responden')!;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Rekomendasi PBI-JK',
      1,
      'P',
      ...[undefined, undefined, undefined, undefined],
      ...[4, 3, 3, 4, 3, 4, 4, 3, 3],
    ]);
    const guide = workbook.getWorksheet('Petunjuk')!;
    const text = guide.getColumn(2).values.join('\n');
    expect(guide.getColumn(1).values).toContain('Rekomendasi PBI-JK');
    expect(text).toContain('tersimpan 1 responden; IKM 86,11 (B, Baik)');
    expect(text).toContain('L atau P');
    expect(text).toContain('MENGGANTI seluruh jawaban survei itu');
    const before = await fingerprint();
    const outcome = await importFile(await bytesOf(workbook), 'confirm', undefined, 2024);
    expect(outcome.status === 'applied' && outcome.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 1,
      empty: 0,
    });
    expect(await fingerprint()).toBe(before);
  });
});

describe('runImport (IKM responses)', () => {
  it('previews per survey, confirms, recomputes the index and feeds the indicator; a re-import changes nothing', async () => {
    await setIndicatorFeed(op(), { indicatorId: w.plain.id, version: w.plain.version, feed: 'ikm' });
    const { dtks } = await surveys();
    const workbook = await template();
    const name = 'surat keterangan dtks - semester i'; // matched without case or separator
    fill(workbook.getWorksheet('Responden')!, [
      [name, 1, 'Laki-laki', '30–39', 'SLTA', 'Petani', '15/03/2025', ...all3],
      [name, 2, 'p', null, 'S1', null, null, ...all3.map(String)],
      [name, 3, null, null, null, null, null, ...all3],
      [name, 4, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
    ]);
    const bytes = await bytesOf(workbook);
    const before = await fingerprint();
    const preview = await importFile(bytes, 'preview');
    if (preview.status !== 'preview') throw new Error(JSON.stringify(preview));
    expect(preview.counts).toEqual({ new: 3, changed: 0, unchanged: 0, empty: 1 });
    // the survey's line first: the index before → after; all answers 3 → 3 × 25 = 75,00, mutu C
    expect(preview.changes[0]).toEqual({
      change: 'new',
      sheet: 'Responden',
      row: 3,
      label: 'Survei Surat keterangan DTKS · Semester I',
      before: null,
      after: '3 responden (baru 3, berubah 0, dihapus 0, tetap 0); IKM 75,00 (C, Kurang Baik)',
    });
    expect(preview.changes.slice(1).map((c) => `${c.row} ${c.label}: ${c.after}`)).toEqual([
      '3 Surat keterangan DTKS · Semester I · No 1: 3 3 3 3 3 3 3 3 3 · L · 30–39 · SLTA · Petani · 2025-03-15',
      '4 Surat keterangan DTKS · Semester I · No 2: 3 3 3 3 3 3 3 3 3 · P · S1',
      '5 Surat keterangan DTKS · Semester I · No 3: 3 3 3 3 3 3 3 3 3',
    ]);
    expect(await fingerprint()).toBe(before);

    const applied = await importFile(bytes, 'confirm', preview.digest);
    expect(applied.status).toBe('applied');
    const view = await getIkmSurvey(op(), { surveyId: dtks.id });
    expect(view.version).toBe(dtks.version + 1);
    expect(view.responses.map((r) => [r.respondentNo, r.sex, r.education, r.respondedOn])).toEqual([
      [1, 'L', 'SLTA', '2025-03-15'],
      [2, 'P', 'S1', null],
      [3, null, null, null],
    ]);
    expect(view.result).toMatchObject({
      respondents: 3,
      ikm: 3,
      nilai: 75,
      mutu: 'C',
      kinerja: 'Kurang Baik',
    });
    expect(view.result!.elements.map((e) => e.nrr)).toEqual(all3);
    const year = await listIkmSurveys(op(), { agencyId: w.agency.id, year: YEAR });
    expect(year.value).toEqual({ nilai: 75, mutu: 'C', kinerja: 'Kurang Baik', surveys: 1 });
    const [fed] = await t.db
      .select()
      .from(realisation)
      .where(and(eq(realisation.indicatorId, w.plain.id), eq(realisation.year, YEAR)));
    expect(fed).toMatchObject({ periodKind: 'year', periodNo: 1, value: '75', status: 'submitted' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, dtks.id));
    expect(audits.find((a) => a.action === 'ikm_survey.responses_saved')).toMatchObject({
      origin: 'import',
      before: { respondents: 0, totals: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
      after: { respondents: 3, totals: [9, 9, 9, 9, 9, 9, 9, 9, 9], nilai: 75 },
    });
    const [imported] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ikm_survey.imported'));
    expect(imported!.after).toMatchObject({
      kind: 'ikm',
      counts: { new: 3 },
      feed: [{ indicator: 'IK2', value: '75', outcome: 'written' }],
    });

    // the same file again: all unchanged, nothing written
    const after = await fingerprint();
    const again = await importFile(bytes, 'confirm');
    expect(again.status === 'applied' && again.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 3,
      empty: 1,
    });
    expect(await fingerprint()).toBe(after);
    // and the template of the year now holds them: imported unchanged, nothing changes
    const reread = await importFile(await bytesOf(await template()), 'preview');
    expect(reread.status === 'preview' && reread.counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 3,
      empty: 0,
    });
  });

  it("the file's responses replace the survey's: changed and removed respondents, the index before → after", async () => {
    const { dtks } = await surveys();
    await saveIkmResponses(op(), {
      surveyId: dtks.id,
      version: dtks.version,
      responses: [all3, all3, all3].map((s) => Object.fromEntries(s.map((v, i) => [`u${i + 1}`, v]))),
    });
    const workbook = await template();
    const sheet = workbook.getWorksheet('Responden')!;
    expect(sheet.rowCount).toBe(5);
    sheet.getRow(3).getCell(8).value = 4; // No 1, U1 3 → 4
    sheet.spliceRows(5, 1); // No 3 left out of the file: removed
    sheet.getRow(6).values = [
      'Surat keterangan DTKS · Semester I',
      7,
      'P',
      null,
      null,
      null,
      null,
      ...all3.map(() => 4),
    ];
    const preview = await importFile(await bytesOf(workbook), 'preview');
    if (preview.status !== 'preview') throw new Error(JSON.stringify(preview));
    expect(preview.counts).toEqual({ new: 1, changed: 2, unchanged: 1, empty: 0 });
    // 3 respondents: totals 3+4+4=11 for U1, 3+3+4=10 for the rest → (11 + 8 × 10) / 3 / 9 × 25 = 84,26 (B)
    expect(preview.changes[0]).toMatchObject({
      change: 'changed',
      before: '3 responden; IKM 75,00 (C, Kurang Baik)',
      after: '3 responden (baru 1, berubah 1, dihapus 1, tetap 1); IKM 84,26 (B, Baik)',
    });
    expect(preview.changes.slice(1).map((c) => `${c.change} ${c.label}: ${c.before} → ${c.after}`)).toEqual([
      'changed Surat keterangan DTKS · Semester I · No 1: 3 3 3 3 3 3 3 3 3 → 4 3 3 3 3 3 3 3 3',
      'new Surat keterangan DTKS · Semester I · No 7: null → 4 4 4 4 4 4 4 4 4 · P',
      'changed Surat keterangan DTKS · Semester I · No 3: 3 3 3 3 3 3 3 3 3 → (dihapus: tidak ada di berkas)',
    ]);
    await importFile(await bytesOf(workbook), 'confirm', preview.digest);
    const rows = await t.db
      .select()
      .from(ikmResponse)
      .where(eq(ikmResponse.ikmSurveyId, dtks.id))
      .orderBy(asc(ikmResponse.respondentNo));
    expect(rows.map((r) => [r.respondentNo, r.u1, r.u9, r.version])).toEqual([
      [1, 4, 3, 2],
      [2, 3, 3, 1],
      [7, 4, 4, 1],
    ]);
    const view = await getIkmSurvey(op(), { surveyId: dtks.id });
    expect(view.result!.nilai).toBeCloseTo(((11 + 8 * 10) / 3 / 9) * 25, 10);
    expect(view.result!.mutu).toBe('B');
  });

  it('refuses the whole file on any problem, naming sheet, row, column, the value found and what was expected', async () => {
    await surveys();
    const workbook = await template();
    const dtks = 'Surat keterangan DTKS · Semester I';
    fill(workbook.getWorksheet('Responden')!, [
      [dtks, 1, 'L', null, null, null, null, ...all3], // a good row: not written either
      ['Survei lain', 2, 'L', null, null, null, null, ...all3],
      [dtks, 3, 'X', null, null, null, '31/02/2025', 5, 2.5, 'tiga', 3, 3, 3, 3, 3, 3],
      [dtks, 1, null, null, null, null, null, ...all3],
      [dtks, 4, null, null, null, null, null, 3, 3, 3, 3, null, 3, 3, 3, 3],
      [dtks, 'x', null, null, 'S'.repeat(101), null, null, ...all3],
      ['Rehabilitasi sosial', 1, null, null, null, null, null, ...all3],
      ['Rehabilitasi sosial', 2, null, null, null, null, null, ...all3],
    ]);
    const before = await fingerprint();
    const outcome = await importFile(await bytesOf(workbook), 'confirm');
    if (outcome.status !== 'refused') throw new Error(outcome.status);
    const shown = outcome.problems.map(
      (p) => `${p.sheet}!${p.row} ${p.column} [${p.found}] ${p.expected.en}`,
    );
    expect(shown).toEqual([
      `Responden!4 A (Survei) [Survei lain] the name of an IKM survey of 2025: Rehabilitasi sosial; ${dtks}`,
      'Responden!5 C (Jenis Kelamin) [X] the sex: L or P (Laki-laki/Pria, Perempuan/Wanita are read too), or blank',
      'Responden!5 G (Tanggal Isi) [31/02/2025] a date, e.g. 15/03/2024 or 2024-03-15 (an Excel date too), or blank',
      'Responden!5 H (U1) [5] a whole number from 1 to 4',
      'Responden!5 I (U2) [2.5] a whole number from 1 to 4',
      'Responden!5 J (U3) [tiga] a whole number from 1 to 4',
      'Responden!6 B (No Responden) [1] a respondent number not yet used in this survey (1 is already on row 3)',
      'Responden!7 L (U5) [null] a score 1–4: every element U1–U9 must be answered',
      'Responden!8 B (No Responden) [x] a respondent number: a whole number 1 or more',
      'Responden!8 E (Pendidikan) [' + 'S'.repeat(101) + '] text of at most 100 characters, or blank',
      'Responden!9 A (Survei) [Rehabilitasi sosial] a survey entered as individual responses; "Rehabilitasi sosial" is entered as per-element totals — first change its entry method to "Jawaban per responden" on the IKM page',
    ]);
    expect(outcome.problemCount).toBe(11);
    expect(outcome.problems[0]!.expected.id).toBe(`nama survei IKM tahun 2025: Rehabilitasi sosial; ${dtks}`);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a wrong sheet or header, a confirmation of a stale preview, and a foreign agency', async () => {
    const { dtks } = await surveys();
    const renamed = await template();
    renamed.getWorksheet('Responden')!.name = 'Sheet1';
    const noSheet = await importFile(await bytesOf(renamed), 'preview');
    expect(noSheet.status === 'refused' && noSheet.problems[0]).toMatchObject({
      sheet: 'Responden',
      row: null,
      found: 'Sheet1, Petunjuk',
    });
    const header = await template();
    header.getWorksheet('Responden')!.getCell('H2').value = 'Persyaratan';
    const badHeader = await importFile(await bytesOf(header), 'preview');
    expect(badHeader.status === 'refused' && badHeader.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'H (U1)', found: 'Persyaratan' }),
    ]);

    const workbook = await template();
    fill(workbook.getWorksheet('Responden')!, [
      ['Surat keterangan DTKS · Semester I', 1, null, null, null, null, null, ...all3],
    ]);
    const bytes = await bytesOf(workbook);
    const preview = await importFile(bytes, 'preview');
    if (preview.status !== 'preview') throw new Error(preview.status);
    // someone saves the survey by hand meanwhile: the preview's digest no longer fits
    await saveIkmResponses(op(), { surveyId: dtks.id, version: dtks.version, responses: [] });
    const before = await fingerprint();
    await expect(importFile(bytes, 'confirm', preview.digest)).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      runImport(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        kind: 'ikm',
        year: YEAR,
        mode: 'confirm',
        bytes,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getImportTemplate(contextFor(t.db, w, 'foreign'), { agencyId: w.agency.id, kind: 'ikm', year: YEAR }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await fingerprint()).toBe(before);
  });
});

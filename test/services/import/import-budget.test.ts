/**
 * Import kind `anggaran` on the demo agency (Dinas Sosial Lima Puluh Kota,
 * 2023: 6 programs, 13 kegiatan, 37 sub kegiatan each with one budget line,
 * pagu 6.737.357.519, realisasi 6.420.276.477 recorded per year): the
 * template holds the stored tree and imported unchanged changes nothing; a
 * filled file creates structure, lines and realisations and changes pagu and
 * realisations, and a second import of it changes nothing; every wrong file
 * is refused naming sheet/row/column with nothing written; a foreign
 * agency's operator is refused.
 *
 * The tests share one loaded demo (loading it takes seconds): the ones that
 * refuse come first and must leave the fingerprint as it was; the one that
 * writes comes last.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForUser } from '../../../src/services/administer/actor-for-user.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { loadDemo, readAgencyBundle, type LoadDemoResult } from '../../../src/services/demo/load-demo.ts';
import { getImportTemplate } from '../../../src/services/import/get-import-template.ts';
import type { ImportOutcome, ImportProblem } from '../../../src/services/import/import-outcome.ts';
import { runImport } from '../../../src/services/import/run-import.ts';
import { getBudgetTree, type BudgetTree } from '../../../src/services/record/get-budget-tree.ts';
import { queryRows } from '../../../src/store/database.ts';
import { agency, appUser, periodLock } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let loaded: LoadDemoResult;
let op: ServiceContext;
const YEAR = 2023;
const NOW = new Date('2024-02-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  loaded = await loadDemo(t.db, await readAgencyBundle(), { now: new Date('2024-02-20T02:00:00Z') });
  const [user] = await t.db.select().from(appUser).where(eq(appUser.username, 'operator.dinsos'));
  op = { db: t.db, actor: (await actorForUser(t.db, user!.id))!, origin: 'web', now: () => NOW };
}, 120_000);
afterAll(async () => t.close());

async function template(ctx: ServiceContext = op): Promise<ExcelJS.Workbook> {
  const file = await getImportTemplate(ctx, { agencyId: loaded.agencyId, kind: 'anggaran', year: YEAR });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

const importFile = (bytes: Uint8Array, mode: 'preview' | 'confirm', digest?: string, ctx = op) =>
  runImport(ctx, {
    agencyId: loaded.agencyId,
    kind: 'anggaran',
    year: YEAR,
    mode,
    bytes,
    ...(digest ? { digest } : {}),
  });

/** Everything the import may write, as one text: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const [row] = await queryRows<{ f: string }>(
    t.db,
    sql`select md5(concat_ws('#',
          (select string_agg(p::text, '|' order by p.id) from program p),
          (select string_agg(k::text, '|' order by k.id) from kegiatan k),
          (select string_agg(s::text, '|' order by s.id) from sub_kegiatan s),
          (select string_agg(b::text, '|' order by b.id) from budget_line b),
          (select string_agg(r::text, '|' order by r.id) from budget_realisation r),
          (select count(*)::text from audit_log))) as f`,
  );
  return row!.f;
}

const tree = (): Promise<BudgetTree> => getBudgetTree(op, { agencyId: loaded.agencyId, year: YEAR });

/** Pagu in force (perubahan, else murni) and realisation of the year, through the budget tree service. */
function totals(budget: BudgetTree): { pagu: number; spent: number } {
  let pagu = 0;
  let spent = 0;
  for (const p of budget.programs)
    for (const k of p.kegiatan)
      for (const s of k.subKegiatan)
        for (const l of s.lines) {
          pagu += l.paguPerubahan ?? l.paguMurni;
          spent += l.realisations.reduce((sum, r) => sum + r.amount, 0);
        }
  return { pagu, spent };
}

/** Column numbers of the template. */
const COL = {
  code: 1,
  level: 2,
  name: 3,
  type: 4,
  murni: 5,
  perubahan: 6,
  year: 7,
  s1: 8,
  tw1: 10,
  tw2: 11,
  jan: 14,
};

function rowOf(sheet: ExcelJS.Worksheet, code: string, type?: string): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(COL.code).value === code && (type === undefined || row.getCell(COL.type).value === type))
      return row;
  }
  throw new Error(`no row ${code}`);
}

function appendRow(
  sheet: ExcelJS.Worksheet,
  cells: Partial<Record<keyof typeof COL, ExcelJS.CellValue>>,
): number {
  const r = sheet.rowCount + 1;
  const row = sheet.getRow(r);
  for (const [key, value] of Object.entries(cells))
    row.getCell(COL[key as keyof typeof COL]).value = value ?? null;
  return r;
}

function refused(outcome: ImportOutcome): ImportProblem[] {
  if (outcome.status !== 'refused') throw new Error(`expected refused, got ${outcome.status}`);
  return outcome.problems;
}

describe('the budget template', () => {
  it('holds the demo budget tree with its pagu and realisations, and explains itself on "Petunjuk"', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Anggaran', 'Petunjuk']);
    const sheet = workbook.getWorksheet('Anggaran')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      'Kode',
      'Level',
      'Nama',
      'Jenis Belanja',
      'Pagu Murni',
      'Pagu Perubahan',
      'Realisasi Tahunan',
      'Realisasi Semester I',
    ]);
    expect(header).toHaveLength(6 + 19);
    expect(header.at(-1)).toBe('Realisasi Desember');
    const rows = Array.from({ length: sheet.rowCount - 2 }, (_, i) => sheet.getRow(i + 3));
    const levels = rows.map((r) => r.getCell(COL.level).value);
    expect(levels.filter((l) => l === 'Program')).toHaveLength(6);
    expect(levels.filter((l) => l === 'Kegiatan')).toHaveLength(13);
    expect(levels.filter((l) => l === 'Sub Kegiatan')).toHaveLength(37);
    const line = rowOf(sheet, '1.06.01.2.01.0001');
    expect(line.getCell(COL.murni).value).toBe(2_736_000);
    expect(line.getCell(COL.perubahan).value).toBe(2_736_000);
    expect(line.getCell(COL.year).value).toBe(2_567_000);
    expect(line.getCell(COL.tw1).value).toBeNull();
    const sum = (col: number) => rows.reduce((s, r) => s + (Number(r.getCell(col).value) || 0), 0);
    expect(sum(COL.perubahan)).toBe(6_737_357_519);
    expect(sum(COL.year)).toBe(6_420_276_477);
    const guide = workbook.getWorksheet('Petunjuk')!.getColumn(2).values.join('\n');
    expect(guide).toContain('1.06.02.2.01.0001');
    expect(guide).toContain('Rp 1.234.567');
  });

  it('imported unchanged changes nothing: all rows unchanged, the totals stay 6.737.357.519 / 6.420.276.477', async () => {
    const before = await fingerprint();
    const bytes = await bytesOf(await template());
    const preview = await importFile(bytes, 'preview');
    expect(preview).toMatchObject({
      status: 'preview',
      counts: { new: 0, changed: 0, unchanged: 56, empty: 0 },
    });
    const applied = await importFile(bytes, 'confirm');
    expect(applied).toMatchObject({ status: 'applied', changes: [] });
    expect(await fingerprint()).toBe(before);
    expect(totals(await tree())).toEqual({ pagu: 6_737_357_519, spent: 6_420_276_477 });
  });
});

describe('a wrong budget file is refused, naming the cell, and nothing is written', () => {
  async function expectRefused(
    edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void | Promise<void>,
  ): Promise<ImportProblem[]> {
    const before = await fingerprint();
    const workbook = await template();
    await edit(workbook.getWorksheet('Anggaran')!, workbook);
    const problems = refused(await importFile(await bytesOf(workbook), 'confirm'));
    expect(await fingerprint()).toBe(before);
    return problems;
  }

  it('every problem of a file at once, each with sheet, row, column, value found and what was expected', async () => {
    let rows: Record<string, number> = {};
    const problems = await expectRefused((sheet) => {
      rows = {
        malformed: appendRow(sheet, { code: '1.06.2.01', name: 'Salah bentuk' }),
        orphan: appendRow(sheet, { code: '9.99.01.2.01', name: 'Kegiatan tanpa program' }),
        badTail: appendRow(sheet, { code: '1.06.04.2.01.01', name: 'Kode lama dua angka' }),
        noName: appendRow(sheet, { code: '1.06.04.2.01.0009', type: 'Belanja Modal', murni: 5 }),
        noType: appendRow(sheet, { code: '1.06.04.2.01.0010', name: 'Tanpa jenis', murni: 5 }),
        wrongLevel: appendRow(sheet, { code: '1.06.04.2.02', level: 'Program', name: 'x' }),
        paguOnProgram: appendRow(sheet, { code: '1.06.03', name: 'Program baru', murni: 1000 }),
        duplicate: appendRow(sheet, { code: '1.06.01.2.01.0006', type: 'Belanja Lainnya', murni: 6_475_000 }),
      };
      rowOf(sheet, '1.06.01.2.01.0001').getCell(COL.year).value = '2,567,000';
      rowOf(sheet, '1.06.01.2.02.0001').getCell(COL.murni).value = '-5.000';
      rowOf(sheet, '1.06.01.2.02.0005').getCell(COL.perubahan).value = 1_934_000.5;
      rowOf(sheet, '1.06.01.2.06.0001').getCell(COL.year).value = null;
      rowOf(sheet, '1.06.01.2.06.0001').getCell(COL.tw1).value = 100; // the line is recorded per year
      rowOf(sheet, '1.06.01.2.06.0004').getCell(COL.jan).value = 100; // a second kind on one row
      rowOf(sheet, '1.06.01.2.06.0005').getCell(COL.type).value = 'Belanja Rahasia';
    });
    const at = (row: number, column: string) => problems.find((p) => p.row === row && p.column === column);
    expect(problems.every((p) => p.sheet === 'Anggaran')).toBe(true);
    expect(at(rows.malformed!, 'A (Kode)')).toMatchObject({ found: '1.06.2.01' });
    expect(at(rows.orphan!, 'A (Kode)')?.expected.id).toContain('program-nya (9.99.01)');
    expect(at(rows.badTail!, 'A (Kode)')?.expected.id).toContain('1.06.04.2.01.0001');
    expect(at(rows.noName!, 'C (Nama)')).toMatchObject({ found: null });
    expect(at(rows.noType!, 'D (Jenis Belanja)')?.expected.id).toContain('wajib');
    expect(at(rows.wrongLevel!, 'B (Level)')).toMatchObject({ found: 'Program' });
    expect(at(rows.paguOnProgram!, 'E (Pagu Murni)')?.expected.en).toContain('sub kegiatan rows');
    expect(at(rows.duplicate!, 'A (Kode)')?.expected.id).toMatch(/sudah ada di baris \d+/);
    const byFound = (found: string) => problems.find((p) => p.found === found);
    expect(byFound('2,567,000')).toMatchObject({ column: 'G (Realisasi Tahunan)' });
    expect(byFound('2,567,000')?.expected.id).toContain('Rp 1.234.567');
    expect(byFound('-5.000')).toMatchObject({ column: 'E (Pagu Murni)' });
    expect(byFound('-5.000')?.expected.id).toContain('negatif');
    expect(byFound('1934000.5')).toMatchObject({ column: 'F (Pagu Perubahan)' });
    expect(problems.find((p) => p.column === 'J (Realisasi TW I)')?.expected.id).toContain('Tahunan');
    expect(problems.find((p) => p.column === 'N (Realisasi Januari)')?.expected.id).toContain(
      'satu jenis periode',
    );
    expect(byFound('Belanja Rahasia')).toMatchObject({ column: 'D (Jenis Belanja)' });
    expect(problems).toHaveLength(14);
  });

  it('a wrong sheet or a changed header row', async () => {
    const sheetProblems = await expectRefused((sheet) => {
      sheet.name = 'Sheet1';
    });
    expect(sheetProblems).toEqual([
      expect.objectContaining({ sheet: 'Anggaran', row: null, found: 'Sheet1, Petunjuk' }),
    ]);
    const headerProblems = await expectRefused((sheet) => {
      sheet.getRow(2).getCell(COL.murni).value = 'Pagu';
    });
    expect(headerProblems).toEqual([
      expect.objectContaining({ row: 2, column: 'E (Pagu Murni)', found: 'Pagu' }),
    ]);
  });

  it('a realisation of a locked period', async () => {
    const [lock] = await t.db
      .insert(periodLock)
      .values({
        regionId: loaded.regionId,
        year: YEAR,
        kind: 'realisation_quarter',
        periodNo: 4,
        lockedAt: NOW,
      })
      .returning();
    try {
      const problems = await expectRefused((sheet) => {
        rowOf(sheet, '1.06.01.2.01.0001').getCell(COL.year).value = 2_600_000;
        rowOf(sheet, '1.06.01.2.01.0006').getCell(COL.murni).value = 4_400_000; // a pagu is not locked
      });
      expect(problems).toEqual([
        expect.objectContaining({ column: 'G (Realisasi Tahunan)', found: '2600000' }),
      ]);
      expect(problems[0]!.expected.id).toContain('dikunci');
    } finally {
      await t.db.delete(periodLock).where(eq(periodLock.id, lock!.id));
    }
  });

  it("a foreign agency's operator gets neither the template nor the import", async () => {
    const [other] = await t.db
      .insert(agency)
      .values({ regionId: loaded.regionId, code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan' })
      .returning();
    const foreign: ServiceContext = {
      ...op,
      actor: {
        userId: randomUUID(),
        label: 'dinkes',
        role: 'operator',
        regionId: loaded.regionId,
        agencyId: other!.id,
      },
    };
    const before = await fingerprint();
    await expect(template(foreign)).rejects.toMatchObject({ code: 'forbidden' });
    const bytes = await bytesOf(await template());
    await expect(importFile(bytes, 'confirm', undefined, foreign)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await fingerprint()).toBe(before);
  });
});

describe('a filled budget file', () => {
  async function filled(): Promise<Uint8Array> {
    const workbook = await template();
    const sheet = workbook.getWorksheet('Anggaran')!;
    // an existing line: revised pagu (Indonesian text) and realisation (Rp text)
    rowOf(sheet, '1.06.01.2.01.0001').getCell(COL.perubahan).value = '3.000.000';
    rowOf(sheet, '1.06.01.2.01.0001').getCell(COL.year).value = 'Rp 2.700.000';
    // a second line of an existing sub kegiatan
    appendRow(sheet, { code: '1.06.01.2.01.0001', type: 'Belanja Modal', murni: 1_000_000 });
    // a sub kegiatan before its new kegiatan, under an existing program
    appendRow(sheet, {
      code: '1.06.02.2.02.0003',
      level: 'Sub Kegiatan',
      name: 'Koordinasi Undian Gratis Berhadiah',
      type: 'barang_jasa',
      murni: 'Rp 150.000.000',
      tw1: 30_000_000,
      tw2: '45.000.000',
    });
    appendRow(sheet, { code: '1.06.02.2.02', name: 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota' });
    // a new program, kegiatan (not in the nomenklatur) and sub kegiatan spending above its pagu
    appendRow(sheet, {
      code: '1.06.03',
      name: 'Program Penanganan Warga Negara Migran Korban Tindak Kekerasan',
    });
    appendRow(sheet, { code: '1.06.03.2.01', level: 'kegiatan', name: 'Pemulangan Warga Negara Migran' });
    appendRow(sheet, {
      code: '1.06.03.2.01.0001',
      name: 'Fasilitasi Pemulangan',
      type: 'Belanja Bantuan Sosial',
      murni: 20_000_000,
      jan: '25.000.000',
    });
    return bytesOf(workbook);
  }

  it('previews, then writes the structure, lines and realisations; a second import changes nothing', async () => {
    const bytes = await filled();
    const before = await fingerprint();
    const preview = await importFile(bytes, 'preview');
    if (preview.status !== 'preview') throw new Error(JSON.stringify(preview));
    expect(preview.counts).toEqual({ new: 6, changed: 1, unchanged: 55, empty: 0 });
    expect(await fingerprint()).toBe(before);
    const change = (label: string) => preview.changes.find((c) => c.label === label);
    expect(change('1.06.01.2.01.0001 · Belanja Lainnya')).toMatchObject({
      change: 'changed',
      before: 'Pagu perubahan Rp 2.736.000 · Realisasi Tahunan Rp 2.567.000',
      after: 'Pagu perubahan Rp 3.000.000 · Realisasi Tahunan Rp 2.700.000',
    });
    expect(change('1.06.03 · Program')).toMatchObject({ change: 'new', before: null });
    expect(change('1.06.03.2.01 · Kegiatan')?.after).toContain('tidak ada di nomenklatur');
    expect(change('1.06.02.2.02 · Kegiatan')?.after).not.toContain('nomenklatur');
    expect(change('1.06.03.2.01.0001 · Belanja Bantuan Sosial')?.after).toContain('melebihi pagu');

    const applied = await importFile(bytes, 'confirm', preview.digest);
    expect(applied).toMatchObject({ status: 'applied', counts: preview.counts });

    const budget = await tree();
    const sub = (code: string) =>
      budget.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subKegiatan)).find((s) => s.code === code)!;
    expect(budget.programs.map((p) => p.code)).toContain('1.06.03');
    expect(sub('1.06.01.2.01.0001').lines.map((l) => [l.spendingType, l.paguMurni, l.paguPerubahan])).toEqual(
      [
        ['lainnya', 2_736_000, 3_000_000],
        ['modal', 1_000_000, null],
      ],
    );
    expect(sub('1.06.01.2.01.0001').lines[0]!.realisations).toMatchObject([
      { periodKind: 'year', periodNo: 1, amount: 2_700_000, version: 2 },
    ]);
    expect(sub('1.06.02.2.02.0003').name).toBe('Koordinasi Undian Gratis Berhadiah');
    expect(
      sub('1.06.02.2.02.0003').lines[0]!.realisations.map((r) => [r.periodKind, r.periodNo, r.amount]),
    ).toEqual([
      ['quarter', 1, 30_000_000],
      ['quarter', 2, 45_000_000],
    ]);
    expect(sub('1.06.03.2.01.0001').lines[0]!.realisations).toMatchObject([
      { periodKind: 'month', periodNo: 1, amount: 25_000_000 },
    ]);
    expect(totals(budget)).toEqual({
      pagu: 6_737_357_519 + (3_000_000 - 2_736_000) + 1_000_000 + 150_000_000 + 20_000_000,
      spent: 6_420_276_477 + (2_700_000 - 2_567_000) + 75_000_000 + 25_000_000,
    });

    const events = await queryRows<{ action: string; origin: string; n: number }>(
      t.db,
      sql`select action, origin, count(*)::int as n from audit_log where occurred_at = ${NOW.toISOString()}::timestamptz
          group by action, origin order by action`,
    );
    expect(events).toEqual([
      { action: 'budget.imported', origin: 'import', n: 1 },
      { action: 'budget_line.saved', origin: 'import', n: 4 },
      { action: 'budget_realisation.saved', origin: 'import', n: 4 },
      { action: 'kegiatan.created', origin: 'import', n: 2 },
      { action: 'program.created', origin: 'import', n: 1 },
      { action: 'sub_kegiatan.created', origin: 'import', n: 2 },
    ]);

    const written = await fingerprint();
    const again = await importFile(bytes, 'confirm');
    expect(again).toMatchObject({
      status: 'applied',
      counts: { new: 0, changed: 0, unchanged: 62, empty: 0 },
    });
    expect(await fingerprint()).toBe(written);
    // and the template of the new state imported unchanged also changes nothing
    const fresh = await importFile(await bytesOf(await template()), 'confirm');
    expect(fresh).toMatchObject({ status: 'applied', counts: { new: 0, changed: 0, unchanged: 62 } });
    expect(await fingerprint()).toBe(written);
  });
});

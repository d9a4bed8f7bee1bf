import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getBudgetTree } from '../../../src/services/record/get-budget-tree.ts';
import { saveBudgetLine } from '../../../src/services/record/save-budget-line.ts';
import { saveBudgetRealisation } from '../../../src/services/record/save-budget-realisation.ts';
import * as s from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from './record-fixtures.ts';

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

describe('getBudgetTree', () => {
  it('lists the tree with the year’s lines, their realisations per period and the progress, with versions', async () => {
    await saveBudgetRealisation(op(), {
      budgetLineId: w.budget.id,
      periodKind: 'quarter',
      periodNo: 3,
      amount: '52.000.000',
    });
    await saveBudgetLine(op(), {
      subKegiatanId: w.sub.id,
      year: 2024,
      spendingType: 'modal',
      paguMurni: 5_000,
    });
    // another year's line stays out of 2024
    await saveBudgetLine(op(), {
      subKegiatanId: w.sub.id,
      year: 2025,
      spendingType: 'modal',
      paguMurni: 7_000,
    });

    const tree = await getBudgetTree(op(), { agencyId: w.agency.id, year: 2024 });
    expect(tree.yearsWithBudget).toEqual([2024, 2025]);
    expect(tree.programs.map((p) => [p.code, p.name])).toEqual([['1.06.04', 'Program Rehabilitasi Sosial']]);
    const [keg] = tree.programs[0]!.kegiatan;
    expect(keg).toMatchObject({ code: '1.06.04.2.01', name: 'Rehabilitasi Sosial Dasar' });
    const [sub] = keg!.subKegiatan;
    expect(sub).toMatchObject({ id: w.sub.id, code: '1.06.04.2.01.0001' });
    expect(sub!.lines.map((l) => [l.spendingType, l.paguMurni, l.paguPerubahan, l.version])).toEqual([
      ['barang_jasa', 177_880_628, 180_000_000, 1],
      ['modal', 5_000, null, 1],
    ]);
    expect(sub!.lines[0]!.realisations.map((r) => [r.periodKind, r.periodNo, r.amount, r.version])).toEqual([
      ['quarter', 1, 41_600_000, 1],
      ['quarter', 3, 52_000_000, 1],
    ]);
    expect(sub!.lines[1]!.realisations).toEqual([]);
    expect(sub!.progress.map((p) => [p.periodKind, p.periodNo, p.percent])).toEqual([
      ['quarter', 1, '25.00'],
    ]);
  });

  it('lists the Renstra’s sub kegiatan without a line (their pagu can be entered) in a year without budget', async () => {
    const tree = await getBudgetTree(op(), { agencyId: w.agency.id, year: 2026 });
    const sub = tree.programs[0]!.kegiatan[0]!.subKegiatan[0]!;
    expect(sub).toMatchObject({ id: w.sub.id, lines: [], progress: [] });
    // outside every Renstra period and without lines: nothing
    expect((await getBudgetTree(op(), { agencyId: w.agency.id, year: 2030 })).programs).toEqual([]);
  });

  it('is read by the region’s admin and refused to another agency’s operator', async () => {
    const tree = await getBudgetTree(contextFor(t.db, w, 'admin'), { agencyId: w.agency.id, year: 2024 });
    expect(tree.programs).toHaveLength(1);
    await expect(
      getBudgetTree(contextFor(t.db, w, 'foreign'), { agencyId: w.agency.id, year: 2024 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getBudgetTree(op(), { agencyId: '00000000-0000-4000-8000-000000000000', year: 2024 }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(getBudgetTree(op(), { agencyId: w.agency.id, year: 1999 })).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('never shows another agency’s lines', async () => {
    const rows = await t.db.select().from(s.budgetLine);
    expect(rows.every((r) => r.agencyId === w.agency.id)).toBe(true);
    const foreign = await getBudgetTree(contextFor(t.db, w, 'admin'), {
      agencyId: w.foreignAgency.id,
      year: 2024,
    });
    expect(foreign).toMatchObject({ programs: [], yearsWithBudget: [] });
  });
});

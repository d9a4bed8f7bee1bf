import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveBudgetLine } from '../../../src/services/record/save-budget-line.ts';
import { saveBudgetRealisation } from '../../../src/services/record/save-budget-realisation.ts';
import { savePhysicalProgress } from '../../../src/services/record/save-physical-progress.ts';
import {
  auditLog,
  budgetLine,
  budgetRealisation,
  subKegiatanProgress,
} from '../../../src/store/schema/index.ts';
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

async function realisationsOf(budgetLineId: string) {
  return t.db
    .select()
    .from(budgetRealisation)
    .where(eq(budgetRealisation.budgetLineId, budgetLineId))
    .orderBy(budgetRealisation.periodNo);
}

describe('saveBudgetLine', () => {
  it('creates a line from Indonesian amounts, updates it by version, refuses a stale one', async () => {
    const created = await saveBudgetLine(op(), {
      subKegiatanId: w.sub.id,
      year: 2024,
      spendingType: 'modal',
      paguMurni: 'Rp 250.000.000',
    });
    expect(created).toMatchObject({ paguMurni: 250_000_000, paguPerubahan: null, version: 1, warnings: [] });
    const revised = await saveBudgetLine(op(), {
      subKegiatanId: w.sub.id,
      year: 2024,
      spendingType: 'modal',
      paguMurni: 250_000_000,
      paguPerubahan: '240.500.000',
      version: 1,
    });
    expect(revised).toMatchObject({ paguPerubahan: 240_500_000, version: 2 });
    await expect(
      saveBudgetLine(op(), {
        subKegiatanId: w.sub.id,
        year: 2024,
        spendingType: 'modal',
        paguMurni: 1,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      saveBudgetLine(op(), { subKegiatanId: w.sub.id, year: 2024, spendingType: 'modal', paguMurni: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const [row] = await t.db.select().from(budgetLine).where(eq(budgetLine.id, created.id));
    expect(row).toMatchObject({ paguMurni: 250_000_000, paguPerubahan: 240_500_000, version: 2 });
    await expect(
      saveBudgetLine(op(), {
        subKegiatanId: w.sub.id,
        year: 2024,
        spendingType: 'modal',
        paguMurni: '1.234,5',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'paguMurni' }] });
  });
});

describe('saveBudgetRealisation', () => {
  it('stores "41.600.000" as integer Rupiah and warns (does not refuse) above the pagu', async () => {
    // the seed line: pagu perubahan 180.000.000, TW I 41.600.000 already spent
    const q2 = await saveBudgetRealisation(op(), {
      budgetLineId: w.budget.id,
      periodKind: 'quarter',
      periodNo: 2,
      amount: '41.600.000',
      note: 'SP2D Juni',
    });
    expect(q2).toMatchObject({ amount: 41_600_000, lineSpent: 83_200_000, warnings: [], version: 1 });
    const q3 = await saveBudgetRealisation(op(), {
      budgetLineId: w.budget.id,
      periodKind: 'quarter',
      periodNo: 3,
      amount: 'Rp 100.000.000,-',
    });
    expect(q3.warnings).toMatchObject([{ code: 'over-pagu', pagu: 180_000_000, spent: 183_200_000 }]);
    expect(q3.warnings[0]!.absorptionPercent).toBeCloseTo(101.777777, 5);
    expect((await realisationsOf(w.budget.id)).map((r) => r.amount)).toEqual([
      41_600_000, 41_600_000, 100_000_000,
    ]);
    const [events] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'budget_realisation.saved'));
    expect(events!.n).toBe(2);
  });

  it('refuses bad amounts and periods naming the field, a second period kind, a stale version, a foreign operator', async () => {
    await expect(
      saveBudgetRealisation(op(), {
        budgetLineId: w.budget.id,
        periodKind: 'quarter',
        periodNo: 2,
        amount: '41.600.00',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'amount' }] });
    await expect(
      saveBudgetRealisation(op(), {
        budgetLineId: w.budget.id,
        periodKind: 'quarter',
        periodNo: 5,
        amount: -1,
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'amount' }, { path: 'periodNo' }] });
    await expect(
      saveBudgetRealisation(op(), { budgetLineId: w.budget.id, periodKind: 'month', periodNo: 4, amount: 1 }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'periodKind' }] });
    const [q1] = await realisationsOf(w.budget.id);
    await saveBudgetRealisation(op(), {
      budgetLineId: w.budget.id,
      periodKind: 'quarter',
      periodNo: 1,
      amount: 41_700_000,
      version: q1!.version,
    });
    await expect(
      saveBudgetRealisation(op(), {
        budgetLineId: w.budget.id,
        periodKind: 'quarter',
        periodNo: 1,
        amount: 1,
        version: q1!.version,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      saveBudgetRealisation(contextFor(t.db, w, 'foreign'), {
        budgetLineId: w.budget.id,
        periodKind: 'quarter',
        periodNo: 2,
        amount: 1,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await realisationsOf(w.budget.id)).map((r) => [r.periodNo, r.amount])).toEqual([[1, 41_700_000]]);
  });
});

describe('savePhysicalProgress', () => {
  it('keeps the percent typed, refuses more than 100, and warns when cumulative progress falls', async () => {
    const q2 = await savePhysicalProgress(op(), {
      subKegiatanId: w.sub.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      percent: '62,50',
    });
    expect(q2).toMatchObject({ percent: '62.50', warnings: [] });
    const q3 = await savePhysicalProgress(op(), {
      subKegiatanId: w.sub.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 3,
      percent: 60,
    });
    expect(q3.warnings).toMatchObject([
      { code: 'progress-decreased', earlierPeriodNo: 2, earlierPercent: '62.50' },
    ]);
    await expect(
      savePhysicalProgress(op(), {
        subKegiatanId: w.sub.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 4,
        percent: '100,01',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'percent' }] });
    await expect(
      savePhysicalProgress(contextFor(t.db, w, 'foreign'), {
        subKegiatanId: w.sub.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 4,
        percent: 1,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const rows = await t.db
      .select()
      .from(subKegiatanProgress)
      .where(eq(subKegiatanProgress.subKegiatanId, w.sub.id));
    expect(rows.map((r) => r.physicalProgressPercent).sort()).toEqual(['25.00', '60', '62.50']);
    const events = await t.db.select().from(auditLog).where(eq(auditLog.action, 'physical_progress.saved'));
    expect(events).toHaveLength(2);
  });
});

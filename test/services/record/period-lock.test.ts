import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveBudgetRealisation } from '../../../src/services/record/save-budget-realisation.ts';
import { saveRealisation } from '../../../src/services/record/save-realisation.ts';
import { saveRealisationsBatch } from '../../../src/services/record/save-realisations-batch.ts';
import { submitRealisation } from '../../../src/services/record/submit-realisation.ts';
import { periodLock, realisation } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, NOW, seedRecordWorld, type RecordWorld } from './record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedRecordWorld(t.db);
});
afterAll(async () => t.close());

describe('a locked period (past its deadline) refuses recording', () => {
  it('refuses saving, pasting, submitting and budget realisation for the locked quarter; others stay open', async () => {
    const op = contextFor(t.db, w, 'operator');
    const march = await saveRealisation(op, {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'month',
      periodNo: 3,
      value: 70,
    });
    await t.db
      .insert(periodLock)
      .values({ regionId: w.region.id, year: 2024, kind: 'realisation_quarter', periodNo: 1, lockedAt: NOW });
    await expect(
      saveRealisation(op, {
        indicatorId: w.plain.id,
        year: 2024,
        periodKind: 'month',
        periodNo: 2,
        value: 70,
      }),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(
      saveRealisationsBatch(op, {
        agencyId: w.agency.id,
        rows: [
          { indicatorId: w.plain.id, year: 2024, periodKind: 'month', periodNo: 4, value: 70 },
          { indicatorId: w.plain.id, year: 2024, periodKind: 'month', periodNo: 1, value: 70 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'locked' });
    await expect(submitRealisation(op, { realisationId: march.id, version: 1 })).rejects.toMatchObject({
      code: 'locked',
    });
    await expect(
      saveBudgetRealisation(op, {
        budgetLineId: w.budget.id,
        periodKind: 'quarter',
        periodNo: 1,
        amount: 1,
        version: 1,
      }),
    ).rejects.toMatchObject({ code: 'locked' });
    const rows = await t.db.select().from(realisation).where(eq(realisation.indicatorId, w.plain.id));
    expect(rows.map((r) => [r.periodNo, r.status])).toEqual([[3, 'draft']]);
    await expect(
      saveRealisation(op, {
        indicatorId: w.plain.id,
        year: 2024,
        periodKind: 'month',
        periodNo: 4,
        value: 70,
      }),
    ).resolves.toMatchObject({ value: '70' });
  });
});

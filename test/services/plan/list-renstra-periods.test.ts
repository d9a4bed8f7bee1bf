/** An agency's Renstra periods: newest first, for whoever may read the agency; refused to another agency's staff. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenstraPeriod } from '../../../src/services/plan/create-renstra-period.ts';
import { listRenstraPeriods } from '../../../src/services/plan/list-renstra-periods.ts';
import { AppError } from '../../../src/services/errors.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor } from './plan-fixtures.ts';

let t: TestDatabase;
let a: SmallAgency;
let b: SmallAgency;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await seedSmallAgency(t.db, '01');
  b = await seedSmallAgency(t.db, '02');
}, 60_000);
afterAll(async () => t.close());

describe('listRenstraPeriods', () => {
  it('lists the agency’s own periods, newest first, and none of another agency', async () => {
    await createRenstraPeriod(contextFor(t.db, a, 'operator'), {
      agencyId: a.agency.id,
      startYear: 2027,
      endYear: 2031,
      visi: 'Visi periode berikutnya',
      legalBasis: 'Perbup No. 7 Tahun 2026',
    });
    const { periods } = await listRenstraPeriods(contextFor(t.db, a, 'viewer'), { agencyId: a.agency.id });
    expect(periods.map((p) => [p.startYear, p.endYear, p.visi, p.legalBasis])).toEqual([
      [2027, 2031, 'Visi periode berikutnya', 'Perbup No. 7 Tahun 2026'],
      [2021, 2026, 'Masyarakat sejahtera', null],
    ]);
    expect(periods[1]).toMatchObject({ id: a.renstra.id, version: 1 });
    const other = await listRenstraPeriods(contextFor(t.db, b, 'operator'), { agencyId: b.agency.id });
    expect(other.periods.map((p) => p.id)).toEqual([b.renstra.id]);
  });

  it('refuses another agency’s staff and answers an unknown agency as not found', async () => {
    const refused = await listRenstraPeriods(contextFor(t.db, b, 'operator'), {
      agencyId: a.agency.id,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('forbidden');
    const unknown = await listRenstraPeriods(contextFor(t.db, a, 'operator'), {
      agencyId: '00000000-0000-4000-8000-000000000000',
    }).catch((e: unknown) => e);
    expect((unknown as AppError).code).toBe('not-found');
  });
});

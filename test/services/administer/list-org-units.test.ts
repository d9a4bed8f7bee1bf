/** An agency's organisation units: read in tree order by whoever may read the agency, refused to others. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit } from '../../../src/services/administer/create-org-unit.ts';
import { listOrgUnits } from '../../../src/services/administer/list-org-units.ts';
import { AppError } from '../../../src/services/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
const NOW = new Date('2025-01-10T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedWorkflowWorld(t.db);
}, 60_000);
afterAll(async () => t.close());

describe('listOrgUnits', () => {
  it('lists the units parents first, siblings by sort order, each with its depth', async () => {
    const { units: before } = await listOrgUnits(contextAt(t.db, w, 'operator', NOW), {
      agencyId: w.agency.id,
    });
    const head = before.find((u) => u.depth === 0)!;
    await createOrgUnit(contextAt(t.db, w, 'admin', NOW), {
      agencyId: w.agency.id,
      parentId: head.id,
      name: 'Sekretariat',
      echelon: 'III',
      sortOrder: 0,
    });
    const { units } = await listOrgUnits(contextAt(t.db, w, 'evaluator', NOW), { agencyId: w.agency.id });
    expect(units.map((u) => [u.name, u.echelon, u.depth])).toEqual([
      ['Kepala Dinas', 'II', 0],
      ['Bidang Rehabilitasi Sosial', 'III', 1],
      ['Seksi Anak', 'IV', 2],
      ['Sekretariat', 'III', 1],
    ]);
    expect(units[1]).toMatchObject({ parentId: head.id, agencyId: w.agency.id, version: 1 });
  });

  it('gives an agency without units an empty list and refuses another agency’s staff', async () => {
    const { units } = await listOrgUnits(contextAt(t.db, w, 'admin', NOW), { agencyId: w.foreignAgency.id });
    expect(units).toEqual([]);
    const refused = await listOrgUnits(contextAt(t.db, w, 'foreign', NOW), { agencyId: w.agency.id }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('forbidden');
  });
});

/** The reads the PK page needs: the year's PKs unit by unit (the cascade) and who may sign. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPkDraft } from '../../../src/services/commit/create-pk-draft.ts';
import { listAgencyPks } from '../../../src/services/commit/list-agency-pks.ts';
import { listPkSignatories } from '../../../src/services/commit/list-pk-signatories.ts';
import { revisePk } from '../../../src/services/commit/revise-pk.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { AppError } from '../../../src/services/errors.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor } from '../plan/plan-fixtures.ts';

let t: TestDatabase;
let a: SmallAgency;
let b: SmallAgency;
let operator: ServiceContext;
let evaluator: ServiceContext;
let foreignOperator: ServiceContext;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await seedSmallAgency(t.db, '01');
  b = await seedSmallAgency(t.db, '02');
  operator = contextFor(t.db, a, 'operator');
  evaluator = contextFor(t.db, a, 'evaluator', { agencyId: null });
  foreignOperator = contextFor(t.db, b, 'operator');
}, 60_000);
afterAll(async () => t.close());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('listAgencyPks', () => {
  it('lists the units in tree order with their PK of the year and its latest version', async () => {
    const list = await listAgencyPks(operator, { agencyId: a.agency.id, year: 2024 });
    expect(list.renstraPeriod).toMatchObject({ startYear: 2021, endYear: 2026 });
    expect(list.units.map((u) => [u.name, u.depth, u.echelon])).toEqual([
      ['Kepala Dinas', 0, 'II'],
      ['Bidang Rehabilitasi Sosial', 1, 'III'],
      ['Seksi Anak', 2, 'IV'],
    ]);
    const [head, bidang, seksi] = list.units;
    expect(head!.pk).toEqual({
      id: a.pk.id,
      parentPkId: null,
      versionCount: 1,
      latest: {
        id: a.pkV1.id,
        number: 1,
        kind: 'original',
        status: 'signed',
        targetCount: 1,
        signedOn: '2024-01-20',
      },
    });
    // the seeded unit PK has no version yet
    expect(bidang!.pk).toMatchObject({ id: a.unitPk.id, parentPkId: a.pk.id, versionCount: 0, latest: null });
    expect(seksi!.pk).toBeNull();
  });

  it('follows the cascade and the perubahan: a new unit draft and a revised head PK', async () => {
    const draft = await createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: a.seksi.id, year: 2024 });
    await revisePk(operator, { pkVersionId: a.pkV1.id, reason: 'APBD Perubahan 2024' });
    const list = await listAgencyPks(evaluator, { agencyId: a.agency.id, year: 2024 });
    const byName = new Map(list.units.map((u) => [u.name, u.pk]));
    expect(byName.get('Seksi Anak')).toMatchObject({
      id: draft.pkId,
      parentPkId: a.unitPk.id,
      versionCount: 1,
      latest: { number: 1, kind: 'original', status: 'draft' },
    });
    expect(byName.get('Kepala Dinas')).toMatchObject({
      versionCount: 2,
      latest: { number: 2, kind: 'perubahan', status: 'draft', targetCount: 1, signedOn: null },
    });
  });

  it('a year without PKs or Renstra lists the units only', async () => {
    const list = await listAgencyPks(operator, { agencyId: a.agency.id, year: 2030 });
    expect(list.renstraPeriod).toBeNull();
    expect(list.units).toHaveLength(3);
    expect(list.units.every((u) => u.pk === null)).toBe(true);
  });

  it("refuses another agency's user and an unknown agency", async () => {
    expect(
      (await rejection(listAgencyPks(foreignOperator, { agencyId: a.agency.id, year: 2024 }))).code,
    ).toBe('forbidden');
    const unknown = await rejection(
      listAgencyPks(evaluator, { agencyId: '00000000-0000-4000-8000-000000000000', year: 2024 }),
    );
    expect(unknown.code).toBe('not-found');
    expect((await rejection(listAgencyPks(operator, { agencyId: a.agency.id, year: 'x' }))).code).toBe(
      'validation',
    );
  });
});

describe('listPkSignatories', () => {
  it("lists the agency's signatories and the region's head, not another region's", async () => {
    const { signatories } = await listPkSignatories(operator, { agencyId: a.agency.id });
    expect(signatories.map((s) => [s.name, s.positionTitle, s.ofAgency])).toEqual([
      ['Budi Santoso', 'Bupati Contoh', false],
      ['Dra. Siti Aminah, M.Si', 'Kepala Dinas Sosial', true],
    ]);
    const kadis = signatories.find((s) => s.ofAgency)!;
    expect(kadis).toMatchObject({
      nip: '196805121994032005',
      rank: 'Pembina Utama Muda (IV/c)',
      orgUnitId: a.head.id,
    });
  });

  it("refuses another agency's user", async () => {
    expect((await rejection(listPkSignatories(foreignOperator, { agencyId: a.agency.id }))).code).toBe(
      'forbidden',
    );
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPkDraft } from '../../../src/services/commit/create-pk-draft.ts';
import { getPk } from '../../../src/services/commit/get-pk.ts';
import { revisePk } from '../../../src/services/commit/revise-pk.ts';
import { signPk } from '../../../src/services/commit/sign-pk.ts';
import { submitPk } from '../../../src/services/commit/submit-pk.ts';
import { updatePkTargets } from '../../../src/services/commit/update-pk-targets.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { AppError } from '../../../src/services/errors.ts';
import { withStoreErrors } from '../../../src/services/plan/store-errors.ts';
import {
  appUser,
  budgetLine,
  perjanjianKinerja,
  pkBudget,
  pkTarget,
  pkVersion,
  signatory,
} from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { auditMark, auditSince, contextFor } from '../plan/plan-fixtures.ts';

let t: TestDatabase;
let a: SmallAgency;
let b: SmallAgency;
let operator: ServiceContext;
let kepala: ServiceContext;
let foreignOperator: ServiceContext;
let kadisId: string;
let bupatiId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await seedSmallAgency(t.db, '01');
  b = await seedSmallAgency(t.db, '02');
  const [kepalaUser] = await t.db
    .insert(appUser)
    .values({ username: 'kepala01', displayName: 'Kepala Dinas' })
    .returning();
  operator = contextFor(t.db, a, 'operator');
  kepala = contextFor(t.db, a, 'kepala', { userId: kepalaUser!.id });
  foreignOperator = contextFor(t.db, b, 'operator');
  const [kadis] = await t.db.select().from(signatory).where(eq(signatory.agencyId, a.agency.id));
  kadisId = kadis!.id;
  const [bupati] = await t.db
    .select({ id: signatory.id })
    .from(signatory)
    .where(eq(signatory.name, 'Budi Santoso'))
    .limit(1);
  bupatiId = bupati!.id;
  // the 2023 budget of the seeded sub kegiatan (1.06.04.2.01.0001): two spending types
  await t.db.insert(budgetLine).values([
    {
      agencyId: a.agency.id,
      subKegiatanId: a.sub.id,
      year: 2023,
      spendingType: 'barang_jasa',
      paguMurni: 150_000_000,
    },
    {
      agencyId: a.agency.id,
      subKegiatanId: a.sub.id,
      year: 2023,
      spendingType: 'modal',
      paguMurni: 25_000_000,
    },
  ]);
});
afterAll(async () => t.close());

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the call to fail');
}

describe('Perjanjian Kinerja lifecycle', () => {
  it('draft → submit → sign → writes refused → perubahan keeps the original → diff lists the change', async () => {
    // 1. draft from the Renstra targets and the budget lines of 2023
    let mark = await auditMark(t.db);
    const draft = await createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: a.head.id, year: 2023 });
    expect(draft.version).toMatchObject({ number: 1, kind: 'original', status: 'draft', version: 1 });
    expect(draft.version.targets).toEqual([
      expect.objectContaining({ indicatorId: a.indicator.id, indicatorCode: 'IKU1', value: '75.5' }),
    ]);
    expect(draft.version.budgets).toEqual([
      expect.objectContaining({ level: 'program', id: a.program.id, code: '1.06.04', amount: 175_000_000 }),
    ]);
    expect(draft.indicatorsWithoutTarget).toEqual([]);
    expect((await auditSince(t.db, mark)).map((e) => e.action)).toEqual([
      'perjanjian_kinerja.created',
      'pk_version.created',
    ]);
    const v1 = draft.version.id;

    // 2. change the draft's target; a stale version is a conflict and changes nothing
    const edited = await updatePkTargets(operator, {
      pkVersionId: v1,
      version: 1,
      targets: [{ indicatorId: a.indicator.id, value: '76,50' }],
    });
    expect(edited.version).toMatchObject({
      version: 2,
      targets: [expect.objectContaining({ value: '76.50' })],
    });
    const stale = await rejection(
      updatePkTargets(operator, {
        pkVersionId: v1,
        version: 1,
        targets: [{ indicatorId: a.indicator.id, value: 1 }],
      }),
    );
    expect(stale.code).toBe('conflict');
    const [kept] = await t.db.select().from(pkTarget).where(eq(pkTarget.pkVersionId, v1));
    expect(kept!.value).toBe('76.50');

    // 3. signing a draft is an invalid transition
    const signDraft = await rejection(
      signPk(kepala, {
        pkVersionId: v1,
        version: 2,
        firstPartySignatoryId: kadisId,
        secondPartySignatoryId: bupatiId,
        signedOn: '2023-01-20',
      }),
    );
    expect(signDraft.code).toBe('invalid-state');
    expect(signDraft.userMessage.en).toContain('is a draft');
    expect(signDraft.userMessage.id).toContain('berstatus draf');

    // 4. submit
    mark = await auditMark(t.db);
    const submitted = await submitPk(operator, { pkVersionId: v1, version: 2 });
    expect(submitted).toMatchObject({ status: 'submitted', version: 3 });
    expect(await auditSince(t.db, mark)).toEqual([
      expect.objectContaining({
        action: 'pk_version.submitted',
        entityId: v1,
        after: { status: 'submitted', version: 3 },
      }),
    ]);
    expect((await rejection(submitPk(operator, { pkVersionId: v1, version: 3 }))).code).toBe('invalid-state');

    // 5. sign: the kepala only, with both parties
    const byOperator = await rejection(
      signPk(operator, {
        pkVersionId: v1,
        version: 3,
        firstPartySignatoryId: kadisId,
        secondPartySignatoryId: bupatiId,
        signedOn: '2023-01-20',
      }),
    );
    expect(byOperator.code).toBe('forbidden');
    const [foreignSignatory] = await t.db.select().from(signatory).where(eq(signatory.agencyId, b.agency.id));
    const wrongParty = await rejection(
      signPk(kepala, {
        pkVersionId: v1,
        version: 3,
        firstPartySignatoryId: foreignSignatory!.id,
        secondPartySignatoryId: bupatiId,
        signedOn: '2023-01-20',
      }),
    );
    expect(wrongParty).toMatchObject({ code: 'validation', fields: [{ path: 'firstPartySignatoryId' }] });
    mark = await auditMark(t.db);
    const signed = await signPk(kepala, {
      pkVersionId: v1,
      version: 3,
      firstPartySignatoryId: kadisId,
      secondPartySignatoryId: bupatiId,
      signedOn: '2023-01-20',
      signedPlace: 'Kota Contoh',
    });
    expect(signed).toMatchObject({
      status: 'signed',
      signedOn: '2023-01-20',
      firstPartySignatoryId: kadisId,
      secondPartySignatoryId: bupatiId,
      signedPlace: 'Kota Contoh',
    });
    expect((await auditSince(t.db, mark)).map((e) => e.action)).toEqual(['pk_version.signed']);
    const [signedRow] = await t.db.select().from(pkVersion).where(eq(pkVersion.id, v1));
    expect(signedRow).toMatchObject({ status: 'signed', signedByUserId: kepala.actor.userId });

    // 6. a signed version refuses every write: through the use case, and at the database (AK001)
    const afterSign = await rejection(
      updatePkTargets(operator, {
        pkVersionId: v1,
        version: 4,
        targets: [{ indicatorId: a.indicator.id, value: 90 }],
      }),
    );
    expect(afterSign.code).toBe('invalid-state');
    expect(afterSign.userMessage.en).toContain('perubahan');
    const slipped = await rejection(
      withStoreErrors(() => t.db.update(pkTarget).set({ value: '99' }).where(eq(pkTarget.pkVersionId, v1))),
    );
    expect(slipped).toBeInstanceOf(AppError);
    expect(slipped.code).toBe('invalid-state');
    const [stillSigned] = await t.db.select().from(pkTarget).where(eq(pkTarget.pkVersionId, v1));
    expect(stillSigned!.value).toBe('76.50');

    // 7. perubahan: version 2 in draft with the signed content copied; the original stays
    mark = await auditMark(t.db);
    const revised = await revisePk(operator, { pkVersionId: v1, reason: 'APBD Perubahan 2023' });
    expect(revised).toMatchObject({
      number: 2,
      kind: 'perubahan',
      status: 'draft',
      reason: 'APBD Perubahan 2023',
    });
    expect(revised.targets.map((x) => x.value)).toEqual(['76.50']);
    expect(revised.budgets.map((x) => x.amount)).toEqual([175_000_000]);
    expect((await auditSince(t.db, mark)).map((e) => e.action)).toEqual(['pk_version.revised']);
    expect((await rejection(revisePk(operator, { pkVersionId: v1, reason: 'lagi' }))).code).toBe(
      'invalid-state',
    );
    await updatePkTargets(operator, {
      pkVersionId: revised.id,
      version: revised.version,
      targets: [{ indicatorId: a.indicator.id, value: '78' }],
      budgets: [{ programId: a.program.id, amount: '160.000.000' }],
    });

    // 8. getPk: both versions, the diff of the perubahan against the original
    const pk = await getPk(contextFor(t.db, a, 'viewer'), { pkId: draft.pkId });
    expect(pk.versions.map((v) => [v.number, v.kind, v.status])).toEqual([
      [1, 'original', 'signed'],
      [2, 'perubahan', 'draft'],
    ]);
    expect(pk.versions[0]!.targets[0]!.value).toBe('76.50');
    expect(pk.versions[0]!.diff).toBeNull();
    expect(pk.versions[1]!.diff).toEqual({
      againstNumber: 1,
      targets: [
        {
          indicatorId: a.indicator.id,
          indicatorCode: 'IKU1',
          indicatorName: 'Persentase PPKS yang tertangani',
          oldTarget: { value: '76.50', low: null, high: null, grade: null },
          newTarget: { value: '78', low: null, high: null, grade: null },
        },
      ],
      budgets: [
        {
          level: 'program',
          id: a.program.id,
          code: '1.06.04',
          name: 'Program Rehabilitasi Sosial',
          oldPagu: 175_000_000,
          newPagu: 160_000_000,
        },
      ],
    });
    const original = await t.db.select().from(pkBudget).where(eq(pkBudget.pkVersionId, v1));
    expect(original.map((x) => x.amount)).toEqual([175_000_000]);

    expect((await rejection(getPk(foreignOperator, { pkId: draft.pkId }))).code).toBe('forbidden');
  });
});

describe('createPkDraft and updatePkTargets refuse bad input', () => {
  it('names the field: a year outside the Renstra, a non-uuid or foreign unit, an unknown indicator', async () => {
    const mark = await auditMark(t.db);
    const year = await rejection(
      createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: a.head.id, year: 2030 }),
    );
    expect(year).toMatchObject({ code: 'validation', fields: [{ path: 'year' }] });
    const notUuid = await rejection(
      createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: 'bidang', year: 2022 }),
    );
    expect(notUuid).toMatchObject({ code: 'validation', fields: [{ path: 'orgUnitId' }] });
    const foreignUnit = await rejection(
      createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: b.head.id, year: 2022 }),
    );
    expect(foreignUnit).toMatchObject({ code: 'validation', fields: [{ path: 'orgUnitId' }] });
    const duplicate = await rejection(
      createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: a.head.id, year: 2024 }),
    );
    expect(duplicate.code).toBe('conflict');
    expect(await auditSince(t.db, mark)).toHaveLength(0);

    const draft = await createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: a.head.id, year: 2022 });
    // no Renstra target for 2022: listed, not invented
    expect(draft.version.targets).toEqual([]);
    expect(draft.indicatorsWithoutTarget).toEqual([{ indicatorId: a.indicator.id, code: 'IKU1' }]);
    const unknown = await rejection(
      updatePkTargets(operator, {
        pkVersionId: draft.version.id,
        version: 1,
        targets: [
          { indicatorId: a.indicator.id, value: 70 },
          { indicatorId: b.indicator.id, value: 70 },
        ],
      }),
    );
    expect(unknown).toMatchObject({ code: 'validation', fields: [{ path: 'targets[1].indicatorId' }] });
    const shape = await rejection(
      updatePkTargets(operator, {
        pkVersionId: draft.version.id,
        version: 1,
        targets: [{ indicatorId: a.indicator.id, grade: 'A' }],
      }),
    );
    expect(shape.fields.map((f) => f.path).sort()).toEqual(['targets[0].grade', 'targets[0].value']);
    expect(await t.db.select().from(pkTarget).where(eq(pkTarget.pkVersionId, draft.version.id))).toHaveLength(
      0,
    );
    const empty = await rejection(submitPk(operator, { pkVersionId: draft.version.id, version: 1 }));
    expect(empty.code).toBe('invalid-state');
    const zero = await updatePkTargets(operator, {
      pkVersionId: draft.version.id,
      version: 1,
      targets: [{ indicatorId: a.indicator.id, value: 0 }],
    });
    expect(zero.warnings).toEqual([
      expect.objectContaining({ code: 'target-zero', path: 'targets[0].value' }),
    ]);
  });

  it("refuses another agency's operator and writes nothing", async () => {
    const mark = await auditMark(t.db);
    const refused = await rejection(
      createPkDraft(foreignOperator, { agencyId: a.agency.id, orgUnitId: a.bidang.id, year: 2023 }),
    );
    expect(refused.code).toBe('forbidden');
    const rows = await t.db
      .select()
      .from(perjanjianKinerja)
      .where(and(eq(perjanjianKinerja.orgUnitId, a.bidang.id), eq(perjanjianKinerja.year, 2023)));
    expect(rows).toHaveLength(0);
    expect(await auditSince(t.db, mark)).toHaveLength(0);
    const [v] = await t.db.select().from(pkVersion).where(eq(pkVersion.agencyId, a.agency.id)).limit(1);
    const foreignEdit = await rejection(
      updatePkTargets(foreignOperator, { pkVersionId: v!.id, version: v!.version }),
    );
    expect(foreignEdit.code).toBe('forbidden');
  });

  it('cascades: a unit below links to the PK of the unit above and takes its own indicators and budgets', async () => {
    const head = await t.db
      .select()
      .from(perjanjianKinerja)
      .where(and(eq(perjanjianKinerja.orgUnitId, a.head.id), eq(perjanjianKinerja.year, 2023)));
    const seksi = await createPkDraft(operator, { agencyId: a.agency.id, orgUnitId: a.seksi.id, year: 2023 });
    // the seksi's parent (bidang) has no 2023 PK: no parent link
    expect(seksi.parentPkId).toBeNull();
    // the seeded sub kegiatan is assigned to the seksi: its pagu is the seksi's budget
    expect(seksi.version.budgets).toEqual([
      expect.objectContaining({ level: 'subKegiatan', id: a.sub.id, amount: 175_000_000 }),
    ]);
    const bidang = await createPkDraft(operator, {
      agencyId: a.agency.id,
      orgUnitId: a.bidang.id,
      year: 2023,
      parentPkId: head[0]!.id,
    });
    expect(bidang.parentPkId).toBe(head[0]!.id);
    const wrongParent = await rejection(
      createPkDraft(operator, {
        agencyId: a.agency.id,
        orgUnitId: a.seksi.id,
        year: 2022,
        parentPkId: head[0]!.id,
      }),
    );
    expect(wrongParent).toMatchObject({ code: 'validation', fields: [{ path: 'parentPkId' }] });
  });
});

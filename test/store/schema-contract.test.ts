import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/store/schema/index.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';
import {
  evidenceBytes,
  evidenceSha256,
  seedSmallAgency,
  type SmallAgency,
} from '../support/store-fixtures.ts';

/** The SQLSTATE of a failed statement (drivers wrap it differently). */
async function sqlState(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    let current: unknown = error;
    while (current !== null && typeof current === 'object') {
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
      current = (current as { cause?: unknown }).cause;
    }
    throw error;
  }
  throw new Error('statement succeeded but was expected to fail');
}

const UNIQUE = '23505';
const FOREIGN_KEY = '23503';
const CHECK = '23514';
const IMMUTABLE = 'AK001';

describe(`schema contract on ${testEngine}`, () => {
  let t: TestDatabase;
  let a: SmallAgency;
  beforeAll(async () => {
    t = await createTestDatabase();
    a = await seedSmallAgency(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reads back a realisation exactly as typed, with its components and evidence bytes', async () => {
    const [row] = await t.db.select().from(s.realisation).where(eq(s.realisation.id, a.realisation.id));
    expect(row?.value).toBe('78.125');
    expect(row?.submittedAt).toEqual(new Date('2024-04-05T02:00:00Z'));
    const targets = await t.db
      .select({ year: s.indicatorTarget.year, value: s.indicatorTarget.value })
      .from(s.indicatorTarget)
      .where(eq(s.indicatorTarget.indicatorId, a.indicator.id))
      .orderBy(s.indicatorTarget.year);
    // trailing zeros are kept: what the user typed, not a float
    expect(targets).toEqual([
      { year: 2023, value: '75.5' },
      { year: 2024, value: '80.50' },
    ]);
    const components = await t.db
      .select({ code: s.indicatorComponent.code, value: s.realisationComponent.value })
      .from(s.realisationComponent)
      .innerJoin(
        s.indicatorComponent,
        eq(s.indicatorComponent.id, s.realisationComponent.indicatorComponentId),
      )
      .where(eq(s.realisationComponent.realisationId, a.realisation.id))
      .orderBy(s.indicatorComponent.code);
    expect(components).toEqual([
      { code: 'served', value: '625' },
      { code: 'total', value: '800' },
    ]);
    const [file] = await t.db
      .select({
        name: s.evidenceFile.fileName,
        content: s.evidenceBlob.content,
        size: s.evidenceBlob.sizeBytes,
      })
      .from(s.evidenceFile)
      .innerJoin(s.evidenceBlob, eq(s.evidenceBlob.sha256, s.evidenceFile.blobSha256))
      .where(eq(s.evidenceFile.realisationId, a.realisation.id));
    expect(file?.name).toBe('dokumentasi-tw1.pdf');
    expect(file?.size).toBe(evidenceBytes.length);
    expect(
      createHash('sha256')
        .update(file?.content ?? new Uint8Array())
        .digest('hex'),
    ).toBe(evidenceSha256);
  });

  it('keeps money as integer Rupiah and new rows start at version 1', async () => {
    const [line] = await t.db.select().from(s.budgetLine).where(eq(s.budgetLine.id, a.budget.id));
    expect(line?.paguMurni).toBe(177_880_628);
    expect(line?.paguPerubahan).toBe(180_000_000);
    expect(line?.version).toBe(1);
    expect(line?.createdAt).toBeInstanceOf(Date);
    await expect(
      sqlState(t.db.update(s.budgetLine).set({ paguMurni: -1 }).where(eq(s.budgetLine.id, a.budget.id))),
    ).resolves.toBe(CHECK);
  });

  it('rejects a second realisation for the same indicator and period', async () => {
    const duplicate = t.db.insert(s.realisation).values({
      agencyId: a.agency.id,
      indicatorId: a.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: '80',
    });
    await expect(sqlState(duplicate)).resolves.toBe(UNIQUE);
  });

  it('rejects duplicates of codes, targets and budget lines', async () => {
    await expect(
      sqlState(
        t.db
          .insert(s.agency)
          .values({ regionId: a.region.id, code: a.agency.code, name: 'Dinas Sosial (lagi)' }),
      ),
    ).resolves.toBe(UNIQUE);
    await expect(
      sqlState(
        t.db
          .insert(s.indicatorTarget)
          .values({ agencyId: a.agency.id, indicatorId: a.indicator.id, year: 2024, value: '1' }),
      ),
    ).resolves.toBe(UNIQUE);
    await expect(
      sqlState(
        t.db.insert(s.budgetLine).values({
          agencyId: a.agency.id,
          subKegiatanId: a.sub.id,
          year: 2024,
          spendingType: 'barang_jasa',
          paguMurni: 1,
        }),
      ),
    ).resolves.toBe(UNIQUE);
    await expect(
      sqlState(t.db.insert(s.appUser).values({ username: a.user.username.toUpperCase(), displayName: 'x' })),
    ).resolves.toBe(UNIQUE);
  });

  it('rejects a row that claims another agency than its parent', async () => {
    const [other] = await t.db
      .insert(s.agency)
      .values({ regionId: a.region.id, code: '1.06.0.00.0.00.02.0000', name: 'Dinas Lain' })
      .returning();
    const wrongAgency = t.db.insert(s.realisation).values({
      agencyId: other?.id ?? '',
      indicatorId: a.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      value: '80',
    });
    await expect(sqlState(wrongAgency)).resolves.toBe(FOREIGN_KEY);
  });

  it('rejects out-of-range periods, unknown enum values and evidence whose hash does not match', async () => {
    const base = { agencyId: a.agency.id, indicatorId: a.indicator.id, year: 2024, value: '1' } as const;
    await expect(
      sqlState(t.db.insert(s.realisation).values({ ...base, periodKind: 'quarter', periodNo: 5 })),
    ).resolves.toBe(CHECK);
    await expect(
      sqlState(t.db.execute(sql`update realisation set status = 'approved' where id = ${a.realisation.id}`)),
    ).resolves.toBe(CHECK);
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(
      sqlState(t.db.insert(s.evidenceBlob).values({ sha256: 'a'.repeat(64), sizeBytes: 3, content: bytes })),
    ).resolves.toBe(CHECK);
  });

  it('keeps a signed PK version and its targets immutable, and the audit log append-only', async () => {
    await expect(
      sqlState(
        t.db.update(s.pkVersion).set({ signedPlace: 'Tempat lain' }).where(eq(s.pkVersion.id, a.pkV1.id)),
      ),
    ).resolves.toBe(IMMUTABLE);
    await expect(sqlState(t.db.delete(s.pkVersion).where(eq(s.pkVersion.id, a.pkV1.id)))).resolves.toBe(
      IMMUTABLE,
    );
    await expect(
      sqlState(t.db.update(s.pkTarget).set({ value: '99' }).where(eq(s.pkTarget.pkVersionId, a.pkV1.id))),
    ).resolves.toBe(IMMUTABLE);
    await expect(
      sqlState(
        t.db
          .insert(s.pkBudget)
          .values({ agencyId: a.agency.id, pkVersionId: a.pkV1.id, subKegiatanId: a.sub.id, amount: 5 }),
      ),
    ).resolves.toBe(IMMUTABLE);
    // a perubahan is a new version, which can be edited until signed
    const [v2] = await t.db
      .insert(s.pkVersion)
      .values({
        agencyId: a.agency.id,
        perjanjianKinerjaId: a.pk.id,
        number: 2,
        kind: 'perubahan',
        reason: 'APBD Perubahan',
      })
      .returning();
    await t.db
      .insert(s.pkTarget)
      .values({ agencyId: a.agency.id, pkVersionId: v2?.id ?? '', indicatorId: a.indicator.id, value: '82' });
    await t.db
      .update(s.pkTarget)
      .set({ value: '82.5' })
      .where(and(eq(s.pkTarget.pkVersionId, v2?.id ?? ''), eq(s.pkTarget.indicatorId, a.indicator.id)));
    await expect(
      sqlState(t.db.execute(sql`update audit_log set actor_label = 'someone else'`)),
    ).resolves.toBe(IMMUTABLE);
    await expect(sqlState(t.db.execute(sql`delete from audit_log`))).resolves.toBe(IMMUTABLE);
  });

  it('can serve the recap of one agency-year, and of all agencies of a region, from indexes', async () => {
    // with a handful of rows the planner prefers a scan; forbid it to see which indexes are usable
    const plans = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const explain = async (query: ReturnType<typeof sql>): Promise<string> =>
        JSON.stringify(((await tx.execute(sql`explain ${query}`)) as unknown as { rows: unknown[] }).rows);
      return {
        agency: await explain(
          sql`select * from realisation where agency_id = ${a.agency.id} and year = 2024`,
        ),
        region: await explain(
          sql`select r.* from realisation r join agency g on g.id = r.agency_id where g.region_id = ${a.region.id} and r.year = 2024`,
        ),
      };
    });
    expect(plans.agency).toContain('realisation_agency_year_idx');
    expect(plans.region).toContain('realisation_agency_year_idx');
    expect(plans.region).toContain('agency_region_idx');
  });
});

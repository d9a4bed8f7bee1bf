import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveRealisation } from '../../../src/services/record/save-realisation.ts';
import { saveRealisationsBatch } from '../../../src/services/record/save-realisations-batch.ts';
import { auditLog, realisation, realisationComponent } from '../../../src/store/schema/index.ts';
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

async function rowsOf(indicatorId: string) {
  return t.db
    .select()
    .from(realisation)
    .where(eq(realisation.indicatorId, indicatorId))
    .orderBy(realisation.periodNo);
}

async function auditCount(action: string) {
  const [row] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action));
  return row!.n;
}

describe('saveRealisation', () => {
  it('stores "74,53" as the exact decimal 74.53, keeps typed decimals, and returns the live capaian', async () => {
    const saved = await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      value: '74,53',
      note: 'Data Juni',
    });
    expect(saved).toMatchObject({ value: '74.53', status: 'draft', version: 1, note: 'Data Juni' });
    expect(saved.measurement.capaian).toBeCloseTo((74.53 / 80) * 100, 10);
    expect(saved.measurement.predikat).toMatchObject({ label: 'Sangat Tinggi', lowest: false });
    const [row] = await rowsOf(w.plain.id);
    expect(row).toMatchObject({
      value: '74.53',
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      enteredByUserId: w.user.id,
    });

    const again = await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      value: '80,50',
      version: 1,
    });
    expect(again).toMatchObject({ value: '80.50', version: 2, note: null });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'realisation.saved'), eq(auditLog.entityId, saved.id)))
      .orderBy(auditLog.id);
    expect(audit).toMatchObject({ agencyId: w.agency.id, actorUserId: w.user.id, origin: 'web' });
    expect(audit!.after).toMatchObject({ value: '74.53', status: 'draft' });
    expect(await auditCount('realisation.saved')).toBe(2);
  });

  it('keeps an unknown value as null, not 0', async () => {
    const saved = await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: null,
    });
    expect(saved.value).toBeNull();
    expect(saved.measurement).toMatchObject({ capaian: null, reason: 'missing-realisasi' });
  });

  it('derives the value of a computed indicator from its components and refuses a typed value', async () => {
    const saved = await saveRealisation(op(), {
      indicatorId: w.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      components: { served: '650', total: '800' },
    });
    expect(saved).toMatchObject({ value: '81.25', components: { served: '650', total: '800' } });
    const comps = await t.db
      .select()
      .from(realisationComponent)
      .where(eq(realisationComponent.realisationId, saved.id));
    expect(comps.map((c) => c.value).sort()).toEqual(['650', '800']);

    const typed = saveRealisation(op(), {
      indicatorId: w.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 3,
      value: 90,
      components: { served: '650', total: '800', extra: 1 },
    });
    await expect(typed).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'value' }, { path: 'components.extra' }],
    });

    const partial = await saveRealisation(op(), {
      indicatorId: w.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 3,
      components: { served: '700' },
    });
    expect(partial).toMatchObject({
      value: null,
      derivedReason: 'missing-component:total',
      components: { served: '700' },
    });
  });

  it('refuses a period number that does not fit its kind, naming periodNo, and writes nothing', async () => {
    for (const [periodKind, periodNo] of [
      ['quarter', 5],
      ['month', 13],
      ['quarter', 0],
    ] as const) {
      await expect(
        saveRealisation(op(), { indicatorId: w.plain.id, year: 2024, periodKind, periodNo, value: 1 }),
      ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'periodNo' }] });
    }
    await expect(
      saveRealisation(op(), {
        indicatorId: 'not-a-uuid',
        year: 2024,
        periodKind: 'month',
        periodNo: 1,
        value: '41.600.00',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'indicatorId' }, { path: 'value' }] });
    expect(await rowsOf(w.plain.id)).toEqual([]);
  });

  it('refuses a second period kind for the same indicator and year', async () => {
    await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: 10,
    });
    await expect(
      saveRealisation(op(), {
        indicatorId: w.plain.id,
        year: 2024,
        periodKind: 'month',
        periodNo: 1,
        value: 10,
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'periodKind' }] });
  });

  it('takes grades for ordinal indicators, in the scale spelling', async () => {
    const saved = await saveRealisation(op(), {
      indicatorId: w.ordinal.id,
      year: 2024,
      periodKind: 'year',
      periodNo: 1,
      grade: 'bb',
    });
    expect(saved).toMatchObject({ grade: 'BB', value: null });
    expect(saved.measurement).toMatchObject({ capaian: 100 });
    await expect(
      saveRealisation(op(), {
        indicatorId: w.ordinal.id,
        year: 2023,
        periodKind: 'year',
        periodNo: 1,
        grade: 'Z',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'grade' }] });
  });

  it('a stale version is a conflict and leaves the row unchanged; creating an existing period is a conflict too', async () => {
    const first = await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: 50,
    });
    await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: 60,
      version: first.version,
    });
    const stale = saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: 70,
      version: first.version,
    });
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    const create = saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      value: 70,
    });
    await expect(create).rejects.toMatchObject({ code: 'conflict' });
    const [row] = await rowsOf(w.plain.id);
    expect(row).toMatchObject({ value: '60', version: 2 });
  });

  it("refuses a foreign agency's operator and writes nothing", async () => {
    const before = await auditCount('realisation.saved');
    await expect(
      saveRealisation(contextFor(t.db, w, 'foreign'), {
        indicatorId: w.plain.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 1,
        value: 10,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await rowsOf(w.plain.id)).toEqual([]);
    expect(await auditCount('realisation.saved')).toBe(before);
  });

  it('refuses to edit a submitted realisation', async () => {
    const edit = saveRealisation(op(), {
      indicatorId: w.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 1,
      components: { served: 1, total: 2 },
      version: w.realisation.version,
    });
    await expect(edit).rejects.toMatchObject({ code: 'invalid-state' });
    const [row] = await t.db.select().from(realisation).where(eq(realisation.id, w.realisation.id));
    expect(row).toMatchObject({ value: '78.125', status: 'submitted', version: w.realisation.version });
  });
});

describe('saveRealisationsBatch', () => {
  it('writes nothing when one row is invalid, naming the row and field', async () => {
    const batch = saveRealisationsBatch(op(), {
      agencyId: w.agency.id,
      rows: [
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: '12,5' },
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 2, value: '41.600.00' },
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 3, value: 30 },
        { indicatorId: w.indicator.id, year: 2024, periodKind: 'quarter', periodNo: 2, value: 30 },
      ],
    });
    await expect(batch).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'rows[1].value' }] });
    expect(await rowsOf(w.plain.id)).toEqual([]);

    const semantic = saveRealisationsBatch(op(), {
      agencyId: w.agency.id,
      rows: [
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: '12,5' },
        { indicatorId: w.indicator.id, year: 2024, periodKind: 'quarter', periodNo: 2, value: 30 },
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: 13 },
      ],
    });
    await expect(semantic).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'rows[1].value' }, { path: 'rows[2].periodNo' }],
    });
    expect(await rowsOf(w.plain.id)).toEqual([]);
    expect(await auditCount('realisation.saved')).toBe(0);
  });

  it('writes every row of a valid block in one go, each audited, measured after all are written', async () => {
    const result = await saveRealisationsBatch(op(), {
      agencyId: w.agency.id,
      rows: [
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 2, value: '20,25' },
        { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: '10,10' },
        {
          indicatorId: w.indicator.id,
          year: 2024,
          periodKind: 'quarter',
          periodNo: 2,
          components: { served: '3', total: '4' },
        },
      ],
    });
    expect(result.rows.map((r) => r.value)).toEqual(['20.25', '10.10', '75']);
    expect((await rowsOf(w.plain.id)).map((r) => r.value)).toEqual(['10.10', '20.25']);
    expect(await auditCount('realisation.saved')).toBe(3);
  });

  it('refuses rows of an indicator of another agency', async () => {
    const other = saveRealisationsBatch(contextFor(t.db, w, 'foreign'), {
      agencyId: w.foreignAgency.id,
      rows: [{ indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: 1 }],
    });
    await expect(other).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'rows[0].indicatorId' }],
    });
    const foreign = saveRealisationsBatch(contextFor(t.db, w, 'foreign'), {
      agencyId: w.agency.id,
      rows: [{ indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: 1 }],
    });
    await expect(foreign).rejects.toMatchObject({ code: 'forbidden' });
    expect(await rowsOf(w.plain.id)).toEqual([]);
  });
});

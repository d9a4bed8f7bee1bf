import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAkipEvaluation } from '../../../src/services/akip/create-akip-evaluation.ts';
import { listAkipEvaluations } from '../../../src/services/akip/list-akip-evaluations.ts';
import { recordAkipFollowUp } from '../../../src/services/akip/record-akip-follow-up.ts';
import { updateAkipEvaluation } from '../../../src/services/akip/update-akip-evaluation.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { AppError } from '../../../src/services/errors.ts';
import {
  akipComponentScore,
  akipEvaluation,
  akipRecommendation,
  appUser,
  auditLog,
  indicator,
  realisation,
} from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, NOW, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

// The store fixture holds an evaluation of 2023 (one component, one recommendation): these tests evaluate 2024.
let t: TestDatabase;
let w: RecordWorld;
let evaluator: ServiceContext;
let akipIndicatorId: string;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
  const [user] = await t.db
    .insert(appUser)
    .values({ username: 'inspektorat', displayName: 'Inspektorat' })
    .returning();
  evaluator = {
    db: t.db,
    actor: {
      userId: user!.id,
      role: 'evaluator',
      agencyId: null,
      regionId: w.region.id,
      label: 'inspektorat',
    },
    origin: 'web',
    now: () => NOW,
  };
  const [nilaiAkip] = await t.db
    .insert(indicator)
    .values({
      agencyId: w.agency.id,
      renstraPeriodId: w.renstra.id,
      sasaranStrategisId: w.sasaran.id,
      code: 'IK9',
      name: 'Nilai AKIP',
      unit: 'nilai',
      polarity: 'positive',
      periodAggregation: 'last',
      feed: 'akip',
    })
    .returning();
  akipIndicatorId = nilaiAkip!.id;
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');

/**
 * Worked example (PermenPANRB 88/2021): Perencanaan by sub-component
 * (Pemenuhan 6 → 5,4; Kualitas 9 → 6,75; Pemanfaatan 15 → 10,5 = 22,65),
 * Pengukuran 21,3, Pelaporan 11,25, Evaluasi internal 17,75:
 * 22,65 + 21,3 + 11,25 + 17,75 = 72,95 → BB (> 70–80, Sangat Baik).
 */
const WORKSHEET = {
  evaluator: 'Inspektorat Kabupaten',
  evaluatedOn: '2025-03-20',
  letterNumber: '700/45/ITKAB-2025',
  components: [
    {
      component: 'perencanaan',
      subComponents: [
        { name: 'Pemenuhan', weight: '6', score: '5,4' },
        { name: 'Kualitas', weight: '9', score: '6,75' },
        { name: 'Pemanfaatan', weight: '15', score: '10,5' },
      ],
    },
    { component: 'pengukuran', score: '21,3' },
    { component: 'pelaporan', score: '11,25' },
    { component: 'evaluasi_internal', score: '17,75' },
  ],
  recommendations: [
    { number: 1, recommendation: 'Menyusun SOP pengukuran kinerja.' },
    { number: 2, recommendation: 'Memantau rencana aksi setiap triwulan.' },
  ],
};

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const create = (extra: Record<string, unknown> = {}) =>
  createAkipEvaluation(evaluator, { agencyId: w.agency.id, year: 2024, ...WORKSHEET, ...extra });

describe('evaluasi AKIP', () => {
  it('computes the worked example 72,95 → BB, stores sub-components, audits, and feeds next year', async () => {
    const { evaluation, feed } = await create();
    expect(evaluation.score).toBeCloseTo(72.95, 9);
    expect(evaluation.predikat).toBe('BB');
    expect(evaluation.interpretasi).toBe('Sangat Baik');
    expect(evaluation.feedsYear).toBe(2025);
    expect(evaluation.components.map((c) => [c.component, c.weight, c.score])).toEqual([
      ['perencanaan', 30, expect.closeTo(22.65, 9)],
      ['pengukuran', 30, 21.3],
      ['pelaporan', 15, 11.25],
      ['evaluasi_internal', 25, 17.75],
    ]);
    const rows = await t.db
      .select()
      .from(akipComponentScore)
      .where(eq(akipComponentScore.akipEvaluationId, evaluation.id));
    const perencanaan = rows.find((r) => r.component === 'perencanaan')!;
    expect(perencanaan).toMatchObject({ weight: '30', score: '22.65' });
    expect(perencanaan.subComponents).toEqual([
      { name: 'Pemenuhan', weight: '6', score: '5.4' },
      { name: 'Kualitas', weight: '9', score: '6.75' },
      { name: 'Pemanfaatan', weight: '15', score: '10.5' },
    ]);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'akip_evaluation.created'));
    expect(audit!.entityId).toBe(evaluation.id);
    // the evaluation of 2024 is next year's "Nilai AKIP"
    expect(feed).toEqual([
      expect.objectContaining({
        indicatorId: akipIndicatorId,
        year: 2025,
        value: '72.95',
        outcome: 'written',
      }),
    ]);
    const [fed] = await t.db
      .select()
      .from(realisation)
      .where(and(eq(realisation.indicatorId, akipIndicatorId), eq(realisation.year, 2025)));
    expect(fed).toMatchObject({ value: '72.95', status: 'submitted', periodKind: 'year' });
  });

  it('grades the domain boundaries: 90 is A, 90,005 is AA; an incomplete worksheet has no score', async () => {
    const at = (evaluasi: string) => ({
      components: [
        { component: 'perencanaan', score: 30 },
        { component: 'pengukuran', score: 30 },
        { component: 'pelaporan', score: 15 },
        { component: 'evaluasi_internal', score: evaluasi },
      ],
    });
    const { evaluation } = await create(at('15'));
    expect(evaluation.score).toBe(90);
    expect(evaluation.predikat).toBe('A');
    const { evaluation: aa } = await updateAkipEvaluation(evaluator, {
      evaluationId: evaluation.id,
      version: evaluation.version,
      ...WORKSHEET,
      ...at('15,005'),
    });
    expect(aa.predikat).toBe('AA');
    expect(aa.version).toBe(evaluation.version + 1);
    const { evaluation: partial, feed } = await updateAkipEvaluation(evaluator, {
      evaluationId: evaluation.id,
      version: aa.version,
      ...WORKSHEET,
      components: [{ component: 'pelaporan', score: 12 }],
    });
    expect(partial.score).toBeNull();
    expect(partial.predikat).toBeNull();
    expect(partial.components.map((c) => c.component)).toEqual(['pelaporan']);
    // no value: the realisation already fed stays
    expect(feed.map((f) => f.outcome)).toEqual(['no-value']);
  });

  it('names a bad score and bad sub-component weights, and writes nothing', async () => {
    const error = await errorOf(
      create({
        components: [
          {
            component: 'perencanaan',
            subComponents: [
              { name: 'Pemenuhan', weight: '6', score: '7' },
              { name: 'Kualitas', weight: '9', score: '6' },
            ],
          },
          { component: 'pengukuran', score: '31' },
          { component: 'pengukuran', score: '20' },
        ],
      }),
    );
    expect(error.code).toBe('validation');
    expect(error.fields.map((f) => f.path)).toEqual([
      'components[0].subComponents[0].score',
      'components[0].subComponents',
      'components[1].score',
      'components[2].component',
    ]);
    expect(await t.db.select().from(akipEvaluation).where(eq(akipEvaluation.year, 2024))).toEqual([]);
  });

  it('lets only the evaluator evaluate; one evaluation a year; a stale version changes nothing', async () => {
    expect(
      (await errorOf(createAkipEvaluation(op(), { agencyId: w.agency.id, year: 2024, ...WORKSHEET }))).code,
    ).toBe('forbidden');
    const { evaluation } = await create();
    expect((await errorOf(create())).fields.map((f) => f.path)).toEqual(['year']);
    await updateAkipEvaluation(evaluator, {
      evaluationId: evaluation.id,
      version: evaluation.version,
      ...WORKSHEET,
    });
    const stale = await errorOf(
      updateAkipEvaluation(evaluator, {
        evaluationId: evaluation.id,
        version: evaluation.version,
        ...WORKSHEET,
        components: [],
      }),
    );
    expect(stale.code).toBe('conflict');
    expect(
      await t.db
        .select()
        .from(akipComponentScore)
        .where(eq(akipComponentScore.akipEvaluationId, evaluation.id)),
    ).toHaveLength(4);
  });

  it('records the agency follow-up; refuses the evaluator and another agency; keeps followed-up recommendations', async () => {
    const { evaluation } = await create();
    const rec = evaluation.recommendations[0]!;
    const followed = await recordAkipFollowUp(op(), {
      recommendationId: rec.id,
      version: rec.version,
      status: 'selesai',
      note: 'SOP pengukuran kinerja ditetapkan dengan Keputusan Kepala Dinas.',
      date: '2025-05-02',
    });
    expect(followed).toMatchObject({
      followUpStatus: 'selesai',
      followUpOn: '2025-05-02',
      version: rec.version + 1,
    });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'akip_recommendation.followed_up'));
    expect(audit!.entityId).toBe(rec.id);
    expect(
      (
        await errorOf(
          recordAkipFollowUp(evaluator, {
            recommendationId: rec.id,
            version: 2,
            status: 'proses',
            note: 'x',
          }),
        )
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await errorOf(
          recordAkipFollowUp(contextFor(t.db, w, 'foreign'), {
            recommendationId: rec.id,
            version: 2,
            status: 'proses',
            note: 'x',
          }),
        )
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await errorOf(recordAkipFollowUp(op(), { recommendationId: rec.id, version: 2, status: 'proses' }))
      ).fields.map((f) => f.path),
    ).toEqual(['note']);
    // the evaluator cannot drop a recommendation the agency has followed up
    const dropped = await errorOf(
      updateAkipEvaluation(evaluator, {
        evaluationId: evaluation.id,
        version: evaluation.version,
        ...WORKSHEET,
        recommendations: [WORKSHEET.recommendations[1]],
      }),
    );
    expect(dropped.fields.map((f) => f.path)).toEqual(['recommendations']);
    const recs = await t.db
      .select()
      .from(akipRecommendation)
      .where(eq(akipRecommendation.akipEvaluationId, evaluation.id));
    expect(recs).toHaveLength(2);
    // the history lists every year, latest first, with its score and follow-up
    const history = await listAkipEvaluations(op(), { agencyId: w.agency.id, year: 2024 });
    expect(history.evaluations.map((e) => [e.year, e.predikat])).toEqual([
      [2024, 'BB'],
      [2023, null],
    ]);
    expect(history.evaluations[0]!.recommendations[0]!.followUpStatus).toBe('selesai');
    expect(history.indicators.find((i) => i.id === akipIndicatorId)).toMatchObject({
      feed: 'akip',
      realisation: { year: 2025, value: '72.95' },
    });
  });
});

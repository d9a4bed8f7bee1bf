import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/services/errors.ts';
import { createIkmSurvey } from '../../../src/services/ikm/create-ikm-survey.ts';
import { getIkmSurvey } from '../../../src/services/ikm/get-ikm-survey.ts';
import { listIkmSurveys } from '../../../src/services/ikm/list-ikm-surveys.ts';
import { saveIkmElementTotals } from '../../../src/services/ikm/save-ikm-element-totals.ts';
import { saveIkmResponses } from '../../../src/services/ikm/save-ikm-responses.ts';
import { updateIkmSurvey } from '../../../src/services/ikm/update-ikm-survey.ts';
import { setIndicatorFeed } from '../../../src/services/plan/set-indicator-feed.ts';
import { auditLog, ikmResponse, ikmSurvey, realisation } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

// The store fixture already holds IKM surveys of 2023 and 2024: these tests work on 2025.
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

/** Four questionnaires worked by hand (PermenPANRB 14/2017 method), scores U1..U9. */
const WORKED = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 3],
  [3, 4, 3, 4, 3, 4, 3, 2, 3],
];
const asResponse = (scores: number[], extra: Record<string, unknown> = {}) => ({
  ...Object.fromEntries(scores.map((v, i) => [`u${i + 1}`, v])),
  ...extra,
});

async function survey(
  method: 'responses' | 'element_totals' = 'responses',
  serviceName = 'Surat keterangan DTKS',
) {
  return createIkmSurvey(op(), { agencyId: w.agency.id, year: 2025, serviceName, method });
}

async function fedRealisation(indicatorId: string, year = 2025) {
  return t.db
    .select()
    .from(realisation)
    .where(and(eq(realisation.indicatorId, indicatorId), eq(realisation.year, year)));
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('IKM surveys', () => {
  it('computes the worked example: NRR per element, index, × 25, mutu B; audits and versions', async () => {
    const created = await survey();
    const saved = await saveIkmResponses(op(), {
      surveyId: created.id,
      version: created.version,
      responses: WORKED.map((s, i) =>
        asResponse(s, {
          sex: i % 2 === 0 ? 'P' : 'L',
          education: i < 3 ? 'SLTA' : 'S1',
          occupation: 'Petani',
        }),
      ),
    });
    expect(saved.version).toBe(created.version + 1);
    const result = saved.result!;
    expect(result.respondents).toBe(4);
    // totals 14 14 13 16 13 15 15 11 13 → NRR = total / 4
    expect(result.elements.map((e) => e.total)).toEqual([14, 14, 13, 16, 13, 15, 15, 11, 13]);
    expect(result.elements.map((e) => e.nrr)).toEqual([3.5, 3.5, 3.25, 4, 3.25, 3.75, 3.75, 2.75, 3.25]);
    expect(result.elements[0]!.nrrTertimbang).toBeCloseTo(3.5 / 9, 12);
    // Σ NRR = 31; index = 31 / 9 = 3,4444…; × 25 = 86,11 → B (76,61–88,30) Baik
    expect(result.ikm).toBeCloseTo(31 / 9, 12);
    expect(result.nilai).toBeCloseTo(86.1111111, 6);
    expect(result.mutu).toBe('B');
    expect(result.kinerja).toBe('Baik');

    const rows = await t.db.select().from(ikmResponse).where(eq(ikmResponse.ikmSurveyId, created.id));
    expect(rows.map((r) => r.respondentNo).sort()).toEqual([1, 2, 3, 4]);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'ikm_survey.responses_saved')));
    expect(audit!.after).toMatchObject({ respondents: 4, totals: [14, 14, 13, 16, 13, 15, 15, 11, 13] });

    const view = await getIkmSurvey(op(), { surveyId: created.id });
    expect(view.responses[3]!.scores).toEqual(WORKED[3]);
    expect(view.profile!.bySex).toEqual([
      { category: 'P', count: 2 },
      { category: 'L', count: 2 },
    ]);
    expect(view.profile!.byEducation).toEqual([
      { category: 'SLTA', count: 3 },
      { category: 'S1', count: 1 },
    ]);
  });

  it('grades at 2 decimals half-up: 88,305 is A, 88,3049 is B (element totals)', async () => {
    const a = await survey('element_totals', 'A');
    const nine = (n: number) =>
      Object.fromEntries(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => [u, n]));
    // 25 × (9 × 35322 / 10000) / 9 = 88,305
    const atA = await saveIkmElementTotals(op(), {
      surveyId: a.id,
      version: a.version,
      respondents: '10.000',
      totals: nine(35322),
    });
    expect(atA.result!.nilai).toBeCloseTo(88.305, 9);
    expect(atA.result!.mutu).toBe('A');
    const b = await survey('element_totals', 'B');
    // 25 × 883049 / 250000 = 88,3049
    const atB = await saveIkmElementTotals(op(), {
      surveyId: b.id,
      version: b.version,
      respondents: 250000,
      totals: nine(883049),
    });
    expect(atB.result!.nilai).toBeCloseTo(88.3049, 9);
    expect(atB.result!.mutu).toBe('B');
  });

  it('names a bad score by row and element and writes nothing', async () => {
    const created = await survey();
    const first = await saveIkmResponses(op(), {
      surveyId: created.id,
      version: created.version,
      responses: WORKED.map((s) => asResponse(s)),
    });
    const bad = WORKED.map((s) => asResponse(s));
    bad[2] = { ...bad[2], u5: 5 };
    bad[3] = { ...bad[3], u8: '2,5' };
    const error = await errorOf(
      saveIkmResponses(op(), { surveyId: created.id, version: first.version, responses: bad }),
    );
    expect(error.code).toBe('validation');
    expect(error.fields.map((f) => f.path)).toEqual(['responses[2].u5', 'responses[3].u8']);
    expect(error.fields[0]!.message.id).toContain('unsur U5');
    const [stored] = await t.db.select().from(ikmSurvey).where(eq(ikmSurvey.id, created.id));
    expect(stored!.version).toBe(first.version);
    expect(await t.db.select().from(ikmResponse).where(eq(ikmResponse.ikmSurveyId, created.id))).toHaveLength(
      4,
    );
  });

  it('refuses a stale version, another agency, and the wrong entry method, writing nothing', async () => {
    const created = await survey();
    await saveIkmResponses(op(), {
      surveyId: created.id,
      version: created.version,
      responses: [asResponse(WORKED[0]!)],
    });
    const stale = await errorOf(
      saveIkmResponses(op(), { surveyId: created.id, version: created.version, responses: [] }),
    );
    expect(stale.code).toBe('conflict');
    const foreign = await errorOf(
      saveIkmResponses(contextFor(t.db, w, 'foreign'), {
        surveyId: created.id,
        version: created.version + 1,
        responses: [],
      }),
    );
    expect(foreign.code).toBe('forbidden');
    const foreignCreate = await errorOf(
      createIkmSurvey(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        year: 2025,
        method: 'responses',
      }),
    );
    expect(foreignCreate.code).toBe('forbidden');
    const wrong = await errorOf(
      saveIkmElementTotals(op(), {
        surveyId: created.id,
        version: created.version + 1,
        respondents: null,
        totals: null,
      }),
    );
    expect(wrong.code).toBe('invalid-state');
    expect(await t.db.select().from(ikmResponse).where(eq(ikmResponse.ikmSurveyId, created.id))).toHaveLength(
      1,
    );
    // the method cannot change while responses are held
    const method = await errorOf(
      updateIkmSurvey(op(), { surveyId: created.id, version: created.version + 1, method: 'element_totals' }),
    );
    expect(method.fields.map((f) => f.path)).toEqual(['method']);
    // one survey per service and period
    const twice = await errorOf(survey());
    expect(twice.fields.map((f) => f.path)).toEqual(['serviceName']);
  });

  it('names an element total out of range', async () => {
    const created = await survey('element_totals');
    const error = await errorOf(
      saveIkmElementTotals(op(), {
        surveyId: created.id,
        version: created.version,
        respondents: 10,
        totals: { U1: 30, U2: 30, U3: 41, U4: 30, U5: 9, U6: 30, U7: 30, U8: 30, U9: 30 },
      }),
    );
    expect(error.fields.map((f) => f.path)).toEqual(['totals.U3', 'totals.U5']);
  });

  it('feeds the year mean of the surveys to the indicator marked IKM, as a submitted realisation', async () => {
    const marked = await setIndicatorFeed(op(), {
      indicatorId: w.plain.id,
      version: w.plain.version,
      feed: 'ikm',
    });
    expect(marked.feed).toBe('ikm');
    const one = await survey('responses', 'Layanan 1');
    const saved = await saveIkmResponses(op(), {
      surveyId: one.id,
      version: one.version,
      responses: WORKED.map((s) => asResponse(s)),
    });
    expect(saved.feed).toEqual([
      expect.objectContaining({
        indicatorId: w.plain.id,
        year: 2025,
        value: '86.111111',
        outcome: 'written',
      }),
    ]);
    const [fed] = await fedRealisation(w.plain.id);
    expect(fed).toMatchObject({ periodKind: 'year', periodNo: 1, value: '86.111111', status: 'submitted' });
    // a second survey: the year's IKM is the mean of both converted values
    const two = await survey('element_totals', 'Layanan 2');
    const all4 = Object.fromEntries(
      ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => [u, 8]),
    );
    await saveIkmElementTotals(op(), {
      surveyId: two.id,
      version: two.version,
      respondents: 2,
      totals: all4,
    });
    const [mean] = await fedRealisation(w.plain.id);
    expect(Number(mean!.value)).toBeCloseTo((86.111111 + 100) / 2, 5);
    expect(mean!.version).toBe(fed!.version + 1);
    const year = await listIkmSurveys(op(), { agencyId: w.agency.id, year: 2025 });
    expect(year.surveys.map((s) => s.serviceName)).toEqual(['Layanan 1', 'Layanan 2']);
    expect(year.value!.nilai).toBeCloseTo(93.0555556, 6);
    expect(year.value!.mutu).toBe('A');
    expect(year.indicators.find((i) => i.id === w.plain.id)).toMatchObject({
      feed: 'ikm',
      realisation: { year: 2025, status: 'submitted' },
    });
    expect(year.profile!.byService).toEqual([
      { category: 'Layanan 1', count: 4 },
      { category: 'Layanan 2', count: 2 },
    ]);
    // sex/education/occupation come from individual responses only
    expect(year.profile!.respondents).toBe(4);
    // 2024 from the fixture's survey when the mark was set, then 2025 twice
    expect(marked.fed.map((f) => [f.year, f.outcome])).toEqual([[2024, 'written']]);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'realisation.fed'));
    expect(audits).toHaveLength(3);
  });

  it('does not overwrite a year recorded per quarter', async () => {
    await t.db.insert(realisation).values({
      agencyId: w.agency.id,
      indicatorId: w.plain.id,
      year: 2025,
      periodKind: 'quarter',
      periodNo: 1,
      value: '70',
    });
    await setIndicatorFeed(op(), { indicatorId: w.plain.id, version: w.plain.version, feed: 'ikm' });
    const created = await survey();
    const saved = await saveIkmResponses(op(), {
      surveyId: created.id,
      version: created.version,
      responses: [asResponse(WORKED[0]!)],
    });
    expect(saved.feed.map((f) => f.outcome)).toEqual(['other-periods']);
    expect((await fedRealisation(w.plain.id)).map((r) => r.value)).toEqual(['70']);
  });
});

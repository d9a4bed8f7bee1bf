/**
 * IKM surveys (Indeks Kepuasan Masyarakat, PermenPANRB 14/2017), kept either as
 * individual responses or as per-element totals, and evaluasi AKIP
 * (PermenPANRB 88/2021) with component scores, recommendations and follow-up.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  type PgColumn,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { decimal, id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import {
  AKIP_COMPONENTS,
  AKIP_GRADES,
  FOLLOW_UP_STATUSES,
  IKM_ELEMENTS,
  IKM_METHODS,
  SEXES,
} from './enums.ts';
import { agency } from './regions-agencies.ts';

export const ikmSurvey = pgTable(
  'ikm_survey',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    /** The service surveyed (jenis layanan); '' for the agency as a whole. */
    serviceName: text('service_name').notNull().default(''),
    /** e.g. "Semester I"; '' for the whole year. */
    periodLabel: text('period_label').notNull().default(''),
    method: text('method', { enum: IKM_METHODS }).notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    ...rowVersion(),
  },
  (t) => [
    unique('ikm_survey_id_agency_key').on(t.id, t.agencyId),
    unique('ikm_survey_key').on(t.agencyId, t.year, t.serviceName, t.periodLabel),
    check('ikm_survey_year_check', plausibleYear(t.year)),
    check('ikm_survey_method_check', oneOf(t.method, IKM_METHODS)),
  ],
);

const score = (name: string) => smallint(name).notNull();
const scoreCheck = (name: string, column: PgColumn) => check(name, sql`${column} between 1 and 4`);

/** One respondent's answers: a score 1–4 for each of the nine elements U1–U9. */
export const ikmResponse = pgTable(
  'ikm_response',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    ikmSurveyId: uuid('ikm_survey_id').notNull(),
    respondentNo: integer('respondent_no').notNull(),
    u1: score('u1'),
    u2: score('u2'),
    u3: score('u3'),
    u4: score('u4'),
    u5: score('u5'),
    u6: score('u6'),
    u7: score('u7'),
    u8: score('u8'),
    u9: score('u9'),
    sex: text('sex', { enum: SEXES }),
    ageGroup: text('age_group'),
    education: text('education'),
    occupation: text('occupation'),
    respondedOn: date('responded_on', { mode: 'string' }),
    ...rowVersion(),
  },
  (t) => [
    unique('ikm_response_key').on(t.ikmSurveyId, t.respondentNo),
    foreignKey({
      name: 'ikm_response_survey_fk',
      columns: [t.ikmSurveyId, t.agencyId],
      foreignColumns: [ikmSurvey.id, ikmSurvey.agencyId],
    }),
    scoreCheck('ikm_response_u1_check', t.u1),
    scoreCheck('ikm_response_u2_check', t.u2),
    scoreCheck('ikm_response_u3_check', t.u3),
    scoreCheck('ikm_response_u4_check', t.u4),
    scoreCheck('ikm_response_u5_check', t.u5),
    scoreCheck('ikm_response_u6_check', t.u6),
    scoreCheck('ikm_response_u7_check', t.u7),
    scoreCheck('ikm_response_u8_check', t.u8),
    scoreCheck('ikm_response_u9_check', t.u9),
    check('ikm_response_sex_check', sql`${t.sex} is null or ${oneOf(t.sex, SEXES)}`),
  ],
);

/** Per-element totals when only the summary is kept: sum of scores and number of respondents. */
export const ikmElementTotal = pgTable(
  'ikm_element_total',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    ikmSurveyId: uuid('ikm_survey_id').notNull(),
    element: text('element', { enum: IKM_ELEMENTS }).notNull(),
    scoreSum: integer('score_sum').notNull(),
    respondents: integer('respondents').notNull(),
    ...rowVersion(),
  },
  (t) => [
    unique('ikm_element_total_key').on(t.ikmSurveyId, t.element),
    foreignKey({
      name: 'ikm_element_total_survey_fk',
      columns: [t.ikmSurveyId, t.agencyId],
      foreignColumns: [ikmSurvey.id, ikmSurvey.agencyId],
    }),
    check('ikm_element_total_element_check', oneOf(t.element, IKM_ELEMENTS)),
    check(
      'ikm_element_total_range_check',
      sql`${t.respondents} > 0 and ${t.scoreSum} between ${t.respondents} and 4 * ${t.respondents}`,
    ),
  ],
);

/**
 * An evaluasi AKIP of the agency for a year. The total and grade are derived
 * from the component scores by src/domain; `published_grade` is the grade the
 * evaluator's letter states, kept to compare.
 */
export const akipEvaluation = pgTable(
  'akip_evaluation',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    /** The year evaluated (the LKjIP year). */
    year: integer('year').notNull(),
    evaluator: text('evaluator').notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }),
    letterNumber: text('letter_number'),
    publishedGrade: text('published_grade', { enum: AKIP_GRADES }),
    ...rowVersion(),
  },
  (t) => [
    unique('akip_evaluation_id_agency_key').on(t.id, t.agencyId),
    unique('akip_evaluation_key').on(t.agencyId, t.year, t.evaluator),
    check('akip_evaluation_year_check', plausibleYear(t.year)),
    check(
      'akip_evaluation_grade_check',
      sql`${t.publishedGrade} is null or ${oneOf(t.publishedGrade, AKIP_GRADES)}`,
    ),
  ],
);

/** One sub-component score of an AKIP component, as stored. */
export type AkipSubComponentRow = { name: string; weight: string; score: string };

export const akipComponentScore = pgTable(
  'akip_component_score',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    akipEvaluationId: uuid('akip_evaluation_id').notNull(),
    component: text('component', { enum: AKIP_COMPONENTS }).notNull(),
    /** The component's weight (30, 30, 15, 25). */
    weight: decimal('weight').notNull(),
    score: decimal('score').notNull(),
    /**
     * The sub-component scores behind `score` when the evaluator scored them
     * (e.g. Pemenuhan, Kualitas, Pemanfaatan), weights and scores as decimal
     * strings; null when only the component score is known.
     */
    subComponents: jsonb('sub_components').$type<AkipSubComponentRow[]>(),
    ...rowVersion(),
  },
  (t) => [
    unique('akip_component_score_key').on(t.akipEvaluationId, t.component),
    foreignKey({
      name: 'akip_component_score_evaluation_fk',
      columns: [t.akipEvaluationId, t.agencyId],
      foreignColumns: [akipEvaluation.id, akipEvaluation.agencyId],
    }),
    check('akip_component_score_component_check', oneOf(t.component, AKIP_COMPONENTS)),
    check('akip_component_score_range_check', sql`${t.score} >= 0 and ${t.score} <= ${t.weight}`),
  ],
);

export const akipRecommendation = pgTable(
  'akip_recommendation',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    akipEvaluationId: uuid('akip_evaluation_id').notNull(),
    number: integer('number').notNull(),
    recommendation: text('recommendation').notNull(),
    followUpStatus: text('follow_up_status', { enum: FOLLOW_UP_STATUSES }).notNull().default('belum'),
    followUpNote: text('follow_up_note'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    ...rowVersion(),
  },
  (t) => [
    unique('akip_recommendation_key').on(t.akipEvaluationId, t.number),
    foreignKey({
      name: 'akip_recommendation_evaluation_fk',
      columns: [t.akipEvaluationId, t.agencyId],
      foreignColumns: [akipEvaluation.id, akipEvaluation.agencyId],
    }),
    check('akip_recommendation_status_check', oneOf(t.followUpStatus, FOLLOW_UP_STATUSES)),
  ],
);

/**
 * Enters the responses of an IKM survey (method `responses`) as one batch,
 * typed or pasted from the questionnaire tabulation: the list replaces the
 * survey's responses, numbered 1.. in the order given. Every score is an
 * integer 1–4; a bad one is named by row and element (`responses[3].u5`),
 * and nothing is written unless every row is valid. An empty list clears the
 * survey. The survey's `version` guards the whole list (a stale one →
 * conflict). The result is recomputed and fed to the indicator marked IKM.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { parseNumber } from '../../domain/numbers.ts';
import { IKM_ELEMENTS, SEXES } from '../../store/schema/enums.ts';
import { ikmResponse, ikmSurvey } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import type { FeedOutcome } from '../feed/indicator-feed.ts';
import { optionalText } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  feedIkmYear,
  loadResponses,
  loadSurvey,
  scoresOf,
  surveyResult,
  SURVEY,
  unsurName,
  type IkmSurveyResult,
} from './ikm-survey-data.ts';

/** The largest survey entered at once. */
export const MAX_RESPONSES = 20_000;

const score = (element: (typeof IKM_ELEMENTS)[number]) =>
  z.union([z.number(), z.string()]).transform((input, ctx) => {
    const parsed = parseNumber(input);
    if (parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= 4)
      return parsed.value;
    ctx.addIssue({
      code: 'custom',
      message: `unsur ${element} (${unsurName(element)}): nilai ${JSON.stringify(input)} harus bilangan bulat 1 sampai 4`,
      input,
    });
    return z.NEVER;
  });

export const ikmResponseInput = z.strictObject({
  u1: score('U1'),
  u2: score('U2'),
  u3: score('U3'),
  u4: score('U4'),
  u5: score('U5'),
  u6: score('U6'),
  u7: score('U7'),
  u8: score('U8'),
  u9: score('U9'),
  sex: z.enum(SEXES).nullish(),
  ageGroup: optionalText(50),
  education: optionalText(100),
  occupation: optionalText(100),
  respondedOn: z.iso.date().nullish(),
});

export const saveIkmResponsesInput = z.strictObject({
  surveyId: z.uuid(),
  version: z.number().int().min(1),
  responses: z.array(ikmResponseInput).max(MAX_RESPONSES),
});
export type SaveIkmResponsesInput = z.input<typeof saveIkmResponsesInput>;

export type SavedIkmData = {
  surveyId: string;
  version: number;
  result: IkmSurveyResult | null;
  feed: FeedOutcome[];
};

const CHUNK = 1000;

export async function saveIkmResponses(ctx: ServiceContext, input: unknown): Promise<SavedIkmData> {
  const data = parseInput(saveIkmResponsesInput, input);
  return inTransaction(ctx, async (tx) => {
    const survey = await loadSurvey(tx, data.surveyId);
    await authorizeForAgency(tx, ctx, 'record.write', survey.agencyId);
    if (survey.method !== 'responses')
      throw invalidState({
        id: 'Survei ini diisi dengan jumlah nilai per unsur, bukan jawaban per responden. Ubah cara pengisiannya dulu.',
        en: 'This survey is entered as per-element totals, not individual responses. Change its entry method first.',
      });
    const before = await loadResponses(tx, survey.id);
    const now = ctx.now();
    const after = await updateVersioned(tx, ikmSurvey, survey.id, data.version, {}, SURVEY, now);
    await tx.delete(ikmResponse).where(eq(ikmResponse.ikmSurveyId, survey.id));
    const rows = data.responses.map((r, i) => ({
      agencyId: survey.agencyId,
      ikmSurveyId: survey.id,
      respondentNo: i + 1,
      u1: r.u1,
      u2: r.u2,
      u3: r.u3,
      u4: r.u4,
      u5: r.u5,
      u6: r.u6,
      u7: r.u7,
      u8: r.u8,
      u9: r.u9,
      sex: r.sex ?? null,
      ageGroup: r.ageGroup,
      education: r.education,
      occupation: r.occupation,
      respondedOn: r.respondedOn ?? null,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < rows.length; i += CHUNK)
      await tx.insert(ikmResponse).values(rows.slice(i, i + CHUNK));
    const result = surveyResult(survey, rows, []);
    await recordAudit(tx, ctx, {
      action: 'ikm_survey.responses_saved',
      entityTable: 'ikm_survey',
      entityId: survey.id,
      agencyId: survey.agencyId,
      before: { respondents: before.length, totals: totalsOf(before.map(scoresOf)) },
      after: { respondents: rows.length, totals: totalsOf(rows.map(scoresOf)), nilai: result?.nilai ?? null },
    });
    const feed = await feedIkmYear(tx, ctx, survey.agencyId, survey.year);
    return { surveyId: survey.id, version: after.version, result, feed };
  });
}

/** The sum of scores per element, U1..U9 (the audit's before/after; the import writes the same). */
export function totalsOf(scores: readonly number[][]): number[] {
  return IKM_ELEMENTS.map((_, u) => scores.reduce((sum, s) => sum + s[u]!, 0));
}

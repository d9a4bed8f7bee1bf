/**
 * The evaluator's worksheet shared by creating and updating an evaluasi AKIP:
 * its input (component and sub-component scores typed the Indonesian way,
 * recommendations), the checks that name the failing field, and the writing
 * of the component and recommendation rows. Component weights are the
 * regulation's (30, 30, 15, 25); sub-component weights are the evaluator's
 * and must add up to their component's weight.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { AKIP_COMPONENTS, AKIP_GRADES } from '../../store/schema/enums.ts';
import { akipComponentScore, akipRecommendation } from '../../store/schema/index.ts';
import { validationError, type FieldError } from '../errors.ts';
import { fedValueText } from '../feed/indicator-feed.ts';
import { measuredNumber, optionalText } from '../record/record-inputs.ts';
import { updateVersioned } from '../versioned-update.ts';
import { componentWeight, RECOMMENDATION, type RecommendationRow } from './akip-evaluation-data.ts';

export const akipWorksheetFields = {
  evaluator: z.string().trim().min(1).max(200),
  evaluatedOn: z.iso.date().nullish(),
  letterNumber: optionalText(100),
  publishedGrade: z.enum(AKIP_GRADES).nullish(),
  components: z
    .array(
      z.strictObject({
        component: z.enum(AKIP_COMPONENTS),
        score: measuredNumber.nullish(),
        subComponents: z
          .array(
            z.strictObject({
              name: z.string().trim().min(1).max(100),
              weight: measuredNumber,
              score: measuredNumber,
            }),
          )
          .max(10)
          .nullish(),
      }),
    )
    .max(AKIP_COMPONENTS.length),
  recommendations: z
    .array(
      z.strictObject({
        number: z.number().int().min(1).max(999),
        recommendation: z.string().trim().min(1).max(2000),
      }),
    )
    .max(100),
};

type Worksheet = {
  components: z.output<typeof akipWorksheetFields.components>;
  recommendations: z.output<typeof akipWorksheetFields.recommendations>;
};

const TOLERANCE = 1e-9;

function field(path: string, id: string, en: string): FieldError {
  return { path, message: { id, en } };
}

/** The value of a normalised decimal text ("15.005", as measuredNumber outputs it). */
const num = (text: string): number => Number(text);

/** Checks the worksheet; throws one validation error naming every failing field. */
export function checkWorksheet(sheet: Worksheet): void {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  sheet.components.forEach((c, i) => {
    const at = `components[${i}]`;
    const weight = componentWeight(c.component);
    if (seen.has(c.component))
      problems.push(field(`${at}.component`, 'komponen ini diisi dua kali', 'this component is given twice'));
    seen.add(c.component);
    const subs = c.subComponents ?? [];
    if (subs.length > 0) {
      let sum = 0;
      subs.forEach((s, j) => {
        const w = num(s.weight);
        const v = num(s.score);
        sum += w;
        if (!(w > 0))
          problems.push(
            field(
              `${at}.subComponents[${j}].weight`,
              'bobot harus lebih dari 0',
              'the weight must be above 0',
            ),
          );
        else if (!(v >= 0 && v <= w + TOLERANCE))
          problems.push(
            field(
              `${at}.subComponents[${j}].score`,
              `nilai ${s.score} harus di antara 0 dan bobotnya ${w}`,
              `the score ${s.score} must be between 0 and its weight ${w}`,
            ),
          );
      });
      if (Math.abs(sum - weight) > TOLERANCE)
        problems.push(
          field(
            `${at}.subComponents`,
            `jumlah bobot sub komponen ${sum}, seharusnya ${weight} (bobot komponen)`,
            `the sub-component weights add up to ${sum}, not the component's weight ${weight}`,
          ),
        );
    } else if (c.score === null || c.score === undefined) {
      problems.push(
        field(
          `${at}.score`,
          'isi nilai komponen atau sub komponennya',
          'give the score or its sub-components',
        ),
      );
    } else {
      const v = num(c.score);
      if (!(v >= 0 && v <= weight))
        problems.push(
          field(
            `${at}.score`,
            `nilai ${c.score} harus di antara 0 dan bobot komponen ${weight}`,
            `the score ${c.score} must be between 0 and the component's weight ${weight}`,
          ),
        );
    }
  });
  const numbers = new Set<number>();
  sheet.recommendations.forEach((r, i) => {
    if (numbers.has(r.number))
      problems.push(
        field(
          `recommendations[${i}].number`,
          `nomor ${r.number} dipakai dua kali`,
          `number ${r.number} is used twice`,
        ),
      );
    numbers.add(r.number);
  });
  if (problems.length > 0) throw validationError(problems);
}

/** Replaces the evaluation's component rows and reconciles its recommendations by number. */
export async function writeWorksheet(
  tx: Database,
  spec: { agencyId: string; evaluationId: string; now: Date; sheet: Worksheet },
): Promise<void> {
  const { agencyId, evaluationId, now, sheet } = spec;
  await tx.delete(akipComponentScore).where(eq(akipComponentScore.akipEvaluationId, evaluationId));
  if (sheet.components.length > 0)
    await tx.insert(akipComponentScore).values(
      sheet.components.map((c) => {
        const subs = c.subComponents && c.subComponents.length > 0 ? c.subComponents : null;
        const score = subs ? fedValueText(subs.reduce((sum, s) => sum + num(s.score), 0)) : c.score!;
        return {
          agencyId,
          akipEvaluationId: evaluationId,
          component: c.component,
          weight: String(componentWeight(c.component)),
          score,
          subComponents: subs,
          createdAt: now,
          updatedAt: now,
        };
      }),
    );

  const stored = await tx
    .select()
    .from(akipRecommendation)
    .where(eq(akipRecommendation.akipEvaluationId, evaluationId));
  const wanted = new Map(sheet.recommendations.map((r) => [r.number, r.recommendation]));
  const followedUp = (r: RecommendationRow) => r.followUpStatus !== 'belum' || r.followUpNote !== null;
  const problems = stored
    .filter((r) => !wanted.has(r.number) && followedUp(r))
    .map((r) =>
      field(
        'recommendations',
        `rekomendasi nomor ${r.number} sudah ditindaklanjuti perangkat daerah; tidak dapat dihapus`,
        `recommendation ${r.number} already has a follow-up from the agency; it cannot be removed`,
      ),
    );
  if (problems.length > 0) throw validationError(problems);
  for (const r of stored) {
    const text = wanted.get(r.number);
    if (text === undefined)
      await tx
        .delete(akipRecommendation)
        .where(and(eq(akipRecommendation.id, r.id), eq(akipRecommendation.version, r.version)));
    else if (text !== r.recommendation)
      await updateVersioned(
        tx,
        akipRecommendation,
        r.id,
        r.version,
        { recommendation: text },
        RECOMMENDATION,
        now,
      );
  }
  const fresh = sheet.recommendations.filter((r) => !stored.some((s) => s.number === r.number));
  if (fresh.length > 0)
    await tx.insert(akipRecommendation).values(
      fresh.map((r) => ({
        agencyId,
        akipEvaluationId: evaluationId,
        number: r.number,
        recommendation: r.recommendation,
        createdAt: now,
        updatedAt: now,
      })),
    );
}

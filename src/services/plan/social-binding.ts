/**
 * Binding an indicator's components to the Data Sosial (the `social`
 * indicator feed, docs/decisions/0012-social-data-feed.md): the input shape of a
 * component's source, and the rule that decides the indicator's feed —
 * `social` when every component names a source, none when no component does;
 * a partly bound indicator, a bound one whose formula the domain cannot read
 * over its component codes, or one already fed by IKM or AKIP is refused,
 * each naming its field.
 */
import { z } from 'zod';
import { derivationFromFormula } from '../../domain/formula-derivation.ts';
import {
  ASSISTANCE_PROGRAMS,
  PPKS_CATEGORIES,
  PSKS_TYPES,
  type IndicatorFeed,
  type SocialComponentSource,
} from '../../store/schema/enums.ts';
import { validationError, type FieldError } from '../errors.ts';

export const socialSourceInput = z.discriminatedUnion('dataset', [
  z.strictObject({
    dataset: z.literal('ppks'),
    measure: z.enum(['served', 'total']),
    category: z.enum(PPKS_CATEGORIES).optional(),
  }),
  z.strictObject({
    dataset: z.literal('psks'),
    measure: z.literal('total'),
    type: z.enum(PSKS_TYPES).optional(),
  }),
  z.strictObject({
    dataset: z.literal('assistance'),
    measure: z.enum(['recipients', 'units', 'value']),
    program: z.enum(ASSISTANCE_PROGRAMS).optional(),
  }),
]) satisfies z.ZodType<SocialComponentSource>;

/**
 * The feed an indicator has once its components' sources are as given.
 * `pathOf(i)` names component i's source field in the caller's input.
 */
export function socialFeedOf(spec: {
  formula: string | null;
  components: readonly { code: string; source: SocialComponentSource | null }[];
  currentFeed: IndicatorFeed | null;
  pathOf: (index: number) => string;
}): IndicatorFeed | null {
  const bound = spec.components.filter((c) => c.source !== null);
  if (bound.length === 0) return spec.currentFeed === 'social' ? null : spec.currentFeed;
  const errors: FieldError[] = [];
  if (spec.currentFeed !== null && spec.currentFeed !== 'social') {
    errors.push({
      path: spec.pathOf(spec.components.indexOf(bound[0]!)),
      message: {
        id: `indikator ini sudah dihitung dari ${spec.currentFeed.toUpperCase()}; tidak dapat sekaligus dari Data Sosial`,
        en: `this indicator is already computed from ${spec.currentFeed.toUpperCase()}; it cannot also take Data Sosial`,
      },
    });
  }
  spec.components.forEach((c, i) => {
    if (c.source === null)
      errors.push({
        path: spec.pathOf(i),
        message: {
          id: 'bila satu komponen diambil dari Data Sosial, semua komponen harus diambil dari Data Sosial',
          en: 'when one component takes Data Sosial, every component must',
        },
      });
  });
  const codes = spec.components.map((c) => c.code);
  if (derivationFromFormula(spec.formula, codes) === null)
    errors.push({
      path: 'formula',
      message: {
        id: `rumus harus memakai kode komponen (${codes.join(', ')}), mis. "${codes[0] ?? 'a'} / ${codes[1] ?? 'b'} × 100", agar nilainya dapat dihitung dari Data Sosial`,
        en: `the formula must use the component codes (${codes.join(', ')}), e.g. "${codes[0] ?? 'a'} / ${codes[1] ?? 'b'} × 100", so the value can be computed from Data Sosial`,
      },
    });
  if (errors.length > 0) throw validationError(errors);
  return 'social';
}

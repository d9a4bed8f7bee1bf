/**
 * The worksheet as typed: per component either a direct score or its
 * sub-components (name, weight, score), all as Indonesian number text; the
 * live result comes from the domain engine's computeAkip, the same the
 * server uses, so what the evaluator sees is what will be stored.
 */
import {
  AKIP_COMPONENTS,
  akipSubComponentWeights,
  computeAkip,
  type AkipComponentInput,
  type AkipComponentKey,
} from '@domain/akip.ts';
import { parseNumber, toPlainDecimal } from '@domain/numbers.ts';
import type { AkipEvaluationView, ComponentKey, WorksheetInput } from './akip-api.ts';

export const STORE_KEYS: readonly ComponentKey[] = [
  'perencanaan',
  'pengukuran',
  'pelaporan',
  'evaluasi_internal',
];
const DOMAIN_KEY: Readonly<Record<ComponentKey, AkipComponentKey>> = {
  perencanaan: 'perencanaan',
  pengukuran: 'pengukuran',
  pelaporan: 'pelaporan',
  evaluasi_internal: 'evaluasi',
};

export const componentInfo = (key: ComponentKey) => AKIP_COMPONENTS.find((c) => c.key === DOMAIN_KEY[key])!;

export type SubDraft = { name: string; weight: string; score: string };
export type ComponentDraft = { key: ComponentKey; mode: 'sub' | 'direct'; score: string; subs: SubDraft[] };
export type RecDraft = { number: number; text: string };
export type SheetDraft = {
  evaluator: string;
  evaluatedOn: string;
  letterNumber: string;
  publishedGrade: string;
  components: ComponentDraft[];
  recommendations: RecDraft[];
};

const numberText = (value: number) => toPlainDecimal(value).replace('.', ',');

function defaultSubs(key: ComponentKey): SubDraft[] {
  return akipSubComponentWeights(DOMAIN_KEY[key]).map((s) => ({
    name: s.name,
    weight: numberText(s.weight),
    score: '',
  }));
}

export function draftOf(evaluation: AkipEvaluationView | null): SheetDraft {
  return {
    evaluator: evaluation?.evaluator ?? '',
    evaluatedOn: evaluation?.evaluatedOn ?? '',
    letterNumber: evaluation?.letterNumber ?? '',
    publishedGrade: evaluation?.publishedGrade ?? '',
    components: STORE_KEYS.map((key) => {
      const stored = evaluation?.components.find((c) => c.component === key);
      if (stored?.subComponents)
        return {
          key,
          mode: 'sub',
          score: '',
          subs: stored.subComponents.map((s) => ({
            name: s.name,
            weight: numberText(s.weight),
            score: numberText(s.score),
          })),
        };
      if (stored) return { key, mode: 'direct', score: numberText(stored.score), subs: defaultSubs(key) };
      return { key, mode: 'sub', score: '', subs: defaultSubs(key) };
    }),
    recommendations: (evaluation?.recommendations ?? []).map((r) => ({
      number: r.number,
      text: r.recommendation,
    })),
  };
}

const value = (text: string): number | null => {
  if (text.trim() === '') return null;
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : Number.NaN;
};

/** Whether the evaluator gave anything for the component. */
export function isGiven(c: ComponentDraft): boolean {
  return c.mode === 'direct' ? c.score.trim() !== '' : c.subs.some((s) => s.score.trim() !== '');
}

function domainInput(c: ComponentDraft): AkipComponentInput | null {
  if (!isGiven(c)) return null;
  if (c.mode === 'direct') return { score: value(c.score) ?? Number.NaN };
  return {
    subComponents: c.subs.map((s) => ({
      name: s.name,
      weight: value(s.weight) ?? Number.NaN,
      score: value(s.score) ?? Number.NaN,
    })),
  };
}

export type LiveSheet = {
  /** Score of each component given (null: not given, or not valid yet). */
  scores: Record<ComponentKey, number | null>;
  total: { score: number; predikat: string; interpretasi: string } | null;
  /** The domain's message when a component is out of range. */
  problem: string | null;
};

/** Each component alone through computeAkip (others at 0), then all four together when every one is given. */
export function liveSheet(sheet: SheetDraft): LiveSheet {
  const scores = {} as Record<ComponentKey, number | null>;
  let problem: string | null = null;
  const zero = Object.fromEntries(STORE_KEYS.map((k) => [DOMAIN_KEY[k], { score: 0 }])) as Record<
    AkipComponentKey,
    AkipComponentInput
  >;
  const inputs = new Map<ComponentKey, AkipComponentInput>();
  for (const c of sheet.components) {
    const input = domainInput(c);
    scores[c.key] = null;
    if (!input) continue;
    try {
      const result = computeAkip({ ...zero, [DOMAIN_KEY[c.key]]: input });
      scores[c.key] = result.components.find((r) => r.key === DOMAIN_KEY[c.key])!.score;
      inputs.set(c.key, input);
    } catch (error) {
      problem ??= (error as Error).message;
    }
  }
  if (inputs.size < STORE_KEYS.length) return { scores, total: null, problem };
  const all = computeAkip(
    Object.fromEntries([...inputs].map(([k, v]) => [DOMAIN_KEY[k], v])) as Record<
      AkipComponentKey,
      AkipComponentInput
    >,
  );
  return {
    scores,
    total: { score: all.score, predikat: all.grade.predikat, interpretasi: all.grade.interpretasi },
    problem,
  };
}

/** The API input, and for each component sent, its key (to place the server's messages). */
export function toInput(sheet: SheetDraft): { input: WorksheetInput; sent: ComponentKey[] } {
  const given = sheet.components.filter(isGiven);
  return {
    sent: given.map((c) => c.key),
    input: {
      evaluator: sheet.evaluator,
      evaluatedOn: sheet.evaluatedOn || null,
      letterNumber: sheet.letterNumber || null,
      publishedGrade: sheet.publishedGrade || null,
      components: given.map((c) =>
        c.mode === 'direct'
          ? { component: c.key, score: c.score }
          : { component: c.key, subComponents: c.subs },
      ),
      recommendations: sheet.recommendations
        .filter((r) => r.text.trim() !== '')
        .map((r) => ({ number: r.number, recommendation: r.text })),
    },
  };
}

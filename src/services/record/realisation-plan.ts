/**
 * Planning one realisation row (the checks); realisation-write.ts writes it.
 *
 * Saving one realisation row, shared by saveRealisation and
 * saveRealisationsBatch: first `planRealisation` checks a row against the
 * database and returns either its problems (each naming its field) or what to
 * write; then `applyRealisation` writes it. The batch plans every row before
 * writing any, so a block pasted from Excel is written whole or not at all.
 *
 * Decisions:
 * - The input is the row's full state (as a form shows it): a value, grade,
 *   component or note left out is unknown/empty, not "unchanged".
 * - An indicator with components has its value derived from them through the
 *   domain (src/domain/derived-realisasi.ts); a typed value is refused. A
 *   missing component leaves the value unknown (null), never 0.
 * - An indicator fed by IKM, AKIP or the Data Sosial (`feed`) is computed
 *   by its feed; a typed realisation for it is refused, naming `value`.
 * - An indicator is recorded in one period kind per year: a quarter for an
 *   indicator already recorded monthly that year is refused (the roll-up would
 *   count the same months twice).
 * - `version` absent creates; if the period already has a row that is a
 *   conflict (someone recorded it meanwhile). Present: updates that version.
 */
import { eq } from 'drizzle-orm';
import { deriveRealisasi } from '../../domain/derived-realisasi.ts';
import { toPlainDecimal } from '../../domain/numbers.ts';
import type { Database } from '../../store/database.ts';
import type { IndicatorFeed } from '../../store/schema/enums.ts';
import { indicatorComponent, realisationComponent } from '../../store/schema/index.ts';
import { AppError } from '../errors.ts';
import { derivationFromFormula } from '../../domain/formula-derivation.ts';
import type { IndicatorYear } from './realisation-facts.ts';
import {
  EDITABLE_STATUSES,
  type RealisationPlan,
  type RealisationProblem,
  type RealisationRowInput,
} from './realisation-input.ts';

/** Where a fed indicator's realisation comes from, as the refusal names it. */
const FEED_SOURCES: Readonly<Record<IndicatorFeed, { id: string; en: string }>> = {
  ikm: { id: 'survei IKM', en: 'the IKM surveys' },
  akip: { id: 'evaluasi AKIP', en: 'the evaluasi AKIP' },
  social: { id: 'Data Sosial', en: 'the Data Sosial' },
};

function problem(code: RealisationProblem['code'], path: string, id: string, en: string): RealisationProblem {
  return { code, field: { path, message: { id, en } } };
}
/**
 * Checks one row against what the database holds for its indicator and year
 * (`facts`, from loadIndicatorYear; null when there is no such indicator).
 * `path` prefixes field names (`rows[3].`); `agencyId` is the agency the
 * caller was authorized for.
 */
export async function planRealisation(
  tx: Database,
  facts: IndicatorYear | null,
  agencyId: string,
  input: RealisationRowInput,
  path: string,
): Promise<{ plan: RealisationPlan | null; problems: RealisationProblem[] }> {
  const problems: RealisationProblem[] = [];
  const ind = facts?.indicator;
  if (!facts || !ind || ind.agencyId !== agencyId) {
    problems.push(
      problem(
        'validation',
        `${path}indicatorId`,
        'indikator tidak ditemukan di perangkat daerah ini',
        'no such indicator in this agency',
      ),
    );
    return { plan: null, problems };
  }
  if (ind.feed !== null && ind.feed !== undefined) {
    // An indicator fed by another module is computed, never typed (docs/decisions/0012-social-data-feed.md).
    const source = FEED_SOURCES[ind.feed];
    problems.push(
      problem(
        'validation',
        `${path}value`,
        `realisasi indikator ini dihitung otomatis dari ${source.id}; ubah datanya di sana, bukan di sini`,
        `this indicator's realisation is computed from ${source.en}; change the data there, not here`,
      ),
    );
    return { plan: null, problems };
  }

  const comps = facts.components;
  const typedValue = input.value ?? null;
  const typedGrade = input.grade ?? null;
  const typedComponents = input.components ?? {};
  let values = { value: null as string | null, grade: null as string | null, note: input.note };
  let components: RealisationPlan['components'] = null;
  let derivedReason: string | null = null;

  if (comps.length > 0) {
    if (typedValue !== null)
      problems.push(
        problem(
          'validation',
          `${path}value`,
          'nilai indikator ini dihitung dari komponennya; isi komponen, bukan nilai',
          "this indicator's value is computed from its components; enter the components, not the value",
        ),
      );
    if (typedGrade !== null)
      problems.push(
        problem(
          'validation',
          `${path}grade`,
          'indikator ini tidak memakai nilai huruf',
          'this indicator takes no grade',
        ),
      );
    const codes = comps.map((c) => c.code);
    for (const key of Object.keys(typedComponents)) {
      if (!codes.includes(key))
        problems.push(
          problem(
            'validation',
            `${path}components.${key}`,
            `bukan komponen indikator ini (komponen: ${codes.join(', ')})`,
            `not a component of this indicator (components: ${codes.join(', ')})`,
          ),
        );
    }
    const derivation = derivationFromFormula(ind.formula, codes);
    if (!derivation) {
      problems.push(
        problem(
          'validation',
          `${path}components`,
          `rumus indikator "${ind.formula ?? ''}" tidak dapat dihitung dari kode komponennya (${codes.join(', ')}); perbaiki rumus pada Renstra`,
          `the indicator's formula "${ind.formula ?? ''}" cannot be computed from its component codes (${codes.join(', ')}); fix the formula in the Renstra`,
        ),
      );
    }
    if (problems.length === 0 && derivation) {
      const numbers: Record<string, number | null> = {};
      components = [];
      for (const c of comps) {
        const v = typedComponents[c.code] ?? null;
        numbers[c.code] = v === null ? null : Number(v);
        if (v !== null) components.push({ componentId: c.id, code: c.code, value: v });
      }
      const derived = deriveRealisasi(derivation, numbers);
      values = { ...values, value: derived.value === null ? null : toPlainDecimal(derived.value) };
      if (derived.value === null) derivedReason = `${derived.reason}:${derived.component ?? ''}`;
    }
  } else {
    if (Object.keys(typedComponents).length > 0)
      problems.push(
        problem(
          'validation',
          `${path}components`,
          'indikator ini tidak memiliki komponen',
          'this indicator has no components',
        ),
      );
    if (ind.polarity === 'ordinal') {
      if (typedValue !== null)
        problems.push(
          problem(
            'validation',
            `${path}value`,
            'indikator ordinal diisi dengan nilai huruf (grade)',
            'an ordinal indicator takes a grade',
          ),
        );
      const grades = ind.ordinalScale?.grades ?? [];
      const canonical =
        typedGrade === null ? null : grades.find((g) => g.trim().toUpperCase() === typedGrade.toUpperCase());
      if (typedGrade !== null && canonical === undefined)
        problems.push(
          problem(
            'validation',
            `${path}grade`,
            `harus salah satu dari: ${grades.join(', ')}`,
            `must be one of: ${grades.join(', ')}`,
          ),
        );
      values = { ...values, grade: canonical ?? null };
    } else {
      if (typedGrade !== null)
        problems.push(
          problem(
            'validation',
            `${path}grade`,
            'indikator ini diisi dengan angka',
            'this indicator takes a number',
          ),
        );
      values = { ...values, value: typedValue };
    }
  }

  const mixed = facts.realisations.find((r) => r.periodKind !== input.periodKind);
  if (mixed)
    problems.push(
      problem(
        'validation',
        `${path}periodKind`,
        `indikator ini sudah dicatat per ${mixed.periodKind} pada tahun ${input.year}`,
        `this indicator is already recorded per ${mixed.periodKind} in ${input.year}`,
      ),
    );

  const existing = facts.realisations.find(
    (r) => r.periodKind === input.periodKind && r.periodNo === input.periodNo,
  );
  if (input.version === undefined && existing) {
    problems.push(
      problem(
        'conflict',
        `${path}version`,
        'realisasi periode ini sudah dicatat orang lain; muat ulang lalu ubah',
        'this period was recorded by someone else meanwhile; reload, then edit it',
      ),
    );
  } else if (input.version !== undefined && !existing) {
    problems.push(
      problem(
        'validation',
        `${path}version`,
        'realisasi periode ini belum ada',
        'no realisation recorded for this period yet',
      ),
    );
  } else if (existing && input.version !== undefined) {
    if (!EDITABLE_STATUSES.includes(existing.status))
      problems.push(
        problem(
          'invalid-state',
          `${path}status`,
          `realisasi berstatus ${existing.status} tidak dapat diubah`,
          `a ${existing.status} realisation cannot be edited`,
        ),
      );
    else if (existing.version !== input.version)
      problems.push(
        problem(
          'conflict',
          `${path}version`,
          'realisasi sudah diubah orang lain sejak Anda membukanya',
          'the realisation was changed by someone else since you opened it',
        ),
      );
  }

  if (problems.length > 0) return { plan: null, problems };
  const existingComponents: Record<string, string> = {};
  // Component values exist only for an indicator with components (a component with values cannot be removed).
  if (existing && comps.length > 0) {
    const stored = await tx
      .select({ code: indicatorComponent.code, value: realisationComponent.value })
      .from(realisationComponent)
      .innerJoin(indicatorComponent, eq(indicatorComponent.id, realisationComponent.indicatorComponentId))
      .where(eq(realisationComponent.realisationId, existing.id));
    for (const s of stored) existingComponents[s.code] = s.value;
  }
  return {
    plan: {
      path,
      indicator: ind,
      input,
      existing: existing ?? null,
      existingComponents,
      values,
      components,
      derivedReason,
    },
    problems,
  };
}

const PROBLEM_ORDER: RealisationProblem['code'][] = ['validation', 'invalid-state', 'conflict'];

/** The one error for a set of problems: validation first, then invalid state, then conflict; each names its fields. */
export function problemsError(problems: readonly RealisationProblem[]): AppError {
  const code = PROBLEM_ORDER.find((c) => problems.some((p) => p.code === c)) ?? 'validation';
  const fields = problems.filter((p) => p.code === code).map((p) => p.field);
  switch (code) {
    case 'validation':
      return new AppError(
        'validation',
        {
          id: 'Isian tidak valid; periksa kolom yang ditandai.',
          en: 'Invalid input; check the marked fields.',
        },
        fields,
      );
    case 'invalid-state':
      return new AppError(
        'invalid-state',
        {
          id: 'Realisasi yang sudah diajukan atau diverifikasi tidak dapat diubah.',
          en: 'A submitted or verified realisation cannot be edited.',
        },
        fields,
      );
    case 'conflict':
      return new AppError(
        'conflict',
        {
          id: 'Realisasi sudah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
          en: 'The realisation was changed by someone else since you opened it. Reload, then redo your change.',
        },
        fields,
      );
  }
}

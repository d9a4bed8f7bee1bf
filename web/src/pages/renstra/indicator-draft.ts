/**
 * An indicator as its form holds it (text as typed), and the request bodies
 * built from it: add (optional fields left out when empty) and change (with
 * the version read; an emptied optional field is sent as null, which clears it).
 */
import { readNumber } from '../../components/NumberField.tsx';
import type { SocialComponentSource } from '../social/ComponentSourceSelect.tsx';
import type { TreeIndicator } from './renstra-api.ts';
import { inputText, readWhole } from './stored-values.ts';
import type { OwnerKind } from './tree-index.ts';

export type Polarity = TreeIndicator['polarity'];
/** `source`: the Data Sosial figure the component takes (null: typed in the Realisasi grid). */
export type ComponentDraft = {
  code: string;
  name: string;
  unit: string;
  source: SocialComponentSource | null;
};

export type IndicatorDraft = {
  code: string;
  name: string;
  definition: string;
  formula: string;
  unit: string;
  polarity: Polarity;
  /** The ordinal grades, best first, separated by commas. */
  grades: string;
  periodAggregation: TreeIndicator['periodAggregation'];
  reportingFrequency: TreeIndicator['reportingFrequency'];
  resultKind: TreeIndicator['resultKind'];
  dataSource: string;
  isIku: boolean;
  orgUnitId: string | null;
  baselineYear: string;
  baselineValue: string;
  baselineGrade: string | null;
  endValue: string;
  endLow: string;
  endHigh: string;
  endGrade: string | null;
  components: ComponentDraft[];
};

export const OWNER_FIELD: Record<OwnerKind, string> = {
  tujuan: 'renstraTujuanId',
  sasaran: 'sasaranStrategisId',
  program: 'programId',
  kegiatan: 'kegiatanId',
  subKegiatan: 'subKegiatanId',
};

export function draftOf(
  indicator: TreeIndicator | undefined,
  ownerKind: OwnerKind,
  code = '',
): IndicatorDraft {
  if (!indicator) {
    return {
      code,
      name: '',
      definition: '',
      formula: '',
      unit: '',
      polarity: 'positive',
      grades: '',
      periodAggregation: 'last',
      reportingFrequency: 'quarterly',
      resultKind: ownerKind === 'kegiatan' || ownerKind === 'subKegiatan' ? 'output' : 'outcome',
      dataSource: '',
      isIku: ownerKind === 'sasaran',
      orgUnitId: null,
      baselineYear: '',
      baselineValue: '',
      baselineGrade: null,
      endValue: '',
      endLow: '',
      endHigh: '',
      endGrade: null,
      components: [],
    };
  }
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition ?? '',
    formula: indicator.formula ?? '',
    unit: indicator.unit,
    polarity: indicator.polarity,
    grades: indicator.ordinalScale?.grades.join(', ') ?? '',
    periodAggregation: indicator.periodAggregation,
    reportingFrequency: indicator.reportingFrequency,
    resultKind: indicator.resultKind,
    dataSource: indicator.dataSource ?? '',
    isIku: indicator.isIku,
    orgUnitId: indicator.orgUnitId,
    baselineYear: indicator.baseline.year === null ? '' : String(indicator.baseline.year),
    baselineValue: inputText(indicator.baseline.value),
    baselineGrade: indicator.baseline.grade,
    endValue: inputText(indicator.endTarget.value),
    endLow: inputText(indicator.endTarget.low),
    endHigh: inputText(indicator.endTarget.high),
    endGrade: indicator.endTarget.grade,
    components: indicator.components.map((c) => ({
      code: c.code,
      name: c.name,
      unit: c.unit ?? '',
      source: c.source,
    })),
  };
}

export function gradesOf(draft: IndicatorDraft): string[] {
  return draft.grades
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
}

/** The number fields of the draft that do not hold a number: the form does not send them. */
export function numberProblems(draft: IndicatorDraft): boolean {
  const texts = [draft.baselineValue, draft.endValue, draft.endLow, draft.endHigh];
  return (
    texts.some((text) => readNumber(text).error !== undefined) || Number.isNaN(readWhole(draft.baselineYear))
  );
}

type Shape = { value?: string; low?: string; high?: string; grade?: string };

function baselineShape(draft: IndicatorDraft): Shape | null {
  if (draft.polarity === 'ordinal') return draft.baselineGrade ? { grade: draft.baselineGrade } : null;
  return draft.baselineValue.trim() ? { value: draft.baselineValue } : null;
}

function endTargetShape(draft: IndicatorDraft): Shape | null {
  switch (draft.polarity) {
    case 'ordinal':
      return draft.endGrade ? { grade: draft.endGrade } : null;
    case 'range': {
      const shape: Shape = {};
      if (draft.endLow.trim()) shape.low = draft.endLow;
      if (draft.endHigh.trim()) shape.high = draft.endHigh;
      return Object.keys(shape).length === 0 ? null : shape;
    }
    default:
      return draft.endValue.trim() ? { value: draft.endValue } : null;
  }
}

function optional(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** The fields both bodies carry, with null for an empty optional field. */
function commonFields(draft: IndicatorDraft) {
  return {
    code: draft.code,
    name: draft.name,
    unit: draft.unit,
    polarity: draft.polarity,
    periodAggregation: draft.periodAggregation,
    reportingFrequency: draft.reportingFrequency,
    resultKind: draft.resultKind,
    isIku: draft.isIku,
    definition: optional(draft.definition),
    formula: optional(draft.formula),
    dataSource: optional(draft.dataSource),
    orgUnitId: draft.orgUnitId,
    ordinalScale: draft.polarity === 'ordinal' ? { grades: gradesOf(draft) } : null,
    baselineYear: readWhole(draft.baselineYear) ?? null,
    baseline: baselineShape(draft),
    endTarget: endTargetShape(draft),
  };
}

export function addBody(
  draft: IndicatorDraft,
  owner: { kind: OwnerKind; id: string },
): Record<string, unknown> {
  const fields: Record<string, unknown> = commonFields(draft);
  // a new indicator leaves out what it does not have
  for (const key of Object.keys(fields)) if (fields[key] === null) delete fields[key];
  // every row as typed, so that the server's components[i] is the form's row i
  const components = draft.components.map((c) => ({
    code: c.code.trim(),
    name: c.name,
    ...(c.unit.trim() && { unit: c.unit }),
    ...(c.source !== null && { source: c.source }),
  }));
  return {
    [OWNER_FIELD[owner.kind]]: owner.id,
    ...fields,
    ...(components.length > 0 && { components }),
  };
}

export function updateBody(draft: IndicatorDraft, version: number): Record<string, unknown> {
  const componentSources = Object.fromEntries(draft.components.map((c) => [c.code, c.source]));
  return {
    version,
    ...commonFields(draft),
    ...(draft.components.length > 0 && { componentSources }),
  };
}

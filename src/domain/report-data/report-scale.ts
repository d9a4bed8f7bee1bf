/** The predikat scale a report-data file names: a preset id or an inline scale. */
import { SCALE_PRESETS, isScalePresetId } from '../scale-presets.ts';
import { validateScale, type Scale } from '../scales.ts';
import type { ReportData } from './schema.ts';

type ScaleInput = ReportData['scale'];

/** Problems of an inline scale, each naming its level; empty for presets and valid scales. */
export function reportScaleErrors(input: ScaleInput): string[] {
  if (typeof input === 'string') return isScalePresetId(input) ? [] : [`skala "${input}" tidak dikenal`];
  const result = validateScale({ ...input, levels: input.levels });
  return result.ok ? [] : result.errors;
}

/** Resolves the file's scale. Call on validated data only: an invalid scale throws. */
export function resolveReportScale(input: ScaleInput): Scale {
  if (typeof input === 'string') {
    if (!isScalePresetId(input)) throw new Error(`unknown scale preset ${input}`);
    return SCALE_PRESETS[input];
  }
  const result = validateScale({ ...input, levels: input.levels });
  if (!result.ok) throw new Error(`invalid inline scale: ${result.errors.join('; ')}`);
  return result.scale;
}

/**
 * Traffic-light status of a capaian for dashboards. Separate from the predikat
 * scales of the report (DOMAIN.md §3): bands are a monitoring aid, configured
 * per agency, and never printed as a predikat.
 *
 * capaian ≥ greenFrom → green; ≥ yellowFrom → yellow; else red; null → unknown.
 * The comparison uses the capaian as printed (half-up, 2 decimals), so a value
 * shown as "90,00" is never coloured as below 90 because of float noise.
 */
import { roundHalfUp } from './numbers.ts';

export type StatusBand = 'green' | 'yellow' | 'red' | 'unknown';
export type StatusBands = { greenFrom: number; yellowFrom: number };

export const DEFAULT_STATUS_BANDS: StatusBands = Object.freeze({ greenFrom: 90, yellowFrom: 75 });

export function statusOf(capaian: number | null, bands: StatusBands = DEFAULT_STATUS_BANDS): StatusBand {
  const problems = validateStatusBands(bands);
  if (problems.length > 0) throw new RangeError(`invalid status bands: ${problems.join('; ')}`);
  if (capaian === null) return 'unknown';
  if (!Number.isFinite(capaian)) throw new RangeError(`capaian must be a finite number, got ${capaian}`);
  const shown = roundHalfUp(capaian, 2);
  if (shown >= bands.greenFrom) return 'green';
  if (shown >= bands.yellowFrom) return 'yellow';
  return 'red';
}

/**
 * Problems with a band configuration, in Indonesian (shown to the admin who
 * edits it); empty when fine. yellowFrom equal to greenFrom is allowed (a
 * two-colour dashboard with no yellow).
 */
export function validateStatusBands(b: StatusBands): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(b.greenFrom)) problems.push('batas hijau (greenFrom) harus berupa angka');
  else if (b.greenFrom < 0) problems.push('batas hijau (greenFrom) tidak boleh negatif');
  if (!Number.isFinite(b.yellowFrom)) problems.push('batas kuning (yellowFrom) harus berupa angka');
  else if (b.yellowFrom < 0) problems.push('batas kuning (yellowFrom) tidak boleh negatif');
  if (Number.isFinite(b.greenFrom) && Number.isFinite(b.yellowFrom) && b.yellowFrom > b.greenFrom) {
    problems.push(`batas kuning (${b.yellowFrom}) tidak boleh di atas batas hijau (${b.greenFrom})`);
  }
  return problems;
}

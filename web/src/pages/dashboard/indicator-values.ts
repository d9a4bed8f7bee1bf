/** An indicator's target and realisation as the table shows them (id-ID numbers; a range as 80–90; a grade as typed). */
import { show } from '../../format.ts';
import type { MeasuredIndicator } from './measurement.ts';

export function showTarget(target: MeasuredIndicator['target']): string {
  if (!target) return '—';
  switch (target.kind) {
    case 'value':
      return show.number(target.value);
    case 'range':
      return `${show.number(target.min)}–${show.number(target.max)}`;
    case 'grade':
      return target.grade;
  }
}

export function showRealisasi(value: MeasuredIndicator['realisasi']): string {
  if (value === null) return '—';
  return typeof value === 'number' ? show.number(value) : value;
}

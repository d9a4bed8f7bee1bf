import { describe, expect, it } from 'vitest';
import {
  endOfLocalDay,
  isWorkingDay,
  localDate,
  workingDaysBefore,
} from '../../../src/services/calendar/working-days.ts';

describe('working days', () => {
  it('counts back over the weekend: a Friday due date with 3 working days gives the Tuesday', () => {
    expect(workingDaysBefore('2024-07-12', 3)).toBe('2024-07-09');
    // Monday with 1: the Friday before
    expect(workingDaysBefore('2024-07-15', 1)).toBe('2024-07-12');
    expect(workingDaysBefore('2024-07-12', 0)).toBe('2024-07-12');
  });

  it('skips a holiday passed in (a moving holiday) and the fixed national holidays', () => {
    expect(workingDaysBefore('2024-07-12', 3, new Set(['2024-07-10']))).toBe('2024-07-08');
    // 17 August 2023 was a Thursday: the working day before Friday 18 August is Wednesday 16
    expect(isWorkingDay('2023-08-17', new Set())).toBe(false);
    expect(workingDaysBefore('2023-08-18', 1)).toBe('2023-08-16');
  });

  it('ends a due date at midnight in the region’s zone (WIB, WITA, WIT), and reads instants back as local days', () => {
    expect(endOfLocalDay('2024-07-12', 'Asia/Jakarta').toISOString()).toBe('2024-07-12T17:00:00.000Z');
    expect(endOfLocalDay('2024-07-12', 'Asia/Makassar').toISOString()).toBe('2024-07-12T16:00:00.000Z');
    expect(endOfLocalDay('2024-07-12', 'Asia/Jayapura').toISOString()).toBe('2024-07-12T15:00:00.000Z');
    expect(localDate(new Date('2024-07-12T16:59:59Z'), 'Asia/Jakarta')).toBe('2024-07-12');
    expect(localDate(new Date('2024-07-12T17:00:00Z'), 'Asia/Jakarta')).toBe('2024-07-13');
    expect(localDate(new Date('2024-07-12T15:00:00Z'), 'Asia/Jayapura')).toBe('2024-07-13');
  });
});

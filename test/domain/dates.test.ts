import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/domain/dates.ts';

describe('formatDate (dates as "20 Januari 2024")', () => {
  it('prints Indonesian and English dates, or only the month when the day is unknown', () => {
    expect(formatDate('2024-01-20')).toBe('20 Januari 2024');
    expect(formatDate('2024-02-05', 'en')).toBe('5 February 2024');
    expect(formatDate('2023-11-01', 'id', 'month')).toBe('November 2023'); // PK Perubahan 2023, seed line 1218
  });
  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('20/01/2024')).toThrow(RangeError);
    expect(() => formatDate('2024-13-01')).toThrow(RangeError);
  });
});

/**
 * Calendar arithmetic of the reporting calendar, on plain `YYYY-MM-DD` dates
 * (a day of the region's calendar) and instants:
 *
 * - Working days are Monday to Friday, minus national holidays. The fixed-date
 *   national holidays are built in (`FIXED_NATIONAL_HOLIDAYS`); the moving
 *   ones (Imlek, Nyepi, Idul Fitri, Idul Adha, Waisak, Kenaikan, Maulid,
 *   cuti bersama...) are set each year by the SKB of three ministers and must
 *   be passed in as dates (`holidays`). Without them a reminder may fall on a
 *   moving holiday; it is then only early, never late.
 * - Indonesia's three zones have fixed offsets and no daylight saving since
 *   1964: WIB (Asia/Jakarta) +07:00, WITA (Asia/Makassar) +08:00, WIT
 *   (Asia/Jayapura) +09:00. The end of a due date is 00:00 of the next day in
 *   the region's zone (exclusive).
 */
import type { RegionTimeZone } from '../../store/schema/enums.ts';

/** Offset from UTC, in hours, of each Indonesian zone. */
export const ZONE_OFFSET_HOURS: Readonly<Record<RegionTimeZone, number>> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** National holidays on the same date every year (month-day). */
export const FIXED_NATIONAL_HOLIDAYS: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'Tahun Baru Masehi' },
  { monthDay: '05-01', name: 'Hari Buruh Internasional' },
  { monthDay: '06-01', name: 'Hari Lahir Pancasila' },
  { monthDay: '08-17', name: 'Hari Kemerdekaan Republik Indonesia' },
  { monthDay: '12-25', name: 'Hari Raya Natal' },
];

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function toUtcMidnight(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMidnight(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  if (holidays.has(date)) return false;
  return !FIXED_NATIONAL_HOLIDAYS.some((h) => date.endsWith(`-${h.monthDay}`));
}

/**
 * The working day `count` working days before `date`: a Friday with 3 gives
 * the Tuesday before. 0 gives `date` itself.
 */
export function workingDaysBefore(
  date: string,
  count: number,
  holidays: ReadonlySet<string> = new Set(),
): string {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

/** The instant a calendar day ends in the zone: 00:00 of the next day there. */
export function endOfLocalDay(date: string, zone: RegionTimeZone): Date {
  return new Date(toUtcMidnight(date) + DAY_MS - ZONE_OFFSET_HOURS[zone] * 60 * 60 * 1000);
}

/** The calendar day an instant falls on in the zone. */
export function localDate(instant: Date, zone: RegionTimeZone): string {
  return fromUtcMidnight(
    Math.floor((instant.getTime() + ZONE_OFFSET_HOURS[zone] * 60 * 60 * 1000) / DAY_MS) * DAY_MS,
  );
}

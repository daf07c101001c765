/**
 * Calendar dates without a time or zone (year, month 1-12, day), for
 * resolving 지난달 31일 or 오는 5일 against an article's local publish date.
 * Arithmetic goes through Date.UTC, which never sees DST.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** en-US numeric dates format as month/day/year; anything else (an era, odd digits) is read from the parts. */
const MONTH_DAY_YEAR = /^(\d+)\/(\d+)\/(\d+)$/;

/**
 * Recent answers per zone and instant: articles of one feed often share a
 * publish time, and Intl formatting costs about a microsecond. Bounded; the
 * answer for an instant never changes, so a hit is always exact.
 */
const recent = new Map<string, Map<number, CivilDate>>();
const MAX_RECENT = 1024;

/** The calendar date shown in `timeZone` at instant `at` (Intl; throws RangeError for an unknown zone). */
export function localDate(at: Date, timeZone: string): CivilDate {
  const ms = at.getTime();
  let inZone = recent.get(timeZone);
  const known = inZone?.get(ms);
  if (known) return { year: known.year, month: known.month, day: known.day };
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  const m = MONTH_DAY_YEAR.exec(f.format(at));
  let date: CivilDate;
  if (m) {
    date = { year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) };
  } else {
    const parts = f.formatToParts(at);
    const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
    date = { year: get('year'), month: get('month'), day: get('day') };
  }
  if (!inZone || inZone.size >= MAX_RECENT) {
    inZone = new Map();
    recent.set(timeZone, inZone);
  }
  inZone.set(ms, date);
  return { year: date.year, month: date.month, day: date.day };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Plain arithmetic for ordinary dates; Date.UTC reads years 0–99 as 1900–1999 and gives up far out, so those go through it.
  if (Number.isInteger(year) && year >= 100 && year <= 200_000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date, or undefined when the day does not exist in that month (2월 30일). */
export function civilDate(year: number, month: number, day: number): CivilDate | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Month arithmetic on (year, month) only: shiftMonth(2026, 1, -1) = 2025-12. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days from a to b (b - a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDate(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/**
 * Dates as feeds really write them (see /work/shared/notes/korean.md §1):
 * RFC 822 with odd spacing (`27 Sep  2026`, `Sun,27 Sep 2026`), `KST` as a
 * zone, numeric months (`27 09 2026`), ISO 8601 with or without an offset, and
 * `2026-08-17 22:01:14` with no zone at all. A timestamp without a zone is
 * wall-clock time in the configured zone — never the server's local time,
 * which is what `new Date()` (and rss-parser's `isoDate`) would use.
 */
import { instantFromWallClock, isValidTimeZone, wallClockAsUtcMs, type WallClock } from './zone.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Named zones seen in feeds. RFC 822 §5.1 names plus KST/JST (Korean and Japanese sites). */
const NAMED_ZONES_MIN: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  kst: 540, jst: 540, cet: 60, cest: 120,
};

const ZONE = String.raw`(Z|[+-]\d{1,2}(?::?\d{2})?|(?:GMT|UTC|UT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5})`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?`;
const WEEKDAY = String.raw`(?:[A-Z]{2,9}\.?\s*,?\s*)?`;

// 2026-08-17T22:01:14.5+09:00, 2026-08-17 22:01:14, 2026.08.17 22:01, 2026-08-17
const ISO_LIKE = new RegExp(String.raw`^(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:(?:T|\s+)${TIME})?\s*${ZONE}?$`, 'i');
// Thu, 11 Jun 2026 13:02:17 +0900 / Sun,27 Sep 2026 / 27 09 2026 10:00 KST / 11-Jun-26
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})[\s-]+([A-Z]{3,9}\.?|\d{1,2})[\s-]+(\d{4}|\d{2})(?:\s+${TIME})?\s*${ZONE}?$`, 'i');
// Thu Jun 11 2026 13:02:17 GMT+0900 / June 11, 2026 13:02
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}([A-Z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})(?:\s+${TIME})?\s*${ZONE}?$`, 'i');

/** `Thu, 11 Jun 2026 13:02:17 GMT` / `… +0900`: a zone Date.parse reads exactly, no odd spacing. */
const STRICT_RFC_1123 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d (?:GMT|[+-](?:0\d|1[0-4])[0-5]\d)$/;

/**
 * Parses a feed timestamp into an instant. Zone-less timestamps are read as
 * wall-clock time in `timeZone` (IANA name; DST-correct). Returns undefined
 * for anything it cannot read with confidence; never throws on bad input.
 * Throws RangeError only when `timeZone` itself is not a valid zone name.
 */
export function parseFeedDate(raw: string | undefined, timeZone: string): Date | undefined {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  if (typeof raw !== 'string' || raw.length > 120) return undefined;
  // Most feeds write RFC 1123 exactly, with GMT or a numeric offset: Date.parse reads that
  // right, at a tenth of the cost. Days past 28 take the checked path (31 Feb must fail).
  const strict = STRICT_RFC_1123.exec(raw);
  if (strict && Number(strict[1]) <= 28) return new Date(Date.parse(raw));
  // Collapse runs of spaces and drop a trailing RFC 822 comment such as "(KST)".
  const s = raw.replace(/\s+/g, ' ').trim().replace(/\s*\([^()]*\)$/, '');
  if (s === '') return undefined;

  let m = ISO_LIKE.exec(s);
  if (m) return build([m[1], m[2], m[3]], m.slice(4, 8), m[8], timeZone);
  m = DAY_FIRST.exec(s);
  if (m) return build([m[3], m[2], m[1]], m.slice(4, 8), m[8], timeZone);
  m = MONTH_FIRST.exec(s);
  if (m) return build([m[3], m[1], m[2]], m.slice(4, 8), m[8], timeZone);
  return undefined;
}

type Raw = string | undefined;

function build(ymd: Raw[], hmsf: Raw[], zone: Raw, timeZone: string): Date | undefined {
  const year = parseYear(ymd[0]);
  const month = parseMonth(ymd[1]);
  const day = Number(ymd[2]);
  const [hour, minute, second, fraction] = [Number(hmsf[0] ?? 0), Number(hmsf[1] ?? 0), Number(hmsf[2] ?? 0), hmsf[3]];
  if (year === undefined || month === undefined) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const w: WallClock = {
    year, month, day, hour, minute,
    second: Math.min(second, 59), // a leap second :60 is read as :59
    millisecond: fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0,
  };
  if (zone === undefined) return instantFromWallClock(w, timeZone);
  const offsetMin = parseZone(zone);
  if (offsetMin === undefined) return undefined;
  return new Date(wallClockAsUtcMs(w) - offsetMin * 60_000);
}

function parseYear(raw: Raw): number | undefined {
  if (raw === undefined) return undefined;
  let y = Number(raw);
  // RFC 2822 §4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx.
  if (raw.length === 2) y += y < 50 ? 2000 : 1900;
  return y >= 1000 && y <= 9999 ? y : undefined;
}

function parseMonth(raw: Raw): number | undefined {
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const word = raw.toLowerCase().replace(/\.$/, '');
  if (word === 'sept') return 9;
  const i = MONTHS.findIndex((full) => full.startsWith(word));
  return word.length >= 3 && i >= 0 ? i + 1 : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Offset in minutes east of UTC, or undefined for a zone we do not know. */
function parseZone(raw: string): number | undefined {
  const z = raw.replace(/\s+/g, '').toLowerCase();
  const named = NAMED_ZONES_MIN[z];
  if (named !== undefined) return named;
  const m = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const h = Number(m[2]);
  const min = Number(m[3] ?? 0);
  if (h > 18 || min > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

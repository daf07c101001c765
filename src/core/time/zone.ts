/**
 * Wall-clock time in an IANA time zone, computed with Intl (no tz database of
 * our own, no dependence on the process's TZ). DST-correct: the offset is
 * looked up for the instant in question, never assumed constant.
 */

/** Calendar fields of a wall-clock time. month is 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone name: a configuration error, not bad feed data.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows this IANA zone name (e.g. 'Asia/Seoul', 'UTC'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock shown in `timeZone` at instant `d`. */
export function wallClockAt(d: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(d);
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const p = parts.find((x) => x.type === type);
    return p ? Number(p.value) : 0;
  };
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    // Some ICU versions print midnight as 24 even with h23.
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    millisecond: ((d.getTime() % 1000) + 1000) % 1000,
  };
}

/** Milliseconds since the epoch of these fields read as UTC (safe for years 0-99 too). */
export function wallClockAsUtcMs(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.millisecond);
  return d.getTime();
}

/** Offset of `timeZone` from UTC at instant `d`, in ms (Asia/Seoul: +32400000). */
export function zoneOffsetMs(d: Date, timeZone: string): number {
  const w = wallClockAt(d, timeZone);
  return wallClockAsUtcMs(w) - d.getTime();
}

const DAY_MS = 86_400_000;

/**
 * The instant at which the wall clock in `timeZone` shows `w`.
 * Disambiguation follows Temporal's 'compatible' rule: a time that occurs
 * twice (DST ends) resolves to the earlier instant; a time skipped by a DST
 * gap is moved forward by the length of the gap (02:30 → 03:30).
 */
export function instantFromWallClock(w: WallClock, timeZone: string): Date {
  const local = wallClockAsUtcMs(w);
  // Offsets a day either side: at most one transition lies between them.
  const before = zoneOffsetMs(new Date(local - DAY_MS), timeZone);
  const after = zoneOffsetMs(new Date(local + DAY_MS), timeZone);
  const candidates = [local - before, local - after].filter(
    (t) => zoneOffsetMs(new Date(t), timeZone) === local - t,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In a gap: read the time with the offset in force before the transition.
  return new Date(local - before);
}

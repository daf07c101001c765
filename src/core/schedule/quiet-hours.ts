/**
 * Quiet hours such as "22:00-07:00" (wall-clock time in the configured zone;
 * a window may cross midnight). Instant alerts that arrive inside the window
 * are held and sent as one digest when it ends.
 */
import { instantFromWallClock, wallClockAt } from '../time/zone.ts';

export interface QuietHours {
  /** Minutes after midnight. */
  start: number;
  end: number;
}

const PATTERN = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

export function parseQuietHours(text: string): QuietHours | undefined {
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return start === end ? undefined : { start, end };
}

/** When the quiet window that `now` falls in ends, or undefined when `now` is not quiet. */
export function quietUntil(now: Date, quiet: QuietHours, timeZone: string): Date | undefined {
  const w = wallClockAt(now, timeZone);
  const minute = w.hour * 60 + w.minute;
  const crossesMidnight = quiet.start > quiet.end;
  const inside = crossesMidnight ? minute >= quiet.start || minute < quiet.end : minute >= quiet.start && minute < quiet.end;
  if (!inside) return undefined;
  // The end is today, unless the window started today and runs past midnight.
  const endsTomorrow = crossesMidnight && minute >= quiet.start;
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day + (endsTomorrow ? 1 : 0)));
  return instantFromWallClock(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: Math.floor(quiet.end / 60),
      minute: quiet.end % 60,
      second: 0,
      millisecond: 0,
    },
    timeZone,
  );
}

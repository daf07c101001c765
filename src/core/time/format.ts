/** Rendering instants as wall-clock time in a configured IANA zone. */
import { wallClockAt, zoneOffsetMs, type WallClock } from './zone.ts';

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

function datePart(w: WallClock): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `±HH:MM` (with `:SS` only for pre-1900 local mean time offsets). */
function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/** ISO 8601 with the zone's offset at that instant, seconds precision: `2026-11-29T10:20:00+09:00`. */
export function formatIsoInZone(d: Date, timeZone: string): string {
  const w = wallClockAt(d, timeZone);
  const offset = zoneOffsetMs(d, timeZone);
  return `${datePart(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offset)}`;
}

/** Human wall-clock time for messages: `2026-11-29 10:20`. */
export function formatLocal(d: Date, timeZone: string): string {
  const w = wallClockAt(d, timeZone);
  return `${datePart(w)} ${pad(w.hour)}:${pad(w.minute)}`;
}

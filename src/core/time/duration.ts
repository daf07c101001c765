/** Durations as written in configuration: `500ms`, `90s`, `30m`, `24h`, `7d`, or a sum such as `1h30m`. */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;

/** Milliseconds in a duration string. Throws Error naming the bad value and the accepted forms. */
export function parseDuration(text: string): number {
  const s = typeof text === 'string' ? text.trim().toLowerCase() : '';
  if (!WHOLE.test(s)) {
    throw new Error(
      `Invalid duration ${JSON.stringify(text)}: expected a number followed by a unit ms, s, m, h or d (e.g. 500ms, 90s, 30m, 24h, 7d, 1h30m)`,
    );
  }
  let total = 0;
  for (const [, amount, unit] of s.matchAll(PART)) total += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  const ms = Math.round(total);
  if (!Number.isSafeInteger(ms)) throw new Error(`Invalid duration ${JSON.stringify(text)}: too large`);
  return ms;
}

/** Milliseconds as a duration string in the largest unit that holds it exactly (`7d`, `90m`, `1500ms`); parseDuration reads it back. */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit] as number;
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

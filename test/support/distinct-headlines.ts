/**
 * Headlines of as many different events: `prefix` (a watched keyword) and
 * `syllables` Hangul syllables that no other headline of the list shares in
 * order, so story grouping keeps them apart. Deterministic.
 */
export function distinctHeadlines(prefix: string, count: number, syllables: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${prefix} ${Array.from({ length: syllables }, (_, k) => String.fromCharCode(0xac00 + ((i * 7919 + k * 104_729 + k * k * 31) % 11_172))).join('')}`,
  );
}

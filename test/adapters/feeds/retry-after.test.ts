import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/adapters/feeds/retry-after.ts';

const NOW = new Date('2026-10-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 01 Oct 2026 00:02:30 GMT', 150_000],
    ['Thursday, 01-Oct-26 00:02:30 GMT', 150_000],
    ['Wed, 30 Sep 2026 23:00:00 GMT', 0],
  ])('reads %j as %d ms from now', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([[null], [undefined], [''], ['soon'], ['-5'], ['1.5'], ['2026-10-01 00:02:30']])('ignores %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

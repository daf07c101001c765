import { describe, expect, it } from 'vitest';
import { FUTURE_TOLERANCE_MS, isTrustedFeedDate } from '../../../src/core/time/feed-date-trust.ts';

const NOW = new Date('2026-11-29T01:00:00Z');
const after = (ms: number) => new Date(NOW.getTime() + ms);

describe('isTrustedFeedDate', () => {
  it.each([
    ['trusts a date in the past', new Date('2020-01-01T00:00:00Z'), true],
    ['trusts the fetch time itself', NOW, true],
    ['trusts 9 hours ahead (a KST date read as UTC)', after(9 * 3_600_000), true],
    ['trusts exactly a day ahead', after(FUTURE_TOLERANCE_MS), true],
    ['distrusts a day and a second ahead', after(FUTURE_TOLERANCE_MS + 1000), false],
    ['distrusts next year (a typo)', new Date('2027-11-29T01:00:00Z'), false],
    ['distrusts an invalid date', new Date('not a date'), false],
    ['distrusts no date', undefined, false],
  ])('%s', (_what, at, trusted) => {
    expect(isTrustedFeedDate(at, NOW)).toBe(trusted);
  });
});

import { describe, expect, it } from 'vitest';
import { nextDeliveryAttempt, nextFeedPollAfterFailure } from '../../../src/core/schedule/backoff.ts';

const now = new Date('2026-11-29T00:00:00Z');
const minutesAfter = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

describe('feed backoff', () => {
  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [6, 160],
    [7, 320],
    [8, 360],
    [50, 360],
  ])('after %i consecutive failures waits %i minutes (capped at 6 h)', (failures, minutes) => {
    expect(minutesAfter(nextFeedPollAfterFailure(now, failures))).toBe(minutes);
  });

  it('never polls before a server\'s Retry-After', () => {
    expect(minutesAfter(nextFeedPollAfterFailure(now, 1, 2 * 3600_000))).toBe(120);
    expect(minutesAfter(nextFeedPollAfterFailure(now, 3, 60_000))).toBe(20);
  });
});

describe('delivery retry timing', () => {
  it('backs off from 30 s, capped at 1 h', () => {
    expect(minutesAfter(nextDeliveryAttempt(now, 1))).toBe(0.5);
    expect(minutesAfter(nextDeliveryAttempt(now, 2))).toBe(1);
    expect(minutesAfter(nextDeliveryAttempt(now, 20))).toBe(60);
  });

  it('uses the platform\'s retry time when it gives one', () => {
    expect(minutesAfter(nextDeliveryAttempt(now, 5, 3000))).toBe(0.05);
  });
});

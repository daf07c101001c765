import { describe, expect, it } from 'vitest';
import { instantFromWallClock, isValidTimeZone, wallClockAt, zoneOffsetMs } from '../../../src/core/time/zone.ts';

const HOUR = 3_600_000;
const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });

describe('zoneOffsetMs', () => {
  it.each([
    ['2026-01-15T00:00:00Z', 'Asia/Seoul', 9 * HOUR],
    ['2026-07-15T00:00:00Z', 'Asia/Seoul', 9 * HOUR],
    ['2026-01-15T00:00:00Z', 'America/New_York', -5 * HOUR],
    ['2026-07-15T00:00:00Z', 'America/New_York', -4 * HOUR],
    ['2026-03-08T06:59:59Z', 'America/New_York', -5 * HOUR],
    ['2026-03-08T07:00:00Z', 'America/New_York', -4 * HOUR],
    ['2026-07-15T00:00:00Z', 'UTC', 0],
  ])('at %s in %s is %d ms', (instant, zone, offset) => {
    expect(zoneOffsetMs(new Date(instant), zone)).toBe(offset);
  });
});

describe('wallClockAt', () => {
  it('gives the calendar fields in the zone, not in the process zone', () => {
    expect(wallClockAt(new Date('2026-12-31T15:30:45.123Z'), 'Asia/Seoul')).toEqual({
      year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 45, millisecond: 123,
    });
  });
});

describe('instantFromWallClock', () => {
  it('inverts wallClockAt for ordinary times', () => {
    const d = new Date('2026-06-11T04:02:00Z');
    expect(instantFromWallClock(wallClockAt(d, 'Asia/Seoul'), 'Asia/Seoul').toISOString()).toBe(d.toISOString());
  });

  it('resolves the repeated hour at the end of DST to the earlier instant', () => {
    expect(instantFromWallClock(wall(2026, 11, 1, 1, 30), 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('moves a time inside the spring-forward gap forward by the gap', () => {
    expect(instantFromWallClock(wall(2026, 3, 8, 2, 30), 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects unknown ones', () => {
    expect(isValidTimeZone('Asia/Seoul')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Asia/Busan')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

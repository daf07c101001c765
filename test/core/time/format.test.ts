import { describe, expect, it } from 'vitest';
import { formatIsoInZone, formatLocal } from '../../../src/core/time/format.ts';

describe('formatIsoInZone', () => {
  it.each([
    ['2026-11-29T01:20:00Z', 'Asia/Seoul', '2026-11-29T10:20:00+09:00'],
    ['2026-11-28T23:59:59.999Z', 'Asia/Seoul', '2026-11-29T08:59:59+09:00'],
    ['2026-12-31T15:00:00Z', 'Asia/Seoul', '2027-01-01T00:00:00+09:00'],
    ['2026-11-29T01:20:00Z', 'UTC', '2026-11-29T01:20:00+00:00'],
    ['2026-07-01T16:00:00Z', 'America/New_York', '2026-07-01T12:00:00-04:00'],
    ['2026-12-01T17:00:00Z', 'America/New_York', '2026-12-01T12:00:00-05:00'],
    ['2026-03-08T06:59:59Z', 'America/New_York', '2026-03-08T01:59:59-05:00'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08T03:00:00-04:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01T01:30:00-05:00'],
    ['2026-06-01T00:00:00Z', 'Asia/Kolkata', '2026-06-01T05:30:00+05:30'],
  ])('renders %s in %s as %s', (instant, zone, expected) => {
    expect(formatIsoInZone(new Date(instant), zone)).toBe(expected);
  });

  it('round-trips through Date parsing to the same second', () => {
    const d = new Date('2026-11-01T06:30:42Z');
    expect(new Date(formatIsoInZone(d, 'America/New_York')).toISOString()).toBe(d.toISOString());
  });
});

describe('formatLocal', () => {
  it.each([
    ['2026-11-29T01:20:00Z', 'Asia/Seoul', '2026-11-29 10:20'],
    ['2026-11-29T15:05:59Z', 'Asia/Seoul', '2026-11-30 00:05'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08 03:00'],
  ])('renders %s in %s as %s', (instant, zone, expected) => {
    expect(formatLocal(new Date(instant), zone)).toBe(expected);
  });
});

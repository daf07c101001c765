import { describe, expect, it } from 'vitest';
import { parseQuietHours, quietUntil } from '../../../src/core/schedule/quiet-hours.ts';

const SEOUL = 'Asia/Seoul';
const night = parseQuietHours('22:00-07:00')!;
const lunch = parseQuietHours('12:00-13:30')!;

describe('quiet hours', () => {
  it.each(['22:00-07:00', '00:00-06:30', '12:00-13:30'])('parses %s', (text) => {
    expect(parseQuietHours(text)).toBeDefined();
  });

  it.each(['22-07', '25:00-07:00', '22:00-22:00', '22:00 - 07:00x', ''])('rejects %j', (text) => {
    expect(parseQuietHours(text)).toBeUndefined();
  });

  it.each([
    // [now (UTC), expected end (UTC) or undefined]; Seoul is UTC+9
    ['2026-11-29T13:30:00Z', '2026-11-29T22:00:00Z'], // 22:30 KST → 07:00 KST next day
    ['2026-11-29T12:59:59Z', undefined], // 21:59 KST
    ['2026-11-29T13:00:00Z', '2026-11-29T22:00:00Z'], // 22:00 KST exactly
    ['2026-11-29T17:00:00Z', '2026-11-29T22:00:00Z'], // 02:00 KST
    ['2026-11-29T22:00:00Z', undefined], // 07:00 KST: the window has ended
    ['2026-12-31T14:00:00Z', '2026-12-31T22:00:00Z'], // 23:00 KST on 31 Dec → 07:00 on 1 Jan
  ])('at %s a night window ends at %s', (now, end) => {
    expect(quietUntil(new Date(now), night, SEOUL)?.toISOString()).toBe(end === undefined ? undefined : new Date(end).toISOString());
  });

  it('handles a window within one day', () => {
    expect(quietUntil(new Date('2026-11-29T03:15:00Z'), lunch, SEOUL)).toEqual(new Date('2026-11-29T04:30:00Z'));
    expect(quietUntil(new Date('2026-11-29T04:30:00Z'), lunch, SEOUL)).toBeUndefined();
  });
});

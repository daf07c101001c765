import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/core/time/duration.ts';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['1.5h', 5_400_000],
    ['1h30m', 5_400_000],
    [' 10M ', 600_000],
    ['0s', 0],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([[''], ['10'], ['m'], ['10 minutes'], ['-5m'], ['5x'], ['1h 30m'], ['h1'], ['1e3s']])(
    'rejects %j with a message naming the value and the accepted units',
    (text) => {
      expect(() => parseDuration(text)).toThrow(new RegExp(`Invalid duration "${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}".*ms, s, m, h or d`));
    },
  );

  it('rejects a value too large to be a safe integer', () => {
    expect(() => parseDuration('99999999999999999999d')).toThrow(/too large/);
  });

  it('rejects a non-string at run time', () => {
    expect(() => parseDuration(30 as unknown as string)).toThrow(/Invalid duration 30/);
  });
});

describe('formatDuration', () => {
  it.each([
    [30 * 86_400_000, '30d'],
    [48 * 3_600_000, '2d'],
    [36 * 3_600_000, '36h'],
    [90 * 60_000, '90m'],
    [45_000, '45s'],
    [1500, '1500ms'],
    [0, '0d'],
  ])('writes %i ms as %s, which reads back the same', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
    expect(parseDuration(text)).toBe(ms);
  });
});

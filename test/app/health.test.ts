import { describe, expect, it } from 'vitest';
import { judgeHeartbeat } from '../../src/app/health.ts';

const at = (min: number) => new Date(Date.UTC(2026, 10, 29, 1, min));
const grace = { lateGraceMs: 5 * 60_000 };

describe('judging the worker\'s heartbeat', () => {
  it('is healthy until the next cycle is overdue by more than the grace', () => {
    const beat = { lastCycleAt: at(0), nextCycleAt: at(5) };
    expect(judgeHeartbeat(beat, at(10), grace)).toEqual({ ok: true, detail: `last cycle at ${at(0).toISOString()}` });
    expect(judgeHeartbeat(beat, at(11), grace)).toMatchObject({ ok: false, detail: expect.stringMatching(/^overdue: /) });
  });

  it('is unhealthy with no heartbeat at all', () => {
    expect(judgeHeartbeat(undefined, at(0), grace)).toEqual({ ok: false, detail: 'no cycle recorded' });
  });

  it('gives a starting process time for its first cycle, ignoring an older process\'s heartbeat', () => {
    const old = { lastCycleAt: at(0), nextCycleAt: at(5) };
    const opts = { ...grace, startedAt: at(30), startGraceMs: 10 * 60_000 };
    expect(judgeHeartbeat(old, at(35), opts)).toEqual({ ok: true, detail: 'starting: first cycle in progress' });
    expect(judgeHeartbeat(old, at(41), opts)).toEqual({ ok: false, detail: 'no cycle finished since start' });
  });
});

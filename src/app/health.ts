/**
 * Whether the worker is alive, judged from its heartbeat: it must have
 * finished a cycle, and its next one must not be overdue by more than a
 * grace period. Shared by GET /healthz and `news-alert health`.
 */
import type { Heartbeat } from './ports.ts';

export interface HealthVerdict {
  ok: boolean;
  detail: string;
}

export function judgeHeartbeat(
  beat: Heartbeat | undefined,
  now: Date,
  opts: {
    /** How late the next cycle may be. */
    lateGraceMs: number;
    /** This process's start: a heartbeat from before it belongs to an earlier process. */
    startedAt?: Date | undefined;
    /** How long a starting process may take for its first cycle. */
    startGraceMs?: number | undefined;
  },
): HealthVerdict {
  const { startedAt } = opts;
  if (!beat || (startedAt && beat.lastCycleAt < startedAt)) {
    if (!startedAt) return { ok: false, detail: 'no cycle recorded' };
    const ok = now.getTime() - startedAt.getTime() < (opts.startGraceMs ?? 0);
    return { ok, detail: ok ? 'starting: first cycle in progress' : 'no cycle finished since start' };
  }
  const deadline = (beat.nextCycleAt ?? beat.lastCycleAt).getTime() + opts.lateGraceMs;
  const last = `last cycle at ${beat.lastCycleAt.toISOString()}`;
  return now.getTime() <= deadline
    ? { ok: true, detail: last }
    : { ok: false, detail: `overdue: ${last}, next was due ${beat.nextCycleAt?.toISOString() ?? 'unknown'}` };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/app/ports.ts';
import { PRUNE_EVERY_MS, startWorker, type ScheduledJob, type Scheduler, type WorkerApp } from '../../src/app/worker.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';

/** A scheduler whose jobs run only when a test fires them. */
class ManualScheduler {
  readonly jobs = new Map<string, () => Promise<void>>();
  readonly schedule: Scheduler = (_expression, name, job): ScheduledJob => {
    this.jobs.set(name, job);
    return { nextRun: () => null, stop: async () => undefined };
  };
  fire(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`no job ${name}`);
    return job();
  }
}

describe('the worker', () => {
  let store: Store;
  let clock: FixedClock;
  let logger: RecordingLogger;
  let scheduler: ManualScheduler;
  let cycles: number;
  let prunes: number;
  let pruneFails: boolean;
  let app: WorkerApp;

  beforeEach(() => {
    store = openSqliteStore(':memory:');
    clock = new FixedClock('2026-11-29T01:00:00Z');
    logger = new RecordingLogger();
    scheduler = new ManualScheduler();
    cycles = 0;
    prunes = 0;
    pruneFails = false;
    app = {
      store,
      logger,
      clock,
      once: async () => void cycles++,
      deliver: async () => ({ sent: [], retrying: 0, failed: 0 }),
      channels: async () => [],
      digest: async () => undefined,
      pruneSeen: async () => {
        prunes++;
        if (pruneFails) throw new Error('disk I/O error');
        return 0;
      },
    };
  });
  afterEach(() => store.close());

  it('forgets old unmatched articles after its first cycle, then after a cycle once a day', async () => {
    const worker = startWorker(app, scheduler.schedule, '*/5 * * * *');
    await worker.started;
    expect([cycles, prunes]).toEqual([1, 1]);
    clock.advance(5 * 60_000);
    await scheduler.fire('poll');
    expect([cycles, prunes]).toEqual([2, 1]);
    clock.advance(PRUNE_EVERY_MS);
    await scheduler.fire('poll');
    expect([cycles, prunes]).toEqual([3, 2]);
    await worker.stop();
  });

  it('logs a failed prune and keeps cycling, with the heartbeat saved', async () => {
    pruneFails = true;
    const worker = startWorker(app, scheduler.schedule, '*/5 * * * *');
    await worker.started;
    expect(logger.records.find((r) => r.level === 'error')?.msg).toMatch(/forgetting old unmatched articles failed/);
    expect((await store.getHeartbeat())?.lastCycleAt).toEqual(clock.now());
    clock.advance(5 * 60_000);
    await scheduler.fire('poll');
    expect(cycles).toBe(2);
    await worker.stop();
  });
});

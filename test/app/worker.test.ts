import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/app/ports.ts';
import { startWorker, type ScheduledJob, type Scheduler, type WorkerApp } from '../../src/app/worker.ts';
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
  let cycleFails: boolean;
  let release: (() => void) | undefined;
  let app: WorkerApp;

  beforeEach(() => {
    store = openSqliteStore(':memory:');
    clock = new FixedClock('2026-11-29T01:00:00Z');
    logger = new RecordingLogger();
    scheduler = new ManualScheduler();
    cycles = 0;
    cycleFails = false;
    release = undefined;
    app = {
      store,
      logger,
      clock,
      once: async () => {
        cycles++;
        if (release === undefined && cycleFails) throw new Error('disk I/O error');
        if (release) await new Promise<void>((resolve) => (release = resolve));
      },
      deliver: async () => ({ sent: [], retrying: 0, failed: 0 }),
      channels: async () => [],
      digest: async () => undefined,
    };
  });
  afterEach(() => store.close());

  it('runs a cycle when it starts and on every poll tick, saving the heartbeat after each', async () => {
    const worker = startWorker(app, scheduler.schedule, '*/5 * * * *');
    await worker.started;
    expect(cycles).toBe(1);
    expect((await store.getHeartbeat())?.lastCycleAt).toEqual(clock.now());
    clock.advance(5 * 60_000);
    await scheduler.fire('poll');
    expect(cycles).toBe(2);
    expect((await store.getHeartbeat())?.lastCycleAt).toEqual(clock.now());
    await worker.stop();
  });

  it('logs a failed cycle and runs the next one on schedule', async () => {
    cycleFails = true;
    const worker = startWorker(app, scheduler.schedule, '*/5 * * * *');
    await worker.started;
    expect(logger.records.find((r) => r.level === 'error')?.msg).toMatch(/poll cycle failed; will try again on schedule/);
    expect(await store.getHeartbeat()).toBeUndefined();
    cycleFails = false;
    await scheduler.fire('poll');
    expect(cycles).toBe(2);
    expect(await store.getHeartbeat()).toBeDefined();
    await worker.stop();
  });

  it('skips a tick while the previous cycle is still running', async () => {
    release = () => undefined;
    const worker = startWorker(app, scheduler.schedule, '*/5 * * * *');
    await new Promise((resolve) => setImmediate(resolve));
    expect(cycles).toBe(1);
    const tick = scheduler.fire('poll');
    expect(cycles).toBe(1);
    expect(logger.records.some((r) => r.level === 'warn' && /still running; this tick is skipped/.test(r.msg ?? ''))).toBe(true);
    release?.();
    await tick;
    await worker.started;
    expect(cycles).toBe(1);
    await worker.stop();
  });
});

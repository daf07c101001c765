/**
 * The long-running worker behind `news-alert run`: a poll cycle at start and
 * on the configured schedule, plus a frequent tick that sends deliveries
 * whose retry time has come. Cycles never overlap (a tick during a running
 * cycle is skipped) and deliveries never run twice at once, so a channel's
 * messages stay in order.
 */
import type { DeliverResult } from './deliver.ts';
import type { Logger, Store } from './ports.ts';

export interface ScheduledJob {
  nextRun(): Date | null;
  /** Stops ticking; resolves when the run in flight has finished. */
  stop(): Promise<void>;
}

/** Schedules `job` on a cron expression. */
export type Scheduler = (expression: string, name: string, job: () => Promise<void>) => ScheduledJob;

export interface WorkerApp {
  store: Store;
  logger: Logger;
  clock: { now(): Date };
  once(opts: { signal?: AbortSignal; deliver?: () => Promise<DeliverResult> }): Promise<unknown>;
  deliver(opts: { signal?: AbortSignal }): Promise<DeliverResult>;
  /** Digest-mode channels as the settings have them now. */
  channels(): Promise<{ name: string; mode: 'instant' | 'digest'; digest: { schedule: string } }[]>;
  digest(channel: string, opts: { reason: 'schedule' }): Promise<unknown>;
}

/** Retry tick for deliveries: every 15 s (node-cron's six-field form has seconds). */
export const DELIVERY_TICK = '*/15 * * * * *';

export interface Worker {
  /** Resolves when the start-up cycle has finished. */
  readonly started: Promise<void>;
  nextCycle(): Date | null;
  /** Stops scheduling and claiming new deliveries; lets the work in flight finish. */
  stop(): Promise<void>;
  /** Aborts fetches in flight too (a second Ctrl-C). */
  abort(): void;
}

export function startWorker(app: WorkerApp, schedule: Scheduler, pollSchedule: string): Worker {
  const stopping = new AbortController(); // no new cycles, no new delivery batches
  const aborting = new AbortController(); // cancel fetches in flight

  let deliveryChain: Promise<unknown> = Promise.resolve();
  const deliverSerialised = (): Promise<DeliverResult> => {
    const run = deliveryChain.then(() => app.deliver({ signal: stopping.signal }));
    deliveryChain = run.catch((err: unknown) => app.logger.error({ err }, 'delivery run failed; will retry on the next tick'));
    return run;
  };

  // One cron job per digest channel, kept in step with the settings (they change from chat).
  const digestJobs = new Map<string, { schedule: string; job: ScheduledJob }>();
  const syncDigestJobs = async () => {
    const wanted = new Map((await app.channels()).filter((c) => c.mode === 'digest').map((c) => [c.name, c.digest.schedule]));
    for (const [name, entry] of digestJobs) {
      if (wanted.get(name) === entry.schedule) continue;
      digestJobs.delete(name);
      await entry.job.stop();
    }
    for (const [name, expr] of wanted) {
      if (digestJobs.has(name)) continue;
      const job = schedule(expr, `digest ${name}`, async () => {
        if (stopping.signal.aborted) return;
        // Through the delivery chain: a digest never races the channel's other sends.
        const run = deliveryChain.then(() => app.digest(name, { reason: 'schedule' }));
        deliveryChain = run.catch((err: unknown) => app.logger.error({ err, channel: name }, 'digest failed; its stories stay held'));
        await deliveryChain;
      });
      digestJobs.set(name, { schedule: expr, job });
      app.logger.info({ channel: name, schedule: expr, next: job.nextRun()?.toISOString() }, 'digest scheduled');
    }
  };

  let cycleInFlight: Promise<void> | undefined;
  const cycle = (): Promise<void> => {
    if (stopping.signal.aborted) return Promise.resolve();
    if (cycleInFlight) {
      app.logger.warn({}, 'previous poll cycle still running; this tick is skipped');
      return cycleInFlight;
    }
    cycleInFlight = (async () => {
      try {
        await app.once({ signal: aborting.signal, deliver: deliverSerialised });
        await syncDigestJobs();
        await app.store.saveHeartbeat({ lastCycleAt: app.clock.now(), nextCycleAt: pollJob.nextRun() ?? undefined });
      } catch (err) {
        app.logger.error({ err }, 'poll cycle failed; will try again on schedule');
      } finally {
        cycleInFlight = undefined;
      }
    })();
    return cycleInFlight;
  };

  const pollJob = schedule(pollSchedule, 'poll', cycle);
  const retryJob = schedule(DELIVERY_TICK, 'deliveries', async () => {
    if (!stopping.signal.aborted) await deliverSerialised().catch(() => undefined);
  });

  const started = (async () => {
    const interrupted = await app.store.releaseInterrupted(app.clock.now());
    if (interrupted > 0) {
      app.logger.warn({ interrupted }, 'deliveries were in flight when the last process stopped; marked unknown, not resent');
    }
    app.logger.info({ schedule: pollSchedule, nextCycle: pollJob.nextRun()?.toISOString() }, 'worker started');
    await cycle();
  })();

  return {
    started,
    nextCycle: () => pollJob.nextRun(),
    abort: () => aborting.abort(),
    async stop() {
      stopping.abort();
      await Promise.all([pollJob.stop(), retryJob.stop(), ...[...digestJobs.values()].map((d) => d.job.stop())]);
      await started.catch(() => undefined);
      await cycleInFlight;
      await deliveryChain;
    },
  };
}

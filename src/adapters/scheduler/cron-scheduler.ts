/**
 * Runs a job on a cron schedule in a given time zone with node-cron. A tick
 * that arrives while the previous run is still going is skipped (noOverlap),
 * so slow feeds can never stack cycles. `stop()` waits for the run in flight.
 */
import cron from 'node-cron';
import type { Logger } from '../../app/ports.ts';

export interface ScheduledJob {
  nextRun(): Date | null;
  /** Stops ticking and resolves when the run in flight (if any) has finished. */
  stop(): Promise<void>;
}

export function scheduleJob(
  expression: string,
  timeZone: string,
  name: string,
  job: () => Promise<void>,
  logger: Logger,
): ScheduledJob {
  let running: Promise<void> | undefined;
  const task = cron.schedule(
    expression,
    async () => {
      const run = job().catch((err: unknown) => logger.error({ job: name, err }, `${name} failed`));
      running = run;
      await run;
      running = undefined;
    },
    { name, timezone: timeZone, noOverlap: true },
  );
  task.on('execution:overlap', () => logger.warn({ job: name }, `${name}: previous run still in progress, tick skipped`));
  return {
    nextRun: () => task.getNextRun(),
    async stop() {
      await task.destroy();
      await running;
    },
  };
}

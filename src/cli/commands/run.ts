import { scheduleJob } from '../../adapters/scheduler/cron-scheduler.ts';
import { startWorker } from '../../app/worker.ts';
import { composeApp } from '../../compose.ts';
import { checkUsage } from '../args.ts';
import type { CommandContext } from '../context.ts';

/** `news-alert run`: the worker. SIGINT/SIGTERM finish what is in flight and close the database; a second signal aborts fetches. */
export async function runCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, [], 0);
  const config = ctx.loadConfig();
  const app = composeApp({ config, logger: ctx.logger, stdout: ctx.io.stdout });
  ctx.logger.info(
    { config: ctx.configPath, database: config.database, feeds: config.feeds.length, topics: config.topics.length, channels: config.channels.length },
    'starting news-alert',
  );
  const worker = startWorker(
    app,
    (expr, name, job) => scheduleJob(expr, config.timezone, name, job, ctx.logger),
    config.poll.schedule,
  );

  const stopped = new Promise<string>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      if (signals === 1) {
        ctx.logger.info({ signal }, 'shutting down: finishing work in flight (signal again to abort it)');
        resolve(signal);
      } else {
        ctx.logger.warn({ signal }, 'aborting work in flight');
        worker.abort();
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await stopped;
  await worker.stop();
  await app.close();
  ctx.logger.info({}, 'stopped');
  return 0;
}

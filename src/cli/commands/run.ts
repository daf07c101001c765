import { scheduleJob } from '../../adapters/scheduler/cron-scheduler.ts';
import { startWorker } from '../../app/worker.ts';
import { composeApp } from '../../compose/app.ts';
import { startFrontEnds } from '../../compose/front-ends.ts';
import { checkUsage } from '../args.ts';
import type { CommandContext } from '../context.ts';

/**
 * `news-alert run`: the worker, /healthz, and the Slack and Discord commands
 * when their tokens are set. SIGINT/SIGTERM finish what is in flight and
 * close the database; a second signal aborts fetches in flight.
 */
export async function runCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, [], 0);
  const config = ctx.loadConfig();
  const app = composeApp({ config, env: ctx.env, logger: ctx.logger, stdout: ctx.io.stdout });
  const settings = await app.settings.current();
  ctx.logger.info(
    { config: ctx.configPath, database: config.database, feeds: settings.feeds.length, topics: settings.topics.length, channels: settings.channels.length },
    'starting news-alert',
  );
  let frontEnds;
  try {
    frontEnds = await startFrontEnds(app, ctx.env);
  } catch (err) {
    await app.close();
    throw err;
  }
  ctx.logger.info({ port: frontEnds.port }, 'GET /healthz ready');
  const worker = startWorker(app, (expr, name, job) => scheduleJob(expr, config.timezone, name, job, ctx.logger), config.poll.schedule);

  await new Promise<void>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      if (signals === 1) {
        ctx.logger.info({ signal }, 'shutting down: finishing work in flight (signal again to abort it)');
        resolve();
      } else {
        ctx.logger.warn({ signal }, 'aborting work in flight');
        worker.abort();
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await frontEnds.stop();
  await worker.stop();
  await app.close();
  ctx.logger.info({}, 'stopped');
  return 0;
}

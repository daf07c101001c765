import { createLogger } from '../../adapters/log/logger.ts';
import { composeApp } from '../../compose/app.ts';
import { startDemoServer } from '../../demo/demo-server.ts';
import { checkUsage } from '../args.ts';
import { writeLine, type CommandContext } from '../context.ts';
import { onceSummary } from '../cycle-report.ts';

/**
 * `demo`: works offline on a fresh clone. Serves the bundled sample feeds on
 * 127.0.0.1, runs one cycle with the configured topics into an in-memory
 * database, and prints the alerts to this terminal.
 */
export async function demoCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, [], 0);
  // The demo replaces the channels with the terminal: their tokens are not needed.
  const config = ctx.loadConfig({ checkSecrets: false });
  const server = await startDemoServer(() => new Date());
  const topics = config.topics.map((t) => t.name);
  const app = composeApp({
    config: {
      ...config,
      database: ctx.args.values.db ?? ':memory:',
      feeds: server.feeds.map((f) => ({ ...f, enabled: true, fetchArticle: false })),
      channels: [{ name: 'terminal', platform: 'console', topics, mode: 'instant', digest: { schedule: '0 9 * * *', maxStories: 10 } }],
      backfill: { ...config.backfill, maxItems: 10 },
    },
    env: ctx.env,
    // The demo is for reading alerts: only warnings and errors in the log, unless LOG_LEVEL says otherwise.
    logger: ctx.env.logLevel ? ctx.logger : createLogger('warn'),
    stdout: ctx.io.stdout,
  });
  try {
    writeLine(ctx.io.stdout, `news-alert demo — ${server.feeds.length} sample feeds on 127.0.0.1, topics: ${topics.join(', ')}\n`);
    const result = await app.once();
    writeLine(ctx.io.stdout, onceSummary(result, false));
    writeLine(ctx.io.stdout, '\nNext: edit config/default.yaml (topics, feeds, channels) and run "npm start".');
    return 0;
  } finally {
    await app.close();
    await server.close();
  }
}

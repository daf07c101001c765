/**
 * What `run` serves besides the worker: GET /healthz on the HTTP port, the
 * Slack app (slash commands; HTTP mode shares the port) when SLACK_BOT_TOKEN
 * is set, and the Discord bot (gateway) when DISCORD_TOKEN is set.
 */
import type { DiscordBot } from '../adapters/discord/discord-bot.ts';
import { closeServer, startHealthServer, type HealthCheck } from '../adapters/http/health-route.ts';
import type { SlackApp } from '../adapters/slack/slack-app.ts';
import { judgeHeartbeat } from '../app/health.ts';
import type { EnvSettings } from '../config/env.ts';
import { findTopic } from '../core/settings.ts';
import type { App } from './app.ts';
import { createCommandDeps } from './command-deps.ts';

/** A worker that has not finished a cycle within this long of starting is unhealthy. */
const START_GRACE_MS = 10 * 60_000;
/** A cycle may run this late before the worker counts as stuck. */
const LATE_GRACE_MS = 5 * 60_000;

export interface FrontEnds {
  /** The HTTP port actually bound (PORT or server.port; 0 picks one). */
  port: number | undefined;
  stop(): Promise<void>;
}

export async function startFrontEnds(app: App, env: EnvSettings): Promise<FrontEnds> {
  const startedAt = app.clock.now();
  const health: HealthCheck = async () =>
    judgeHeartbeat(await app.store.getHeartbeat(), app.clock.now(), { lateGraceMs: LATE_GRACE_MS, startedAt, startGraceMs: START_GRACE_MS });
  const port = env.port ?? app.config.server.port;
  const commands = createCommandDeps(app);
  const stops: (() => Promise<void>)[] = [];
  let boundPort: number | undefined;

  try {
    let slack: SlackApp | undefined;
    if (env.slack.botToken && (env.slack.signingSecret || env.slack.appToken)) {
      // The SDKs are loaded only when their tokens are set.
      const { createSlackApp } = await import('../adapters/slack/slack-app.ts');
      slack = createSlackApp({
        botToken: env.slack.botToken,
        signingSecret: env.slack.signingSecret,
        appToken: env.slack.appToken,
        apiUrl: env.slack.apiUrl,
        command: app.config.slack.command,
        admins: app.config.slack.admins,
        port,
        host: app.config.server.host,
        health,
        commands,
        logger: app.logger,
        timeZone: app.config.timezone,
      });
      boundPort = (await slack.start()).port;
      stops.push(() => (slack as SlackApp).stop());
      app.logger.info({ port: boundPort, mode: env.slack.appToken ? 'socket' : 'http', command: app.config.slack.command }, 'Slack commands ready');
    } else {
      if (env.slack.botToken) app.logger.warn({}, 'Slack: alerts only; set SLACK_SIGNING_SECRET or SLACK_APP_TOKEN for the slash command');
      const { server, port: bound } = await startHealthServer({ port, host: app.config.server.host, health, logger: app.logger });
      boundPort = bound;
      stops.push(() => closeServer(server));
    }

    if (env.discord.token) {
      const { createDiscordBot } = await import('../adapters/discord/discord-bot.ts');
      const bot: DiscordBot = createDiscordBot({
        token: env.discord.token,
        apiBase: env.discord.apiUrl,
        commandName: app.config.discord.command,
        adminRoles: app.config.discord.adminRoles,
        commands,
        logger: app.logger,
        timeZone: app.config.timezone,
        autocomplete: {
          topics: async () => (await app.settings.current()).topics.map((t) => t.name),
          keywords: async (topic) => findTopic(await app.settings.current(), topic)?.keywords ?? [],
          feeds: async () => (await app.settings.current()).feeds.map((f) => f.name),
        },
      });
      await bot.start();
      stops.push(() => bot.stop());
      app.logger.info({ command: app.config.discord.command }, 'Discord commands ready');
    }
  } catch (err) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw err;
  }
  return {
    port: boundPort,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((err: unknown) => app.logger.warn({ err }, 'stopping a front end failed'));
    },
  };
}

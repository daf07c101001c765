/**
 * The Slack app behind the /news slash command (Bolt 5). Two ways in:
 *
 * - Socket Mode when an app-level token (xapp-…) is given: Slack is reached
 *   over a WebSocket, no public URL is needed. Bolt then has no HTTP
 *   receiver, so a small server of our own answers GET /healthz on `port`.
 * - HTTP mode otherwise: POST /slack/events, every request checked against
 *   the signing secret (HMAC of the raw body, timestamps older than 5 minutes
 *   refused; Bolt's verify-request), and GET /healthz, on `port`.
 *
 * The command logic itself is platform-neutral (app/commands); this file
 * only wires it to Bolt.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import type { CommandDeps } from '../../app/commands/execute-command.ts';
import type { Logger } from '../../app/ports.ts';
import { OPEN_ARTICLE_ACTION_ID } from '../../core/format/slack/blocks.ts';
import { boltLogger } from './bolt-logger.ts';
import { closeServer, HEALTH_PATH, healthHandler, startHealthServer, type HealthCheck } from '../http/health-route.ts';
import { createAdminCheck } from './slack-admin.ts';
import { slackWebClientOptions } from './slack-web-client.ts';
import { slashCommandListener } from './slash-command.ts';

export const SLACK_EVENTS_PATH = '/slack/events';
/** The configuration's default zone, for times shown in replies when none is given. */
const DEFAULT_TIME_ZONE = 'Asia/Seoul';

export interface SlackAppOptions {
  /** SLACK_BOT_TOKEN (xoxb-…). */
  botToken: string;
  /** SLACK_SIGNING_SECRET: HTTP mode. */
  signingSecret?: string | undefined;
  /** SLACK_APP_TOKEN (xapp-…): Socket Mode when set. */
  appToken?: string | undefined;
  /** SLACK_API_URL: Web API base url (tests point it at a fake). */
  apiUrl?: string | undefined;
  /** The slash command, e.g. "/news". */
  command: string;
  /** `slack.admins`: user ids allowed to change settings besides workspace admins. */
  admins: readonly string[];
  /** HTTP mode: POST /slack/events and GET /healthz; Socket Mode: GET /healthz only. 0 picks a free port. */
  port: number;
  host?: string | undefined;
  health: HealthCheck;
  commands: CommandDeps;
  logger: Logger;
  /** IANA zone for times in replies; default Asia/Seoul. */
  timeZone?: string | undefined;
  /** Pass both to skip Bolt's auth.test call (tests). */
  botId?: string | undefined;
  botUserId?: string | undefined;
}

export interface SlackApp {
  /** Starts listening (and, in Socket Mode, connects); resolves with the bound HTTP port. */
  start(): Promise<{ port?: number | undefined }>;
  stop(): Promise<void>;
}

export function createSlackApp(opts: SlackAppOptions): SlackApp {
  if (!opts.appToken && !opts.signingSecret) {
    throw new Error('Slack commands need a way in: set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  }
  const socketMode = Boolean(opts.appToken);
  const logger = boltLogger(opts.logger);
  const common = {
    token: opts.botToken,
    clientOptions: slackWebClientOptions({ apiUrl: opts.apiUrl }),
    logger,
    ...(opts.botId && opts.botUserId ? { botId: opts.botId, botUserId: opts.botUserId } : {}),
  };

  const app = socketMode
    ? new App({ ...common, appToken: opts.appToken, socketMode: true })
    : new App({
        ...common,
        receiver: new HTTPReceiver({
          signingSecret: opts.signingSecret ?? '',
          endpoints: SLACK_EVENTS_PATH,
          // Answer on ack(), then keep working: a reply can take longer than Slack's 3 s.
          processBeforeResponse: false,
          customRoutes: [{ path: HEALTH_PATH, method: ['GET'], handler: healthHandler(opts.health, opts.logger) }],
          logger,
        }),
      });

  app.command(
    opts.command,
    slashCommandListener({
      command: opts.command,
      commands: opts.commands,
      isAdmin: createAdminCheck({ client: app.client, admins: opts.admins, logger: opts.logger }),
      logger: opts.logger,
      timeZone: opts.timeZone ?? DEFAULT_TIME_ZONE,
    }),
  );
  // Alerts' "기사 보기" link button: the browser opens the url; Slack still sends block_actions, which must be acked.
  app.action(OPEN_ARTICLE_ACTION_ID, async ({ ack }) => {
    await ack();
  });
  app.error(async (err) => {
    opts.logger.error({ err }, 'slack app error');
  });

  let healthServer: Server | undefined;
  let started = false;

  return {
    async start() {
      if (!socketMode) {
        const server = await app.start(opts.host ? { port: opts.port, host: opts.host } : opts.port);
        started = true;
        const port = (server.address() as AddressInfo).port;
        opts.logger.info({ port, command: opts.command }, `slack commands: HTTP mode, POST ${SLACK_EVENTS_PATH}`);
        return { port };
      }
      const health = await startHealthServer({ port: opts.port, host: opts.host, health: opts.health, logger: opts.logger });
      try {
        await app.start();
      } catch (err) {
        await closeServer(health.server);
        throw err;
      }
      healthServer = health.server;
      started = true;
      opts.logger.info({ port: health.port, command: opts.command }, 'slack commands: Socket Mode connected');
      return { port: health.port };
    },
    async stop() {
      if (!started) return;
      started = false;
      await app.stop();
      if (healthServer) await closeServer(healthServer);
      healthServer = undefined;
    },
  };
}

/**
 * The whole service wired as `run` wires it, on 127.0.0.1: a feed server, the
 * fake Slack Web API (the real @slack/web-api and @slack/bolt clients point at
 * it through SLACK_API_URL), composeApp on a SQLite FILE in a temp dir (so a
 * second app can reopen it) and, when asked, startFrontEnds with the Slack
 * HTTP receiver. Slash commands are signed as Slack signs them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { composeApp, type App } from '../../src/compose/app.ts';
import { startFrontEnds, type FrontEnds } from '../../src/compose/front-ends.ts';
import { readEnv, type EnvSettings } from '../../src/config/env.ts';
import { parseConfigText } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import { slackSignatureHeaders as signature, slashCommandBody } from '../support/slack-requests.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';
import { startFakeSlack, type FakeSlack, type SlackPost } from '../support/fake-slack.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { rss, type RssItem } from '../support/rss.ts';

export const SIGNING_SECRET = 'test-secret';
export const ADMIN = 'UADMIN01';
export const CHANNEL_ID = 'C0TEST01';
/** The settings name of the Slack channel. */
export const CHANNEL = 'ai-news';
/** 2026-11-29 10:00 in Seoul. */
export const NOW = '2026-11-29T01:00:00Z';

export type CommandReply = SlackPost & { body: { response_type: string; text: string; blocks: unknown[] } };

export interface SlackE2E {
  slack: FakeSlack;
  feeds: FeedServer;
  /** Items each feed serves now (`a`: 아시아경제, `b`: 연합뉴스); edit between cycles. */
  items: { a: RssItem[]; b: RssItem[] };
  clock: FixedClock;
  logger: RecordingLogger;
  config: Config;
  env: EnvSettings;
  app: App;
  /** A new app on the same database file (the old one must be closed first). */
  reopen(): App;
  /** Starts the front ends (health + Slack HTTP receiver) on a free port. */
  startFrontEnds(): Promise<number>;
  stopFrontEnds(): Promise<void>;
  /** An RFC 822 date `m` minutes before the fixed clock. */
  minutesAgo(m: number): string;
  /** POSTs a slash command to /slack/events; `secret`/`timestamp` forge the signature. */
  command(text: string, opts?: { user?: string; secret?: string; timestamp?: number }): Promise<{ status: number; responseId: string }>;
  /** The response_url post for that command, once it arrives. */
  reply(responseId: string): Promise<CommandReply>;
  close(): Promise<void>;
}

const discard = () => new Writable({ write: (_c, _e, cb) => cb() });

export interface SlackE2EOptions {
  /** More YAML list entries for `topics:` and `channels:`, one per line. */
  topics?: string[];
  channels?: string[];
}

export async function startSlackE2E(opts: SlackE2EOptions = {}): Promise<SlackE2E> {
  const dir = mkdtempSync(join(tmpdir(), 'news-alert-slack-e2e-'));
  const slack = await startFakeSlack();
  const feeds = await startFeedServer();
  const items: SlackE2E['items'] = { a: [], b: [] };
  for (const f of ['a', 'b'] as const) {
    feeds.route(`/${f}.xml`, () => ({ headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(items[f]) }));
  }
  const clock = new FixedClock(NOW);
  const logger = new RecordingLogger();
  const config = parseConfigText(
    `
timezone: Asia/Seoul
database: ${JSON.stringify(join(dir, 'news.db'))}
server: { port: 3000, host: 127.0.0.1 }
slack: { admins: [${ADMIN}] }
feeds:
  - { name: 아시아경제, url: "${feeds.url('/a.xml')}" }
  - { name: 연합뉴스, url: "${feeds.url('/b.xml')}" }
topics:
  - { name: nvidia, keywords: [엔비디아] }
${(opts.topics ?? []).map((t) => `  - ${t}`).join('\n')}
channels:
  - { name: ${CHANNEL}, platform: slack, channel: ${CHANNEL_ID}, topics: [nvidia] }
${(opts.channels ?? []).map((c) => `  - ${c}`).join('\n')}
`,
    'slack-e2e.yaml',
  );
  const env = readEnv({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0' });
  const compose = () => composeApp({ config, env, logger, stdout: discard(), clock });

  let app = compose();
  let frontEnds: FrontEnds | undefined;
  let port: number | undefined;
  let n = 0;

  const h: SlackE2E = {
    slack,
    feeds,
    items,
    clock,
    logger,
    config,
    env,
    get app() {
      return app;
    },
    reopen() {
      app = compose();
      return app;
    },
    async startFrontEnds() {
      frontEnds = await startFrontEnds(app, env);
      if (frontEnds.port === undefined) throw new Error('the front ends reported no port');
      port = frontEnds.port;
      return port;
    },
    async stopFrontEnds() {
      await frontEnds?.stop();
      frontEnds = undefined;
      port = undefined;
    },
    minutesAgo: (m) => new Date(clock.now().getTime() - m * 60_000).toUTCString(),
    async command(text, opts = {}) {
      if (port === undefined) throw new Error('start the front ends first');
      const responseId = `r${++n}`;
      const body = slashCommandBody({ text, userId: opts.user ?? ADMIN, channelId: CHANNEL_ID, channelName: CHANNEL, responseUrl: slack.responseUrl(responseId) });
      // Bolt checks the timestamp against the real time (5 minutes), not the app's clock.
      const headers = signature(body, opts.secret ?? SIGNING_SECRET, opts.timestamp ?? Math.floor(Date.now() / 1000));
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
      await res.arrayBuffer();
      return { status: res.status, responseId };
    },
    reply: (responseId) =>
      vi.waitFor(
        () => {
          const post = slack.responses.find((r) => r.id === responseId);
          if (!post) throw new Error(`no response at ${responseId} yet`);
          return post as CommandReply;
        },
        { timeout: 5000, interval: 10 },
      ),
    async close() {
      try {
        await frontEnds?.stop();
        await app.close();
      } finally {
        await slack.close();
        await feeds.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return h;
}

/**
 * The Discord end-to-end setup: a local feed server, the fake Discord REST
 * (and, for commands, the fake gateway), and the real app composed from a
 * YAML configuration with a `discord` and a `discord-webhook` channel, its
 * SQLite database in a temp folder. Every server listens on 127.0.0.1 port 0;
 * the real @discordjs/rest and discord.js reach the fakes through
 * DISCORD_API_URL. `stop()` closes everything the world started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { composeApp, type App } from '../../src/compose/app.ts';
import { startFrontEnds, type FrontEnds } from '../../src/compose/front-ends.ts';
import { readEnv, type EnvSettings } from '../../src/config/env.ts';
import { parseConfigText } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.ts';
import { startFakeGateway, type FakeGateway } from '../support/fake-discord-gateway.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { rss, type RssItem } from '../support/rss.ts';

/** 2026-11-29 10:00 in Seoul. */
export const NOW = '2026-11-29T01:00:00Z';
export const TOKEN = 'test-token';
export const APPLICATION_ID = '1100000000000000001';
export const BOT_CHANNEL = '123456789012345678';
export const WEBHOOK_ID = '223456789012345678';
export const WEBHOOK_TOKEN = 'hook-secret-token';
export const ADMIN_ROLE = '1600000000000000001';
/** Configured channel names. */
export const LIVE = 'discord-live';
export const HOOK = 'discord-hook';
/** The fake's bot route for Create Message. */
export const MESSAGES = 'POST /channels/:id/messages';

export interface World {
  readonly clock: FixedClock;
  readonly logger: RecordingLogger;
  readonly feeds: FeedServer;
  readonly discord: FakeDiscord;
  readonly env: EnvSettings;
  readonly config: Config;
  readonly dbPath: string;
  app: App;
  /** Sets what a feed (`a`, `b` or `c`) serves from now on. */
  serve(feed: 'a' | 'b' | 'c', items: RssItem[]): void;
  /** An RFC 822 date `m` minutes before the world's clock. */
  minutesAgo(m: number): string;
  /** Messages the fake received in the bot channel / through the webhook, in order. */
  botMessages(): FakeDiscord['messages'];
  hookMessages(): FakeDiscord['messages'];
  /** Connects the Discord bot (fake gateway) and the health server, as `run` does. */
  startFrontEnds(): Promise<{ gateway: FakeGateway; frontEnds: FrontEnds }>;
  /** Closes the app and its front ends, then composes a new app on the same database file. */
  recompose(): Promise<App>;
  stop(): Promise<void>;
}

export interface DiscordWorldOptions {
  /** More YAML list entries for `channels:`, one per line. */
  channels?: string[];
}

function yamlConfig(feedUrl: (f: string) => string, dbPath: string, webhookUrl: string, extraChannels: readonly string[]): string {
  return `
timezone: Asia/Seoul
server: { host: 127.0.0.1 }
database: ${JSON.stringify(dbPath)}
discord:
  adminRoles: ["${ADMIN_ROLE}"]
feeds:
  - { name: 아시아경제, url: "${feedUrl('a')}" }
  - { name: 연합뉴스, url: "${feedUrl('b')}" }
  - { name: 전자신문, url: "${feedUrl('c')}" }
topics:
  - { name: nvidia, keywords: [엔비디아, NVIDIA] }
  - { name: semiconductor, keywords: [반도체] }
channels:
  - { name: ${LIVE}, platform: discord, channel: "${BOT_CHANNEL}", topics: [nvidia] }
  - { name: ${HOOK}, platform: discord-webhook, url: "${webhookUrl}", topics: [nvidia] }
${extraChannels.map((c) => `  - ${c}`).join('\n')}
`;
}

export async function startDiscordWorld(opts: DiscordWorldOptions = {}): Promise<World> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    const dir = mkdtempSync(join(tmpdir(), 'news-alert-discord-e2e-'));
    stops.push(async () => rmSync(dir, { recursive: true, force: true }));
    const served: Record<string, RssItem[]> = { a: [], b: [], c: [] };
    const feeds = await startFeedServer();
    stops.push(() => feeds.close());
    for (const f of Object.keys(served)) {
      feeds.route(`/${f}.xml`, () => ({ headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss(served[f] ?? []) }));
    }
    const discord = await startFakeDiscord({ token: TOKEN, applicationId: APPLICATION_ID });
    stops.push(() => discord.close());

    const dbPath = join(dir, 'news-alert.db');
    const config = parseConfigText(yamlConfig((f) => feeds.url(`/${f}.xml`), dbPath, discord.webhookUrl(WEBHOOK_ID, WEBHOOK_TOKEN), opts.channels ?? []), 'discord-e2e.yaml');
    const env = readEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: discord.apiBase, PORT: '0' });
    const clock = new FixedClock(NOW);
    const logger = new RecordingLogger();
    const compose = () => composeApp({ config, env, logger, clock, stdout: new Writable({ write: (_c, _e, cb) => cb() }) });
    let frontEnds: FrontEnds | undefined;
    let gateway: FakeGateway | undefined;
    const closeApp = async () => {
      await frontEnds?.stop();
      frontEnds = undefined;
      await world.app.close();
    };

    const world: World = {
      clock,
      logger,
      feeds,
      discord,
      env,
      config,
      dbPath,
      app: compose(),
      serve: (feed, items) => void (served[feed] = items),
      minutesAgo: (m) => new Date(clock.now().getTime() - m * 60_000).toUTCString(),
      botMessages: () => discord.messages.filter((m) => m.channel_id === BOT_CHANNEL),
      hookMessages: () => discord.messages.filter((m) => m.webhook_id === WEBHOOK_ID),
      async startFrontEnds() {
        if (!gateway) {
          const started = await startFakeGateway({ applicationId: APPLICATION_ID });
          gateway = started;
          stops.push(() => started.close());
          discord.gatewayUrl = started.url; // discord.js connects where GET /gateway/bot points
        }
        frontEnds = await startFrontEnds(world.app, env);
        await gateway.waitForReady();
        return { gateway, frontEnds };
      },
      async recompose() {
        await closeApp();
        world.app = compose();
        return world.app;
      },
      async stop() {
        // The app and its bot first, then the servers they talk to.
        try {
          await closeApp();
        } finally {
          await stopAll();
        }
      },
    };
    return world;
  } catch (err) {
    await stopAll();
    throw err;
  }
}

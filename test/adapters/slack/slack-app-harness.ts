/**
 * A running Slack app in HTTP mode on 127.0.0.1 (port 0), a fake Slack for
 * the Web API and response_url, and fake command deps over an in-memory
 * settings store: what the slack-app tests share. Requests are signed as
 * Slack signs them (v0 HMAC-SHA256 of `v0:<ts>:<raw body>`).
 */
import { vi } from 'vitest';
import { createSlackApp, type SlackApp } from '../../../src/adapters/slack/slack-app.ts';
import type { CommandDeps } from '../../../src/app/commands/execute-command.ts';
import { createSettingsService } from '../../../src/app/settings/settings-service.ts';
import type { StoryView } from '../../../src/core/message.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { MemorySettingsStore } from '../../fakes/memory-settings-store.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';
import { startFakeSlack, type FakeSlack, type SlackPost } from '../../support/fake-slack.ts';
import { slackSignatureHeaders, slashCommandBody } from '../../support/slack-requests.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const ADMIN = 'UADMIN';

export const seed: Settings = {
  feeds: [{ name: '전자신문', url: 'https://rss.etnews.com/Section901.xml', enabled: true, fetchArticle: false }],
  topics: [
    { name: 'nvidia', keywords: ['엔비디아', 'NVIDIA'], exclude: [] },
    { name: 'physical-ai', keywords: ['피지컬 AI'], exclude: [] },
  ],
  channels: [{ name: 'ai-news', platform: 'slack', address: 'C0AI', topics: ['nvidia'], mode: 'instant', digest: { schedule: '0 9 * * *', maxStories: 10 } }],
};

export function signature(body: string, secret = SIGNING_SECRET, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  return slackSignatureHeaders(body, secret, ts);
}

export interface Harness {
  slack: FakeSlack;
  app: SlackApp;
  port: number;
  store: MemorySettingsStore;
  deps: CommandDeps;
  logger: RecordingLogger;
  /** Stories searchStories returns (all of them, total = length). */
  stories: StoryView[];
  health: { ok: boolean; detail: string };
  /** Posts a slash command; `sign` false sends a wrong signature, a number signs with that timestamp. */
  command(text: string, opts?: { user?: string; channel?: string; sign?: boolean | number }): Promise<{ status: number; responseId: string }>;
  /** The response_url post for that command, once it arrives. */
  response(responseId: string): Promise<SlackPost & { body: { response_type: string; text: string; blocks: unknown[] } }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const slack = await startFakeSlack();
  const store = new MemorySettingsStore();
  const logger = new RecordingLogger();
  const clock = new FixedClock('2026-11-29T01:00:00Z');
  const h = { stories: [] as StoryView[], health: { ok: true, detail: 'last cycle 1 min ago' } };
  const deps: CommandDeps = {
    settings: createSettingsService({ store, fromFile: seed, clock, logger }),
    searchStories: async (_query, _since, limit, offset) => ({ total: h.stories.length, stories: h.stories.slice(offset, offset + limit) }),
    checkFeed: async () => ({ ok: true, title: '새 피드', items: 10 }),
    digestNow: async (channel) => `digest sent to ${channel}`,
    status: async () => ['전자신문: ok'],
    now: () => clock.now(),
  };
  const app = createSlackApp({
    botToken: 'xoxb-test',
    signingSecret: SIGNING_SECRET,
    apiUrl: slack.apiUrl,
    command: '/news',
    admins: [ADMIN],
    port: 0,
    host: '127.0.0.1',
    health: async () => h.health,
    commands: deps,
    logger,
    timeZone: 'Asia/Seoul',
    botId: 'B0BOT',
    botUserId: 'U0BOT',
  });
  const { port } = await app.start();
  if (port === undefined) throw new Error('the app reported no port');
  let n = 0;

  return Object.assign(h, {
    slack,
    app,
    port,
    store,
    deps,
    logger,
    async command(text: string, opts: { user?: string; channel?: string; sign?: boolean | number } = {}) {
      const responseId = `r${++n}`;
      const body = slashCommandBody({
        text,
        userId: opts.user ?? ADMIN,
        channelId: opts.channel ?? 'C0AI',
        channelName: 'ai-news',
        responseUrl: slack.responseUrl(responseId),
      });
      const sign = opts.sign ?? true;
      const headers =
        sign === false ? signature(body, 'wrong-secret') : typeof sign === 'number' ? signature(body, SIGNING_SECRET, sign) : signature(body);
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
      await res.arrayBuffer();
      return { status: res.status, responseId };
    },
    async response(responseId: string) {
      return vi.waitFor(
        () => {
          const post = slack.responses.find((r) => r.id === responseId);
          if (!post) throw new Error(`no response at ${responseId} yet`);
          return post as SlackPost & { body: { response_type: string; text: string; blocks: unknown[] } };
        },
        { timeout: 5000, interval: 10 },
      );
    },
    async close() {
      await app.stop();
      await slack.close();
    },
  });
}

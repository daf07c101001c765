import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandDeps } from '../../../src/app/commands/execute-command.ts';
import { createSettingsService, type SettingsService } from '../../../src/app/settings/settings-service.ts';
import { findTopic, type Settings } from '../../../src/core/settings.ts';
import { createDiscordBot, type DiscordBot } from '../../../src/adapters/discord/discord-bot.ts';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { MemorySettingsStore } from '../../fakes/memory-settings-store.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';
import { autocomplete, CHANNEL_ID, MANAGER_PERMISSIONS, slashCommand, type Invoker } from '../../support/discord-interactions.ts';
import { startFakeDiscord, type FakeDiscord, type FakeRequest } from '../../support/fake-discord.ts';
import { startFakeGateway, type FakeGateway } from '../../support/fake-discord-gateway.ts';

const ADMIN_ROLE = '1600000000000000001';
const OTHER_ROLE = '1600000000000000002';

const seed: Settings = {
  feeds: [{ name: '전자신문', url: 'https://rss.etnews.com/Section901.xml', enabled: true, fetchArticle: false }],
  topics: [
    { name: 'nvidia', keywords: ['엔비디아', 'NVIDIA'], exclude: [] },
    { name: 'physical-ai', keywords: ['피지컬 AI'], exclude: [] },
    { name: 'semiconductor', keywords: ['반도체'], exclude: [] },
  ],
  channels: [],
};

interface Callback {
  type: number;
  data?: { flags?: number; embeds?: { description?: string; title?: string }[]; allowed_mentions?: { parse: string[] }; choices?: { name: string; value: string }[] };
}

describe('the Discord bot', () => {
  let gateway: FakeGateway;
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let settings: SettingsService;
  let store: MemorySettingsStore;
  let logger: RecordingLogger;
  let failStatus: boolean;

  beforeEach(async () => {
    gateway = await startFakeGateway();
    fake = await startFakeDiscord({ gatewayUrl: gateway.url });
    store = new MemorySettingsStore();
    logger = new RecordingLogger();
    const clock = new FixedClock('2026-11-29T01:00:00Z');
    settings = createSettingsService({ store, fromFile: seed, clock, logger });
    failStatus = false;
    const commands: CommandDeps = {
      settings,
      searchStories: async () => ({ total: 0, stories: [] }),
      checkFeed: async () => ({ ok: true, title: '새 피드', items: 3 }),
      digestNow: async (channel) => `digest sent to ${channel}`,
      status: async () => {
        if (failStatus) throw new Error('database is locked');
        return ['전자신문: ok'];
      },
      now: () => clock.now(),
    };
    bot = createDiscordBot({
      token: fake.token,
      apiBase: fake.apiBase,
      commandName: 'news',
      adminRoles: [ADMIN_ROLE],
      commands,
      logger,
      autocomplete: {
        topics: async () => (await settings.current()).topics.map((t) => t.name),
        keywords: async (topic) => findTopic(await settings.current(), topic)?.keywords ?? [],
        feeds: async () => (await settings.current()).feeds.map((f) => f.name),
      },
    });
    await bot.start();
  });

  afterEach(async () => {
    await bot.stop();
    await fake.close();
    await gateway.close();
  });

  const target = () => ({ applicationId: fake.applicationId });
  const callbackOf = async (payload: { id: string; token: string }): Promise<FakeRequest & { body: Callback }> =>
    (await fake.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`)) as FakeRequest & { body: Callback };
  // The client sends @original as %40original.
  const editOf = (payload: { token: string }) =>
    fake.waitFor((r) => r.method === 'PATCH' && decodeURIComponent(r.path) === `/webhooks/${fake.applicationId}/${payload.token}/messages/@original`);
  const run = async (sub: string, values: Record<string, string | number>, who: Invoker = {}) => {
    const payload = slashCommand(target(), sub, values, who);
    gateway.sendInteraction(payload);
    return { payload, callback: await callbackOf(payload) };
  };
  const keywordsOf = async (topic: string) => findTopic(await settings.current(), topic)?.keywords;

  it('logs in through the gateway named by GET /gateway/bot, identifying with the token and the Guilds intent', () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(gateway.identifies).toHaveLength(1);
    expect(gateway.identifies[0]).toMatchObject({ token: fake.token, intents: 1 });
  });

  it('lets a member with Manage Server add keywords, answering ephemerally without mentions', async () => {
    const { callback } = await run('keywords-add', { topic: 'physical-ai', keywords: '피지컬AI, "물리 AI"' }, { permissions: MANAGER_PERMISSIONS });
    expect(callback.body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    expect(callback.body.data?.flags).toBe(64); // EPHEMERAL
    expect(callback.body.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.body.data?.embeds?.[0]?.description).toContain('✅');
    expect(await keywordsOf('physical-ai')).toEqual(['피지컬 AI', '피지컬AI', '물리 AI']);
    expect(store.audit.at(-1)).toMatchObject({ platform: 'discord', user: '1500000000000000001 (minji)', action: '/news keywords add physical-ai 피지컬AI "물리 AI"' });
  });

  it('refuses a member with neither Manage Server nor an admin role, and changes nothing', async () => {
    const { callback } = await run('keywords-add', { topic: 'physical-ai', keywords: '물리AI' }, { roles: [OTHER_ROLE] });
    expect(callback.body.data?.flags).toBe(64);
    expect(callback.body.data?.embeds?.[0]?.description).toContain('권한이 없습니다');
    expect(await keywordsOf('physical-ai')).toEqual(['피지컬 AI']);
  });

  it('lets a member with a configured admin role change settings without Manage Server', async () => {
    const { callback } = await run('topics-remove', { topic: 'semiconductor' }, { roles: [OTHER_ROLE, ADMIN_ROLE] });
    expect(callback.body.data?.embeds?.[0]?.description).toContain('✅');
    expect((await settings.current()).topics.map((t) => t.name)).toEqual(['nvidia', 'physical-ai']);
  });

  it('treats nobody as an admin in a DM, but answers read commands there', async () => {
    const denied = await run('topics-remove', { topic: 'nvidia' }, { inGuild: false, permissions: MANAGER_PERMISSIONS });
    expect(denied.callback.body.data?.embeds?.[0]?.description).toContain('권한이 없습니다');
    const listed = await run('topics', {}, { inGuild: false });
    expect(listed.callback.body.data?.embeds?.[0]?.description).toContain('nvidia: 엔비디아, NVIDIA');
  });

  it('subscribes the channel the command came from as a discord channel', async () => {
    await run('subscribe', { topic: 'nvidia', mode: 'digest' }, { permissions: MANAGER_PERMISSIONS });
    expect((await settings.current()).channels).toEqual([
      expect.objectContaining({ name: `discord:${CHANNEL_ID}`, platform: 'discord', address: CHANNEL_ID, topics: ['nvidia'], mode: 'digest' }),
    ]);
  });

  it('defers slow subcommands ephemerally, then edits the original answer', async () => {
    const { payload, callback } = await run('status', {});
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } }); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    const edit = await editOf(payload);
    expect(edit.body).toMatchObject({ allowed_mentions: { parse: [] }, embeds: [{ title: '상태', description: '• 전자신문: ok' }] });
  });

  it('suggests matching topics while the user types, at most 25', async () => {
    const payload = autocomplete(target(), 'keywords', { topic: 'AI' }, 'topic');
    gateway.sendInteraction(payload);
    const callback = await callbackOf(payload);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'physical-ai', value: 'physical-ai' }] } });

    await settings.change((s) => ({ ok: true, settings: { ...s, topics: Array.from({ length: 40 }, (_, i) => ({ name: `t${i}`, keywords: ['k'], exclude: [] })) }, summary: 'many' }), {
      platform: 'test',
      user: 'test',
      action: 'seed many topics',
    });
    const many = autocomplete(target(), 'subscribe', { topic: 'T' }, 'topic');
    gateway.sendInteraction(many);
    expect((await callbackOf(many)).body.data?.choices).toHaveLength(25);
  });

  it('suggests the keywords of the chosen topic when removing one', async () => {
    const payload = autocomplete(target(), 'keywords-remove', { topic: 'nvidia', keyword: 'nv' }, 'keyword');
    gateway.sendInteraction(payload);
    expect((await callbackOf(payload)).body.data?.choices).toEqual([{ name: 'NVIDIA', value: 'NVIDIA' }]);
  });

  it('answers a failing command with an ephemeral error, logs where it came from, and keeps working', async () => {
    failStatus = true;
    const { payload } = await run('status', {});
    const edit = await editOf(payload);
    expect(JSON.stringify(edit.body)).toContain('명령을 처리하지 못했습니다');
    expect(logger.at('error')[0]?.obj).toMatchObject({ command: '/news status', user: '1500000000000000001', channel: CHANNEL_ID });

    const after = await run('topics', {});
    expect(after.callback.body.data?.embeds?.[0]?.title).toContain('주제');
  });

  it('ignores interactions for other commands', async () => {
    const other = slashCommand({ applicationId: fake.applicationId, commandName: 'weather' }, 'help');
    gateway.sendInteraction(other);
    const { callback } = await run('help', {});
    expect(callback.body.data?.embeds?.[0]?.title).toBe('/news 사용법');
    expect(fake.interactionCallbacks.map((c) => c.path)).not.toContain(`/interactions/${other.id}/${other.token}/callback`);
  });
});

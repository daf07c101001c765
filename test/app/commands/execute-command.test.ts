import { beforeEach, describe, expect, it } from 'vitest';
import { executeCommand, type CommandDeps, type CommandRequest } from '../../../src/app/commands/execute-command.ts';
import { replyText } from '../../../src/app/commands/reply.ts';
import { createSettingsService } from '../../../src/app/settings/settings-service.ts';
import type { Settings } from '../../../src/core/settings.ts';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { MemorySettingsStore } from '../../fakes/memory-settings-store.ts';
import { RecordingLogger } from '../../fakes/recording-logger.ts';

const seed: Settings = {
  feeds: [{ name: '전자신문', url: 'https://rss.etnews.com/Section901.xml', enabled: true, fetchArticle: false }],
  topics: [
    { name: 'nvidia', keywords: ['엔비디아', 'NVIDIA'], exclude: [] },
    { name: 'physical-ai', keywords: ['피지컬 AI'], exclude: [] },
  ],
  channels: [{ name: 'ai-news', platform: 'slack', address: 'C0AI', topics: ['nvidia'], mode: 'instant', digest: { schedule: '0 9 * * *', maxStories: 10 } }],
};

describe('executing /news commands', () => {
  let store: MemorySettingsStore;
  let deps: CommandDeps;
  let checked: string[];
  const clock = new FixedClock('2026-11-29T01:00:00Z');

  beforeEach(() => {
    store = new MemorySettingsStore();
    checked = [];
    deps = {
      settings: createSettingsService({ store, fromFile: seed, clock, logger: new RecordingLogger() }),
      searchStories: async (query, since, limit, offset) => ({
        total: 7,
        stories: Array.from({ length: Math.min(limit, 7 - offset) }, (_, i) => ({
          id: `s${offset + i}`, title: `${query} ${offset + i}`, url: undefined, feed: 'f', published: since, topics: [], keywords: [], facts: [], otherSources: [],
        })),
      }),
      checkFeed: async (url) => {
        checked.push(url);
        return url.includes('broken') ? { ok: false, reason: 'HTTP 404' } : { ok: true, title: '새 피드', items: 10 };
      },
      digestNow: async (channel) => `digest sent to ${channel}`,
      status: async () => ['전자신문: ok'],
      now: () => clock.now(),
    };
  });

  const req = (text: string, admin = true, channel = 'C0AI'): CommandRequest => ({
    platform: 'slack',
    commandName: '/news',
    text,
    user: { id: admin ? 'UADMIN' : 'UUSER' },
    channel: { platform: 'slack', address: channel },
    isAdmin: async () => admin,
  });

  it('lets an admin add keywords, records who did it, and the next read sees them', async () => {
    const reply = await executeCommand(req('keywords add physical-ai "피지컬AI" 물리 AI'), deps);
    expect(reply).toEqual({ kind: 'changed', summary: 'added "피지컬AI", "물리", "AI" to physical-ai' });
    const s = await deps.settings.current();
    expect(s.topics[1]?.keywords).toEqual(['피지컬 AI', '피지컬AI', '물리', 'AI']);
    expect(store.audit.at(-1)).toMatchObject({ platform: 'slack', user: 'UADMIN', action: '/news keywords add physical-ai "피지컬AI" 물리 AI' });
  });

  it('refuses changes from non-admins clearly and changes nothing', async () => {
    const reply = await executeCommand(req('topics remove nvidia', false), deps);
    expect(reply.kind).toBe('denied');
    expect(replyText(reply)).toContain('관리자만');
    expect((await deps.settings.current()).topics).toHaveLength(2);
  });

  it('lets anyone read topics, keywords, feeds and search', async () => {
    expect(replyText(await executeCommand(req('topics', false), deps))).toContain('✓ nvidia: 엔비디아, NVIDIA');
    expect(await executeCommand(req('keywords nvidia', false), deps)).toMatchObject({ kind: 'list', items: ['엔비디아', 'NVIDIA'] });
    expect(await executeCommand(req('search 엔비디아 p2', false), deps)).toMatchObject({ kind: 'stories', page: 2, pages: 2, total: 7 });
  });

  it('subscribes the channel the command came from, creating it when new', async () => {
    expect(await executeCommand(req('subscribe physical-ai digest', true, 'C0NEW'), deps)).toMatchObject({ kind: 'changed' });
    const s = await deps.settings.current();
    expect(s.channels.find((c) => c.address === 'C0NEW')).toMatchObject({ name: 'slack:C0NEW', platform: 'slack', topics: ['physical-ai'], mode: 'digest' });
    await executeCommand(req('unsubscribe nvidia'), deps);
    expect((await deps.settings.current()).channels.find((c) => c.name === 'ai-news')?.topics).toEqual([]);
  });

  it('fetches and validates a feed before saving it', async () => {
    expect(await executeCommand(req('feeds add https://x.test/broken.xml'), deps)).toEqual({ kind: 'failed', reason: 'not added: HTTP 404' });
    expect(await executeCommand(req('feeds add https://x.test/rss.xml'), deps)).toMatchObject({ kind: 'changed' });
    expect(checked).toEqual(['https://x.test/broken.xml', 'https://x.test/rss.xml']);
    expect((await deps.settings.current()).feeds.map((f) => f.name)).toEqual(['전자신문', '새 피드']);
  });

  it('answers malformed input with usage, and explains failed edits', async () => {
    expect(await executeCommand(req('keywords add'), deps)).toMatchObject({ kind: 'usage', command: '/news' });
    expect(await executeCommand(req('keywords remove nvidia 없는키워드'), deps)).toMatchObject({ kind: 'failed', reason: expect.stringContaining('has no keyword') });
    expect(await executeCommand(req('keywords remove physical-ai 피지컬 AI'), deps)).toMatchObject({ kind: 'failed', reason: expect.stringContaining('last keyword') });
  });

  it('seeds the settings from the file once, and the database wins afterwards', async () => {
    await deps.settings.current();
    await executeCommand(req('topics add hbm HBM'), deps);
    const again = createSettingsService({ store, fromFile: seed, clock, logger: new RecordingLogger() });
    expect((await again.current()).topics.map((t) => t.name)).toEqual(['nvidia', 'physical-ai', 'hbm']);
    expect(store.audit.map((a) => a.action)).toEqual(['seed', '/news topics add hbm HBM']);
  });
});

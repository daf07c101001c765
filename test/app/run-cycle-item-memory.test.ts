/** The cycle and the feeds' item memories (src/core/item-memory.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { ItemMemory, Store } from '../../src/app/ports.ts';
import { runCycle, type CycleSettings } from '../../src/app/run-cycle.ts';
import type { FeedEntry } from '../../src/core/article.ts';
import { compileKeywords } from '../../src/core/match/keyword-matcher.ts';
import { FakeFeedSource } from '../fakes/fake-feed-source.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';

const A = 'https://a.test/rss';

const entry = (n: number, title: string): FeedEntry => ({
  guid: `https://a.test/news/${n}`,
  link: `https://a.test/news/${n}`,
  title,
  summary: `${title} 본문`,
  published: new Date(Date.parse('2026-11-29T00:50:00Z') + n * 1000),
});

const topics = (...keywords: string[]) => compileKeywords(keywords.map((keyword) => ({ topic: 'watched', keyword })));

describe('a poll cycle and the feed\'s item memory', () => {
  let store: Store;
  let source: FakeFeedSource;
  let clock: FixedClock;
  let settings: CycleSettings;
  let savedMemories: ItemMemory[];

  beforeEach(() => {
    const sqlite = openSqliteStore(':memory:');
    savedMemories = [];
    // Records the memories the cycle saves; otherwise the SQLite store.
    store = Object.assign(Object.create(sqlite) as Store, {
      saveFeedStates: (states: Parameters<Store['saveFeedStates']>[0], memories: readonly ItemMemory[] = []) => {
        savedMemories.push(...memories);
        return sqlite.saveFeedStates(states, memories);
      },
    });
    source = new FakeFeedSource();
    clock = new FixedClock('2026-11-29T01:00:00Z');
    settings = {
      feeds: [{ name: '피드 A', url: A }],
      channels: [{ name: 'terminal', platform: 'console', topics: ['watched'], mode: 'instant' }],
      matcher: topics('엔비디아'),
      backfill: { maxItems: 5, maxAgeMs: 24 * 3600_000 },
      concurrency: 2,
      timeZone: 'Asia/Seoul',
      storyWindowMs: 48 * 3600_000,
    };
  });
  afterEach(() => store.close());

  const cycle = (opts = {}) => {
    clock.advance(5 * 60_000);
    return runCycle({ source, store, clock, logger: new RecordingLogger() }, settings, opts);
  };

  it('does not alert the entries a feed already listed when a topic that matches them is added', async () => {
    source.entries(A, [entry(1, '삼성전자 GPU 서버 공급'), entry(2, '엔비디아 실적')]);
    expect((await cycle()).matched.map((a) => a.title)).toEqual(['엔비디아 실적']);

    settings.matcher = topics('엔비디아', 'GPU');
    const added = await cycle();
    expect(added.matched).toEqual([]);
    expect(added.deliveries).toEqual([]);

    // Still listed polls later: still remembered. A new entry about GPUs alerts.
    source.entries(A, [entry(1, '삼성전자 GPU 서버 공급'), entry(2, '엔비디아 실적'), entry(3, 'SK하이닉스 GPU용 HBM 양산')]);
    for (let i = 0; i < 3; i++) await cycle();
    expect(await store.claimDueDeliveries(clock.now(), 10)).toHaveLength(2);
    const later = await cycle();
    expect(later.matched).toEqual([]);
  });

  it('counts an entry that matches nothing as new only the first time its feed lists it, across restarts', async () => {
    source.entries(A, [entry(1, '날씨 맑음'), entry(2, '환율 하락')]);
    expect((await cycle()).newArticles).toBe(2);
    expect((await cycle()).newArticles).toBe(0);
    source.entries(A, [entry(3, '금리 동결'), entry(1, '날씨 맑음'), entry(2, '환율 하락')]);
    expect((await cycle()).newArticles).toBe(1);
  });

  it('saves a memory only when it changed', async () => {
    source.entries(A, [entry(1, '날씨 맑음')]);
    await cycle();
    await cycle();
    expect(savedMemories.map((m) => m.feedUrl)).toEqual([A]);
    source.entries(A, [entry(2, '환율 하락'), entry(1, '날씨 맑음')]);
    await cycle();
    expect(savedMemories).toHaveLength(2);
    expect(savedMemories[1]?.hashes).toHaveLength(2 * 2); // two keys each: guid and URL
  });

  it('does not save the memory when the feed\'s articles could not be written, so they are not lost', async () => {
    source.entries(A, [entry(1, '엔비디아 신제품'), entry(2, '날씨 맑음')]);
    const recordArticles = store.recordArticles;
    store.recordArticles = async () => {
      throw new Error('SQLITE_FULL: database or disk is full');
    };
    await expect(cycle()).rejects.toThrow(/SQLITE_FULL/);
    expect(await store.loadItemMemory(A)).toBeUndefined();

    store.recordArticles = recordArticles;
    const retried = await cycle();
    expect(retried.matched.map((a) => a.title)).toEqual(['엔비디아 신제품']);
    expect(retried.deliveries).toHaveLength(1);
  });
});

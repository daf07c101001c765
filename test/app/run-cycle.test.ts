import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/app/ports.ts';
import { runCycle, type CycleSettings } from '../../src/app/run-cycle.ts';
import type { FeedEntry } from '../../src/core/article.ts';
import { FeedError } from '../../src/core/errors.ts';
import { compileKeywords } from '../../src/core/match/keyword-matcher.ts';
import { FakeFeedSource } from '../fakes/fake-feed-source.ts';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { RecordingLogger } from '../fakes/recording-logger.ts';

const A = 'https://a.test/rss';
const B = 'https://b.test/rss';

const entry = (n: number, title: string, minutesAgo = 10, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  guid: `https://a.test/news/${n}`,
  link: `https://a.test/news/${n}`,
  title,
  summary: `${title} 본문`,
  published: new Date(Date.parse('2026-11-29T01:00:00Z') - minutesAgo * 60_000),
  ...extra,
});

describe('a poll cycle', () => {
  let store: Store;
  let source: FakeFeedSource;
  let clock: FixedClock;
  let logger: RecordingLogger;
  let settings: CycleSettings;

  beforeEach(() => {
    store = openSqliteStore(':memory:');
    source = new FakeFeedSource();
    clock = new FixedClock('2026-11-29T01:00:00Z');
    logger = new RecordingLogger();
    settings = {
      feeds: [
        { name: '피드 A', url: A },
        { name: '피드 B', url: B },
      ],
      channels: [{ name: 'terminal', platform: 'console', topics: ['nvidia'], mode: 'instant' }],
      matcher: compileKeywords([
        { topic: 'nvidia', keyword: '엔비디아' },
        { topic: 'nvidia', keyword: '엔비디아 주가', exclude: true },
      ]),
      backfill: { maxItems: 5, maxAgeMs: 24 * 3600_000 },
      concurrency: 4,
      timeZone: 'Asia/Seoul',
      storyWindowMs: 48 * 3600_000,
    };
  });
  afterEach(() => store.close());

  const cycle = (opts = {}) => runCycle({ source, store, clock, logger }, settings, opts);

  it('records matched articles and queues one delivery per channel, with the matched keyword', async () => {
    source.entries(A, [entry(1, '엔비디아가 한국에 GPU 공급'), entry(2, '날씨 맑음')]).entries(B, []);
    const r = await cycle();
    expect(r.matched.map((a) => a.title)).toEqual(['엔비디아가 한국에 GPU 공급']);
    expect(r.matched[0]?.keywords).toEqual(['엔비디아']);
    expect(r.newArticles).toBe(2);
    expect(r.deliveries).toEqual([{ articleId: r.matched[0]?.id, channel: 'terminal', platform: 'console', kind: 'alert' }]);
    const claimed = await store.claimDueDeliveries(clock.now(), 10);
    expect(claimed.map((d) => d.article.title)).toEqual(['엔비디아가 한국에 GPU 공급']);
    expect(claimed[0]?.article.hits[0]).toMatchObject({ keyword: '엔비디아', text: '엔비디아', field: 'title', start: 0, end: 4 });
  });

  it('does not report or queue an article again on the next cycle', async () => {
    source.entries(A, [entry(1, '엔비디아 신제품')]).entries(B, []);
    await cycle();
    clock.advance(5 * 60_000);
    const second = await cycle();
    expect(second.matched).toEqual([]);
    expect(second.deliveries).toEqual([]);
  });

  it('treats the same article under a tracking-laden URL in a second feed as the same article', async () => {
    source
      .entries(A, [entry(1, '엔비디아 실적 발표', 10, { guid: undefined, link: 'https://news.test/view?id=7' })])
      .entries(B, [entry(9, '엔비디아 실적 발표', 10, { guid: undefined, link: 'https://news.test/view?id=7&utm_source=rss&utm_medium=feed' })]);
    const r = await cycle();
    expect(r.matched).toHaveLength(1);
    expect(r.deliveries).toHaveLength(1);
  });

  it('handles an article once when it comes again after the cycle has written a batch', async () => {
    // 250 feeds: the cycle writes a batch every 200 feed states, so the last feed comes after a flush.
    const urls = Array.from({ length: 250 }, (_, i) => `https://f${i}.test/rss`);
    settings.feeds = urls.map((url, i) => ({ name: `피드 ${i}`, url }));
    settings.concurrency = 1;
    const twice = [entry(1, '엔비디아 실적 발표'), entry(2, '날씨 맑음')];
    for (const url of urls) source.entries(url, []);
    source.entries(urls[0]!, twice).entries(urls[249]!, twice);
    const r = await cycle();
    expect(r.matched.map((a) => a.feed)).toEqual(['피드 0']);
    expect(r.deliveries).toHaveLength(1);
    // The matched article once; the unmatched one is new to each feed's item memory.
    expect(r.newArticles).toBe(3);
  });

  it('keeps the other feeds going when one fails, and backs the failing one off', async () => {
    source.entries(A, [entry(1, '엔비디아 뉴스')]).set(B, new FeedError({ url: B, reason: 'http-status', status: 503 }, `GET ${B} failed: HTTP 503`));
    const r = await cycle();
    expect(r.matched).toHaveLength(1);
    const failed = r.feeds.find((f) => f.feed.url === B);
    expect(failed).toMatchObject({ ok: false, error: expect.stringContaining('HTTP 503') });
    const state = (await store.listFeedStates()).find((s) => s.url === B);
    expect(state).toMatchObject({ consecutiveFailures: 1, lastStatus: 'error', nextPollAt: new Date('2026-11-29T01:05:00Z') });
    expect(logger.at('warn')[0]).toMatchObject({ obj: { feed: '피드 B', url: B, reason: 'http-status', status: 503, failures: 1 } });

    // Not polled again while backing off; polled once the time has come.
    clock.advance(60_000);
    source.requests.length = 0;
    await cycle();
    expect(source.requests.map((q) => q.url)).toEqual([A]);
    clock.advance(5 * 60_000);
    await cycle();
    expect(source.requests.map((q) => q.url)).toContain(B);
  });

  it('doubles the wait on each consecutive failure and honours Retry-After', async () => {
    source.entries(A, []).set(B, new FeedError({ url: B, reason: 'http-status', status: 429, retryAfterMs: 3600_000 }, '429'));
    await cycle();
    let state = (await store.listFeedStates()).find((s) => s.url === B);
    expect(state?.nextPollAt).toEqual(new Date('2026-11-29T02:00:00Z'));
    source.set(B, new FeedError({ url: B, reason: 'timeout' }, 'timeout'));
    clock.set('2026-11-29T02:00:00Z');
    await cycle();
    state = (await store.listFeedStates()).find((s) => s.url === B);
    expect(state).toMatchObject({ consecutiveFailures: 2, nextPollAt: new Date('2026-11-29T02:10:00Z') });
  });

  it('sends the stored validators and does nothing on 304', async () => {
    source.set(A, { kind: 'ok', entries: [entry(1, '엔비디아')], etag: '"v1"', lastModified: 'Sun, 29 Nov 2026 00:00:00 GMT' }).entries(B, []);
    await cycle();
    source.set(A, { kind: 'not-modified' });
    source.requests.length = 0;
    const r = await cycle();
    expect(source.requests.find((q) => q.url === A)).toMatchObject({ etag: '"v1"', lastModified: 'Sun, 29 Nov 2026 00:00:00 GMT' });
    expect(r.feeds.find((f) => f.feed.url === A)).toMatchObject({ ok: true, notModified: true });
    expect(r.matched).toEqual([]);
  });

  it('applies exclusions', async () => {
    source.entries(A, [entry(1, '엔비디아 주가 급등')]).entries(B, []);
    expect((await cycle()).matched).toEqual([]);
  });

  it('limits a feed\'s first poll (backfill) but not later polls', async () => {
    settings.backfill = { maxItems: 2, maxAgeMs: 3600_000 };
    source.entries(A, [entry(1, '엔비디아 실적 발표', 120), entry(2, '엔비디아 대만 공장 착공', 30), entry(3, '엔비디아 주주총회 개최', 20), entry(4, '엔비디아 신임 이사 선임', 10)]).entries(B, []);
    const first = await cycle();
    expect(first.matched).toHaveLength(4);
    expect(first.deliveries.map((d) => first.matched.find((a) => a.id === d.articleId)?.title)).toEqual(['엔비디아 주주총회 개최', '엔비디아 신임 이사 선임']);
    expect(first.heldBack).toHaveLength(2);

    clock.advance(10 * 60_000);
    source.entries(A, [entry(5, '엔비디아 로보틱스 협력', -5), entry(6, '엔비디아 중국 수출 규제', -6), entry(7, '엔비디아 클라우드 요금 인하', -7)]);
    const second = await cycle();
    expect(second.deliveries).toHaveLength(3);
  });

  it('changes nothing in the store on a dry run', async () => {
    source.set(A, { kind: 'ok', entries: [entry(1, '엔비디아')], etag: '"x"' }).entries(B, []);
    const r = await cycle({ dryRun: true });
    expect(r.matched).toHaveLength(1);
    expect(r.deliveries).toHaveLength(1);
    expect(await store.listFeedStates()).toEqual([]);
    expect(await store.claimDueDeliveries(clock.now(), 10)).toEqual([]);
    expect(await store.searchArticles({ text: '', since: new Date(0), limit: 10 })).toEqual([]);
    expect(await store.loadItemMemory(A)).toBeUndefined();
  });

  it('reads the article page for facts when the feed asks, and falls back to the summary when it cannot', async () => {
    settings.feeds = [{ name: '피드 A', url: A, fetchArticle: true }];
    const pages: string[] = [];
    const articleText = {
      async fetchText(url: string) {
        pages.push(url);
        if (url.endsWith('/2')) throw new FeedError({ url, reason: 'http-status', status: 404 }, `GET ${url} failed: HTTP 404`);
        return { text: '엔비디아는 한국에 GPU 26만장을 공급한다고 밝혔다.' };
      },
    };
    source.entries(A, [entry(1, '엔비디아 공급 발표'), entry(2, '엔비디아 다른 소식', 5, { summary: '엔비디아가 5만장을 더 공급한다.' })]);
    await runCycle({ source, store, clock, logger, articleText }, settings);
    expect(pages).toEqual(['https://a.test/news/1', 'https://a.test/news/2']);
    const stored = await store.searchArticles({ text: '엔비디아', since: new Date(0), limit: 10 });
    expect(stored.find((a) => a.title === '엔비디아 공급 발표')?.factKeys).toContain('quantity:260000:units');
    expect(stored.find((a) => a.title === '엔비디아 다른 소식')?.factKeys).toContain('quantity:50000:units');
    expect(logger.at('warn').some((r) => r.msg?.includes('article page not read') && r.obj.url === 'https://a.test/news/2')).toBe(true);
  });

  it('uses the first-seen time for an article without a date', async () => {
    source.entries(A, [entry(1, '엔비디아 무제', 0, { published: undefined })]).entries(B, []);
    const r = await cycle();
    expect(r.matched[0]).toMatchObject({ published: clock.now() });
    const [d] = await store.claimDueDeliveries(clock.now(), 1);
    expect(d?.article.publishedFromFeed).toBe(false);
  });
});

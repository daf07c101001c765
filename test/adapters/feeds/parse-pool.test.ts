import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createParsePool } from '../../../src/adapters/feeds/parse-pool.ts';
import { parseInThread } from '../../../src/adapters/feeds/decode-and-parse.ts';
import { FeedError } from '../../../src/core/errors.ts';
import { compileKeywords } from '../../../src/core/match/keyword-matcher.ts';

const pool = createParsePool(1);
afterAll(() => pool.close());

const req = (bytes: Uint8Array, contentType: string | null = null) => ({
  bytes,
  contentType,
  url: 'http://127.0.0.1/feed.xml',
  timeZone: 'Asia/Seoul',
  now: new Date('2026-11-29T01:00:00Z'),
});

describe('parsing feeds in a worker thread', () => {
  it('gives the same entries as parsing in the main thread, dates as Dates, EUC-KR decoded', async () => {
    const bytes = readFileSync('test/fixtures/feeds/euc-kr.xml');
    const [inWorker, inThread] = await Promise.all([pool.parse(req(bytes)), parseInThread(req(bytes))]);
    expect(inWorker).toEqual(inThread);
    expect(JSON.stringify(inWorker)).toContain('똠');
    expect(inWorker.kind === 'entries' && inWorker.entries.find((e) => e.published)?.published).toBeInstanceOf(Date);
  });

  it('takes over a buffer it owns instead of copying it', async () => {
    const file = readFileSync('test/fixtures/feeds/euc-kr.xml');
    const owned = new Uint8Array(file.byteLength);
    owned.set(file);
    const expected = await parseInThread(req(file));
    expect(await pool.parse(req(owned))).toEqual(expected);
    expect(owned.byteLength).toBe(0); // handed to the worker
  });

  it('passes a FeedError back with its reason and URL', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><body>not a feed</body></html>');
    const err = await pool.parse(req(html, 'text/html')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedError);
    expect(err).toMatchObject({ reason: 'not-a-feed', url: 'http://127.0.0.1/feed.xml' });
  });

  it('handles many feeds at once', async () => {
    const xml = (n: number) => new TextEncoder().encode(`<rss version="2.0"><channel><title>t${n}</title><item><title>엔비디아 ${n}</title><link>https://x.test/${n}</link></item></channel></rss>`);
    const all = await Promise.all(Array.from({ length: 40 }, (_, n) => pool.parse(req(xml(n)))));
    expect(all.map((p) => p.title)).toEqual(Array.from({ length: 40 }, (_, n) => `t${n}`));
  });

  it('screens the entries in the worker exactly as in the main thread: matched in full, the rest as key hashes', async () => {
    const bytes = readFileSync('test/fixtures/feeds/euc-kr.xml');
    const matcher = compileKeywords([{ topic: 'nvidia', keyword: '엔비디아' }]);
    const screen = { feed: { name: '보안뉴스', url: 'http://127.0.0.1/feed.xml' }, matcher };
    const [inWorker, inThread] = await Promise.all([pool.parse({ ...req(bytes), screen }), parseInThread({ ...req(bytes), screen })]);
    expect(inWorker).toEqual(inThread);
    expect(inWorker.kind).toBe('screened');
    if (inWorker.kind !== 'screened') return;
    expect(inWorker.items).toBe(2);
    expect(inWorker.screened.matched.map((a) => a.topics)).toEqual([['nvidia']]);
    expect(inWorker.screened.unmatched.ends).toHaveLength(1);
    expect(inWorker.screened.unmatched.hashes).toBeInstanceOf(Float64Array);
  });

  it('keeps screening right as the topics change, beyond the matchers a worker keeps', async () => {
    const xml = new TextEncoder().encode('<rss version="2.0"><channel><title>t</title><item><title>엔비디아 GPU 공급</title><link>https://x.test/1</link></item></channel></rss>');
    const screenFor = (keyword: string) => ({ feed: { name: 't', url: 'http://127.0.0.1/feed.xml' }, matcher: compileKeywords([{ topic: keyword, keyword }]) });
    const screens = ['엔비디아', 'GPU', '삼성', '애플', '구글', '공급'].map(screenFor);
    // Each matcher twice, the first again at the end (the worker has dropped it by then).
    for (const screen of [...screens, ...screens, screens[0]!]) {
      const parsed = await pool.parse({ ...req(xml.slice()), screen });
      const topics = parsed.kind === 'screened' ? (parsed.screened.matched[0]?.topics ?? []) : undefined;
      const keyword = screen.matcher.specs?.[0]?.keyword;
      expect(topics).toEqual(['삼성', '애플', '구글'].includes(keyword ?? '') ? [] : [keyword]);
    }
  });
});

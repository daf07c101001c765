import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDownloadLimit } from '../../../src/adapters/feeds/download-limit.ts';
import { createHttpFeedSource, type HttpFeedSourceOptions } from '../../../src/adapters/feeds/http-feed-source.ts';
import { FeedError } from '../../../src/core/errors.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';

const NOW = new Date('2026-10-01T00:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

const source = (over: Partial<HttpFeedSourceOptions> = {}) =>
  createHttpFeedSource({ timeoutMs: 2000, maxBytes: 1_000_000, userAgent: 'news-alert-test/1.0', timeZone: 'Asia/Seoul', now: () => NOW, ...over });

/** Waits until `done()` holds, checking every few ms (fails the test after 2 s). */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 5) {
    if (waited > 2000) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function feedError(p: Promise<unknown>): Promise<FeedError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(err)}`);
  return err;
}

describe('createHttpFeedSource', () => {
  it('decodes an EUC-KR feed declared only in the XML prolog (no charset header)', async () => {
    server.route('/euc-kr.xml', { body: fixture('euc-kr.xml'), headers: { 'content-type': 'application/rss+xml' } });
    const res = await source().fetch({ name: '보안뉴스', url: server.url('/euc-kr.xml') });
    expect(res.kind).toBe('ok');
    if (res.kind !== 'ok') return;
    expect(res.title).toBe('보안뉴스 테스트 피드');
    expect(res.entries.map((e) => e.title)).toEqual(['엔비디아, 차세대 GPU 공개… 똠방각하도 뷁', '똠양꿍 가격 인상에 소비자 "뷁"']);
    expect(res.entries[0]?.published).toEqual(new Date('2026-06-11T04:02:17Z'));
  });

  it('keeps a UTF-8 feed readable when its header and prolog say ISO-8859-1', async () => {
    server.route('/latin1.xml', { body: fixture('utf8-declares-latin1.xml'), headers: { 'content-type': 'text/xml; charset=ISO-8859-1' } });
    const res = await source().fetch({ name: 'x', url: server.url('/latin1.xml') });
    expect(res.kind === 'ok' && res.entries[0]?.title).toBe('네이버클라우드, 하이퍼클로바X 공개 — café 메뉴 추천도');
  });

  it('parses an Atom feed served gzip-compressed', async () => {
    server.route('/atom.xml', { body: gzipSync(fixture('atom.xml')), headers: { 'content-type': 'application/atom+xml', 'content-encoding': 'gzip' } });
    const res = await source().fetch({ name: 'blog', url: server.url('/atom.xml') });
    expect(res.kind === 'ok' && res.entries.map((e) => e.link)).toEqual(['https://blog.example.kr/2026/09/hbm4', 'https://blog.example.kr/2026/08/2nm']);
  });

  it('downloads at most as many feeds at once as its download limit allows, and parsing does not hold a place', async () => {
    const body = fixture('dc-date.xml');
    const held: (() => void)[] = []; // downloads the server holds until released
    server.route('/slow.xml', () => new Promise((resolve) => held.push(() => resolve({ body, headers: { 'content-type': 'application/rss+xml' } }))));
    const parsing: (() => void)[] = []; // parses held until released
    const feeds = source({
      downloads: createDownloadLimit(2),
      parse: () => new Promise((resolve) => parsing.push(() => resolve({ kind: 'entries', entries: [], title: 't' }))),
    });
    const all = Promise.all(Array.from({ length: 4 }, () => feeds.fetch({ name: 'x', url: server.url('/slow.xml') })));
    await until(() => held.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(held).toHaveLength(2); // the third waits for a place
    held[0]!();
    held[1]!();
    await until(() => parsing.length === 2);
    // Both are parsing, and the other two download meanwhile.
    await until(() => held.length === 4);
    held[2]!();
    held[3]!();
    await until(() => parsing.length === 4);
    for (const release of parsing) release();
    expect((await all).map((r) => r.kind)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('answers 304 on the second request when If-None-Match matches, keeping the validators', async () => {
    const lastModified = 'Wed, 30 Sep 2026 10:00:00 GMT';
    server.route('/feed.xml', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304 }
        : { body: fixture('dc-date.xml'), headers: { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': lastModified } },
    );
    const feeds = source();
    const first = await feeds.fetch({ name: '경향', url: server.url('/feed.xml') });
    expect(first).toMatchObject({ kind: 'ok', etag: '"v1"', lastModified });
    expect(first.kind === 'ok' && first.entries).toHaveLength(2);

    const second = await feeds.fetch({ name: '경향', url: server.url('/feed.xml'), etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ kind: 'not-modified', etag: '"v1"', lastModified });
    const [req1, req2] = server.requestsTo('/feed.xml');
    expect(req1?.headers['if-none-match']).toBeUndefined();
    expect(req2?.headers['if-none-match']).toBe('"v1"');
    expect(req2?.headers['if-modified-since']).toBe(lastModified);
    expect(req2?.headers['user-agent']).toBe('news-alert-test/1.0');
  });

  it('reports an HTML page as not-a-feed with the URL in the message', async () => {
    server.route('/rss/', { body: fixture('html-page.html'), headers: { 'content-type': 'text/html; charset=utf-8' } });
    const err = await feedError(source().fetch({ name: 'x', url: server.url('/rss/') }));
    expect(err.reason).toBe('not-a-feed');
    expect(err.message).toBe(`${server.url('/rss/')} is not a feed: it looks like an HTML page, not RSS or Atom (is the feed URL still right?)`);
  });

  it('counts the byte cap on the decompressed body', async () => {
    const body = gzipSync(Buffer.from(`<rss version="2.0"><channel><title>${'가'.repeat(50_000)}</title></channel></rss>`));
    server.route('/bomb.xml', { body, headers: { 'content-encoding': 'gzip' } });
    expect(body.length).toBeLessThan(10_000);
    const err = await feedError(source({ maxBytes: 10_000 }).fetch({ name: 'x', url: server.url('/bomb.xml') }));
    expect(err.reason).toBe('too-large');
  });

  it('passes fetch failures through as FeedError with Retry-After', async () => {
    server.route('/feed.xml', { status: 429, headers: { 'retry-after': '120' } });
    const err = await feedError(source().fetch({ name: 'x', url: server.url('/feed.xml') }));
    expect([err.reason, err.retryAfterMs]).toEqual(['http-status', 120_000]);
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response('<rss version="2.0"><channel><item><title>가짜</title></item></channel></rss>', { status: 200 });
    };
    const res = await source({ fetch: fakeFetch }).fetch({ name: 'x', url: 'https://feeds.example/rss' });
    expect(calls).toEqual(['https://feeds.example/rss']);
    expect(res.kind === 'ok' && res.entries[0]?.title).toBe('가짜');
  });

  it('refuses to start with an unknown time zone', () => {
    expect(() => source({ timeZone: 'Asia/Busan' })).toThrow(/Asia\/Busan/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchFeedBytes, type HttpFetchOptions } from '../../../src/adapters/feeds/http-fetch.ts';
import { FeedError } from '../../../src/core/errors.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';

const NOW = new Date('2026-10-01T00:00:00Z');
const RSS = '<rss version="2.0"><channel><title>T</title></channel></rss>';

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

const options = (over: Partial<HttpFetchOptions> = {}): HttpFetchOptions => ({
  timeoutMs: 2000,
  maxBytes: 100_000,
  userAgent: 'news-alert-test/1.0',
  maxRedirects: 5,
  now: () => NOW,
  fetch: globalThis.fetch,
  ...over,
});

async function feedError(p: Promise<unknown>): Promise<FeedError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(err)}`);
  return err;
}

describe('fetchFeedBytes', () => {
  it('returns the body and validators, sending User-Agent and Accept', async () => {
    server.route('/feed', { body: RSS, headers: { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Wed, 30 Sep 2026 10:00:00 GMT' } });
    const res = await fetchFeedBytes(server.url('/feed'), options());
    expect(res).toEqual({
      kind: 'ok',
      url: server.url('/feed'),
      status: 200,
      contentType: 'application/rss+xml',
      body: Buffer.from(RSS),
      etag: '"v1"',
      lastModified: 'Wed, 30 Sep 2026 10:00:00 GMT',
    });
    const req = server.requestsTo('/feed')[0];
    expect(req?.headers['user-agent']).toBe('news-alert-test/1.0');
    expect(req?.headers.accept).toMatch(/application\/rss\+xml/);
    expect(req?.headers['if-none-match']).toBeUndefined();
  });

  it('sends If-None-Match and If-Modified-Since and returns not-modified on 304', async () => {
    server.route('/feed', (req) => (req.headers['if-none-match'] === '"v1"' ? { status: 304, headers: { etag: '"v1"' } } : { body: RSS }));
    const res = await fetchFeedBytes(server.url('/feed'), options({ etag: '"v1"', lastModified: 'Wed, 30 Sep 2026 10:00:00 GMT' }));
    expect(res).toEqual({ kind: 'not-modified', etag: '"v1"', lastModified: 'Wed, 30 Sep 2026 10:00:00 GMT' });
    expect(server.requestsTo('/feed')[0]?.headers['if-modified-since']).toBe('Wed, 30 Sep 2026 10:00:00 GMT');
  });

  it('accepts a body of exactly maxBytes', async () => {
    server.route('/feed', { body: 'x'.repeat(1000) });
    const res = await fetchFeedBytes(server.url('/feed'), options({ maxBytes: 1000 }));
    expect(res.kind === 'ok' && res.body.length).toBe(1000);
  });

  it('rejects early when Content-Length is over the cap', async () => {
    server.route('/big', { body: 'x'.repeat(5000) });
    const err = await feedError(fetchFeedBytes(server.url('/big'), options({ maxBytes: 1000 })));
    expect(err.reason).toBe('too-large');
    expect(err.message).toBe(`GET ${server.url('/big')} failed: the server announced 5000 bytes, over the limit of 1000 bytes`);
  });

  it('stops reading a chunked body as soon as it passes the cap (an endless body does not hang)', async () => {
    server.route('/endless', { chunkSize: 512, body: 'x'.repeat(512), endless: 'y'.repeat(512) });
    const started = Date.now();
    const err = await feedError(fetchFeedBytes(server.url('/endless'), options({ maxBytes: 10_000, timeoutMs: 5000 })));
    expect(err.reason).toBe('too-large');
    expect(err.message).toContain('larger than the limit of 10000 bytes');
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('times out on a server that never answers, within the limit', async () => {
    server.route('/hang', { hang: true });
    const started = Date.now();
    const err = await feedError(fetchFeedBytes(server.url('/hang'), options({ timeoutMs: 200 })));
    expect(err.reason).toBe('timeout');
    expect(err.message).toBe(`GET ${server.url('/hang')} failed: timed out after 200 ms`);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('applies the timeout to the body too, not just the headers', async () => {
    server.route('/stall', { hangAfterHeaders: true, headers: { 'content-type': 'application/rss+xml' } });
    const err = await feedError(fetchFeedBytes(server.url('/stall'), options({ timeoutMs: 200 })));
    expect(err.reason).toBe('timeout');
  });

  it("rethrows the caller's abort reason when the outer signal aborts", async () => {
    server.route('/hang', { hang: true });
    const controller = new AbortController();
    const shutdown = new Error('shutting down');
    setTimeout(() => controller.abort(shutdown), 50);
    await expect(fetchFeedBytes(server.url('/hang'), options({ signal: controller.signal }))).rejects.toBe(shutdown);
  });

  it('makes no request when the outer signal is already aborted', async () => {
    server.route('/feed', { body: RSS });
    const reason = new Error('stopped');
    await expect(fetchFeedBytes(server.url('/feed'), options({ signal: AbortSignal.abort(reason) }))).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it("reports the caller's deadline (a TimeoutError abort) as a timeout", async () => {
    server.route('/hang', { hang: true });
    const err = await feedError(fetchFeedBytes(server.url('/hang'), options({ signal: AbortSignal.timeout(50) })));
    expect(err.reason).toBe('timeout');
  });

  it('parses Retry-After seconds on 429', async () => {
    server.route('/limited', { status: 429, headers: { 'retry-after': '120' } });
    const err = await feedError(fetchFeedBytes(server.url('/limited'), options()));
    expect([err.reason, err.status, err.retryAfterMs]).toEqual(['http-status', 429, 120_000]);
    expect(err.message).toBe(`GET ${server.url('/limited')} failed: HTTP 429 Too Many Requests (retry after 120 s)`);
  });

  it('parses an HTTP-date Retry-After on 503 against the injected clock', async () => {
    server.route('/down', { status: 503, headers: { 'retry-after': 'Thu, 01 Oct 2026 00:02:30 GMT' } });
    const err = await feedError(fetchFeedBytes(server.url('/down'), options()));
    expect([err.reason, err.status, err.retryAfterMs]).toEqual(['http-status', 503, 150_000]);
    expect(err.message).toBe(`GET ${server.url('/down')} failed: HTTP 503 Service Unavailable (retry after 150 s)`);
  });

  it('reports other statuses without a retry delay', async () => {
    server.route('/gone', { status: 404, headers: { 'retry-after': '60' } });
    const err = await feedError(fetchFeedBytes(server.url('/gone'), options()));
    expect([err.reason, err.status, err.retryAfterMs]).toEqual(['http-status', 404, undefined]);
    expect(err.message).toBe(`GET ${server.url('/gone')} failed: HTTP 404 Not Found`);
  });

  it('follows five redirects (relative and absolute), keeping the conditional headers', async () => {
    server.route('/r1', { status: 301, headers: { location: '/r2' } });
    server.route('/r2', { status: 302, headers: { location: 'r3' } });
    server.route('/r3', { status: 303, headers: { location: server.url('/r4') } });
    server.route('/r4', { status: 307, headers: { location: '/r5?x=1' } });
    server.route('/r5', { status: 308, headers: { location: '/final' } });
    server.route('/final', { body: RSS });
    const res = await fetchFeedBytes(server.url('/r1'), options({ etag: '"e"' }));
    expect(res.kind === 'ok' && res.url).toBe(server.url('/final'));
    expect(server.requests.map((r) => r.url)).toEqual(['/r1', '/r2', '/r3', '/r4', '/r5?x=1', '/final']);
    expect(server.requestsTo('/final')[0]?.headers['if-none-match']).toBe('"e"');
  });

  it('rejects a redirect loop once a sixth redirect arrives', async () => {
    server.route('/a', { status: 302, headers: { location: '/b' } });
    server.route('/b', { status: 302, headers: { location: '/a' } });
    const err = await feedError(fetchFeedBytes(server.url('/a'), options()));
    expect(err.reason).toBe('too-many-redirects');
    expect(err.url).toBe(server.url('/a'));
    expect(err.message).toBe(`GET ${server.url('/a')} failed: more than 5 redirects (the last one pointed to ${server.url('/a')})`);
    expect(server.requests).toHaveLength(6);
  });

  it('honours a smaller maxRedirects', async () => {
    server.route('/a', { status: 302, headers: { location: '/b' } });
    server.route('/b', { status: 302, headers: { location: '/c' } });
    server.route('/c', { body: RSS });
    const err = await feedError(fetchFeedBytes(server.url('/a'), options({ maxRedirects: 1 })));
    expect(err.reason).toBe('too-many-redirects');
  });

  it('treats a redirect without Location as an HTTP status error', async () => {
    server.route('/nowhere', { status: 302 });
    const err = await feedError(fetchFeedBytes(server.url('/nowhere'), options()));
    expect([err.reason, err.status]).toEqual(['http-status', 302]);
  });

  it('names the redirect target in errors that happen after a redirect', async () => {
    server.route('/old', { status: 301, headers: { location: '/new' } });
    server.route('/new', { status: 500 });
    const err = await feedError(fetchFeedBytes(server.url('/old'), options()));
    expect(err.url).toBe(server.url('/old'));
    expect(err.message).toBe(`GET ${server.url('/old')} failed: HTTP 500 Internal Server Error (redirected to ${server.url('/new')})`);
  });

  it('reports a refused connection as a network error with the cause', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/feed');
    await closed.close();
    const err = await feedError(fetchFeedBytes(url, options()));
    expect(err.reason).toBe('network');
    expect(err.message).toMatch(new RegExp(`^GET ${url.replace(/[.?]/g, '\\$&')} failed: network error: .*ECONNREFUSED`));
  });
});

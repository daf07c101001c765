import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleTextFetcher, type ArticleTextFetcherOptions } from '../../../src/adapters/article-page/fetch-article-text.ts';
import { FeedError } from '../../../src/core/errors.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
const HTML = { 'content-type': 'text/html; charset=utf-8' };

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

const fetcher = (over: Partial<ArticleTextFetcherOptions> = {}) =>
  createArticleTextFetcher({ timeoutMs: 2000, maxBytes: 1_000_000, userAgent: 'news-alert-test/1.0', ...over });

async function feedError(p: Promise<unknown>): Promise<FeedError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(err)}`);
  return err;
}

describe('createArticleTextFetcher', () => {
  it('fetches a page and returns its paragraphs, sending the configured User-Agent', async () => {
    server.route('/news/articleView.html', { body: page('ndsoft-like.html'), headers: HTML });
    const article = await fetcher().fetchText(server.url('/news/articleView.html?idxno=1001'));
    expect(article).toEqual({
      via: 'selector',
      title: 'HBM4 양산 경쟁 본격화 - 디일렉',
      text: [
        'SK하이닉스와 삼성전자가 6세대 고대역폭메모리(HBM4) 양산 경쟁에 들어갔다.',
        '업계에 따르면 두 회사는 올해 하반기부터 엔비디아 차세대 가속기에 들어갈 HBM4를 공급할 계획이다.',
        '한 업계 관계자는 "수율 안정화가 점유율을 가를 것"이라고 전망했다.',
      ].join('\n'),
    });
    expect(server.requestsTo('/news/articleView.html')[0]?.headers['user-agent']).toBe('news-alert-test/1.0');
  });

  it('decodes an EUC-KR page whose charset is declared only in <meta charset>', async () => {
    server.route('/euc-kr', { body: iconv.encode(page('euc-kr-meta.html'), 'cp949'), headers: { 'content-type': 'text/html' } });
    const article = await fetcher().fetchText(server.url('/euc-kr'));
    expect(article.title).toBe('똠양꿍 가격 인상');
    expect(article.text.split('\n')).toEqual([
      '태국 음식점들이 똠양꿍 가격을 한 그릇에 2천원씩 올리기로 했다고 11일 밝혔다.',
      '소비자 단체는 "뷁 소리가 절로 나온다"며 가격 인상 철회를 요구했다.',
      '업계는 새우와 향신료 수입 가격이 지난해보다 30% 넘게 올랐다고 설명했다.',
    ]);
  });

  it('follows redirects to the article', async () => {
    server.route('/amp/1', { status: 301, headers: { location: '/news/1' } });
    server.route('/news/1', { body: page('generic-article.html'), headers: HTML });
    const article = await fetcher().fetchText(server.url('/amp/1'));
    expect(article.via).toBe('readability');
    expect(article.text).toMatch(/^반도체 수출이 석 달 연속 늘어나며/);
  });

  it("throws FeedError 'parse' with the URL when the page holds no article", async () => {
    server.route('/gone', { body: page('no-article.html'), headers: HTML });
    const err = await feedError(fetcher().fetchText(server.url('/gone')));
    expect(err).toMatchObject({ reason: 'parse', url: server.url('/gone') });
    expect(err.message).toContain('no article text');
  });

  it("throws FeedError 'http-status' for an error status", async () => {
    const err = await feedError(fetcher().fetchText(server.url('/missing')));
    expect(err).toMatchObject({ reason: 'http-status', status: 404, url: server.url('/missing') });
  });

  it("throws FeedError 'not-a-feed' for a response that is not an HTML page", async () => {
    server.route('/report.pdf', { body: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), headers: { 'content-type': 'application/pdf' } });
    const err = await feedError(fetcher().fetchText(server.url('/report.pdf')));
    expect(err).toMatchObject({ reason: 'not-a-feed' });
    expect(err.message).toContain('application/pdf');
  });

  it('reads an HTML page served with a wrong media type', async () => {
    server.route('/mislabelled', { body: page('ndsoft-like.html'), headers: { 'content-type': 'application/octet-stream' } });
    expect((await fetcher().fetchText(server.url('/mislabelled'))).via).toBe('selector');
  });

  it("gives up after timeoutMs with FeedError 'timeout'", async () => {
    server.route('/slow', { hang: true });
    const started = performance.now();
    const err = await feedError(fetcher({ timeoutMs: 150 }).fetchText(server.url('/slow')));
    expect(err.reason).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("stops reading a body over maxBytes with FeedError 'too-large', also when no length is announced", async () => {
    const body = page('generic-article.html');
    expect(Buffer.byteLength(body)).toBeGreaterThan(2000);
    server.route('/big', { body, headers: HTML });
    server.route('/big-chunked', { body, headers: HTML, chunkSize: 256 });
    const small = fetcher({ maxBytes: 2000 });
    expect((await feedError(small.fetchText(server.url('/big')))).reason).toBe('too-large');
    expect((await feedError(small.fetchText(server.url('/big-chunked')))).reason).toBe('too-large');
  });

  it('rejects limits that are not positive', () => {
    expect(() => fetcher({ timeoutMs: 0 })).toThrow(RangeError);
    expect(() => fetcher({ maxBytes: -1 })).toThrow(RangeError);
  });
});

/**
 * The main text of an article page, for feeds whose items carry only a lead
 * (`fetchArticle: true`; notes/korean.md §1: Korean feeds give title and
 * summary only). Fetches with the feed client (same timeout, byte cap and
 * redirect limit), decodes with page-charset.ts, extracts with
 * extract-article-text.ts. Every failure is a FeedError naming the URL and a
 * reason: the fetch ones of http-fetch.ts, 'not-a-feed' for a response that
 * is not an HTML page, 'parse' when the page holds no article text.
 */
import { FeedError } from '../../core/errors.ts';
import { DEFAULT_MAX_REDIRECTS } from '../feeds/http-feed-source.ts';
import { fetchFeedBytes } from '../feeds/http-fetch.ts';
import { sniffDocument } from '../feeds/sniff-document.ts';
import { extractArticleText, type ArticleText } from './extract-article-text.ts';
import { decodePageBytes } from './page-charset.ts';

export { extractArticleText, MIN_ARTICLE_CHARS, type ArticleText } from './extract-article-text.ts';

export interface ArticleTextFetcher {
  /** Throws FeedError (url, reason) when the page cannot be fetched or holds no article. */
  fetchText(url: string, signal?: AbortSignal): Promise<ArticleText>;
}

export interface ArticleTextFetcherOptions {
  /** One limit for connect + headers + redirects + the whole body. */
  timeoutMs: number;
  /** Body size cap in bytes; also bounds the HTML handed to the parser. */
  maxBytes: number;
  userAgent: string;
  /** Default 5, as for feeds. */
  maxRedirects?: number;
  /** Clock for Retry-After dates; default the system clock. */
  now?: () => Date;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Media types that are HTML pages. Anything else is accepted only if the body starts like HTML. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function createArticleTextFetcher(opts: ArticleTextFetcherOptions): ArticleTextFetcher {
  if (!(opts.timeoutMs > 0) || !(opts.maxBytes > 0)) throw new RangeError('timeoutMs and maxBytes must be positive');
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const now = opts.now ?? (() => new Date());
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;

  return {
    async fetchText(url: string, signal?: AbortSignal): Promise<ArticleText> {
      const res = await fetchFeedBytes(url, {
        timeoutMs: opts.timeoutMs,
        maxBytes: opts.maxBytes,
        userAgent: opts.userAgent,
        maxRedirects,
        now,
        fetch: fetchImpl,
        signal,
      });
      // No validators are sent, so a 304 is a server bug; it has no page to read.
      if (res.kind === 'not-modified') {
        throw new FeedError({ url, reason: 'http-status', status: 304 }, `GET ${url} failed: HTTP 304 without a conditional request`);
      }
      const via = res.url === url ? '' : ` (redirected to ${res.url})`;
      const html = decodePageBytes(res.body, res.contentType);
      const mime = res.contentType?.split(';')[0]?.trim().toLowerCase();
      if (mime && !HTML_TYPES.has(mime) && sniffDocument(html).kind !== 'html') {
        throw new FeedError({ url, reason: 'not-a-feed' }, `GET ${url}: the response is ${mime}, not an HTML page${via}`);
      }
      const article = extractArticleText(html, res.url);
      if (article === undefined) {
        throw new FeedError({ url, reason: 'parse' }, `GET ${url}: no article text found on the page${via}`);
      }
      return article;
    },
  };
}

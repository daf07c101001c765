/** FeedSource over HTTP: fetch bytes (http-fetch.ts) → decode (charset.ts) → parse (parse-feed.ts). */
import type { FeedFetchResult, FeedRequest, FeedSource } from '../../app/ports.ts';
import { isValidTimeZone } from '../../core/time/zone.ts';
import { parseInThread, type FeedParser } from './decode-and-parse.ts';
import type { DownloadLimit } from './download-limit.ts';
import { fetchFeedBytes } from './http-fetch.ts';

export interface HttpFeedSourceOptions {
  /** One limit for connect + headers + redirects + the whole body. */
  timeoutMs: number;
  /** Body size cap in bytes (after content decoding). */
  maxBytes: number;
  userAgent: string;
  /** IANA zone for feed timestamps without an offset. */
  timeZone: string;
  /** Default 5. */
  maxRedirects?: number;
  now: () => Date;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Where decoding and parsing run; default in this thread (parse-pool.ts runs them in workers). */
  parse?: FeedParser;
  /** Shared with other downloads (article pages); default no limit of its own (the caller's). */
  downloads?: DownloadLimit;
}

export const DEFAULT_MAX_REDIRECTS = 5;

export function createHttpFeedSource(opts: HttpFeedSourceOptions): FeedSource {
  if (!isValidTimeZone(opts.timeZone)) throw new RangeError(`Unknown time zone "${opts.timeZone}"`);
  if (!(opts.timeoutMs > 0) || !(opts.maxBytes > 0)) throw new RangeError('timeoutMs and maxBytes must be positive');
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const { downloads } = opts;

  return {
    async fetch(feed: FeedRequest, signal?: AbortSignal): Promise<FeedFetchResult> {
      const download = () =>
        fetchFeedBytes(feed.url, {
          timeoutMs: opts.timeoutMs,
          maxBytes: opts.maxBytes,
          userAgent: opts.userAgent,
          maxRedirects,
          now: opts.now,
          fetch: fetchImpl,
          etag: feed.etag,
          lastModified: feed.lastModified,
          signal,
        });
      const res = await (downloads ? downloads.run(download) : download());
      if (res.kind === 'not-modified') return res;
      const parsed = await (opts.parse ?? parseInThread)({
        bytes: res.body,
        contentType: res.contentType,
        url: feed.url,
        timeZone: opts.timeZone,
        now: opts.now(),
        screen: feed.screen && { feed: { name: feed.name, url: feed.url }, matcher: feed.screen.matcher },
      });
      const validators = { etag: res.etag, lastModified: res.lastModified };
      if (parsed.kind === 'entries') return { kind: 'ok', entries: parsed.entries, title: parsed.title, ...validators };
      return { kind: 'screened', screened: parsed.screened, items: parsed.items, title: parsed.title, ...validators };
    },
  };
}

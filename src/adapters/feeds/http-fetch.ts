/**
 * Feed bytes over HTTP with the limits a poller needs: one timeout covering
 * connect, headers, redirects and the whole body; a byte cap enforced while
 * streaming; redirects followed by hand (at most `maxRedirects`, 5 like
 * rss-parser and browsers' feed readers); conditional GET. Every failure is a
 * FeedError whose message names the URL and the reason in plain words.
 */
import { STATUS_CODES } from 'node:http';
import { FeedError, type FeedErrorReason } from '../../core/errors.ts';
import { parseRetryAfter } from './retry-after.ts';

export interface HttpFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  maxRedirects: number;
  now: () => Date;
  fetch: typeof fetch;
  /** Validators from the last 200, sent as If-None-Match / If-Modified-Since. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Outer cancellation (shutdown, a poll deadline). */
  signal?: AbortSignal | undefined;
}

export type HttpFetchResult =
  | { kind: 'not-modified'; etag?: string | undefined; lastModified?: string | undefined }
  | {
      kind: 'ok';
      /** URL after redirects. */
      url: string;
      status: number;
      contentType: string | undefined;
      body: Buffer;
      etag?: string | undefined;
      lastModified?: string | undefined;
    };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** Marks an abort caused by our own timer, to tell it apart from the caller's signal. */
class TimeoutMarker extends Error {}

/**
 * GETs `url`. Resolves with the body (or not-modified); throws FeedError for
 * timeouts, network errors, non-2xx statuses, oversize bodies and redirect
 * loops. If the caller's `signal` aborts, its reason is thrown as is (a
 * cancellation is not a feed failure) unless it is a TimeoutError.
 */
export async function fetchFeedBytes(url: string, opts: HttpFetchOptions): Promise<HttpFetchResult> {
  const fail = (reason: FeedErrorReason, what: string, extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) =>
    new FeedError({ url, reason, status: extra.status, retryAfterMs: extra.retryAfterMs }, `GET ${url} failed: ${what}`, { cause: extra.cause });

  const controller = new AbortController();
  // Made only when the timer fires: an Error captures a stack, which costs more than the rest of a fast request's set-up.
  let timeoutMarker: TimeoutMarker | undefined;
  const timer = setTimeout(() => controller.abort((timeoutMarker = new TimeoutMarker(`timed out after ${opts.timeoutMs} ms`))), opts.timeoutMs);
  const onOuterAbort = () => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onOuterAbort();
  else opts.signal?.addEventListener('abort', onOuterAbort, { once: true });

  const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: ACCEPT };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;

  let current = url;
  const via = () => (current === url ? '' : ` (redirected to ${current})`);
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await opts.fetch(current, { method: 'GET', headers, redirect: 'manual', signal: controller.signal });

      if (REDIRECT_STATUSES.has(res.status)) {
        const location = res.headers.get('location');
        await discard(res);
        if (!location) throw fail('http-status', `HTTP ${res.status} redirect without a Location header${via()}`, { status: res.status });
        if (redirects >= opts.maxRedirects) {
          throw fail('too-many-redirects', `more than ${opts.maxRedirects} redirects (the last one pointed to ${new URL(location, current).href})`);
        }
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw fail('network', `redirected to an unsupported URL ${next.href}`);
        }
        current = next.href;
        continue;
      }

      if (res.status === 304) {
        await discard(res);
        return {
          kind: 'not-modified',
          etag: res.headers.get('etag') ?? opts.etag,
          lastModified: res.headers.get('last-modified') ?? opts.lastModified,
        };
      }

      if (res.status < 200 || res.status > 299) {
        await discard(res);
        const retryAfterMs = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get('retry-after'), opts.now()) : undefined;
        const text = res.statusText || STATUS_CODES[res.status] || '';
        const retry = retryAfterMs !== undefined ? ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)` : '';
        throw fail('http-status', `HTTP ${res.status}${text ? ` ${text}` : ''}${retry}${via()}`, { status: res.status, retryAfterMs });
      }

      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        await discard(res);
        throw fail('too-large', `the server announced ${declared} bytes, over the limit of ${opts.maxBytes} bytes${via()}`);
      }
      const body = await readCapped(res, opts.maxBytes, controller);
      if (body === undefined) throw fail('too-large', `the response is larger than the limit of ${opts.maxBytes} bytes${via()}`);
      return {
        kind: 'ok',
        url: current,
        status: res.status,
        contentType: res.headers.get('content-type') ?? undefined,
        body,
        etag: res.headers.get('etag') ?? undefined,
        lastModified: res.headers.get('last-modified') ?? undefined,
      };
    }
  } catch (err) {
    if (err instanceof FeedError) throw err;
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
    if (timeoutMarker !== undefined && reason === timeoutMarker) throw fail('timeout', `${timeoutMarker.message}${via()}`, { cause: err });
    if (reason !== undefined && opts.signal?.aborted && reason === opts.signal.reason) {
      if (isTimeoutError(reason)) throw fail('timeout', `the caller's deadline passed${via()}`, { cause: reason });
      throw reason;
    }
    throw fail('network', `${describeNetworkError(err)}${via()}`, { cause: err });
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** Reads the body, stopping as soon as it passes `maxBytes` (undefined then). */
async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Buffer | undefined> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      controller.abort(new Error('body over the byte cap'));
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Releases the connection of a response whose body we do not want. */
async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

function isTimeoutError(e: unknown): boolean {
  return e instanceof Error && e.name === 'TimeoutError';
}

/** Node's fetch throws TypeError('fetch failed') with the useful part in `cause`. */
function describeNetworkError(err: unknown): string {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  if (!(cause instanceof Error)) return `network error: ${String(cause)}`;
  const code = (cause as NodeJS.ErrnoException).code;
  const message = cause.message || (cause instanceof AggregateError ? cause.errors.map(String).join('; ') : '');
  return `network error: ${message || code || cause.name}${code && !message.includes(code) ? ` (${code})` : ''}`;
}

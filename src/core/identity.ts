/**
 * Article identity: canonical links and the keys that say "seen before".
 *
 * Keys are readable strings, persisted by the store, so their format is a
 * contract: changing a rule here changes keys, and an article seen under an
 * old key would alert once more. Formats:
 *   guid:<canonical url>        a guid that is an http(s) URL (global)
 *   guid:<feed host>/<guid>     any other guid, scoped to the feed's host,
 *                               because short guids ("12345") from different
 *                               outlets would otherwise collide and hide news
 *   url:<canonical url>         the entry's link
 *   hash:<32 hex>               sha256 of normalised title + summary text,
 *                               only when there is neither guid nor link
 */
import { createHash } from 'node:crypto';
import { htmlToText } from './text/html-to-text.ts';

/*
 * Tracking parameters removed from links. Only parameters that are clearly
 * tracking: the list of miniflux/v2 internal/reader/urlcleaner/urlcleaner.go
 * (itself drawn from AdGuard TrackParamFilter, Firefox query-stripping and
 * Neat-URL), narrowed to the ones seen on news links, plus igshid (Instagram,
 * Neat-URL), _ga/_gl (Google Analytics cross-domain linker) and ref_src
 * (Twitter's `twsrc^tfw`). Deliberately kept: `from`, `spm`, `cmpid`, `ref`
 * and anything else generic, since Korean outlets carry article ids in the
 * query (`?no=`, `?idxno=`, `?id=`) and an over-eager list merges two
 * different articles into one key, which silently drops an alert.
 * Names are compared case-insensitively, as miniflux does.
 */
const TRACKING_PREFIXES = ['utm_', 'mtm_'];
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'gclsrc', 'msclkid', 'yclid', 'ysclid',
  'twclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok',
  'srsltid', 'ref_src',
]);

const ABSOLUTE_HTTP = /^https?:\/\//i;
const ESCAPE = /%[0-9a-f]{2}/gi;
/** True exactly when ESCAPE's upper-casing would change something (escapes never overlap). */
const LOWERCASE_ESCAPE = /%(?:[a-f][0-9a-fA-F]|[0-9A-F][a-f])/;

/**
 * The canonical form of an http(s) link, or undefined when it is not one.
 * Relative links resolve against `base` (the feed URL). The WHATWG parser
 * lower-cases scheme and host, drops default ports and percent-encodes;
 * on top of that the fragment is dropped (except `#!` routes, which name
 * content), tracking parameters are removed, the rest are sorted by name
 * (stable, so repeated names keep their order) and percent escapes are
 * upper-cased (RFC 3986 §6.2.2.1). Every other parameter is kept verbatim.
 */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  // `http://…` and `https://…` parse the same with or without a base (WHATWG
  // URL: the authority comes from the input), so the base need not be parsed.
  const baseUrl = base === undefined || ABSOLUTE_HTTP.test(trimmed) ? undefined : parsedBase(base);
  const url = parseUrl(trimmed, baseUrl);
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return undefined;
  }
  return canonicalHref(url.href);
}

/**
 * Drops the fragment (unless `#!`) and the tracking parameters of a
 * serialised http(s) URL, then upper-cases escapes. Works on the string:
 * in a serialised URL `?` and `#` are percent-encoded everywhere before the
 * query, and `#` inside the query, so the first `#` starts the fragment and
 * the first `?` before it the query. The kept query is already serialised,
 * so it equals what the `search` setter would store (re-encoding is a no-op).
 */
function canonicalHref(href: string): string {
  const hashAt = href.indexOf('#');
  const end = hashAt === -1 ? href.length : hashAt;
  const fragment = hashAt !== -1 && href.startsWith('#!', hashAt) ? href.slice(hashAt) : '';
  const queryAt = href.indexOf('?');
  const hasQuery = queryAt !== -1 && queryAt < end;
  const out = hasQuery
    ? href.slice(0, queryAt) + cleanQuery(href.slice(queryAt + 1, end)) + fragment
    : href.slice(0, end) + fragment;
  return LOWERCASE_ESCAPE.test(out) ? out.replace(ESCAPE, (escape) => escape.toUpperCase()) : out;
}

/**
 * Identity keys of an entry, best first. Pass the feed URL: it resolves
 * relative links and scopes guids that are not URLs. Both the guid key and
 * the url key are returned when both exist, so the same story reached by its
 * guid in one feed and by its (tracking-laden) link in another is one article.
 */
export function articleKeys(
  entry: { guid?: string | undefined; link?: string | undefined; title?: string | undefined; summary?: string | undefined },
  feedUrl?: string,
): string[] {
  return articleIdentity(entry, feedUrl).keys;
}

/** articleKeys together with the canonical link (canonicalUrl of the entry's link), computed once. */
export function articleIdentity(
  entry: { guid?: string | undefined; link?: string | undefined; title?: string | undefined; summary?: string | undefined },
  feedUrl?: string,
): { url: string | undefined; keys: string[] } {
  const keys: string[] = [];
  const link = entry.link === undefined ? undefined : canonicalUrl(entry.link, feedUrl);
  const guid = entry.guid?.trim();
  if (guid) {
    // A guid equal to the link (common) is the same absolute URL: reuse its canonical form.
    const sameAsLink = link !== undefined && guid === entry.link?.trim() && ABSOLUTE_HTTP.test(guid);
    keys.push(sameAsLink ? `guid:${link}` : guidKey(guid, feedUrl));
  }
  if (link !== undefined) keys.push(`url:${link}`);
  if (keys.length === 0) {
    const hash = contentHash(entry.title ?? '', entry.summary ?? '');
    if (hash !== undefined) keys.push(`hash:${hash}`);
  }
  return { url: link, keys };
}

function guidKey(guid: string, feedUrl: string | undefined): string {
  if (ABSOLUTE_HTTP.test(guid)) {
    const url = canonicalUrl(guid);
    if (url !== undefined) return `guid:${url}`;
  }
  const host = feedUrl === undefined ? undefined : parsedBase(feedUrl)?.hostname;
  return host ? `guid:${host}/${guid}` : `guid:${guid}`;
}

/**
 * sha256 of title and summary as plain text, NFC, lower-cased, whitespace
 * collapsed; 128 bits (32 hex) is ample for per-deployment uniqueness. The
 * normalisation is frozen here on purpose (not shared with the matcher's),
 * so tuning matching never changes stored keys.
 */
function contentHash(title: string, summary: string): string | undefined {
  const text = [title, summary].map((part) =>
    htmlToText(part).normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim(),
  );
  if (text.every((part) => part === '')) return undefined;
  return createHash('sha256').update(text.join('\n')).digest('hex').slice(0, 32);
}

/** The query (without `?`) minus tracking parameters, sorted by name; `?`-prefixed, or '' when nothing is left. */
function cleanQuery(query: string): string {
  const kept: string[] = [];
  const names: string[] = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (isTrackingParam(paramName(name))) continue;
    kept.push(pair);
    names.push(name);
  }
  if (kept.length === 0) return '';
  return `?${sortedByName(kept, names).join('&')}`;
}

/** Pairs stably sorted by their raw (still encoded) names, compared by code unit. */
function sortedByName(pairs: string[], names: string[]): string[] {
  let sorted = true;
  for (let i = 1; i < names.length && sorted; i += 1) sorted = (names[i - 1] as string) <= (names[i] as string);
  if (sorted) return pairs;
  // Array.prototype.sort is stable (ES2019), so repeated names keep their order.
  return pairs
    .map((pair, i) => ({ pair, name: names[i] as string }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ pair }) => pair);
}

/** A parameter name as form decoding reads it (`+` is a space), lower-cased. */
function paramName(raw: string): string {
  const spaced = raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  if (!spaced.includes('%')) return spaced.toLowerCase();
  try {
    return decodeURIComponent(spaced).toLowerCase();
  } catch {
    return spaced.toLowerCase();
  }
}

function isTrackingParam(name: string): boolean {
  for (const prefix of TRACKING_PREFIXES) if (name.startsWith(prefix)) return true;
  return TRACKING_PARAMS.has(name);
}

function parseUrl(raw: string, base?: URL): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/*
 * The last base parsed, kept because every entry of a feed passes the same
 * feed URL. The URL object is only read (as a base and for its hostname),
 * never modified, so sharing it is safe.
 */
let lastBase: { raw: string; url: URL | undefined } | undefined;

function parsedBase(raw: string): URL | undefined {
  if (lastBase?.raw !== raw) lastBase = { raw, url: parseUrl(raw) };
  return lastBase.url;
}

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
  const url = parseUrl(trimmed, base === undefined ? undefined : parseUrl(base));
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return undefined;
  }
  if (!url.hash.startsWith('#!')) url.hash = '';
  // Setting an empty search also removes a trailing `?`.
  url.search = cleanQuery(url.search);
  return url.href.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
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
  const keys: string[] = [];
  const guid = entry.guid?.trim();
  if (guid) keys.push(guidKey(guid, feedUrl));
  const link = entry.link === undefined ? undefined : canonicalUrl(entry.link, feedUrl);
  if (link !== undefined) keys.push(`url:${link}`);
  if (keys.length === 0) {
    const hash = contentHash(entry.title ?? '', entry.summary ?? '');
    if (hash !== undefined) keys.push(`hash:${hash}`);
  }
  return keys;
}

function guidKey(guid: string, feedUrl: string | undefined): string {
  if (/^https?:\/\//i.test(guid)) {
    const url = canonicalUrl(guid);
    if (url !== undefined) return `guid:${url}`;
  }
  const host = feedUrl === undefined ? undefined : parseUrl(feedUrl)?.hostname;
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

function cleanQuery(search: string): string {
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)))
    .map((pair) => ({ pair, name: pair.split('=', 1)[0] ?? '' }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ pair }) => pair);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

function paramName(pair: string): string {
  const raw = (pair.split('=', 1)[0] ?? '').replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

function isTrackingParam(name: string): boolean {
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

function parseUrl(raw: string, base?: URL): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

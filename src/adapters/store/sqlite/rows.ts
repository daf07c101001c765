/**
 * Conversions between the model and SQLite rows. Rules (see migrations.ts):
 * Dates are epoch milliseconds, undefined is NULL, booleans are 0/1, lists
 * are JSON text. better-sqlite3 cannot bind booleans or undefined, so every
 * value bound here is a number, string or null.
 */
import type { KeywordHit } from '../../../core/article.ts';
import type { Fact } from '../../../core/facts/fact.ts';
import type { FeedState, FeedStatus, Heartbeat, StoredArticle } from '../../../app/ports.ts';

/** Epoch ms of a Date; refuses an invalid Date rather than storing NULL or NaN. */
export function toMs(date: Date, field: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`store: ${field} is an invalid Date`);
  return ms;
}

function toMsOrNull(date: Date | undefined, field: string): number | null {
  return date === undefined ? null : toMs(date, field);
}

function fromMsOrUndefined(ms: number | null): Date | undefined {
  return ms === null ? undefined : new Date(ms);
}

function orUndefined<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

// ---------------------------------------------------------------- feeds

export interface FeedRow {
  url: string;
  name: string;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: number | null;
  last_success_at: number | null;
  last_status: string | null;
  last_error: string | null;
  consecutive_failures: number;
  next_poll_at: number | null;
  last_item_count: number | null;
}

export function feedToRow(s: FeedState): FeedRow {
  return {
    url: s.url,
    name: s.name,
    etag: s.etag ?? null,
    last_modified: s.lastModified ?? null,
    last_fetch_at: toMsOrNull(s.lastFetchAt, 'lastFetchAt'),
    last_success_at: toMsOrNull(s.lastSuccessAt, 'lastSuccessAt'),
    last_status: s.lastStatus ?? null,
    last_error: s.lastError ?? null,
    consecutive_failures: s.consecutiveFailures,
    next_poll_at: toMsOrNull(s.nextPollAt, 'nextPollAt'),
    last_item_count: s.lastItemCount ?? null,
  };
}

export function feedFromRow(r: FeedRow): FeedState {
  return {
    url: r.url,
    name: r.name,
    etag: orUndefined(r.etag),
    lastModified: orUndefined(r.last_modified),
    lastFetchAt: fromMsOrUndefined(r.last_fetch_at),
    lastSuccessAt: fromMsOrUndefined(r.last_success_at),
    // The CHECK constraint in the schema admits only FeedStatus values.
    lastStatus: orUndefined(r.last_status) as FeedStatus | undefined,
    lastError: orUndefined(r.last_error),
    consecutiveFailures: r.consecutive_failures,
    nextPollAt: fromMsOrUndefined(r.next_poll_at),
    lastItemCount: orUndefined(r.last_item_count),
  };
}

/** An item memory's hashes as a blob: float64s, little-endian whatever the platform's byte order. */
export function hashesToBlob(hashes: Float64Array): Buffer {
  const blob = Buffer.allocUnsafe(hashes.length * 8);
  for (let i = 0; i < hashes.length; i++) blob.writeDoubleLE(hashes[i]!, i * 8);
  return blob;
}

export function hashesFromBlob(blob: Buffer): Float64Array {
  if (blob.byteLength % 8 !== 0) throw new Error(`store: an item memory of ${blob.byteLength} bytes is not a list of 8-byte hashes`);
  const hashes = new Float64Array(blob.byteLength / 8);
  for (let i = 0; i < hashes.length; i++) hashes[i] = blob.readDoubleLE(i * 8);
  return hashes;
}

// ---------------------------------------------------------------- articles

export interface ArticleRow {
  id: string;
  keys: string;
  feed: string;
  feed_url: string;
  title: string;
  url: string | null;
  summary: string;
  published: number;
  published_from_feed: number;
  author: string | null;
  topics: string;
  hits: string;
  first_seen_at: number;
  /** NULL only in a row no store wrote (see migration 4); read as the article's own id. */
  story_id: string | null;
  facts: string | null;
  fact_keys: string | null;
}

/**
 * The keys an article is known by: its id and all its keys, without repeats.
 * The id is included even if a caller left it out of `keys`, so an article
 * can never be inserted twice under the same id.
 */
export function identityKeys(a: { id: string; keys: readonly string[] }): readonly string[] {
  // Usual case (the id is the first key, no repeats) without allocating.
  if (a.keys[0] === a.id && !hasRepeats(a.keys)) return a.keys;
  return [...new Set([a.id, ...a.keys])];
}

/** Quadratic, which beats building a Set for the two or three keys an article has. */
function hasRepeats(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (list.lastIndexOf(list[i]!, i - 1) !== -1) return true;
  return false;
}

/**
 * The values of an `articles` row in ARTICLE_COLUMNS order (statements.ts):
 * positional binding costs better-sqlite3 less than binding by name.
 */
export type ArticleValues = [
  id: string,
  keys: string,
  feed: string,
  feed_url: string,
  title: string,
  url: string | null,
  summary: string,
  published: number,
  published_from_feed: number,
  author: string | null,
  topics: string,
  hits: string,
  first_seen_at: number,
  story_id: string,
  facts: string | null,
  fact_keys: string | null,
];

/** `keys` are the article's identity keys (identityKeys), computed once by the caller. */
export function articleValues(a: StoredArticle, keys: readonly string[]): ArticleValues {
  return [
    a.id,
    JSON.stringify(keys),
    a.feed,
    a.feedUrl,
    a.title,
    a.url ?? null,
    a.summary,
    toMs(a.published, `published of article ${a.id}`),
    a.publishedFromFeed ? 1 : 0,
    a.author ?? null,
    JSON.stringify(a.topics),
    JSON.stringify(a.hits),
    toMs(a.firstSeenAt, `firstSeenAt of article ${a.id}`),
    a.storyId ?? a.id,
    a.facts === undefined ? null : JSON.stringify(a.facts),
    a.factKeys === undefined ? null : JSON.stringify(a.factKeys),
  ];
}

export function articleFromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    keys: JSON.parse(r.keys) as string[],
    feed: r.feed,
    feedUrl: r.feed_url,
    title: r.title,
    url: orUndefined(r.url),
    summary: r.summary,
    published: new Date(r.published),
    publishedFromFeed: r.published_from_feed === 1,
    author: orUndefined(r.author),
    topics: JSON.parse(r.topics) as string[],
    hits: JSON.parse(r.hits) as KeywordHit[],
    firstSeenAt: new Date(r.first_seen_at),
    storyId: r.story_id ?? r.id,
    facts: r.facts === null ? undefined : (JSON.parse(r.facts) as Fact[]),
    factKeys: r.fact_keys === null ? undefined : (JSON.parse(r.fact_keys) as string[]),
  };
}

// ---------------------------------------------------------------- heartbeat

export interface HeartbeatRow {
  last_cycle_at: number;
  next_cycle_at: number | null;
}

export function heartbeatToRow(beat: Heartbeat): HeartbeatRow {
  return {
    last_cycle_at: toMs(beat.lastCycleAt, 'lastCycleAt'),
    next_cycle_at: toMsOrNull(beat.nextCycleAt, 'nextCycleAt'),
  };
}

export function heartbeatFromRow(r: HeartbeatRow): Heartbeat {
  return { lastCycleAt: new Date(r.last_cycle_at), nextCycleAt: fromMsOrUndefined(r.next_cycle_at) };
}

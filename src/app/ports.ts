/**
 * Interfaces the application layer needs from the outside world. Adapters in
 * src/adapters implement them; tests use fakes. Owned here, by their consumer.
 */
import type { Article, FeedEntry, KeywordHit } from '../core/article.ts';
import type { SettingsStore } from './settings/settings-store.ts';
import type { Fact } from '../core/facts/fact.ts';
import type { DigestMessage, OutboundMessage } from '../core/message.ts';
import type { KeywordMatcher } from '../core/match/keyword-matcher.ts';
import type { ScreenedFeed } from '../core/screen-entries.ts';

export interface Clock {
  now(): Date;
}

/** The pino subset we use, so tests can pass a recording logger. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

// ---------------------------------------------------------------- feeds

export interface FeedRequest {
  name: string;
  url: string;
  /** Validators from the last successful fetch, for a conditional GET. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /**
   * Screen the entries (src/core/screen-entries.ts) while parsing: a source
   * that parses off the main thread answers 'screened', so the cycle gets
   * key hashes instead of whole entries for what matched nothing. A source may
   * ignore it and answer 'ok'; the cycle then screens the entries itself.
   */
  screen?: ScreenRequest | undefined;
}

export interface ScreenRequest {
  matcher: KeywordMatcher;
}

interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type FeedFetchResult =
  | ({ kind: 'not-modified' } & Validators)
  | ({ kind: 'ok'; entries: FeedEntry[]; title?: string | undefined } & Validators)
  | ({ kind: 'screened'; screened: ScreenedFeed; items: number; title?: string | undefined } & Validators);

/** Fetches, decodes and parses one feed. Throws FeedError (src/core/errors.ts) on failure. */
export interface FeedSource {
  fetch(feed: FeedRequest, signal?: AbortSignal): Promise<FeedFetchResult>;
}

/** Reads an article page's main text (feeds with `fetchArticle: true`). Throws FeedError. */
export interface ArticleTextSource {
  fetchText(url: string, signal?: AbortSignal): Promise<{ text: string }>;
}

// ---------------------------------------------------------------- store

export type FeedStatus = 'ok' | 'not-modified' | 'error';

/** What we remember about a feed between polls; keyed by URL (names may be renamed). */
export interface FeedState {
  url: string;
  name: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  lastFetchAt?: Date | undefined;
  /** Last fetch that returned 200 or 304. Undefined = never polled successfully (backfill applies). */
  lastSuccessAt?: Date | undefined;
  lastStatus?: FeedStatus | undefined;
  lastError?: string | undefined;
  consecutiveFailures: number;
  /** Not polled before this time (backoff or Retry-After). */
  nextPollAt?: Date | undefined;
  lastItemCount?: number | undefined;
}

/** A delivery sent at `at`; `ref` is the platform's message reference, for threading updates under it. */
export interface SentMark {
  id: number;
  at: Date;
  ref?: string | undefined;
}

/** A feed's item memory (src/core/item-memory.ts): hashes of the keys of the entries it listed lately. */
export interface ItemMemory {
  feedUrl: string;
  hashes: Float64Array;
}

/** An article as kept in the store, with why it matched. */
export interface StoredArticle extends Article {
  topics: string[];
  hits: KeywordHit[];
  firstSeenAt: Date;
  /** The story (same event across outlets) it belongs to: the id of the story's first article. */
  storyId?: string | undefined;
  /** Headline facts, best first (at most 3). */
  facts?: Fact[] | undefined;
  /** Keys of all its facts, for matching later reports of the same story. */
  factKeys?: string[] | undefined;
}

export type DeliveryKind = 'alert' | 'update';

export interface NewDelivery {
  articleId: string;
  channel: string;
  platform: string;
  /** Not attempted before this time. */
  notBefore: Date;
  /** alert: a new story for this channel; update: another outlet reported a story it was alerted to. Default alert. */
  kind?: DeliveryKind | undefined;
  /**
   * Held for a digest instead of sent on its own: until `until` (the end of
   * quiet hours), or until the channel's digest runs (`until: null`).
   */
  held?: { until: Date | null } | undefined;
}

export type DeliveryStatus = 'pending' | 'held' | 'sending' | 'sent' | 'failed' | 'unknown';

export interface Delivery {
  id: number;
  articleId: string;
  channel: string;
  platform: string;
  attempts: number;
  kind: DeliveryKind;
  article: StoredArticle;
}

export interface RecordResult {
  /** Ids of articles that were new and got inserted. */
  inserted: string[];
  /** Deliveries queued (only those of inserted articles). */
  queued: number;
}

export interface DeliveryCount {
  channel: string;
  status: DeliveryStatus;
  count: number;
  lastError?: string | undefined;
}

export interface ArticleQuery {
  /** Words that must all appear in title or summary (case-insensitive); empty = all. */
  text: string;
  since: Date;
  limit: number;
}

export interface Heartbeat {
  lastCycleAt: Date;
  nextCycleAt: Date | undefined;
}

/**
 * Persistence. Every method is async so a PostgreSQL implementation can
 * satisfy the same contract (test/adapters/store/store-contract.ts).
 */
export interface Store extends SettingsStore {
  listFeedStates(): Promise<FeedState[]>;
  /** Upserts the states and the item memories by feed URL, all in one transaction. */
  saveFeedStates(states: FeedState[], memories?: readonly ItemMemory[]): Promise<void>;
  /** The feed's item memory as last saved; undefined when none was. */
  loadItemMemory(feedUrl: string): Promise<Float64Array | undefined>;

  /** Which of these identity keys are already known (keys of recorded articles). */
  findKnownKeys(keys: string[]): Promise<Set<string>>;
  /**
   * In ONE transaction: insert the articles not yet known (by any of their
   * keys), and queue the deliveries of the inserted ones. A delivery for an
   * (article, channel) pair that exists already is ignored: at most once.
   */
  recordArticles(articles: readonly StoredArticle[], deliveries: NewDelivery[]): Promise<RecordResult>;
  searchArticles(query: ArticleQuery): Promise<StoredArticle[]>;

  /**
   * Marks up to `limit` pending deliveries whose time has come as 'sending'
   * (oldest first) and returns them. A claim is committed before sending, so
   * a crash mid-send can never cause a second send.
   */
  claimDueDeliveries(now: Date, limit: number): Promise<Delivery[]>;
  /** Marks these deliveries sent, in one transaction: all or none (throws, changing nothing, when one id is unknown). */
  markSentAll(marks: readonly SentMark[]): Promise<void>;
  /** retryAt = null: give up ('failed'). Otherwise back to 'pending' until retryAt. */
  markFailed(id: number, at: Date, error: string, retryAt: Date | null): Promise<void>;
  /** Claims left 'sending' by a process that died become 'unknown' (never resent). Returns how many. */
  releaseInterrupted(at: Date): Promise<number>;
  deliveryCounts(): Promise<DeliveryCount[]>;

  /**
   * Held deliveries of a channel, marked 'sending' and returned (oldest
   * first): with `releasedOnly`, only those whose hold has ended (quiet
   * hours over); otherwise all of them (the channel's digest is due).
   */
  claimHeld(channel: string, now: Date, opts: { releasedOnly: boolean }): Promise<Delivery[]>;
  /** The same selection as claimHeld, read only (for --dry-run). */
  listHeld(channel: string, now: Date, opts: { releasedOnly: boolean }): Promise<Delivery[]>;
  /** A digest that could not be sent: its deliveries go back to 'held' until `until` (attempts kept). */
  returnToHeld(ids: number[], until: Date | null, error: string): Promise<void>;
  /** Channels that have held deliveries whose hold has ended. */
  channelsWithReleasedHolds(now: Date): Promise<string[]>;

  /** Matched articles of the stories with an article first seen since `since` (all members of those stories). */
  recentStoryArticles(since: Date): Promise<StoredArticle[]>;
  /** Ids (and story ids) of the matched articles first seen since `since`: what changed, cheaply. */
  recentArticleRefs(since: Date): Promise<{ id: string; storyId: string }[]>;
  /** All matched articles of these stories, oldest first. */
  storyArticles(storyIds: string[]): Promise<StoredArticle[]>;
  /** For each story, the channels that have any delivery of it (any kind or status but 'failed'). */
  storyChannels(storyIds: string[]): Promise<Map<string, Set<string>>>;
  /** Platform reference of the story's sent alert in a channel (to thread updates under it). */
  storyAlertRef(storyId: string, channel: string): Promise<string | undefined>;

  /** The worker's heartbeat: when its last cycle finished and when the next is due. */
  saveHeartbeat(beat: Heartbeat): Promise<void>;
  getHeartbeat(): Promise<Heartbeat | undefined>;

  close(): Promise<void>;
}

// ---------------------------------------------------------------- delivery

/** Where a message goes: the configured channel, with its platform address. */
export interface ChannelTarget {
  name: string;
  platform: string;
  /** Slack or Discord channel id, or a webhook URL; undefined for the console. */
  address?: string | undefined;
}

/** A message ready to send: platform-specific payload plus the articles it carries. */
export interface OutgoingMessage {
  channel: string;
  platform: string;
  articles: string[];
  payload: unknown;
}

/** One message of a digest and the stories it shows. */
export interface DigestPayload {
  payload: unknown;
  stories: string[];
}

export interface SendOptions {
  /** Platform reference of an earlier message to reply to (a Slack thread_ts, a Discord message id). */
  replyTo?: string | undefined;
}

/**
 * One chat platform. `format` is pure (used for --dry-run too) and returns
 * the payloads to send in order (a long digest may need several messages);
 * `send` sends one and throws DeliveryError, with `retryable` false for
 * errors that will not fix themselves.
 */
export interface ChannelSink {
  readonly platform: string;
  /** Least time between two messages to one channel (Slack: about one per second). */
  readonly minIntervalMs?: number;
  format(message: OutboundMessage, channel: ChannelTarget): unknown[];
  /**
   * A digest's payloads as `format` gives them, each with the ids of the
   * stories it shows, so a digest that fails part-way keeps on hold only the
   * stories not shown yet. Without it every payload counts as showing all.
   */
  formatDigest?(message: DigestMessage, channel: ChannelTarget): DigestPayload[];
  send(channel: ChannelTarget, payload: unknown, options?: SendOptions): Promise<{ ref?: string | undefined }>;
}

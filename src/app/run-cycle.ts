/**
 * One poll cycle. Each feed, inside its concurrency slot: poll → normalise →
 * drop already-seen articles → match topics → route to channels (with the
 * first-poll backfill rule); the articles, their deliveries and the feed's
 * state are then written in batches (cycle-writes.ts).
 */
import { toArticle } from '../core/article-from-entry.ts';
import type { Article, MatchedArticle } from '../core/article.ts';
import type { KeywordMatcher } from '../core/match/keyword-matcher.ts';
import { matchTopics } from '../core/match/match-topics.ts';
import { routeArticles, type Backfill, type PlannedDelivery, type RouteChannel } from '../core/routing.ts';
import { CycleWrites, type FeedWrites, type Flushed } from './cycle-writes.ts';
import { pollFeeds, type FeedOutcome, type FeedRef } from './poll-feeds.ts';
import type { Clock, FeedSource, Logger, Store, StoredArticle } from './ports.ts';

export interface CycleDeps {
  source: FeedSource;
  store: Store;
  clock: Clock;
  logger: Logger;
}

export interface CycleSettings {
  feeds: readonly FeedRef[];
  channels: readonly RouteChannel[];
  matcher: KeywordMatcher;
  backfill: Backfill;
  concurrency: number;
}

export interface CycleOptions {
  /** Compute everything, change nothing in the store. */
  dryRun?: boolean | undefined;
  force?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onFeedDone?: ((done: number, total: number) => void) | undefined;
}

/** A matched article as reported by `once --json` (the full article is not kept: memory). */
export interface MatchedSummary {
  id: string;
  feed: string;
  title: string;
  url: string | undefined;
  published: Date;
  topics: string[];
  keywords: string[];
}

export interface CycleResult {
  startedAt: Date;
  feeds: FeedOutcome[];
  /** Articles first seen in this cycle that matched a topic (held back ones included). */
  matched: MatchedSummary[];
  /** Number of new articles seen (matched or not). */
  newArticles: number;
  deliveries: PlannedDelivery[];
  heldBack: PlannedDelivery[];
  /** Dry run only: the matched articles in full, to preview messages. */
  preview?: Map<string, StoredArticle> | undefined;
}

const summarize = (a: StoredArticle): MatchedSummary => ({
  id: a.id,
  feed: a.feed,
  title: a.title,
  url: a.url,
  published: a.published,
  topics: a.topics,
  keywords: [...new Set(a.hits.map((h) => h.keyword))],
});

export async function runCycle(deps: CycleDeps, settings: CycleSettings, opts: CycleOptions = {}): Promise<CycleResult> {
  const startedAt = deps.clock.now();
  const states = new Map((await deps.store.listFeedStates()).map((s) => [s.url, s]));
  const result: CycleResult = { startedAt, feeds: [], matched: [], newArticles: 0, deliveries: [], heldBack: [] };
  // Identity keys seen in this cycle: the same article in two feeds is handled once.
  const seenThisCycle = new Set<string>();

  const report = ({ inserted, parts }: Flushed) => {
    for (const part of parts) {
      const kept = part.articles.filter((a) => inserted.has(a.id));
      result.newArticles += kept.length;
      result.matched.push(...kept.filter((a) => a.topics.length > 0).map(summarize));
      result.deliveries.push(...part.deliveries.filter((d) => inserted.has(d.articleId)));
      result.heldBack.push(...part.heldBack.filter((d) => inserted.has(d.articleId)));
    }
  };
  const writes = new CycleWrites(deps.store, startedAt, report);
  if (opts.dryRun) result.preview = new Map();

  const afterPoll = async (outcome: FeedOutcome): Promise<void> => {
    const part = outcome.ok ? await feedWrites(outcome, deps.store, settings, seenThisCycle, startedAt) : undefined;
    outcome.entries = []; // release the raw entries; `items` keeps the count
    if (outcome.ok === undefined) return; // not polled: backing off
    if (!opts.dryRun) return writes.add(part, outcome.nextState);
    // A dry run reports everything as new and writes nothing.
    if (!part) return;
    for (const a of part.articles) if (a.topics.length > 0) result.preview?.set(a.id, a);
    report({ inserted: new Set(part.articles.map((a) => a.id)), parts: [part] });
  };
  result.feeds = await pollFeeds(
    settings.feeds,
    states,
    { source: deps.source, logger: deps.logger, now: () => deps.clock.now() },
    { concurrency: settings.concurrency, force: opts.force, signal: opts.signal, onFeedDone: opts.onFeedDone, afterPoll },
  );
  await writes.flush();

  deps.logger.info(
    {
      feeds: result.feeds.filter((o) => o.ok !== undefined).length,
      failed: result.feeds.filter((o) => o.ok === false).length,
      newArticles: result.newArticles,
      matched: result.matched.length,
      queued: result.deliveries.length,
      heldBack: result.heldBack.length,
      dryRun: Boolean(opts.dryRun),
    },
    'cycle finished',
  );
  return result;
}

/** A polled feed's new articles, matched and routed, ready to be written. */
async function feedWrites(
  outcome: FeedOutcome,
  store: Store,
  settings: CycleSettings,
  seenThisCycle: Set<string>,
  startedAt: Date,
): Promise<FeedWrites> {
  const fresh = await unseenArticles(outcome, store, seenThisCycle, startedAt);
  const articles: StoredArticle[] = fresh.map((a) => {
    const topics = matchTopics(settings.matcher, a);
    return { ...a, topics: topics.map((t) => t.topic), hits: topics.flatMap((t) => t.hits), firstSeenAt: startedAt };
  });
  const matched = articles.filter((a) => a.topics.length > 0) as MatchedArticle[];
  const firstPoll = new Set(outcome.firstPoll ? [outcome.feed.url] : []);
  const plan = routeArticles(matched, settings.channels, firstPoll, settings.backfill, startedAt);
  return { articles, deliveries: plan.deliveries, heldBack: plan.heldBack };
}

/** Normalises a feed's entries and keeps the articles not seen before (by any identity key), oldest first. */
async function unseenArticles(outcome: FeedOutcome, store: Store, seenThisCycle: Set<string>, now: Date): Promise<Article[]> {
  const articles: Article[] = [];
  for (const entry of outcome.entries) {
    const a = toArticle(entry, outcome.feed, now);
    if (!a || a.keys.some((k) => seenThisCycle.has(k))) continue;
    for (const k of a.keys) seenThisCycle.add(k);
    articles.push(a);
  }
  if (articles.length === 0) return [];
  const known = await store.findKnownKeys(articles.flatMap((a) => a.keys));
  return articles
    .filter((a) => !a.keys.some((k) => known.has(k)))
    .sort((x, y) => x.published.getTime() - y.published.getTime());
}

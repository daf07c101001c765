/**
 * One poll cycle. Each feed, inside its concurrency slot: poll → normalise →
 * drop already-seen articles → match topics → route to channels (with the
 * first-poll backfill rule) → record articles and queue deliveries in one
 * transaction → save the feed's state.
 *
 * Feed state (ETag, Last-Modified) is saved only after the feed's articles
 * are recorded: if recording failed after the validators advanced, the next
 * poll would get a 304 and those articles would be lost.
 */
import { toArticle } from '../core/article-from-entry.ts';
import type { Article, MatchedArticle } from '../core/article.ts';
import type { KeywordMatcher } from '../core/match/keyword-matcher.ts';
import { matchTopics } from '../core/match/match-topics.ts';
import { routeArticles, type Backfill, type PlannedDelivery, type RouteChannel } from '../core/routing.ts';
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

export interface CycleResult {
  startedAt: Date;
  feeds: FeedOutcome[];
  /** Articles first seen in this cycle that matched a topic (held back ones included). */
  matched: StoredArticle[];
  /** Number of new articles seen (matched or not). */
  newArticles: number;
  deliveries: PlannedDelivery[];
  heldBack: PlannedDelivery[];
}

export async function runCycle(deps: CycleDeps, settings: CycleSettings, opts: CycleOptions = {}): Promise<CycleResult> {
  const startedAt = deps.clock.now();
  const states = new Map((await deps.store.listFeedStates()).map((s) => [s.url, s]));
  const result: CycleResult = { startedAt, feeds: [], matched: [], newArticles: 0, deliveries: [], heldBack: [] };
  // Identity keys seen in this cycle: the same article in two feeds is handled once.
  const seenThisCycle = new Set<string>();

  const afterPoll = async (outcome: FeedOutcome): Promise<void> => {
    if (outcome.ok) await processFeed(outcome, { deps, settings, opts, result, seenThisCycle, startedAt });
    else if (outcome.ok === false && !opts.dryRun) await deps.store.saveFeedState(outcome.nextState);
    outcome.entries = []; // release the raw entries; `items` keeps the count
  };
  result.feeds = await pollFeeds(
    settings.feeds,
    states,
    { source: deps.source, logger: deps.logger, now: () => deps.clock.now() },
    { concurrency: settings.concurrency, force: opts.force, signal: opts.signal, onFeedDone: opts.onFeedDone, afterPoll },
  );

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

interface FeedContext {
  deps: CycleDeps;
  settings: CycleSettings;
  opts: CycleOptions;
  result: CycleResult;
  seenThisCycle: Set<string>;
  startedAt: Date;
}

async function processFeed(outcome: FeedOutcome, ctx: FeedContext): Promise<void> {
  const { deps, settings, startedAt } = ctx;
  const fresh = await unseenArticles(outcome, deps.store, ctx.seenThisCycle, startedAt);
  const stored: StoredArticle[] = fresh.map((a) => {
    const topics = matchTopics(settings.matcher, a);
    return { ...a, topics: topics.map((t) => t.topic), hits: topics.flatMap((t) => t.hits), firstSeenAt: startedAt };
  });
  const matched = stored.filter((a) => a.topics.length > 0);
  const firstPoll = new Set(outcome.firstPoll ? [outcome.feed.url] : []);
  const plan = routeArticles(matched as MatchedArticle[], settings.channels, firstPoll, settings.backfill, startedAt);

  let recorded = matched;
  let newCount = stored.length;
  if (!ctx.opts.dryRun) {
    const { inserted } = await deps.store.recordArticles(
      stored,
      plan.deliveries.map((d) => ({ ...d, notBefore: startedAt })),
    );
    // Another process may have recorded some of them meanwhile: report only ours.
    const ids = new Set(inserted);
    recorded = matched.filter((a) => ids.has(a.id));
    newCount = inserted.length;
    await deps.store.saveFeedState(outcome.nextState);
  }
  const ids = new Set(recorded.map((a) => a.id));
  ctx.result.newArticles += newCount;
  ctx.result.matched.push(...recorded);
  ctx.result.deliveries.push(...plan.deliveries.filter((d) => ids.has(d.articleId)));
  ctx.result.heldBack.push(...plan.heldBack.filter((d) => ids.has(d.articleId)));
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

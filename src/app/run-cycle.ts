/**
 * One poll cycle: poll due feeds → normalise → drop already-seen articles →
 * match topics → route to channels (with the first-poll backfill rule) →
 * record articles and queue deliveries in one transaction → save feed state.
 *
 * Feed state (ETag, Last-Modified) is saved only after the articles are
 * recorded: if recording failed after the validators advanced, the next
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
  const outcomes = await pollFeeds(
    settings.feeds,
    states,
    { source: deps.source, logger: deps.logger, now: () => deps.clock.now() },
    { concurrency: settings.concurrency, force: opts.force, signal: opts.signal, onFeedDone: opts.onFeedDone },
  );

  const fresh = await unseenArticles(outcomes, deps.store, startedAt);
  const stored: StoredArticle[] = fresh.map((a) => {
    const topics = matchTopics(settings.matcher, a);
    return { ...a, topics: topics.map((t) => t.topic), hits: topics.flatMap((t) => t.hits), firstSeenAt: startedAt };
  });
  const matched = stored.filter((a) => a.topics.length > 0);
  const firstPollFeeds = new Set(outcomes.filter((o) => o.firstPoll && o.ok).map((o) => o.feed.url));
  const plan = routeArticles(matched as MatchedArticle[], settings.channels, firstPollFeeds, settings.backfill, startedAt);

  let recorded = matched;
  if (!opts.dryRun) {
    const result = await deps.store.recordArticles(
      stored,
      plan.deliveries.map((d) => ({ ...d, notBefore: startedAt })),
    );
    // Another process may have recorded some of them meanwhile: report only ours.
    const inserted = new Set(result.inserted);
    recorded = matched.filter((a) => inserted.has(a.id));
    for (const o of outcomes) if (o.ok !== undefined) await deps.store.saveFeedState(o.nextState);
  }
  const ids = new Set(recorded.map((a) => a.id));
  const keep = (d: PlannedDelivery) => ids.has(d.articleId);

  deps.logger.info(
    {
      feeds: outcomes.filter((o) => o.ok !== undefined).length,
      failed: outcomes.filter((o) => o.ok === false).length,
      newArticles: stored.length,
      matched: recorded.length,
      queued: plan.deliveries.filter(keep).length,
      heldBack: plan.heldBack.filter(keep).length,
      dryRun: Boolean(opts.dryRun),
    },
    'cycle finished',
  );
  return {
    startedAt,
    feeds: outcomes,
    matched: recorded,
    newArticles: stored.length,
    deliveries: plan.deliveries.filter(keep),
    heldBack: plan.heldBack.filter(keep),
  };
}

/** Normalises the entries and keeps the articles not seen before (by any identity key), oldest first. */
async function unseenArticles(outcomes: readonly FeedOutcome[], store: Store, now: Date): Promise<Article[]> {
  const byKey = new Map<string, Article>();
  const articles: Article[] = [];
  for (const o of outcomes) {
    for (const entry of o.entries) {
      const a = toArticle(entry, o.feed, now);
      if (!a || a.keys.some((k) => byKey.has(k))) continue; // same article twice in this cycle: first wins
      for (const k of a.keys) byKey.set(k, a);
      articles.push(a);
    }
  }
  if (articles.length === 0) return [];
  const known = await store.findKnownKeys([...byKey.keys()]);
  return articles
    .filter((a) => !a.keys.some((k) => known.has(k)))
    .sort((x, y) => x.published.getTime() - y.published.getTime());
}

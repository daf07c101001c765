/**
 * One poll cycle. Each feed, inside its concurrency slot: poll (the source
 * parses, normalises and matches the entries, in a parse worker when there
 * is one: screen-entries.ts) → drop the matched articles seen before (in
 * this cycle, in the feed's item memory, or in the store) and update the
 * item memory (item-memory.ts) → for new matched articles, facts (from the
 * cleaned summary, or the article page when the feed asks) and the story
 * they belong to → route to channels (first-poll backfill, alert vs update,
 * digest and quiet-hours holds); the articles, their deliveries, the feed's
 * state and item memory are then written in batches (cycle-writes.ts).
 */
import { articleFacts } from '../core/article-facts.ts';
import { planStoryDeliveries, type PlanChannel, type StoryDelivery } from '../core/delivery-plan.ts';
import { FeedError } from '../core/errors.ts';
import type { KeywordMatcher } from '../core/match/keyword-matcher.ts';
import { countNewItems, isRemembered, listedHashes, rememberItems, sameMemory } from '../core/item-memory.ts';
import type { MatchedArticle } from '../core/article.ts';
import { screenEntries } from '../core/screen-entries.ts';
import { stripTitlePrefix } from '../core/text/clean-boilerplate.ts';
import { routeArticles, type Backfill, type PlannedDelivery, type RouteChannel } from '../core/routing.ts';
import { StoryCache, type CycleStories } from './cycle-stories.ts';
import { CycleWrites, type FeedWrites, type Flushed } from './cycle-writes.ts';
import { pollFeeds, type FeedOutcome, type FeedRef } from './poll-feeds.ts';
import type { ArticleTextSource, Clock, FeedSource, Logger, ScreenRequest, Store, StoredArticle } from './ports.ts';

export interface CycleDeps {
  source: FeedSource;
  store: Store;
  clock: Clock;
  logger: Logger;
  articleText?: ArticleTextSource | undefined;
  /** Stories kept between cycles; a fresh cache (loaded from the store) when absent. */
  stories?: StoryCache | undefined;
}

export interface CycleFeed extends FeedRef {
  /** Read the article page for facts (matched articles only). */
  fetchArticle?: boolean | undefined;
}

export interface CycleSettings {
  feeds: readonly CycleFeed[];
  channels: readonly (RouteChannel & PlanChannel)[];
  matcher: KeywordMatcher;
  backfill: Backfill;
  /** Feeds in progress at once: downloading, waiting for the parser, or being stored (the source limits downloads itself). */
  concurrency: number;
  timeZone: string;
  /** Reports of one event within this window form one story. */
  storyWindowMs: number;
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
  storyId: string | undefined;
}

export interface CycleResult {
  startedAt: Date;
  feeds: FeedOutcome[];
  /** Articles first seen in this cycle that matched a topic (held back ones included). */
  matched: MatchedSummary[];
  /** New articles: the matched ones recorded, plus the unmatched entries no feed's item memory held. */
  newArticles: number;
  deliveries: StoryDelivery[];
  heldBack: PlannedDelivery[];
  /** Stories that got an article in this cycle. */
  stories: Set<string>;
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
  storyId: a.storyId,
});

export async function runCycle(deps: CycleDeps, settings: CycleSettings, opts: CycleOptions = {}): Promise<CycleResult> {
  const startedAt = deps.clock.now();
  const states = new Map((await deps.store.listFeedStates()).map((s) => [s.url, s]));
  const cache = deps.stories ?? new StoryCache(settings.storyWindowMs);
  await cache.refresh(deps.store, startedAt);
  const stories = cache.forCycle(Boolean(opts.dryRun));
  const result: CycleResult = { startedAt, feeds: [], matched: [], newArticles: 0, deliveries: [], heldBack: [], stories: stories.touched };
  // Identity keys of matched articles seen in this cycle and not yet written: the same article
  // in two feeds is handled once. Once written, the store knows them (and a dry run writes nothing).
  const seenThisCycle = new Set<string>();

  const report = ({ inserted, parts }: Flushed) => {
    for (const part of parts) {
      const kept = part.articles.filter((a) => inserted.has(a.id));
      result.newArticles += kept.length + part.newUnmatched;
      result.matched.push(...kept.map(summarize));
      result.deliveries.push(...part.deliveries.filter((d) => inserted.has(d.articleId)));
      result.heldBack.push(...part.heldBack.filter((d) => inserted.has(d.articleId)));
    }
  };
  const writes = new CycleWrites(deps.store, startedAt, (flushed) => {
    report(flushed);
    for (const part of flushed.parts) for (const a of part.articles) for (const k of a.keys) seenThisCycle.delete(k);
  });
  if (opts.dryRun) result.preview = new Map();
  const ctx: FeedContext = { deps, dryRun: Boolean(opts.dryRun), settings, seenThisCycle, startedAt, stories, signal: opts.signal };

  const screen = (): ScreenRequest => ({ matcher: settings.matcher });
  const afterPoll = async (outcome: FeedOutcome): Promise<void> => {
    const part = outcome.ok ? await feedWrites(outcome, ctx) : undefined;
    outcome.entries = []; // release the raw entries; `items` keeps the count
    outcome.screened = undefined;
    if (outcome.ok === undefined) return; // not polled: backing off
    if (!opts.dryRun) return writes.add(part, outcome.nextState);
    // A dry run reports everything as new and writes nothing.
    if (!part) return;
    for (const a of part.articles) result.preview?.set(a.id, a);
    report({ inserted: new Set(part.articles.map((a) => a.id)), parts: [part] });
  };
  result.feeds = await pollFeeds(
    settings.feeds,
    states,
    { source: deps.source, logger: deps.logger, now: () => deps.clock.now() },
    { concurrency: settings.concurrency, force: opts.force, signal: opts.signal, onFeedDone: opts.onFeedDone, afterPoll, screen },
  );
  await writes.flush();

  deps.logger.info(
    {
      feeds: result.feeds.filter((o) => o.ok !== undefined).length,
      failed: result.feeds.filter((o) => o.ok === false).length,
      newArticles: result.newArticles,
      matched: result.matched.length,
      stories: result.stories.size,
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
  dryRun: boolean;
  settings: CycleSettings;
  seenThisCycle: Set<string>;
  startedAt: Date;
  stories: CycleStories;
  signal: AbortSignal | undefined;
}

/** A polled feed's new articles, matched, with facts and stories, routed, and its item memory: ready to be written. */
async function feedWrites(outcome: FeedOutcome, ctx: FeedContext): Promise<FeedWrites> {
  const { settings, startedAt } = ctx;
  const feed = outcome.feed as CycleFeed; // pollFeeds hands back the settings' own feed objects
  const screened =
    outcome.screened ??
    screenEntries(outcome.entries, { feed, now: startedAt, matcher: settings.matcher });
  const memory = await ctx.deps.store.loadItemMemory(feed.url);
  const remembered = new Set(memory);
  const nextMemory = rememberItems(memory, listedHashes(screened.unmatched, screened.matched.map((a) => a.keys)));

  const matched = (await unseenMatched(screened.matched, remembered, ctx)) as StoredArticle[];
  for (const a of matched) a.firstSeenAt = startedAt; // completed in place: a copy per article costs more than the work
  // Oldest first: backfill keeps the latest, and a story's first report is its lead.
  matched.sort((x, y) => x.published.getTime() - y.published.getTime());
  for (const a of matched) {
    const fullText = feed.fetchArticle ? await pageText(a, ctx) : undefined;
    const f = articleFacts(a, settings.timeZone, fullText);
    a.facts = f.facts;
    a.factKeys = f.factKeys;
  }
  // From here on synchronous: story assignment and delivery planning see a consistent state.
  ctx.stories.assign(matched, (a) => stripTitlePrefix(a.title).title);
  const firstPoll = new Set(outcome.firstPoll ? [outcome.feed.url] : []);
  const plan = routeArticles(matched, settings.channels, firstPoll, settings.backfill, startedAt);
  const storyOf = new Map(matched.map((a) => [a.id, a.storyId ?? a.id]));
  const channels = new Map(settings.channels.map((c) => [c.name, c]));
  const deliveries = planStoryDeliveries(plan.deliveries, channels, (id) => storyOf.get(id) ?? id, ctx.stories.channels, ctx.stories.alerted);
  return {
    articles: matched,
    deliveries,
    heldBack: plan.heldBack,
    newUnmatched: countNewItems(remembered, screened.unmatched),
    memory: sameMemory(memory, nextMemory) ? undefined : { feedUrl: feed.url, hashes: nextMemory },
  };
}

/** The article page's text, or undefined (logged) when it cannot be read: the summary stands in. */
async function pageText(a: StoredArticle, ctx: FeedContext): Promise<string | undefined> {
  if (!a.url || !ctx.deps.articleText) return undefined;
  try {
    return (await ctx.deps.articleText.fetchText(a.url, ctx.signal)).text;
  } catch (err) {
    ctx.deps.logger.warn(
      { feed: a.feed, url: a.url, reason: err instanceof FeedError ? err.reason : 'unexpected', err: err instanceof FeedError ? undefined : err },
      `article page not read, using the feed summary: ${err instanceof Error ? err.message : String(err)}`,
    );
    return undefined;
  }
}

/**
 * The matched articles not seen before: not in this cycle (another feed had
 * them), not in the feed's item memory (listed while they matched no topic:
 * a topic added since must not make old entries alert), and not known to
 * the store.
 */
async function unseenMatched(matched: MatchedArticle[], remembered: ReadonlySet<number>, ctx: FeedContext): Promise<MatchedArticle[]> {
  const fresh: MatchedArticle[] = [];
  for (const a of matched) {
    if (a.keys.some((k) => ctx.seenThisCycle.has(k))) continue;
    for (const k of a.keys) ctx.seenThisCycle.add(k);
    if (!isRemembered(remembered, a.keys)) fresh.push(a);
  }
  if (fresh.length === 0) return fresh;
  const known = await ctx.deps.store.findKnownKeys(fresh.flatMap((a) => a.keys));
  return known.size === 0 ? fresh : fresh.filter((a) => !a.keys.some((k) => known.has(k)));
}

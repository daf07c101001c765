/**
 * The composition root: the one place that builds adapters from the
 * configuration and the environment and hands them to the application layer.
 */
import type { Writable } from 'node:stream';
import type { FeedParser } from '../adapters/feeds/decode-and-parse.ts';
import { createDownloadLimit } from '../adapters/feeds/download-limit.ts';
import { createHttpFeedSource } from '../adapters/feeds/http-feed-source.ts';
import type { ParsePool } from '../adapters/feeds/parse-pool.ts';
import { openSqliteStore } from '../adapters/store/sqlite-store.ts';
import { deliverDue, type DeliverChannel, type DeliverDeps, type DeliverResult } from '../app/deliver.ts';
import { flushQuietHours, runDigest, type DigestOptions, type DigestRun } from '../app/digest.ts';
import type { ArticleTextSource, ChannelSink, Clock, FeedSource, Logger, Store } from '../app/ports.ts';
import { StoryCache } from '../app/cycle-stories.ts';
import { runCycle, type CycleOptions, type CycleResult } from '../app/run-cycle.ts';
import { createSettingsService, type SettingsService } from '../app/settings/settings-service.ts';
import type { EnvSettings } from '../config/env.ts';
import type { Config } from '../config/schema.ts';
import { compileKeywords, type KeywordMatcher } from '../core/match/keyword-matcher.ts';
import { parseQuietHours, quietUntil } from '../core/schedule/quiet-hours.ts';
import type { Settings } from '../core/settings.ts';
import { previewMessages, type OnceResult } from './preview.ts';
import { settingsFromConfig } from './settings-from-config.ts';
import { createSinkFactory, fixedSinks } from './sinks.ts';

export interface ComposeOptions {
  config: Config;
  env: EnvSettings;
  logger: Logger;
  /** Where console alerts go. */
  stdout: Writable;
  clock?: Clock;
  store?: Store;
  /** Replace the sinks (tests). */
  sinks?: Map<string, ChannelSink>;
  /**
   * Parse feeds in this pool (owned and closed by the caller) instead of
   * starting one: workers outlive apps, as in the bench, whose warm-up and
   * measured apps share one, as a long-running process's cycles do.
   */
  parsePool?: ParsePool;
}

export interface App {
  readonly config: Config;
  readonly store: Store;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly settings: SettingsService;
  readonly source: FeedSource;
  /** One cycle, then send what is due (unless dryRun). */
  once(opts?: CycleOptions & { deliver?: () => Promise<DeliverResult> }): Promise<OnceResult>;
  /** Sends due deliveries, then the digests of channels whose quiet hours ended. */
  deliver(opts?: { signal?: AbortSignal | undefined }): Promise<DeliverResult>;
  digest(channel: string, opts: DigestOptions): Promise<DigestRun>;
  /** Channels as the settings have them now. */
  channels(): Promise<DeliverChannel[]>;
  close(): Promise<void>;
}

export function topicSpecs(topics: Settings['topics']) {
  return topics.flatMap((t) => [
    ...t.keywords.map((keyword) => ({ topic: t.name, keyword })),
    ...t.exclude.map((keyword) => ({ topic: t.name, keyword, exclude: true })),
  ]);
}

/** Compiles the configured topics (used by `match` without --keywords). */
export function compileTopics(config: Config): KeywordMatcher {
  return compileKeywords(topicSpecs(config.topics));
}

/**
 * `poll.concurrency` limits downloads, feeds and article pages together
 * (download-limit.ts); the cycle keeps this many times as many feeds in
 * progress, so that, per download place, one feed can wait for the parser
 * and one be stored while the next downloads: the parser is never left idle
 * by a store write, nor a download place by the parser.
 */
const FEEDS_IN_PROGRESS_PER_DOWNLOAD = 3;

export function composeApp(opts: ComposeOptions): App {
  const { config, logger } = opts;
  if (config.retention?.seenKeys !== undefined) {
    logger.warn({ key: 'retention.seenKeys' }, 'retention.seenKeys is no longer used and is ignored (feeds remember the entries they list); remove it from the config file');
  }
  const clock: Clock = opts.clock ?? { now: () => new Date() };
  const store = opts.store ?? openSqliteStore(config.database);
  const limits = { timeoutMs: config.poll.timeoutSeconds * 1000, maxBytes: config.poll.maxBytes, userAgent: config.poll.userAgent };
  const downloads = createDownloadLimit(config.poll.concurrency);
  // Parse workers start with the first cycle (or the first feed that needs parsing), and stop with the app.
  let pool: Promise<ParsePool> | undefined = opts.parsePool && Promise.resolve(opts.parsePool);
  const startPool = () =>
    (pool ??= import('../adapters/feeds/parse-pool.ts').then((m) => m.createParsePool(config.poll.parseWorkers, (why) => logger.error({}, why))));
  const parse: FeedParser | undefined = opts.parsePool || config.poll.parseWorkers > 0 ? async (req) => (await startPool()).parse(req) : undefined;
  const source = createHttpFeedSource({
    ...limits,
    timeZone: config.timezone,
    now: () => clock.now(),
    downloads,
    ...(parse ? { parse } : {}),
  });
  // Loaded on first use: only feeds with fetchArticle need linkedom and Readability.
  let fetcher: Promise<ArticleTextSource> | undefined;
  const articleText: ArticleTextSource = {
    async fetchText(url, signal) {
      fetcher ??= import('../adapters/article-page/fetch-article-text.ts').then((m) => m.createArticleTextFetcher(limits));
      const pages = await fetcher;
      return downloads.run(() => pages.fetchText(url, signal));
    },
  };
  const sinkFactory = opts.sinks ? fixedSinks(opts.sinks) : createSinkFactory({ env: opts.env, timeZone: config.timezone, stdout: opts.stdout });
  const settings = createSettingsService({ store, fromFile: settingsFromConfig(config), clock, logger });
  const stories = new StoryCache(config.stories.window);

  // The matcher is rebuilt only when the topics change (from chat, between cycles).
  let compiled: { key: string; matcher: KeywordMatcher } | undefined;
  const matcherFor = (topics: Settings['topics']) => {
    const key = JSON.stringify(topics);
    if (compiled?.key !== key) compiled = { key, matcher: compileKeywords(topicSpecs(topics)) };
    return compiled.matcher;
  };
  const channels = async (): Promise<DeliverChannel[]> => (await settings.current()).channels;
  const deliverDeps = async (): Promise<DeliverDeps> => {
    const list = await channels();
    return {
      store,
      clock,
      logger,
      sinks: await sinkFactory.forPlatforms(list.map((c) => c.platform)),
      channels: new Map(list.map((c) => [c.name, c])),
      maxAttempts: config.delivery.maxAttempts,
    };
  };
  const deliver = async (o: { signal?: AbortSignal | undefined } = {}) => {
    const deps = await deliverDeps();
    const result = await deliverDue(deps, o);
    for (const run of await flushQuietHours(deps)) result.sent.push(...run.messages);
    return result;
  };

  return {
    config,
    store,
    logger,
    clock,
    settings,
    source,
    channels,
    deliver,
    digest: async (channel, o) => runDigest(await deliverDeps(), channel, o),
    async once(cycleOpts = {}) {
      // The workers boot while the cycle loads its state and sends its first requests (a failure surfaces at the first parse).
      if (parse) startPool().catch(() => undefined);
      const s = await settings.current();
      const now = clock.now();
      const cycle: CycleResult = await runCycle(
        { source, store, clock, logger, articleText, stories },
        {
          feeds: s.feeds.filter((f) => f.enabled),
          channels: s.channels.map((c) => {
            const quiet = c.quietHours ? parseQuietHours(c.quietHours) : undefined;
            return { ...c, quietUntil: quiet ? quietUntil(now, quiet, config.timezone) : undefined };
          }),
          matcher: matcherFor(s.topics),
          backfill: { maxItems: config.backfill.maxItems, maxAgeMs: config.backfill.maxAge },
          concurrency: config.poll.concurrency * FEEDS_IN_PROGRESS_PER_DOWNLOAD,
          timeZone: config.timezone,
          storyWindowMs: config.stories.window,
        },
        cycleOpts,
      );
      if (cycleOpts.dryRun) return { cycle, messages: await previewMessages(cycle, await deliverDeps()) };
      const delivery = await (cycleOpts.deliver ? cycleOpts.deliver() : deliver());
      return { cycle, messages: delivery.sent, delivery };
    },
    async close() {
      if (!opts.parsePool) await (await pool)?.close();
      await store.close();
    },
  };
}

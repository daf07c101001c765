/**
 * The composition root: the one place that builds adapters from the
 * configuration and hands them to the application layer.
 */
import type { Writable } from 'node:stream';
import { createConsoleSink } from './adapters/console/console-sink.ts';
import { createHttpFeedSource } from './adapters/feeds/http-feed-source.ts';
import { openSqliteStore } from './adapters/store/sqlite-store.ts';
import { deliverDue, type DeliverResult } from './app/deliver.ts';
import type { ChannelSink, ChannelTarget, Clock, Logger, OutgoingMessage, Store } from './app/ports.ts';
import { runCycle, type CycleOptions, type CycleResult } from './app/run-cycle.ts';
import { storyViewOf } from './app/story-view.ts';
import type { Config } from './config/schema.ts';
import { compileKeywords } from './core/match/keyword-matcher.ts';
import type { KeywordMatcher } from './core/match/keyword-matcher.ts';

export interface ComposeOptions {
  config: Config;
  logger: Logger;
  /** Where console alerts go. */
  stdout: Writable;
  clock?: Clock;
  fetch?: typeof fetch;
  store?: Store;
}

export interface OnceResult {
  cycle: CycleResult;
  /** What was sent, or with dryRun what would be sent. */
  messages: OutgoingMessage[];
  delivery?: DeliverResult | undefined;
}

export interface App {
  readonly config: Config;
  readonly store: Store;
  readonly logger: Logger;
  readonly clock: Clock;
  /** One cycle, then send what is due (unless dryRun). */
  once(opts?: CycleOptions & { deliver?: () => Promise<DeliverResult> }): Promise<OnceResult>;
  deliver(opts?: { signal?: AbortSignal }): Promise<DeliverResult>;
  close(): Promise<void>;
}

export function compileTopics(config: Config): KeywordMatcher {
  return compileKeywords(
    config.topics.flatMap((t) => [
      ...t.keywords.map((keyword) => ({ topic: t.name, keyword })),
      ...t.exclude.map((keyword) => ({ topic: t.name, keyword, exclude: true })),
    ]),
  );
}

export function composeApp(opts: ComposeOptions): App {
  const { config, logger } = opts;
  const clock: Clock = opts.clock ?? { now: () => new Date() };
  const store = opts.store ?? openSqliteStore(config.database);
  const source = createHttpFeedSource({
    timeoutMs: config.poll.timeoutSeconds * 1000,
    maxBytes: config.poll.maxBytes,
    userAgent: config.poll.userAgent,
    timeZone: config.timezone,
    now: () => clock.now(),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const sinks = new Map<string, ChannelSink>([['console', createConsoleSink(opts.stdout, config.timezone)]]);
  const channels = new Map<string, ChannelTarget>(config.channels.map((c) => [c.name, c]));
  const matcher = compileTopics(config);
  const deliverDeps = { store, clock, logger, sinks, channels, maxAttempts: config.delivery.maxAttempts };

  const preview = (cycle: CycleResult): OutgoingMessage[] => {
    const byId = cycle.preview ?? new Map();
    return cycle.deliveries.flatMap((d) => {
      const channel = channels.get(d.channel);
      const sink = sinks.get(d.platform);
      const article = byId.get(d.articleId);
      if (!channel || !sink || !article) return [];
      return sink
        .format({ kind: 'alert', story: storyViewOf(article) }, channel)
        .map((payload) => ({ channel: d.channel, platform: d.platform, articles: [d.articleId], payload }));
    });
  };

  return {
    config,
    store,
    logger,
    clock,
    async once(cycleOpts = {}) {
      const cycle = await runCycle(
        { source, store, clock, logger },
        {
          feeds: config.feeds.filter((f) => f.enabled),
          channels: config.channels,
          matcher,
          backfill: { maxItems: config.backfill.maxItems, maxAgeMs: config.backfill.maxAge },
          concurrency: config.poll.concurrency,
        },
        cycleOpts,
      );
      if (cycleOpts.dryRun) return { cycle, messages: preview(cycle) };
      const delivery = await (cycleOpts.deliver ? cycleOpts.deliver() : deliverDue(deliverDeps));
      return { cycle, messages: delivery.sent, delivery };
    },
    deliver: (o = {}) => deliverDue(deliverDeps, o),
    close: () => store.close(),
  };
}

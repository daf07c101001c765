/**
 * Polls the feeds that are due, concurrently, and works out the next state
 * of each. One failing feed never stops the others: its error is recorded,
 * logged with the feed's name and reason, and it backs off exponentially.
 */
import type { FeedEntry } from '../core/article.ts';
import { FeedError } from '../core/errors.ts';
import { nextFeedPollAfterFailure } from '../core/schedule/backoff.ts';
import { mapLimit } from './map-limit.ts';
import type { ScreenedFeed } from '../core/screen-entries.ts';
import type { FeedSource, FeedState, Logger, ScreenRequest } from './ports.ts';

export interface FeedRef {
  name: string;
  url: string;
}

export interface FeedOutcome {
  feed: FeedRef;
  /** False when the fetch failed; undefined when the feed was not due and not polled. */
  ok: boolean | undefined;
  notModified: boolean;
  error?: string | undefined;
  /** Raw entries, when the source did not screen them (see FeedRequest.screen). */
  entries: FeedEntry[];
  /** The screened entries, when the source did. */
  screened?: ScreenedFeed | undefined;
  /** Entries the feed returned (kept after `entries` and `screened` are released). */
  items: number;
  /** True when this was the feed's first successful poll (backfill applies). */
  firstPoll: boolean;
  /** State to persist after the cycle's articles are recorded. */
  nextState: FeedState;
}

export interface PollOptions {
  concurrency: number;
  /** Poll feeds even when they are backing off. */
  force?: boolean | undefined;
  signal?: AbortSignal | undefined;
  onFeedDone?: ((done: number, total: number) => void) | undefined;
  /**
   * Called with each polled feed's outcome inside its concurrency slot, so
   * the entries can be processed and dropped while other feeds download:
   * memory stays bounded by the concurrency, not by the number of feeds.
   */
  afterPoll?: ((outcome: FeedOutcome) => Promise<void>) | undefined;
  /** What to ask the source to screen each feed's entries for (FeedRequest.screen). */
  screen?: ((feed: FeedRef) => ScreenRequest) | undefined;
}

/**
 * Every outcome has every field, in one order: the cycle reads thousands of
 * them, and objects of one shape keep that code optimised (V8 deoptimises
 * code that meets a shape it has not seen).
 */
function outcomeOf(feed: FeedRef, o: Omit<FeedOutcome, 'feed' | 'error' | 'screened'> & Partial<Pick<FeedOutcome, 'error' | 'screened'>>): FeedOutcome {
  return {
    feed,
    ok: o.ok,
    notModified: o.notModified,
    error: o.error,
    entries: o.entries,
    screened: o.screened,
    items: o.items,
    firstPoll: o.firstPoll,
    nextState: o.nextState,
  };
}

export function isDue(state: FeedState | undefined, now: Date): boolean {
  return !state?.nextPollAt || state.nextPollAt.getTime() <= now.getTime();
}

export async function pollFeeds(
  feeds: readonly FeedRef[],
  states: ReadonlyMap<string, FeedState>,
  deps: { source: FeedSource; logger: Logger; now: () => Date },
  opts: PollOptions,
): Promise<FeedOutcome[]> {
  let done = 0;
  return mapLimit(feeds, opts.concurrency, async (feed) => {
    const prev = states.get(feed.url) ?? { url: feed.url, name: feed.name, consecutiveFailures: 0 };
    const base: FeedState = { ...prev, name: feed.name };
    const started = deps.now();
    if (!opts.force && !isDue(prev, started)) {
      return outcomeOf(feed, { ok: undefined, notModified: false, entries: [], items: 0, firstPoll: false, nextState: base });
    }
    const outcome = await pollOne(feed, base, deps, opts.signal, opts.screen?.(feed));
    await opts.afterPoll?.(outcome);
    opts.onFeedDone?.(++done, feeds.length);
    return outcome;
  });
}

async function pollOne(
  feed: FeedRef,
  prev: FeedState,
  deps: { source: FeedSource; logger: Logger; now: () => Date },
  signal: AbortSignal | undefined,
  screen: ScreenRequest | undefined,
): Promise<FeedOutcome> {
  const firstPoll = prev.lastSuccessAt === undefined;
  try {
    const res = await deps.source.fetch({ name: feed.name, url: feed.url, etag: prev.etag, lastModified: prev.lastModified, screen }, signal);
    const at = deps.now();
    const success: FeedState = {
      ...prev,
      etag: res.etag ?? prev.etag,
      lastModified: res.lastModified ?? prev.lastModified,
      lastFetchAt: at,
      lastSuccessAt: at,
      lastError: undefined,
      consecutiveFailures: 0,
      nextPollAt: undefined,
    };
    if (res.kind === 'not-modified') {
      deps.logger.debug({ feed: feed.name, url: feed.url }, 'feed not modified');
      return outcomeOf(feed, { ok: true, notModified: true, entries: [], items: 0, firstPoll: false, nextState: { ...success, lastStatus: 'not-modified' } });
    }
    const items = res.kind === 'ok' ? res.entries.length : res.items;
    deps.logger.debug({ feed: feed.name, url: feed.url, items }, 'feed fetched');
    return outcomeOf(feed, {
      ok: true,
      notModified: false,
      entries: res.kind === 'ok' ? res.entries : [],
      screened: res.kind === 'screened' ? res.screened : undefined,
      items,
      firstPoll,
      nextState: { ...success, lastStatus: 'ok', lastItemCount: items },
    });
  } catch (err) {
    const at = deps.now();
    const failures = prev.consecutiveFailures + 1;
    const retryAfterMs = err instanceof FeedError ? err.retryAfterMs : undefined;
    const nextPollAt = nextFeedPollAfterFailure(at, failures, retryAfterMs);
    const message = err instanceof Error ? err.message : String(err);
    const log = err instanceof FeedError ? deps.logger.warn.bind(deps.logger) : deps.logger.error.bind(deps.logger);
    log(
      {
        feed: feed.name,
        url: feed.url,
        reason: err instanceof FeedError ? err.reason : 'unexpected',
        status: err instanceof FeedError ? err.status : undefined,
        failures,
        nextPollAt: nextPollAt.toISOString(),
        err: err instanceof FeedError ? undefined : err,
      },
      `feed failed: ${message}; backing off until ${nextPollAt.toISOString()}`,
    );
    return outcomeOf(feed, {
      ok: false,
      notModified: false,
      error: message,
      entries: [],
      items: 0,
      firstPoll,
      nextState: { ...prev, lastFetchAt: at, lastStatus: 'error', lastError: message, consecutiveFailures: failures, nextPollAt },
    });
  }
}

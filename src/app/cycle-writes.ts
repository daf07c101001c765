/**
 * Buffers a cycle's writes and flushes them in a few large transactions
 * instead of one per feed: each SQLite commit rewrites the index pages it
 * touched, so 1,000 small commits cost far more than 25 large ones.
 *
 * A flush records the articles (with their deliveries) first, then the feed
 * states: a feed's ETag/Last-Modified must never be saved before its
 * articles, or a failed write would be followed by a 304 and lose them.
 */
import type { StoryDelivery } from '../core/delivery-plan.ts';
import type { PlannedDelivery } from '../core/routing.ts';
import type { FeedState, NewArticle, NewDelivery, Store } from './ports.ts';

/** Flush when this many articles are waiting (bounds memory too). */
const FLUSH_ARTICLES = 2000;
/** …or this many feed states. */
const FLUSH_STATES = 200;

export interface FeedWrites {
  articles: NewArticle[];
  deliveries: StoryDelivery[];
  heldBack: PlannedDelivery[];
}

/** What a flush reports back: only what was really inserted (another process may have been first). */
export interface Flushed {
  inserted: Set<string>;
  parts: FeedWrites[];
}

export class CycleWrites {
  private parts: FeedWrites[] = [];
  private states: FeedState[] = [];
  private articleCount = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly notBefore: Date,
    private readonly onFlushed: (f: Flushed) => void,
  ) {}

  add(part: FeedWrites | undefined, state: FeedState): Promise<void> {
    if (part && part.articles.length > 0) {
      this.parts.push(part);
      this.articleCount += part.articles.length;
    }
    this.states.push(state);
    if (this.articleCount >= FLUSH_ARTICLES || this.states.length >= FLUSH_STATES) return this.flush();
    return Promise.resolve();
  }

  /** Writes everything pending; flushes run one at a time, in order. */
  flush(): Promise<void> {
    const parts = this.parts;
    const states = this.states;
    this.parts = [];
    this.states = [];
    this.articleCount = 0;
    const run = this.chain.then(async () => {
      if (parts.length === 0 && states.length === 0) return;
      const articles = parts.flatMap((p) => p.articles);
      const deliveries: NewDelivery[] = parts.flatMap((p) => p.deliveries.map((d) => ({ ...d, notBefore: this.notBefore })));
      const { inserted } = articles.length ? await this.store.recordArticles(articles, deliveries) : { inserted: [] };
      if (states.length) await this.store.saveFeedStates(states);
      this.onFlushed({ inserted: new Set(inserted), parts });
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}

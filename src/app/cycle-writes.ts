/**
 * Buffers a cycle's writes and flushes them in a few large transactions
 * instead of one per feed: each SQLite commit rewrites the index pages it
 * touched, so 1,000 small commits cost far more than 25 large ones.
 *
 * A flush records the articles (with their deliveries) first, then the feed
 * states and item memories: neither a feed's ETag/Last-Modified nor its
 * memory may be saved before its articles, or a failed write would be
 * followed by a 304, or by the articles counting as seen, and lose them.
 */
import type { StoryDelivery } from '../core/delivery-plan.ts';
import type { PlannedDelivery } from '../core/routing.ts';
import type { FeedState, ItemMemory, NewDelivery, Store, StoredArticle } from './ports.ts';

/** Flush when this many articles are waiting (bounds memory too). */
const FLUSH_ARTICLES = 2000;
/** …or this many feed states. */
const FLUSH_STATES = 200;

export interface FeedWrites {
  /** New matched articles. */
  articles: StoredArticle[];
  deliveries: StoryDelivery[];
  heldBack: PlannedDelivery[];
  /** Entries that matched nothing and that the feed's item memory did not hold. */
  newUnmatched: number;
  /** The feed's new item memory; undefined when unchanged. */
  memory: ItemMemory | undefined;
}

/** What a flush reports back: only what was really inserted (another process may have been first). */
export interface Flushed {
  inserted: Set<string>;
  parts: FeedWrites[];
}

export class CycleWrites {
  private parts: FeedWrites[] = [];
  private states: FeedState[] = [];
  private memories: ItemMemory[] = [];
  private articleCount = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly notBefore: Date,
    private readonly onFlushed: (f: Flushed) => void,
  ) {}

  add(part: FeedWrites | undefined, state: FeedState): Promise<void> {
    if (part) {
      this.parts.push(part);
      this.articleCount += part.articles.length;
      if (part.memory) this.memories.push(part.memory);
    }
    this.states.push(state);
    if (this.articleCount >= FLUSH_ARTICLES || this.states.length >= FLUSH_STATES) return this.flush();
    return Promise.resolve();
  }

  /** Writes everything pending; flushes run one at a time, in order. */
  flush(): Promise<void> {
    const parts = this.parts;
    const states = this.states;
    const memories = this.memories;
    this.parts = [];
    this.states = [];
    this.memories = [];
    this.articleCount = 0;
    const run = this.chain.then(async () => {
      if (parts.length === 0 && states.length === 0 && memories.length === 0) return;
      const articles = parts.flatMap((p) => p.articles);
      const deliveries: NewDelivery[] = parts.flatMap((p) => p.deliveries.map((d) => ({ ...d, notBefore: this.notBefore })));
      const { inserted } = articles.length ? await this.store.recordArticles(articles, deliveries) : { inserted: [] };
      if (states.length || memories.length) await this.store.saveFeedStates(states, memories);
      this.onFlushed({ inserted: new Set(inserted), parts });
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}

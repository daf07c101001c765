/**
 * The stories cycles work with: those of the last window, kept in memory
 * between cycles (loading and indexing a window of articles every five
 * minutes would cost more than the cycle itself). Each refresh adds only
 * what other processes recorded since the last one; the index is rebuilt
 * from the store every half window, which also drops stories that aged out.
 *
 * Assigning an article and adding it to its story happen in one synchronous
 * step, so feeds processed concurrently can never both start the same story.
 */
import { sign } from '../core/stories/same-story.ts';
import { StoryIndex } from '../core/stories/story-index.ts';
import { stripTitlePrefix } from '../core/text/clean-boilerplate.ts';
import type { Store, StoredArticle } from './ports.ts';

/** Articles recorded by another process just before a refresh are still picked up. */
const REFRESH_OVERLAP_MS = 10 * 60_000;

export class StoryCache {
  private index = new StoryIndex();
  private channels = new Map<string, Set<string>>();
  private known = new Set<string>();
  private builtAt: number | undefined;
  private syncedAt: number | undefined;

  constructor(private readonly windowMs: number) {}

  /** Brings the cache up to date with the store. */
  async refresh(store: Store, now: Date): Promise<void> {
    const rebuild = this.builtAt === undefined || now.getTime() - this.builtAt > this.windowMs / 2;
    if (rebuild) {
      this.index = new StoryIndex({ windowHours: this.windowMs / 3_600_000 });
      this.channels = new Map();
      this.known = new Set();
      this.builtAt = now.getTime();
    }
    let fresh: StoredArticle[];
    if (rebuild) {
      fresh = await store.recentStoryArticles(new Date(now.getTime() - this.windowMs));
    } else {
      // Only what another process recorded since the last refresh: ids first, whole stories only for those.
      const since = new Date((this.syncedAt ?? now.getTime()) - REFRESH_OVERLAP_MS);
      const unknown = (await store.recentArticleRefs(since)).filter((r) => !this.known.has(r.id));
      fresh = unknown.length ? (await store.storyArticles([...new Set(unknown.map((r) => r.storyId))])).filter((a) => !this.known.has(a.id)) : [];
    }
    // Leads first, so each story is created by its first article.
    fresh.sort((a, b) => Number(b.id === (b.storyId ?? b.id)) - Number(a.id === (a.storyId ?? a.id)));
    const touched = new Set<string>();
    for (const a of fresh) {
      const storyId = a.storyId ?? a.id;
      touched.add(storyId);
      this.known.add(a.id);
      this.index.add(storyId, { title: stripTitlePrefix(a.title).title, factKeys: a.factKeys ?? [], published: a.published });
    }
    if (touched.size) {
      for (const [id, chans] of await store.storyChannels([...touched])) {
        const mine = this.channels.get(id) ?? new Set<string>();
        for (const c of chans) mine.add(c);
        this.channels.set(id, mine);
      }
    }
    this.syncedAt = now.getTime();
  }

  /** A view for one cycle; with `scratch` (dry runs) changes stay in a copy that is thrown away. */
  forCycle(scratch = false): CycleStories {
    if (!scratch) return new CycleStories(this.index, this.channels, this.known);
    const copy = new StoryCache(this.windowMs);
    return new CycleStories(copy.index, new Map([...this.channels].map(([k, v]) => [k, new Set(v)])), new Set(this.known), this.index);
  }
}

export class CycleStories {
  /** Stories that got an article in this cycle. */
  readonly touched = new Set<string>();
  /** "story|channel" pairs alerted in this cycle. */
  readonly alerted = new Set<string>();

  constructor(
    private readonly index: StoryIndex,
    /** story id → channels that already have it (updated as the cycle plans deliveries) */
    readonly channels: Map<string, Set<string>>,
    private readonly known: Set<string>,
    /** Dry runs: the shared index, consulted but never changed. */
    private readonly readOnly?: StoryIndex,
  ) {}

  /** Sets `storyId` on each article (an existing story, or its own id for a new one). */
  assign(articles: StoredArticle[], headline: (a: StoredArticle) => string): void {
    for (const a of articles) {
      const candidate = sign({ title: headline(a), factKeys: a.factKeys ?? [], published: a.published });
      const storyId = this.index.assign(candidate) ?? this.readOnly?.assign(candidate) ?? a.id;
      this.index.add(storyId, candidate);
      this.known.add(a.id);
      a.storyId = storyId;
      this.touched.add(storyId);
    }
  }
}

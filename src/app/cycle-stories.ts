/**
 * The stories a cycle works with: those of the last window, loaded once at
 * the start, plus the ones the cycle creates. Assigning an article and adding
 * it to its story happen in one synchronous step, so feeds processed
 * concurrently can never both start the same story.
 */
import { StoryIndex } from '../core/stories/story-index.ts';
import type { SameStoryOptions } from '../core/stories/story-candidate.ts';
import { stripTitlePrefix } from '../core/text/clean-boilerplate.ts';
import type { Store, StoredArticle } from './ports.ts';

export class CycleStories {
  readonly touched = new Set<string>();
  /** "story|channel" pairs alerted in this cycle. */
  readonly alerted = new Set<string>();

  private constructor(
    private readonly index: StoryIndex,
    /** story id → channels that already have it (updated as the cycle plans deliveries) */
    readonly channels: Map<string, Set<string>>,
  ) {}

  static async load(store: Store, since: Date, opts: SameStoryOptions): Promise<CycleStories> {
    const index = new StoryIndex(opts);
    const recent = await store.recentStoryArticles(since);
    const ids = new Set<string>();
    // Leads first, so each story is created by its first article.
    const ordered = [...recent].sort((a, b) => Number(b.id === b.storyId) - Number(a.id === a.storyId));
    for (const a of ordered) {
      const storyId = a.storyId ?? a.id;
      ids.add(storyId);
      index.add(storyId, { title: stripTitlePrefix(a.title).title, factKeys: a.factKeys ?? [], published: a.published });
    }
    const channels = ids.size ? await store.storyChannels([...ids]) : new Map<string, Set<string>>();
    return new CycleStories(index, channels);
  }

  /** Sets `storyId` on each article (an existing story, or its own id for a new one). */
  assign(articles: StoredArticle[], headline: (a: StoredArticle) => string): void {
    for (const a of articles) {
      const candidate = { title: headline(a), factKeys: a.factKeys ?? [], published: a.published };
      const storyId = this.index.assign(candidate) ?? a.id;
      this.index.add(storyId, candidate);
      a.storyId = storyId;
      this.touched.add(storyId);
    }
  }
}

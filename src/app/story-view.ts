/** Builds the platform-neutral view of a story from its stored articles. */
import { matchedTerms } from '../core/format/matched-terms.ts';
import type { SourceRef, StoryView } from '../core/message.ts';
import type { Store, StoredArticle } from './ports.ts';

export function sourceOf(a: StoredArticle): SourceRef {
  return { feed: a.feed, title: a.title, url: a.url, published: a.published };
}

/**
 * The lead is the story's first article (its id is the story id); the other
 * sources are the other outlets' reports, oldest first, one per outlet.
 */
export function storyViewFrom(articles: readonly StoredArticle[]): StoryView | undefined {
  if (articles.length === 0) return undefined;
  const sorted = [...articles].sort((a, b) => a.published.getTime() - b.published.getTime());
  const storyId = sorted[0]?.storyId ?? sorted[0]?.id;
  const lead = sorted.find((a) => a.id === storyId) ?? (sorted[0] as StoredArticle);
  const outlets = new Set([lead.feed]);
  const others: SourceRef[] = [];
  for (const a of sorted) {
    if (a === lead || outlets.has(a.feed)) continue;
    outlets.add(a.feed);
    others.push(sourceOf(a));
  }
  return {
    id: storyId ?? lead.id,
    title: lead.title,
    url: lead.url,
    feed: lead.feed,
    published: lead.published,
    topics: [...new Set(sorted.flatMap((a) => a.topics))],
    keywords: matchedTerms(sorted.flatMap((a) => a.hits)),
    facts: lead.facts ?? [],
    otherSources: others,
  };
}

/** Story views for these story ids, from the store (plus articles not stored yet, for dry runs). */
export async function loadStoryViews(store: Store, storyIds: readonly string[], extra: Iterable<StoredArticle> = []): Promise<Map<string, StoryView>> {
  const byStory = new Map<string, StoredArticle[]>();
  const seen = new Set<string>();
  const add = (a: StoredArticle) => {
    if (seen.has(a.id)) return;
    seen.add(a.id);
    const id = a.storyId ?? a.id;
    byStory.set(id, [...(byStory.get(id) ?? []), a]);
  };
  if (storyIds.length) for (const a of await store.storyArticles([...storyIds])) add(a);
  for (const a of extra) if (storyIds.includes(a.storyId ?? a.id)) add(a);
  const views = new Map<string, StoryView>();
  for (const [id, list] of byStory) {
    const view = storyViewFrom(list);
    if (view) views.set(id, view);
  }
  return views;
}

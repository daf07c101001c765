import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/core/digest/build-digest.ts';
import type { SourceRef, StoryView } from '../../../src/core/message.ts';

const at = (h: number) => new Date(Date.UTC(2026, 10, 29, h));
const src = (n: number): SourceRef[] => Array.from({ length: n }, (_, i) => ({ feed: `f${i}`, title: 't', url: undefined, published: at(0) }));

function story(id: string, topics: string[], hour: number, sources = 0): StoryView {
  return { id, title: id, url: undefined, feed: 'f', published: at(hour), topics, keywords: [], facts: [], otherSources: src(sources) };
}

const opts = { topics: ['nvidia', 'gpu', 'physical-ai'], maxStories: 10, since: at(0), until: at(12), reason: 'schedule' as const };

describe('building a digest', () => {
  it('sends nothing when there is nothing new', () => {
    expect(buildDigest([], opts)).toBeUndefined();
  });

  it('groups stories by topic in the channel\'s topic order, each story once under its first followed topic', () => {
    const d = buildDigest([story('a', ['physical-ai'], 5), story('b', ['gpu', 'nvidia'], 4), story('c', ['gpu'], 3)], opts)!;
    expect(d.sections.map((s) => [s.topic, s.stories.map((x) => x.id)])).toEqual([
      ['nvidia', ['b']],
      ['gpu', ['c']],
      ['physical-ai', ['a']],
    ]);
  });

  it('ranks by number of sources, then recency', () => {
    const d = buildDigest([story('old-many', ['gpu'], 1, 4), story('new-few', ['gpu'], 9, 1), story('new-many', ['gpu'], 8, 4)], opts)!;
    expect(d.sections[0]?.stories.map((s) => s.id)).toEqual(['new-many', 'old-many', 'new-few']);
  });

  it('caps at maxStories, keeps the best across topics and counts the rest', () => {
    const stories = [story('n1', ['nvidia'], 1), story('g-big', ['gpu'], 2, 5), story('p1', ['physical-ai'], 3), story('n2', ['nvidia'], 4)];
    const d = buildDigest(stories, { ...opts, maxStories: 2 })!;
    expect(d.sections.flatMap((s) => s.stories.map((x) => x.id))).toEqual(['n2', 'g-big']);
    expect(d.more).toBe(2);
  });

  it('lists a story only once even if given twice', () => {
    const d = buildDigest([story('a', ['gpu'], 1), story('a', ['gpu'], 1)], opts)!;
    expect(d.sections[0]?.stories).toHaveLength(1);
    expect(d.more).toBe(0);
  });
});

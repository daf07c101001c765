/**
 * Builds a digest from the stories a channel has not seen yet: grouped by
 * topic (a story under the first of its topics the channel follows), ranked
 * by number of sources, then recency, then topic order, capped at
 * `maxStories` with the rest counted in `more`.
 */
import type { DigestMessage, DigestSection, StoryView } from '../message.ts';

export interface DigestOptions {
  /** The channel's topics, in its order: sections follow it. */
  topics: readonly string[];
  maxStories: number;
  since: Date | undefined;
  until: Date;
  reason: DigestMessage['reason'];
}

/** Higher first: more outlets, then newer. */
export function compareStories(a: StoryView, b: StoryView): number {
  const sources = b.otherSources.length - a.otherSources.length;
  return sources !== 0 ? sources : b.published.getTime() - a.published.getTime();
}

export function buildDigest(stories: readonly StoryView[], opts: DigestOptions): DigestMessage | undefined {
  if (stories.length === 0) return undefined;
  const order = new Map(opts.topics.map((t, i) => [t, i]));
  const sectionOf = (s: StoryView): string => {
    const followed = s.topics.filter((t) => order.has(t)).sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    return followed[0] ?? s.topics[0] ?? '';
  };
  const topicRank = (t: string) => order.get(t) ?? order.size;

  // Rank all stories first, so the cap keeps the best ones whatever their topic.
  const unique = [...new Map(stories.map((s) => [s.id, s])).values()];
  const ranked = unique.sort((a, b) => compareStories(a, b) || topicRank(sectionOf(a)) - topicRank(sectionOf(b)));
  const kept = ranked.slice(0, Math.max(0, opts.maxStories));

  const sections = new Map<string, StoryView[]>();
  for (const s of kept) {
    const topic = sectionOf(s);
    sections.set(topic, [...(sections.get(topic) ?? []), s]);
  }
  const ordered: DigestSection[] = [...sections.entries()]
    .sort(([a], [b]) => topicRank(a) - topicRank(b))
    .map(([topic, list]) => ({ topic, stories: list }));
  return { kind: 'digest', since: opts.since, until: opts.until, sections: ordered, more: unique.length - kept.length, reason: opts.reason };
}

/**
 * Picks the existing story a new article belongs to: among the stories with
 * at least one article (lead or member) that is the same story as the
 * candidate, the one with the most similar such article. Ties go to the
 * earlier story in the list. Undefined means the article starts a new story.
 */
import { sameStoryMatch, sign, type SignedCandidate } from './same-story.ts';
import type { SameStoryOptions, Story, StoryCandidate } from './story-candidate.ts';

/** Ranks matches: Jaccard and overlap weigh equally, so a 속보 that is wholly inside a story counts. */
function score(sim: { jaccard: number; overlap: number }): number {
  return sim.jaccard + sim.overlap;
}

/** The best-matching story among already signed ones (the story index calls this on its shortlist). */
export function bestStory(
  signed: SignedCandidate,
  stories: Iterable<{ id: string; articles: readonly SignedCandidate[] }>,
  opts?: SameStoryOptions,
): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const story of stories) {
    for (const article of story.articles) {
      const sim = sameStoryMatch(signed, article, opts);
      if (sim !== undefined && (best === undefined || score(sim) > best.score)) best = { id: story.id, score: score(sim) };
    }
  }
  return best?.id;
}

export function assignStory(
  candidate: StoryCandidate,
  existingStories: readonly Story[],
  opts?: SameStoryOptions,
): string | undefined {
  return bestStory(
    sign(candidate),
    existingStories.map((s) => ({ id: s.id, articles: [s.lead, ...s.members].map(sign) })),
    opts,
  );
}

/**
 * Picks the existing story a new article belongs to: among the stories with
 * at least one article (lead or member) that is the same story as the
 * candidate, the one with the most similar such article. Ties go to the
 * earlier story in the list. Undefined means the article starts a new story.
 */
import { sameStoryMatch, sign } from './same-story.ts';
import type { SameStoryOptions, Story, StoryCandidate } from './story-candidate.ts';

/** Ranks matches: Jaccard and overlap weigh equally, so a 속보 that is wholly inside a story counts. */
function score(sim: { jaccard: number; overlap: number }): number {
  return sim.jaccard + sim.overlap;
}

export function assignStory(
  candidate: StoryCandidate,
  existingStories: readonly Story[],
  opts?: SameStoryOptions,
): string | undefined {
  const signed = sign(candidate);
  let best: { id: string; score: number } | undefined;
  for (const story of existingStories) {
    for (const article of [story.lead, ...story.members]) {
      const sim = sameStoryMatch(signed, sign(article), opts);
      if (sim !== undefined && (best === undefined || score(sim) > best.score)) {
        best = { id: story.id, score: score(sim) };
      }
    }
  }
  return best?.id;
}

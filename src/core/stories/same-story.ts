/**
 * Whether two articles from different outlets report the same event.
 * Rules (korean.md §6, thresholds tuned on test/fixtures/stories):
 * - never when published further apart than the window: the same headline
 *   weeks later (the next month's rate decision) is a new event;
 * - yes when the headlines share most bigrams (Jaccard ≥ jaccardHigh), or
 *   the shorter one is mostly inside the longer (overlap ≥ overlapHigh, when
 *   the shorter has enough bigrams to mean something);
 * - in the grey zone (Jaccard ≥ jaccardLow) only with a shared numeric fact;
 * - below it, down to jaccardLowDistinctive (a word or so in common), only
 *   with a shared distinctive amount: 26만장 or 12.1조원 in two headlines of
 *   the same two days is one event however differently it is told.
 */
import { signatureSimilarity, type HeadlineSimilarity } from './headline-similarity.ts';
import { gramIndexKeys, headlineGrams } from './headline-signature.ts';
import { amountSet, intersects, numericKeySet } from './numeric-facts.ts';
import { SAME_STORY_DEFAULTS, type SameStoryOptions, type StoryCandidate } from './story-candidate.ts';

const HOUR_MS = 3_600_000;

/** A candidate with its signature and fact sets computed once, for comparing against many. */
export interface SignedCandidate {
  candidate: StoryCandidate;
  /** candidate.published in ms. */
  publishedMs: number;
  /** Sorted distinct bigram codes of the headline (headlineGrams). */
  signature: readonly number[];
  /** The signature's bigrams as small integers, for the story index (gramIndexKeys). */
  indexKeys: readonly number[];
  numeric: ReadonlySet<string>;
  amounts: ReadonlySet<string>;
}

export function sign(candidate: StoryCandidate): SignedCandidate {
  const signature = headlineGrams(candidate.title);
  return {
    candidate,
    publishedMs: candidate.published.getTime(),
    signature,
    indexKeys: gramIndexKeys(signature),
    numeric: numericKeySet(candidate.factKeys),
    amounts: amountSet(candidate.factKeys),
  };
}

const resolved = new WeakMap<SameStoryOptions, Required<SameStoryOptions>>();

/** Options with the defaults filled in, once per options object (this runs for every comparison). */
export function resolveSameStoryOptions(opts: SameStoryOptions): Required<SameStoryOptions> {
  let o = resolved.get(opts);
  if (!o) resolved.set(opts, (o = { ...SAME_STORY_DEFAULTS, ...opts }));
  return o;
}

/** The similarity when the two are the same story, else undefined. */
export function sameStoryMatch(
  a: SignedCandidate,
  b: SignedCandidate,
  opts: SameStoryOptions = SAME_STORY_DEFAULTS,
): HeadlineSimilarity | undefined {
  const o = resolveSameStoryOptions(opts);
  const gap = Math.abs(a.publishedMs - b.publishedMs);
  if (!(gap <= o.windowHours * HOUR_MS)) return undefined; // also rejects invalid dates (NaN)
  const sim = signatureSimilarity(a.signature, b.signature);
  if (sim.jaccard >= o.jaccardHigh) return sim;
  if (sim.overlap >= o.overlapHigh && sim.smaller >= o.overlapMinBigrams) return sim;
  if (sim.jaccard >= o.jaccardLow && intersects(a.numeric, b.numeric)) return sim;
  if (sim.jaccard >= o.jaccardLowDistinctive && intersects(a.amounts, b.amounts)) return sim;
  return undefined;
}

export function isSameStory(a: StoryCandidate, b: StoryCandidate, opts?: SameStoryOptions): boolean {
  return sameStoryMatch(sign(a), sign(b), opts) !== undefined;
}

/**
 * What story clustering needs to know about an article: its headline, the
 * keys of its extracted facts (src/core/facts, e.g. `quantity:260000:units`,
 * `money:14000000000000:KRW`, `org:삼성전자`) and when it was published.
 */
export interface StoryCandidate {
  title: string;
  factKeys: string[];
  published: Date;
}

/** A cluster of articles about one event, as kept by the caller. */
export interface Story {
  id: string;
  lead: StoryCandidate;
  members: StoryCandidate[];
}

export interface SameStoryOptions {
  /** Largest gap between the two publish times, in hours. */
  windowHours?: number;
  /** Bigram Jaccard at or above which two headlines are one story on wording alone. */
  jaccardHigh?: number;
  /** Overlap coefficient at or above which they are one story on wording alone. */
  overlapHigh?: number;
  /** Smaller headline's bigram count below which the overlap rule is not trusted. */
  overlapMinBigrams?: number;
  /** Jaccard from which a shared numeric fact is enough (the grey zone). */
  jaccardLow?: number;
  /** Jaccard from which a shared distinctive amount (26만장, 12.1조원) is enough. */
  jaccardLowDistinctive?: number;
}

/**
 * Defaults tuned on test/fixtures/stories/headlines.ts (26 same-event pairs,
 * 22 same-company different-event pairs, 2 outside the window), starting from
 * the notes' guesses (korean.md §6: J ≥ 0.5 or overlap ≥ 0.7, grey zone from
 * 0.25). Different events reached at most J 0.31 / overlap 0.50, so the
 * wording-only thresholds sit midway above that; with a shared numeric fact
 * different events reached J 0.13, and none shared a distinctive amount.
 */
export const SAME_STORY_DEFAULTS: Required<SameStoryOptions> = {
  windowHours: 48,
  jaccardHigh: 0.4,
  overlapHigh: 0.6,
  overlapMinBigrams: 8,
  jaccardLow: 0.2,
  jaccardLowDistinctive: 0.05,
};

/**
 * The stories of the last window, indexed so that assigning an article costs
 * a few exact comparisons instead of one per article seen: an inverted index
 * from headline bigrams (and distinctive amounts) to stories picks the few
 * most promising stories, then `sameStoryMatch` decides on each story's lead
 * and its latest members.
 */
import { amountIdentity, isDistinctiveAmountKey } from './numeric-facts.ts';
import { sameStoryMatch, sign, type SignedCandidate } from './same-story.ts';
import { SAME_STORY_DEFAULTS, type SameStoryOptions, type StoryCandidate } from './story-candidate.ts';

/** Stories compared exactly per article, best-ranked first. */
const SHORTLIST = 6;
/** Bigrams of the article looked up in the index, rarest first. */
const RARE_GRAMS = 6;
/** Members compared per story besides the lead: the latest reports read most like the next one. */
const MEMBERS_COMPARED = 3;

interface IndexedStory {
  id: string;
  lead: SignedCandidate;
  members: SignedCandidate[];
  latest: number;
}

export class StoryIndex {
  private readonly stories = new Map<string, IndexedStory>();
  private readonly byGram = new Map<string, Set<string>>();
  private readonly byAmount = new Map<string, Set<string>>();
  private readonly opts: SameStoryOptions;

  constructor(opts: SameStoryOptions = {}) {
    this.opts = opts;
  }

  get size(): number {
    return this.stories.size;
  }

  /** Adds an article to a story (creating the story when `storyId` is new). */
  add(storyId: string, article: StoryCandidate): void {
    const signed = sign(article);
    let story = this.stories.get(storyId);
    if (!story) {
      story = { id: storyId, lead: signed, members: [], latest: article.published.getTime() };
      this.stories.set(storyId, story);
    } else {
      story.members.push(signed);
      if (story.members.length > MEMBERS_COMPARED) story.members.shift();
      story.latest = Math.max(story.latest, article.published.getTime());
    }
    for (const g of signed.signature) post(this.byGram, g, storyId);
    for (const k of article.factKeys) if (isDistinctiveAmountKey(k)) post(this.byAmount, amountIdentity(k), storyId);
  }

  /** The story this article belongs to, or undefined for a new story. */
  assign(article: StoryCandidate): string | undefined {
    const signed = sign(article);
    const window = (this.opts.windowHours ?? SAME_STORY_DEFAULTS.windowHours) * 3_600_000;
    const shared = new Map<string, number>();
    // The rarest bigrams say most about which story this is, and their lists are short:
    // counting only those keeps the cost flat however many stories share common words.
    const postings = [...signed.signature]
      .map((g) => this.byGram.get(g))
      .filter((ids): ids is Set<string> => ids !== undefined)
      .sort((a, b) => a.size - b.size)
      .slice(0, RARE_GRAMS);
    for (const ids of postings) for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
    for (const k of article.factKeys) {
      if (!isDistinctiveAmountKey(k)) continue;
      for (const id of this.byAmount.get(amountIdentity(k)) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const shortlist = [...shared.entries()]
      .filter(([id]) => Math.abs((this.stories.get(id)?.latest ?? 0) - article.published.getTime()) <= window * 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, SHORTLIST);
    let best: { id: string; score: number } | undefined;
    for (const [id] of shortlist) {
      const story = this.stories.get(id);
      if (!story) continue;
      for (const other of [story.lead, ...story.members]) {
        const sim = sameStoryMatch(signed, other, this.opts);
        const score = sim ? sim.jaccard + sim.overlap : -1;
        if (sim && (!best || score > best.score)) best = { id, score };
      }
    }
    return best?.id;
  }
}

function post(index: Map<string, Set<string>>, key: string, id: string): void {
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

/**
 * The stories of the last window, indexed so that assigning an article costs
 * a few exact comparisons instead of one per article seen: an inverted index
 * from headline bigrams (and distinctive amounts) to stories picks the few
 * most promising stories, then `sameStoryMatch` decides on each story's lead
 * and its latest members.
 */
import { bestStory } from './assign-story.ts';
import { sign, type SignedCandidate } from './same-story.ts';
import { SAME_STORY_DEFAULTS, type SameStoryOptions, type StoryCandidate } from './story-candidate.ts';

/** Stories compared exactly per article, best-ranked first. */
const SHORTLIST = 6;
/** Bigrams of the article looked up in the index, rarest first. */
const RARE_GRAMS = 6;
/** Stories counted per index key, newest first. */
const RECENT_PER_KEY = 64;
/** Members compared per story besides the lead: the latest reports read most like the next one. */
const MEMBERS_COMPARED = 2;

interface IndexedStory {
  id: string;
  lead: SignedCandidate;
  members: SignedCandidate[];
  latest: number;
  /** Index keys this story is already posted under. */
  posted: Set<string>;
}

export class StoryIndex {
  private readonly stories = new Map<string, IndexedStory>();
  /** Posting lists, oldest story first (a story appears once per key). */
  private readonly byGram = new Map<string, string[]>();
  private readonly byAmount = new Map<string, string[]>();
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
      story = { id: storyId, lead: signed, members: [], latest: article.published.getTime(), posted: new Set() };
      this.stories.set(storyId, story);
    } else {
      story.members.push(signed);
      if (story.members.length > MEMBERS_COMPARED) story.members.shift();
      story.latest = Math.max(story.latest, article.published.getTime());
    }
    for (const g of signed.signature) post(this.byGram, g, story);
    for (const a of signed.amounts) post(this.byAmount, a, story);
  }

  /** The story this article belongs to, or undefined for a new story. */
  assign(article: StoryCandidate): string | undefined {
    const signed = sign(article);
    const window = (this.opts.windowHours ?? SAME_STORY_DEFAULTS.windowHours) * 3_600_000;
    const shared = new Map<string, number>();
    const count = (ids: readonly string[] | undefined) => {
      // Newest stories first, and only so many: an event's other reports are recent.
      if (!ids) return;
      for (let i = ids.length - 1, n = 0; i >= 0 && n < RECENT_PER_KEY; i--, n++) {
        const id = ids[i] as string;
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    };
    // The rarest bigrams say most about which story this is, and their lists are short:
    // counting only those keeps the cost flat however many stories share common words.
    const rare: string[][] = [];
    for (const g of signed.signature) {
      const ids = this.byGram.get(g);
      if (!ids) continue;
      // Keep the RARE_GRAMS shortest lists (insertion into a tiny sorted array).
      if (rare.length === RARE_GRAMS && ids.length >= (rare[RARE_GRAMS - 1] as string[]).length) continue;
      let i = rare.length;
      while (i > 0 && (rare[i - 1] as string[]).length > ids.length) i--;
      rare.splice(i, 0, ids);
      if (rare.length > RARE_GRAMS) rare.pop();
    }
    for (const ids of rare) count(ids);
    for (const a of signed.amounts) count(this.byAmount.get(a));
    const shortlist = topByCount(shared, SHORTLIST, (id) => {
      const latest = this.stories.get(id)?.latest ?? 0;
      return Math.abs(latest - article.published.getTime()) <= window * 2;
    });
    return bestStory(
      signed,
      shortlist.flatMap((id) => {
        const story = this.stories.get(id);
        return story ? [{ id, articles: [story.lead, ...story.members] }] : [];
      }),
      this.opts,
    );
  }
}

function post(index: Map<string, string[]>, key: string, story: IndexedStory): void {
  if (story.posted.has(key)) return;
  story.posted.add(key);
  const ids = index.get(key);
  if (ids) ids.push(story.id);
  else index.set(key, [story.id]);
}

/** The `k` ids with the highest counts that pass `keep`, best first (a small insertion-sorted list). */
function topByCount(counts: ReadonlyMap<string, number>, k: number, keep: (id: string) => boolean): string[] {
  const top: [string, number][] = [];
  for (const entry of counts) {
    if (top.length === k && entry[1] <= (top[k - 1] as [string, number])[1]) continue;
    if (!keep(entry[0])) continue;
    let i = top.length;
    while (i > 0 && (top[i - 1] as [string, number])[1] < entry[1]) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  return top.map(([id]) => id);
}

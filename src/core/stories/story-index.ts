/**
 * The stories of the last window, indexed so that assigning an article costs
 * a few exact comparisons instead of one per article seen: an inverted index
 * from headline bigrams (and distinctive amounts) to stories picks the few
 * most promising stories, then `sameStoryMatch` decides on each story's lead
 * and its latest members.
 */
import { bestStory } from './assign-story.ts';
import { resolveSameStoryOptions, sign, type SignedCandidate } from './same-story.ts';
import type { SameStoryOptions, StoryCandidate } from './story-candidate.ts';

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
  postedGrams: Set<number>;
  postedAmounts: Set<string>;
}

/** An article as the index takes it: signed already (the caller reuses it for `add`), or not. */
type Candidate = StoryCandidate | SignedCandidate;
const signed = (c: Candidate): SignedCandidate => ('signature' in c ? c : sign(c));

export class StoryIndex {
  /** Stories by slot; posting lists and counters refer to slots, not ids (no string per hit). */
  private readonly stories: IndexedStory[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Posting lists, oldest story first (a story appears once per key). */
  private readonly byGram = new Map<number, number[]>();
  private readonly byAmount = new Map<string, number[]>();
  /** Shared-key counts per slot during one `assign`; reset to zero after it. */
  private counts = new Int32Array(64);
  private readonly opts: SameStoryOptions;
  private readonly windowMs: number;

  constructor(opts: SameStoryOptions = {}) {
    this.opts = resolveSameStoryOptions(opts);
    this.windowMs = this.opts.windowHours! * 3_600_000;
  }

  get size(): number {
    return this.stories.length;
  }

  /** Adds an article to a story (creating the story when `storyId` is new). */
  add(storyId: string, article: Candidate): void {
    const s = signed(article);
    const time = s.candidate.published.getTime();
    let slot = this.slotOf.get(storyId);
    let story: IndexedStory;
    if (slot === undefined) {
      slot = this.stories.length;
      story = { id: storyId, lead: s, members: [], latest: time, postedGrams: new Set(), postedAmounts: new Set() };
      this.stories.push(story);
      this.slotOf.set(storyId, slot);
    } else {
      story = this.stories[slot] as IndexedStory;
      story.members.push(s);
      if (story.members.length > MEMBERS_COMPARED) story.members.shift();
      story.latest = Math.max(story.latest, time);
    }
    for (const g of s.signature) post(this.byGram, story.postedGrams, g, slot);
    for (const a of s.amounts) post(this.byAmount, story.postedAmounts, a, slot);
  }

  /** The story this article belongs to, or undefined for a new story. */
  assign(article: Candidate): string | undefined {
    const s = signed(article);
    if (this.counts.length < this.stories.length) this.counts = new Int32Array(this.stories.length * 2);
    const counts = this.counts;
    const hit: number[] = [];
    const count = (slots: readonly number[] | undefined) => {
      // Newest stories first, and only so many: an event's other reports are recent.
      if (!slots) return;
      for (let i = slots.length - 1, n = 0; i >= 0 && n < RECENT_PER_KEY; i--, n++) {
        const slot = slots[i] as number;
        if (counts[slot] === 0) hit.push(slot);
        counts[slot] = (counts[slot] as number) + 1;
      }
    };
    // The rarest bigrams say most about which story this is, and their lists are short:
    // counting only those keeps the cost flat however many stories share common words.
    const rare: number[][] = [];
    for (const g of s.signature) {
      const slots = this.byGram.get(g);
      if (!slots) continue;
      // Keep the RARE_GRAMS shortest lists (insertion into a tiny sorted array).
      if (rare.length === RARE_GRAMS && slots.length >= (rare[RARE_GRAMS - 1] as number[]).length) continue;
      let i = rare.length;
      while (i > 0 && (rare[i - 1] as number[]).length > slots.length) i--;
      rare.splice(i, 0, slots);
      if (rare.length > RARE_GRAMS) rare.pop();
    }
    for (const slots of rare) count(slots);
    for (const a of s.amounts) count(this.byAmount.get(a));
    const published = s.candidate.published.getTime();
    const shortlist = topByCount(hit, counts, SHORTLIST, (slot) => Math.abs((this.stories[slot] as IndexedStory).latest - published) <= this.windowMs * 2);
    for (const slot of hit) counts[slot] = 0;
    return bestStory(
      s,
      shortlist.map((slot) => {
        const story = this.stories[slot] as IndexedStory;
        return { id: story.id, articles: [story.lead, ...story.members] };
      }),
      this.opts,
    );
  }
}

function post<K>(index: Map<K, number[]>, posted: Set<K>, key: K, slot: number): void {
  if (posted.has(key)) return;
  posted.add(key);
  const slots = index.get(key);
  if (slots) slots.push(slot);
  else index.set(key, [slot]);
}

/** The `k` slots with the highest counts that pass `keep`, best first (a small insertion-sorted list). */
function topByCount(slots: readonly number[], counts: Int32Array, k: number, keep: (slot: number) => boolean): number[] {
  const top: number[] = [];
  for (const slot of slots) {
    const c = counts[slot] as number;
    if (top.length === k && c <= (counts[top[k - 1] as number] as number)) continue;
    if (!keep(slot)) continue;
    let i = top.length;
    while (i > 0 && (counts[top[i - 1] as number] as number) < c) i--;
    top.splice(i, 0, slot);
    if (top.length > k) top.pop();
  }
  return top;
}

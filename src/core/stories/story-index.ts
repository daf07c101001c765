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
  /** The lead, then the latest MEMBERS_COMPARED members: the articles an assignment compares against. */
  articles: SignedCandidate[];
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
  /** Posting lists by bigram index key (gramIndexKeys) and by amount, oldest story first (a story appears once per key). */
  private readonly byGram = new Map<number, number[]>();
  private readonly byAmount = new Map<string, number[]>();
  /** Shared-key counts per slot during one `assign`; reset to zero after it. */
  private counts = new Int32Array(64);
  /** Scratch lists of one `assign`, kept to spare an allocation per article. */
  private readonly hit: number[] = [];
  private readonly rare: number[][] = [];
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
    const time = s.publishedMs;
    let slot = this.slotOf.get(storyId);
    let story: IndexedStory;
    if (slot === undefined) {
      slot = this.stories.length;
      story = { id: storyId, articles: [s], latest: time, postedGrams: new Set(), postedAmounts: new Set() };
      this.stories.push(story);
      this.slotOf.set(storyId, slot);
    } else {
      story = this.stories[slot] as IndexedStory;
      if (story.articles.length > MEMBERS_COMPARED) story.articles.splice(1, 1); // drop the oldest member, keep the lead
      story.articles.push(s);
      story.latest = Math.max(story.latest, time);
    }
    const keys = s.indexKeys;
    for (let i = 0; i < keys.length; i++) post(this.byGram, story.postedGrams, keys[i] as number, slot);
    for (const a of s.amounts) post(this.byAmount, story.postedAmounts, a, slot);
  }

  /** The story this article belongs to, or undefined for a new story. */
  assign(article: Candidate): string | undefined {
    const s = signed(article);
    if (this.counts.length < this.stories.length) this.counts = new Int32Array(this.stories.length * 2);
    const counts = this.counts;
    const hit = this.hit;
    const rare = this.rare;
    hit.length = 0;
    rare.length = 0;
    // The rarest bigrams say most about which story this is, and their lists are short:
    // counting only those keeps the cost flat however many stories share common words.
    const keys = s.indexKeys;
    for (let k = 0; k < keys.length; k++) {
      const slots = this.byGram.get(keys[k] as number);
      if (!slots) continue;
      // Keep the RARE_GRAMS shortest lists (insertion into a tiny sorted array).
      if (rare.length === RARE_GRAMS && slots.length >= (rare[RARE_GRAMS - 1] as number[]).length) continue;
      let i = rare.length;
      while (i > 0 && (rare[i - 1] as number[]).length > slots.length) i--;
      rare.splice(i, 0, slots);
      if (rare.length > RARE_GRAMS) rare.pop();
    }
    for (const slots of rare) countRecent(slots, counts, hit);
    for (const a of s.amounts) {
      const slots = this.byAmount.get(a);
      if (slots) countRecent(slots, counts, hit);
    }
    const shortlist = this.topByCount(hit, s.publishedMs);
    for (const slot of hit) counts[slot] = 0;
    rare.length = 0; // let go of the posting lists
    return bestStory(s, shortlist, this.opts);
  }

  /**
   * The SHORTLIST stories with the highest counts, best first (a small
   * insertion-sorted list), among those whose latest article is near enough
   * in time for one of their articles to fall inside the window.
   */
  private topByCount(slots: readonly number[], published: number): IndexedStory[] {
    const counts = this.counts;
    const top: number[] = [];
    for (const slot of slots) {
      const c = counts[slot] as number;
      if (top.length === SHORTLIST && c <= (counts[top[SHORTLIST - 1] as number] as number)) continue;
      if (!(Math.abs((this.stories[slot] as IndexedStory).latest - published) <= this.windowMs * 2)) continue;
      let i = top.length;
      while (i > 0 && (counts[top[i - 1] as number] as number) < c) i--;
      top.splice(i, 0, slot);
      if (top.length > SHORTLIST) top.pop();
    }
    return top.map((slot) => this.stories[slot] as IndexedStory);
  }
}

/** Counts the newest RECENT_PER_KEY stories of a posting list: an event's other reports are recent. */
function countRecent(slots: readonly number[], counts: Int32Array, hit: number[]): void {
  for (let i = slots.length - 1, n = 0; i >= 0 && n < RECENT_PER_KEY; i--, n++) {
    const slot = slots[i] as number;
    if (counts[slot] === 0) hit.push(slot);
    counts[slot] = (counts[slot] as number) + 1;
  }
}

function post<K>(index: Map<K, number[]>, posted: Set<K>, key: K, slot: number): void {
  if (posted.has(key)) return;
  posted.add(key);
  const slots = index.get(key);
  if (slots) slots.push(slot);
  else index.set(key, [slot]);
}

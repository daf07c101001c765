/**
 * Who a quotation is attributed to, from the sentence before it (rules in
 * quotes.ts). Everything that does not depend on the quotation is read once
 * per text or per sentence, so a long sentence with many quotations costs
 * time in proportion to its length, not to its length times its quotations:
 * - other quotations are blanked once for the whole text;
 * - the subject word is the first qualifying word of the sentence: each
 *   quotation takes it when it stands before the quotation;
 * - whether a person is a subject is judged once per person.
 */
import { isAsciiAlnumUnit, isHangulUnit, isSpaceUnit } from './chars.ts';
import type { Found, PersonFact } from './fact.ts';
import { hasBatchim, isHangulSyllable, stripParticle } from './hangul.ts';
import type { QuotedSpan } from './quote-marks.ts';
import type { Span } from './sentences.ts';

const SUBJECT_AFTER_PERSON = /^(?:께서|은|는|이|가)(?![가-힣])/;
const PRONOUNS = new Set(['그는', '그가', '그녀는', '그녀가', '이들은', '이들이', '그들은']);
/** Words before a subject that are not part of it (다만 업계는 → 업계). */
const CONNECTIVES = new Set([
  '다만', '또', '또한', '이어', '한편', '특히', '그러나', '하지만', '그러면서', '아울러', '이에', '이날', '당시', '현재',
  '앞서', '최근', '이후', '전날', '결국', '실제로', '반면', '이번', '지난', '오는',
]);
/** Subject-marked words that name no one: 이는 ("this is"), 이번이. */
const NOT_SPEAKERS = new Set(['이', '그', '이것', '그것', '이번', '당시', '이날', '현재', '결과', '문제', '배경']);
/** Adverbs ending in 이 that look like a subject (이같이 밝혔다). */
const ADVERBS = new Set(['같이', '이같이', '많이', '굳이', '깊이', '높이', '일찍이', '없이', '함께', '특히', '이처럼', '여전히']);
/** Stem endings that make 은/는/이/가 something else: 에서는, 로는, 것이, 때는, 수가, 등은. */
const NOT_SUBJECT_STEM_END = /(?:에|서|로|고|며|지|게|도|해|데|면|라|다|니|만|까|터|기|음|것|수|때|뿐|중|점|등|간|후|전|앞|뒤)$/;

export interface Subject {
  speaker?: string;
  inherit: boolean;
}

const SUBJECT_PARTICLES = '은는이가';

/** A subject stem's characters: `[가-힣A-Za-z0-9()·]`. */
function isStemUnit(code: number): boolean {
  return isHangulUnit(code) || isAsciiAlnumUnit(code) || code === 0x28 || code === 0x29 || code === 0xb7;
}

/** `word` read as `^([가-힣A-Za-z0-9()·]+?)(은|는|이|가)$`: a one-character particle after a stem of those characters. */
function splitSubject(word: string): { stem: string; particle: string } | undefined {
  const particle = word[word.length - 1] ?? '';
  if (word.length < 2 || !SUBJECT_PARTICLES.includes(particle)) return undefined;
  for (let i = 0; i < word.length - 1; i++) if (!isStemUnit(word.charCodeAt(i))) return undefined;
  return { stem: word.slice(0, -1), particle };
}

/**
 * The first word of text[from, to) that settles the subject (a pronoun, or
 * a subject-marked noun with up to two bare nouns before it), and where its
 * run ends. Words are split at `\s+`, lose trailing , ; : and empty ones are
 * dropped; they are read only up to that word.
 */
function firstSubject(text: string, from: number, to: number): { end: number; subject: Subject } | undefined {
  const words: string[] = [];
  for (let i = from; i < to; ) {
    while (i < to && isSpaceUnit(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isSpaceUnit(text.charCodeAt(i))) i++;
    let end = i;
    while (end > start && ',;:'.includes(text[end - 1] as string)) end--;
    if (end === start) continue;
    const word = text.slice(start, end);
    words.push(word);
    const subject = subjectOf(words);
    if (subject) return { end: i, subject };
  }
  return undefined;
}

/** The subject settled by the last of `words`, if it settles one. */
function subjectOf(words: readonly string[]): Subject | undefined {
  const i = words.length - 1;
  const word = words[i] ?? '';
  if (PRONOUNS.has(word)) return { inherit: true };
  const m = splitSubject(word);
  if (!m || ADVERBS.has(word)) return undefined;
  const { stem, particle } = m;
  const lastChar = stem[stem.length - 1] ?? '';
  if (NOT_SUBJECT_STEM_END.test(stem) || NOT_SPEAKERS.has(stem) || /^\d/.test(stem)) return undefined;
  if (isHangulSyllable(lastChar) && hasBatchim(lastChar) !== (particle === '은' || particle === '이')) return undefined;
  const nouns: string[] = [];
  for (let j = i - 1; j >= 0 && nouns.length < 2; j--) {
    const before = words[j] ?? '';
    if (!/^[가-힣A-Za-z]+$/.test(before) || CONNECTIVES.has(before) || stripParticle(before).particle) break;
    nouns.unshift(before);
  }
  return { speaker: [...nouns, stem].join(' '), inherit: false };
}

/** The text with every quotation (marks included) blanked: what the subject rules read. */
function blankQuotes(text: string, quotes: readonly QuotedSpan[]): string {
  const spans = quotes
    .map((q) => ({ from: Math.max(q.open, 0), to: Math.min(q.close + 1, text.length) }))
    .filter((q) => q.from < q.to)
    .sort((a, b) => a.from - b.from);
  let out = '';
  let kept = 0; // text before this offset is already in `out`
  for (const { from, to } of spans) {
    if (to <= kept) continue; // inside a span already blanked
    const start = Math.max(from, kept);
    out += text.slice(kept, start) + ' '.repeat(to - start);
    kept = to;
  }
  return out + text.slice(kept);
}

/** True for each position (in `positions` order) lying strictly inside some quotation. */
function insideAnyQuote(positions: readonly number[], quotes: readonly QuotedSpan[]): boolean[] {
  const byOpen = [...quotes].sort((a, b) => a.open - b.open);
  const order = positions.map((_, i) => i).sort((a, b) => (positions[a] as number) - (positions[b] as number));
  const inside: boolean[] = positions.map(() => false);
  let next = 0;
  let furthestClose = -Infinity;
  for (const i of order) {
    const pos = positions[i] as number;
    for (; next < byOpen.length && (byOpen[next] as QuotedSpan).open < pos; next++) {
      furthestClose = Math.max(furthestClose, (byOpen[next] as QuotedSpan).close);
    }
    inside[i] = furthestClose > pos;
  }
  return inside;
}

export class SubjectFinder {
  private blanked: string | undefined; // read on the first subject-word lookup
  private readonly starts: number[];
  private readonly ends: number[];
  /** Not inside a quotation, and followed by 은/는/이/가/께서. */
  private readonly subjectLike: boolean[];
  private readonly bySentence = new Map<Span, ReturnType<typeof firstSubject>>();

  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuotedSpan[],
    private readonly persons: readonly Found<PersonFact>[],
  ) {
    this.starts = persons.map((p) => p.start);
    this.ends = persons.map((p) => p.end);
    const inQuote = persons.length === 0 ? [] : insideAnyQuote(this.starts, quotes);
    this.subjectLike = persons.map((p, i) => !inQuote[i] && SUBJECT_AFTER_PERSON.test(text.slice(p.end, p.end + 3)));
  }

  /** The subject of `sentence` before `quote`, which lies in it. */
  find(sentence: Span, quote: QuotedSpan): Subject {
    for (let i = 0; i < this.persons.length; i++) {
      if (this.subjectLike[i] && (this.starts[i] as number) >= sentence.start && (this.ends[i] as number) <= quote.open) {
        return { speaker: (this.persons[i] as Found<PersonFact>).name, inherit: false };
      }
    }
    // The quote's opening mark is blanked, so no word runs across it: the
    // words before the quote are the sentence's first words.
    if (!this.bySentence.has(sentence)) {
      this.blanked ??= blankQuotes(this.text, this.quotes);
      this.bySentence.set(sentence, firstSubject(this.blanked, sentence.start, sentence.end));
    }
    const first = this.bySentence.get(sentence);
    return first && first.end <= quote.open ? first.subject : { inherit: true };
  }
}

/**
 * Approximation markers around a number span: 약 5만장, 최대 3조원, 5만장
 * 이상, 3조원대, 90% 가량. The span is widened to include the marker so the
 * fact's text shows why it is approximate. A marker that the number itself
 * carries (26만여, 수십억) wins over the surrounding words.
 */
import type { Approx } from './fact.ts';
import { charAt } from './chars.ts';
import { isHangulSyllable, wordEndsAt } from './hangul.ts';

const PREFIXES: ReadonlyArray<readonly [string, Approx]> = [
  ['어림잡아', 'about'],
  ['대략', 'about'],
  ['적어도', 'min'],
  ['최대', 'max'],
  ['최고', 'max'],
  ['최소', 'min'],
  ['최저', 'min'],
  ['약', 'about'],
];

const SUFFIXES: ReadonlyArray<readonly [string, Approx]> = [
  ['가까이', 'about'],
  ['가량', 'about'],
  ['정도', 'about'],
  ['안팎', 'about'],
  ['내외', 'about'],
  ['육박', 'about'],
  ['이상', 'min'],
  ['이하', 'max'],
  ['미만', 'max'],
  ['초과', 'over'],
  ['남짓', 'over'],
  ['넘게', 'over'],
  ['넘는', 'over'],
  ['넘어', 'over'],
  ['여', 'over'],
  ['대', 'about'], // 3조원대, 3%대: "in the 3조 range"
];

export interface Marked {
  start: number;
  end: number;
  approx?: Approx;
}

/** A spaced 대 is a counter or a word and a spaced 여 no marker: only attached they mean "range" and "over". */
const spacedAllowed = (word: string): boolean => word !== '대' && word !== '여';

/** First characters of the suffixes (attached, or spaced) and last characters of the prefixes: a marker needs one next to the number. */
const SUFFIX_FIRSTS = new Set(SUFFIXES.map(([word]) => word.charCodeAt(0)));
const SPACED_SUFFIX_FIRSTS = new Set(SUFFIXES.filter(([word]) => spacedAllowed(word)).map(([word]) => word.charCodeAt(0)));
const PREFIX_LASTS = new Set(PREFIXES.map(([word]) => word.charCodeAt(word.length - 1)));

/**
 * Looks for a marker before `start` (one space apart, at a word start) and
 * after `end` (attached or one space apart). `own` is the number's own marker.
 */
export function markApprox(text: string, start: number, end: number, own?: Approx): Marked {
  const result: Marked = { start, end };
  if (own) result.approx = own;
  const next = text.charCodeAt(end);
  if (!SUFFIX_FIRSTS.has(next) && !(next === 0x20 && SPACED_SUFFIX_FIRSTS.has(text.charCodeAt(end + 1)))) {
    return withPrefix(text, result);
  }
  for (const [word, approx] of SUFFIXES) {
    for (let gap = 0; gap <= (spacedAllowed(word) ? 1 : 0); gap++) {
      if (gap === 1 && charAt(text, end) !== ' ') continue;
      if (!text.startsWith(word, end + gap)) continue;
      if (!wordEndsAt(text, end + gap + word.length)) continue; // 이상한 is "strange", not "or more"
      result.end = end + gap + word.length;
      result.approx ??= approx;
      return withPrefix(text, result);
    }
  }
  return withPrefix(text, result);
}

function withPrefix(text: string, marked: Marked): Marked {
  const before = text.charCodeAt(marked.start - 1);
  if (!PREFIX_LASTS.has(before) && !(before === 0x20 && PREFIX_LASTS.has(text.charCodeAt(marked.start - 2)))) return marked;
  for (const [word, approx] of PREFIXES) {
    for (let gap = 1; gap >= 0; gap--) {
      // text[at, start) must read word + gap: `약 5만` (spaced) before `약5만`.
      const at = marked.start - gap - word.length;
      if (at < 0 || !text.startsWith(word, at) || (gap === 1 && charAt(text, at + word.length) !== ' ')) continue;
      if (isHangulSyllable(charAt(text, at - 1))) continue; // 예약 5만 is not 약 5만
      marked.approx ??= approx;
      marked.start = at;
      return marked;
    }
  }
  return marked;
}

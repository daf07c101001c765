/**
 * Approximation markers around a number span: 약 5만장, 최대 3조원, 5만장
 * 이상, 3조원대, 90% 가량. The span is widened to include the marker so the
 * fact's text shows why it is approximate. A marker that the number itself
 * carries (26만여, 수십억) wins over the surrounding words.
 */
import type { Approx } from './fact.ts';
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

/**
 * Looks for a marker before `start` (one space apart, at a word start) and
 * after `end` (attached or one space apart). `own` is the number's own marker.
 */
export function markApprox(text: string, start: number, end: number, own?: Approx): Marked {
  const result: Marked = { start, end };
  if (own) result.approx = own;
  for (const [word, approx] of SUFFIXES) {
    for (const gap of ['', ' ']) {
      if (word === '대' && gap === ' ') continue; // spaced 대 is a counter or a word, not "range"
      if (word === '여' && gap === ' ') continue;
      if (!text.startsWith(gap + word, end)) continue;
      if (!wordEndsAt(text, end + gap.length + word.length)) continue; // 이상한 is "strange", not "or more"
      result.end = end + gap.length + word.length;
      result.approx ??= approx;
      return withPrefix(text, result);
    }
  }
  return withPrefix(text, result);
}

function withPrefix(text: string, marked: Marked): Marked {
  for (const [word, approx] of PREFIXES) {
    for (const gap of [' ', '']) {
      const at = marked.start - gap.length - word.length;
      if (at < 0 || text.slice(at, marked.start) !== word + gap) continue;
      if (isHangulSyllable(text[at - 1])) continue; // 예약 5만 is not 약 5만
      marked.approx ??= approx;
      marked.start = at;
      return marked;
    }
  }
  return marked;
}

/**
 * A headline reduced to what two outlets' wordings of one event share: the
 * set of character bigrams after normalisation. Bigrams are how Lucene's CJK
 * analyser indexes Hangul, and they survive particles (엔비디아가/엔비디아는)
 * and spacing differences that break word tokens (korean.md §3, §6).
 */
import { stripTitlePrefix } from '../text/boilerplate/title-prefix.ts';

/**
 * One-character hanja abbreviations of headline style, longest first so
 * 中企 (small firms) is not read as 中 (China).
 */
const HANJA_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['中企', '중소기업'],
  ['韓', '한국'],
  ['美', '미국'],
  ['中', '중국'],
  ['日', '일본'],
  ['北', '북한'],
  ['與', '여당'],
  ['野', '야당'],
  ['英', '영국'],
  ['佛', '프랑스'],
  ['獨', '독일'],
  ['露', '러시아'],
];

const ANY_HANJA_ABBREVIATION = new RegExp(`[${HANJA_ABBREVIATIONS.map(([h]) => h[0]).join('')}]`, 'u');

/** The comparable text: no tags, no outlet, hanja spelled out, lower case, letters and digits only. */
export function normalizeHeadline(title: string): string {
  let text = stripTitlePrefix(title.normalize('NFKC')).title;
  if (ANY_HANJA_ABBREVIATION.test(text)) for (const [hanja, hangul] of HANJA_ABBREVIATIONS) text = text.replaceAll(hanja, hangul);
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Code points above this cannot occur, so `first * CODE_SPACE + second` names a bigram exactly. */
const CODE_SPACE = 0x110000;

/**
 * The signature stories compare: the character bigrams of the normalised
 * headline, each as the number `first * 0x110000 + second` (exact, below
 * 2^42), sorted and distinct, so two signatures intersect in one merge pass
 * without a string per bigram. A one-character headline is its own
 * signature (the code point alone, below 0x110000).
 */
export function headlineGrams(title: string): Float64Array {
  const text = normalizeHeadline(title);
  const points: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    points.push(cp);
    if (cp > 0xffff) i++;
  }
  if (points.length < 2) return Float64Array.from(points);
  const grams = new Float64Array(points.length - 1);
  for (let i = 0; i < grams.length; i++) grams[i] = (points[i] as number) * CODE_SPACE + (points[i + 1] as number);
  grams.sort();
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[n - 1]) grams[n++] = grams[i] as number;
  return grams.subarray(0, n);
}

/** A bigram code as text ('성h'), for reading signatures. */
export function gramText(code: number): string {
  return code < CODE_SPACE ? String.fromCodePoint(code) : String.fromCodePoint(Math.floor(code / CODE_SPACE), code % CODE_SPACE);
}

/** The signature as a set of bigram strings (for reading and tests; comparisons use headlineGrams). */
export function headlineSignature(title: string): Set<string> {
  return new Set(Array.from(headlineGrams(title), gramText));
}

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
export function headlineGrams(title: string): number[] {
  // A plain array, not a Float64Array: a typed array this small costs more to allocate
  // (a separate backing store) than it saves, and there is one per article.
  const text = normalizeHeadline(title);
  const grams: number[] = [];
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (previous >= 0) grams.push(previous * CODE_SPACE + cp);
    previous = cp;
  }
  if (grams.length === 0) return previous >= 0 ? [previous] : [];
  grams.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[n - 1]) grams[n++] = grams[i] as number;
  grams.length = n;
  return grams;
}

/**
 * Each bigram code of a signature as a small integer, for the story index's
 * posting lists: a code reaches 2^42, which V8 keeps as a boxed double, so a
 * map keyed by it allocates at every look-up. Two bigrams may share a key;
 * the index then only shortlists a story more, and the exact comparison on
 * the codes decides.
 */
export function gramIndexKeys(signature: readonly number[]): number[] {
  const keys: number[] = [];
  for (let i = 0; i < signature.length; i++) {
    const code = signature[i] as number;
    const first = Math.floor(code / CODE_SPACE);
    const second = code - first * CODE_SPACE;
    keys.push((Math.imul(first, 0x9e3779b1) ^ second) & 0x3fffffff); // within V8's small integers
  }
  return keys;
}

/** A bigram code as text ('성h'), for reading signatures. */
export function gramText(code: number): string {
  return code < CODE_SPACE ? String.fromCodePoint(code) : String.fromCodePoint(Math.floor(code / CODE_SPACE), code % CODE_SPACE);
}

/** The signature as a set of bigram strings (for reading and tests; comparisons use headlineGrams). */
export function headlineSignature(title: string): Set<string> {
  return new Set(Array.from(headlineGrams(title), gramText));
}

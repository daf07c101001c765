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

/** The comparable text: no tags, no outlet, hanja spelled out, lower case, letters and digits only. */
export function normalizeHeadline(title: string): string {
  let text = stripTitlePrefix(title.normalize('NFKC')).title;
  for (const [hanja, hangul] of HANJA_ABBREVIATIONS) text = text.replaceAll(hanja, hangul);
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Character bigrams of the normalised headline; a one-character headline is its own signature. */
export function headlineSignature(title: string): Set<string> {
  const text = normalizeHeadline(title);
  const chars = Array.from(text);
  if (chars.length < 2) return new Set(chars);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) bigrams.add(`${chars[i]}${chars[i + 1]}`);
  return bigrams;
}

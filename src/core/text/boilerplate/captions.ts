/**
 * Photo captions: a one-sentence line that ends in a photo or reporter credit
 * (`…연설하고 있다. 강진형 기자`, `…모습. 2025.10.31 hkd@yna.co.kr`,
 * `삼성전자 서초사옥 [연합뉴스 자료사진]`). The last paragraph is not judged
 * here: a credit there is a signature glued to the closing sentence, and
 * tail-trim cuts only the credit.
 */
import { EMAIL, SENTENCE_END, countSentences } from './patterns.ts';
import { PHOTO_BRACKET, TRAILING_CREDIT } from './signatures.ts';

/** Yonhap and 뉴시스 captions end in the shooting date: `2025.10.31` or `2025.10.23.`. */
const SHOT_DATE = String.raw`\d{4}[./]\d{1,2}[./]\d{1,2}\.?`;

const SENTENCE_THEN_CREDIT = new RegExp(
  String.raw`^(.*?(?:${SENTENCE_END}|${SHOT_DATE}))\s*${TRAILING_CREDIT}[·,\s]*$`,
  'u',
);

/**
 * A phrase (no full stop) then a photo source. Only bracketed sources and
 * addresses: `… 제공` after a phrase reads just like a headline (`한국에 GPU 제공`).
 */
const PHRASE_THEN_PHOTO_SOURCE = new RegExp(
  String.raw`^(.+?)\s*(?:${PHOTO_BRACKET}|[[(]?${EMAIL}[\])]?)\s*$`,
  'u',
);

/** Captions are short; a longer line is a paragraph with a stray credit. */
const MAX_CAPTION = 200;
const MAX_PHRASE_CAPTION = 80;

function isCaptionLine(line: string): boolean {
  const sentence = SENTENCE_THEN_CREDIT.exec(line);
  if (sentence?.[1] !== undefined) {
    return sentence[1].length <= MAX_CAPTION && countSentences(sentence[1]) <= 1;
  }
  const phrase = PHRASE_THEN_PHOTO_SOURCE.exec(line);
  return phrase?.[1] !== undefined && phrase[1].length <= MAX_PHRASE_CAPTION;
}

/** Drops caption lines from every line but the last. */
export function removeCaptionLines(lines: readonly string[]): string[] {
  return lines.filter((line, i) => i === lines.length - 1 || !isCaptionLine(line));
}

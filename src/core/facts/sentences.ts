/**
 * Sentence spans of a news text. A line break always ends a sentence. Inside
 * a line, . ! ? end one when followed by a space or the end, or when glued to
 * the next Korean sentence (…1위다.대구시는: [HD] MISSING_SENTENCE_SPACE in
 * notes/korean.md §2), but never inside a quotation ("아니다. 그렇게 …" is
 * one quote), in a decimal (3.5) or after a one-letter abbreviation (U.S.).
 */
import { isDigitUnit, isHangulUnit, isSpaceUnit } from './chars.ts';
import { LiteralScanner } from './literal-scan.ts';
import type { QuotedSpan } from './quote-marks.ts';

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?']);
const isTerminalUnit = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f;
const isUpperUnit = (code: number): boolean => code >= 0x41 && code <= 0x5a;
const isLetterUnit = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * For ascending positions: is the position strictly inside a quotation? It
 * is exactly when the furthest close among quotes opened before it lies
 * beyond it, so one pass over the quotes (by opening) serves the whole text.
 */
function insideQuotes(quotes: readonly QuotedSpan[]): (pos: number) => boolean {
  const byOpen = [...quotes].sort((a, b) => a.open - b.open);
  let next = 0;
  let furthestClose = -Infinity;
  return (pos) => {
    for (; next < byOpen.length && (byOpen[next] as QuotedSpan).open < pos; next++) {
      furthestClose = Math.max(furthestClose, (byOpen[next] as QuotedSpan).close);
    }
    return furthestClose > pos;
  };
}

/** After `Hangul.`, what may follow with no space and still start a new sentence: `[가-힣0-9“"'‘\[(]`. */
function startsGluedSentence(code: number): boolean {
  return isHangulUnit(code) || isDigitUnit(code) || code === 0x201c || code === 0x22 || code === 0x27 || code === 0x2018 || code === 0x5b || code === 0x28;
}

function endsSentence(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1); // NaN before the start
  const after = text.charCodeAt(i + 1); // NaN after the end
  if (isDigitUnit(before) && isDigitUnit(after)) return false; // 3.5
  // U.S. / S.: a capital right before, itself at the start or after a non-letter.
  if (isUpperUnit(before) && (i < 2 || !isLetterUnit(text.charCodeAt(i - 2)))) return false;
  if (i + 1 >= text.length || isSpaceUnit(after)) return true;
  return isHangulUnit(before) && startsGluedSentence(after);
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

/** What may end a sentence. */
export const SENTENCE_BREAKS = new LiteralScanner(['.', '!', '?', '\n']);

/** `breaks`: the offsets of every SENTENCE_BREAKS character, ascending, when the caller has them. */
export function splitSentences(text: string, quotes: readonly QuotedSpan[], breaks: readonly number[] = SENTENCE_BREAKS.starts(text).offsets): Span[] {
  const spans: Span[] = [];
  const inQuote = insideQuotes(quotes);
  let start = 0;
  let next = 0; // into `breaks`: only line breaks and . ! ? can end a sentence
  for (let i = 0; i < text.length; i++) {
    while (next < breaks.length && (breaks[next] as number) < i) next++;
    if (next === breaks.length) break;
    i = breaks[next] as number;
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      pushTrimmed(text, spans, start, i);
      start = i + 1;
    } else if (isTerminalUnit(code) && !inQuote(i) && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && isTerminalUnit(text.charCodeAt(end))) end++; // ?!, ... (bounded: reading past the end deoptimises)
      pushTrimmed(text, spans, start, end);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
}

/**
 * End offset of the lead: the first sentence that ends with . ! ? (a news
 * sentence), together with any unpunctuated lines before it, which are
 * sub-headlines ("AI 전환, 제조업 경쟁력 높이는 모멘텀"). When no sentence is
 * punctuated, the first sentence is the lead.
 */
export function leadEnd(text: string, sentences: readonly Span[]): number {
  const punctuated = sentences.find((s) => TERMINAL.has(text[s.end - 1] ?? ''));
  return (punctuated ?? sentences[0])?.end ?? 0;
}

/**
 * Sentence spans of a news text. A line break always ends a sentence. Inside
 * a line, . ! ? end one when followed by a space or the end, or when glued to
 * the next Korean sentence (…1위다.대구시는: [HD] MISSING_SENTENCE_SPACE in
 * notes/korean.md §2), but never inside a quotation ("아니다. 그렇게 …" is
 * one quote), in a decimal (3.5) or after a one-letter abbreviation (U.S.).
 */
import { isHangulSyllable, isDigit } from './hangul.ts';
import type { QuotedSpan } from './quote-marks.ts';

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?']);

function insideQuote(quotes: readonly QuotedSpan[], pos: number): boolean {
  return quotes.some((q) => pos > q.open && pos < q.close);
}

function endsSentence(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isDigit(before) && isDigit(after)) return false; // 3.5
  if (/(?:^|[^A-Za-z])[A-Z]$/.test(text.slice(Math.max(0, i - 2), i))) return false; // U.S. / S.
  if (after === undefined || /\s/.test(after)) return true;
  return isHangulSyllable(before) && /[가-힣0-9“"'‘\[(]/.test(after);
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) spans.push({ start, end });
}

export function splitSentences(text: string, quotes: readonly QuotedSpan[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      pushTrimmed(text, spans, start, i);
      start = i + 1;
    } else if (TERMINAL.has(ch) && !insideQuote(quotes, i) && endsSentence(text, i)) {
      let end = i + 1;
      while (TERMINAL.has(text[end] ?? '')) end++; // ?!, ...
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

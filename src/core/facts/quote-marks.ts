/**
 * Where the quotations are. Rules:
 * - double quotes “…” and "…" always quote (at least 2 characters inside);
 *   straight quotes pair up left to right;
 * - single quotes ‘…’ and '…' in Korean news mostly mark terms and titles
 *   ('윈윈' 전략, '장르만 여의도'), so they count only when they hold at least
 *   10 characters AND are followed at once by a quoting ending (…'고 했다,
 *   …'라며, …'는 질문): '엔비디아 칩의 중국 판매를 허용할 것이냐'는 질문 is a
 *   quote, 'APEC CEO 서밋' 마지막 세션 is not;
 * - single quotes inside a double quote belong to it and are not separate;
 * - a quotation never spans lines (paragraphs): an unclosed mark is ignored.
 */
import { isAsciiLetter, isDigit } from './hangul.ts';

export interface QuotedSpan {
  /** Offsets of the opening and the closing mark. */
  open: number;
  close: number;
  kind: 'double' | 'single';
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'" };
const MIN_SINGLE = 10;
/** Endings that make a single-quoted span a quotation: 라고/고 (said), 라며/며 (saying), 는/라는/란 (the question that …). */
const QUOTING_ENDING = /^(?:이?라고|이?라며|이?라면서|고|며|면서|이?라는|이?란|는)/;

function lineSpans(text: string, from: number, to: number, marks: readonly string[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i] ?? '';
    if (!marks.includes(ch)) continue;
    // An apostrophe inside a Latin word (Korea's) is not a mark.
    if (ch === "'" && (isAsciiLetter(text[i - 1]) || isDigit(text[i - 1]))) continue;
    const closeMark = PAIRS[ch] ?? ch;
    const close = text.indexOf(closeMark, i + 1);
    if (close < 0 || close >= to) continue;
    spans.push({ open: i, close, kind: ch === '“' || ch === '"' ? 'double' : 'single' });
    i = close;
  }
  return spans;
}

function isQuotation(text: string, span: QuotedSpan): boolean {
  const inner = text.slice(span.open + 1, span.close).trim();
  if (span.kind === 'double') return inner.length >= 2;
  return inner.length >= MIN_SINGLE && QUOTING_ENDING.test(text.slice(span.close + 1, span.close + 5));
}

/** Quotations in `text`, in order, never nested. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const result: QuotedSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const doubles = lineSpans(text, lineStart, lineEnd, ['“', '"']);
    // Single marks are paired only outside the double quotes, which are blanked out first.
    let outside = text;
    for (const d of doubles) outside = outside.slice(0, d.open) + ' '.repeat(d.close - d.open + 1) + outside.slice(d.close + 1);
    const singles = lineSpans(outside, lineStart, lineEnd, ['‘', "'"]);
    result.push(...[...doubles, ...singles].filter((s) => isQuotation(text, s)));
    lineStart = lineEnd + 1;
  }
  return result.sort((a, b) => a.open - b.open);
}

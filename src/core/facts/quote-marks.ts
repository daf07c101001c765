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
 * Only the marks are visited, not every character: their offsets come from
 * the caller's pass over the text (QUOTE_MARKS), or from one made here.
 */
import { isAsciiAlnumUnit } from './chars.ts';
import { LiteralScanner } from './literal-scan.ts';

export interface QuotedSpan {
  /** Offsets of the opening and the closing mark. */
  open: number;
  close: number;
  kind: 'double' | 'single';
}

/** Every quotation mark, opening or closing. */
export const QUOTE_MARKS = new LiteralScanner(['“', '”', '"', '‘', '’', "'"]);

interface MarkPair {
  curly: string;
  curlyClose: string;
  /** A straight mark closes itself. */
  straight: string;
}

const DOUBLE: MarkPair = { curly: '“', curlyClose: '”', straight: '"' };
const SINGLE: MarkPair = { curly: '‘', curlyClose: '’', straight: "'" };
const MIN_SINGLE = 10;
/** Endings that make a single-quoted span a quotation: 라고/고 (said), 라며/며 (saying), 는/라는/란 (the question that …). */
const QUOTING_ENDING = /^(?:이?라고|이?라며|이?라면서|고|며|면서|이?라는|이?란|는)/;

/**
 * Pairs the marks of one line (`marks`: their offsets, ascending) left to
 * right: an opening mark takes the first closing mark of its kind after it
 * on the line, and reading goes on after that; an opening mark without one
 * is passed over. `blanked(offset)`, asked for ascending offsets: the
 * character there was blanked (it lies in a double quotation), so the mark
 * after it cannot be an apostrophe.
 */
function pairMarks(text: string, lineStart: number, marks: readonly number[], pair: MarkPair, kind: QuotedSpan['kind'], blanked: (offset: number) => boolean): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const curlyCloses = marks.filter((p) => text[p] === pair.curlyClose);
  const straights = marks.filter((p) => text[p] === pair.straight);
  let nextCurlyClose = 0;
  let nextStraight = 0;
  let reading = lineStart;
  for (const p of marks) {
    if (p < reading) continue;
    const mark = text[p];
    let close: number | undefined;
    if (mark === pair.curly) {
      while ((curlyCloses[nextCurlyClose] ?? Infinity) <= p) nextCurlyClose++;
      close = curlyCloses[nextCurlyClose];
    } else if (mark === pair.straight) {
      // An apostrophe inside a Latin word (Korea's) is not a mark.
      if (mark === "'" && p > lineStart && !blanked(p - 1) && isAsciiAlnumUnit(text.charCodeAt(p - 1))) continue;
      while ((straights[nextStraight] ?? Infinity) <= p) nextStraight++;
      close = straights[nextStraight];
    }
    if (close === undefined) continue;
    spans.push({ open: p, close, kind });
    reading = close + 1;
  }
  return spans;
}

function isQuotation(text: string, span: QuotedSpan): boolean {
  const inner = text.slice(span.open + 1, span.close).trim();
  if (span.kind === 'double') return inner.length >= 2;
  return inner.length >= MIN_SINGLE && QUOTING_ENDING.test(text.slice(span.close + 1, span.close + 5));
}

/**
 * For ascending offsets: does the offset lie in one of `spans` (marks
 * included)? The spans are ascending and apart, so one pointer serves.
 */
function within(spans: readonly QuotedSpan[]): (p: number) => boolean {
  let k = 0;
  return (p) => {
    while (k < spans.length && (spans[k] as QuotedSpan).close < p) k++;
    const span = spans[k];
    return span !== undefined && p >= span.open;
  };
}

function isDoubleMark(mark: string | undefined): boolean {
  return mark === '“' || mark === '”' || mark === '"';
}

function lineQuotes(text: string, lineStart: number, marks: readonly number[]): QuotedSpan[] {
  const doubles = pairMarks(text, lineStart, marks.filter((p) => isDoubleMark(text[p])), DOUBLE, 'double', () => false);
  // Single marks are paired only outside the double quotes, which are blanked out first.
  const inDouble = within(doubles);
  const outside = marks.filter((p) => !isDoubleMark(text[p]) && !inDouble(p));
  const singles = outside.length === 0 ? [] : pairMarks(text, lineStart, outside, SINGLE, 'single', within(doubles));
  return [...doubles, ...singles].filter((s) => isQuotation(text, s));
}

/**
 * Quotations in `text`, in order, never nested. `marks`: the offsets of
 * every QUOTE_MARKS character, ascending, when the caller has them.
 */
export function findQuotedSpans(text: string, marks: readonly number[] = QUOTE_MARKS.starts(text).offsets): QuotedSpan[] {
  const result: QuotedSpan[] = [];
  for (let k = 0; k < marks.length; ) {
    const first = marks[k] as number;
    const lineStart = first === 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
    const newline = text.indexOf('\n', first);
    const lineEnd = newline < 0 ? text.length : newline;
    let end = k;
    while (end < marks.length && (marks[end] as number) < lineEnd) end++;
    result.push(...lineQuotes(text, lineStart, marks.slice(k, end)));
    k = end;
  }
  return result.sort((a, b) => a.open - b.open);
}

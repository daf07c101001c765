/**
 * Finds configured keywords in Korean/English news text in one pass: an
 * Aho–Corasick automaton over the normalised, separator-free keywords finds
 * candidates, then each candidate's boundaries are verified. Cost does not
 * depend on the number of keywords (one automaton step per text unit).
 */
import { FoldBuffer, foldForMatch, unitsToString } from '../text/normalize.ts';
import { buildAhoCorasick } from './aho-corasick.ts';
import { edgeKind, leftEdgeOk, rightEdgeOk } from './boundaries.ts';
import type { EdgeKind } from './boundaries.ts';
import { isLatinOrDigit } from './char-classes.ts';
import { CompactText, compactInto, hasGapBefore } from './compact.ts';

export interface KeywordSpec {
  topic: string;
  /** As written in config. A trailing `*` lets a word continue after it (삼성* matches 삼성전자). */
  keyword: string;
  /** An exclusion: its occurrence vetoes the topic. */
  exclude?: boolean;
}

export interface KeywordOccurrence {
  topic: string;
  keyword: string;
  exclude: boolean;
  /** The original text of the occurrence. */
  text: string;
  /** JavaScript string offsets into the ORIGINAL text. */
  start: number;
  end: number;
}

export interface KeywordMatcher {
  /** All occurrences, sorted by start; occurrences of one keyword spec never overlap. */
  find(text: string): KeywordOccurrence[];
  /** Topics in the order they first appear in the specs (used to order topic matches). */
  readonly topics?: readonly string[];
  /** The specs it was compiled from, so another thread can compile the same matcher. */
  readonly specs?: readonly KeywordSpec[];
}

interface CompiledKeyword {
  topic: string;
  keyword: string;
  exclude: boolean;
  /** Index in the automaton's pattern list (shared by keywords with the same form). */
  pattern: number;
  length: number;
  /** gaps[k]: the keyword had a separator between its compact units k-1 and k. */
  gaps: boolean[];
  left: EdgeKind;
  right: EdgeKind;
  compound: boolean;
}

function compileOne(spec: KeywordSpec): Omit<CompiledKeyword, 'pattern'> & { form: string } {
  const norm = new FoldBuffer();
  const c = new CompactText();
  foldForMatch(spec.keyword, norm);
  compactInto(norm, c);
  let length = c.length;
  const compound = length > 0 && c.units[length - 1] === 0x2a; // `*`, after NFKC, so a full-width ＊ counts too
  if (compound) length--;
  if (length === 0) {
    throw new Error(`keyword "${spec.keyword}" of topic "${spec.topic}" is empty after normalisation`);
  }
  const gaps = Array.from({ length }, (_, k) => hasGapBefore(c, k));
  return {
    topic: spec.topic,
    keyword: spec.keyword,
    exclude: spec.exclude === true,
    form: unitsToString(c.units, length),
    length,
    gaps,
    left: edgeKind(c.units[0] as number),
    right: edgeKind(c.units[length - 1] as number),
    compound,
  };
}

/**
 * Separators are ignored when comparing, except that a removed separator
 * between two Latin letters/digits splits words (GP U is not GPU, A I is not
 * AI) unless the keyword had a separator there too.
 */
function gapsOk(kw: CompiledKeyword, c: CompactText, start: number): boolean {
  for (let k = 1; k < kw.length; k++) {
    const i = start + k;
    if (kw.gaps[k] === true || !hasGapBefore(c, i)) continue;
    if (isLatinOrDigit(c.units[i - 1] as number) && isLatinOrDigit(c.units[i] as number)) return false;
  }
  return true;
}

function accepts(kw: CompiledKeyword, norm: FoldBuffer, c: CompactText, start: number, end: number): boolean {
  const first = c.normIndex[start] as number;
  const last = c.normIndex[end - 1] as number;
  return leftEdgeOk(kw.left, norm, first) && rightEdgeOk(kw.right, kw.compound, norm, last) && gapsOk(kw, c, start);
}

function compareOccurrences(a: KeywordOccurrence, b: KeywordOccurrence, orderA: number, orderB: number): number {
  return a.start - b.start || a.end - b.end || orderA - orderB;
}

/** Sorts by start, then end, then spec order, unless already in that order (the usual case). */
function sortOccurrences(found: KeywordOccurrence[], order: number[]): KeywordOccurrence[] {
  let sorted = true;
  for (let i = 1; i < found.length && sorted; i++) {
    sorted = compareOccurrences(found[i - 1] as KeywordOccurrence, found[i] as KeywordOccurrence, order[i - 1] as number, order[i] as number) < 0;
  }
  if (sorted) return found;
  const idx = found.map((_, i) => i);
  idx.sort((i, j) => compareOccurrences(found[i] as KeywordOccurrence, found[j] as KeywordOccurrence, order[i] as number, order[j] as number));
  return idx.map((i) => found[i] as KeywordOccurrence);
}

/** Compiles the specs once. Throws an Error naming the keyword if one normalises to nothing. */
export function compileKeywords(specs: KeywordSpec[]): KeywordMatcher {
  const forms: string[] = [];
  const formIndex = new Map<string, number>();
  const keywords: CompiledKeyword[] = specs.map((spec) => {
    const { form, ...rest } = compileOne(spec);
    let pattern = formIndex.get(form);
    if (pattern === undefined) {
      pattern = forms.length;
      forms.push(form);
      formIndex.set(form, pattern);
    }
    return { ...rest, pattern };
  });
  const byPattern: number[][] = forms.map(() => []);
  keywords.forEach((kw, k) => (byPattern[kw.pattern] as number[]).push(k));
  const automaton = buildAhoCorasick(forms);
  const topics = [...new Set(specs.map((s) => s.topic))];
  // Scratch space reused by every find() call (find is synchronous, so never shared).
  const norm = new FoldBuffer();
  const c = new CompactText();
  // Per keyword spec: where its last accepted occurrence ends (compact units); 0 again after each call.
  const busyUntil = new Int32Array(keywords.length);

  return {
    topics,
    specs,
    find(text) {
      foldForMatch(text, norm);
      compactInto(norm, c);
      const found: KeywordOccurrence[] = [];
      const order: number[] = [];
      automaton.searchUnits(c.units, c.length, (pattern, end) => {
        for (const k of byPattern[pattern] as number[]) {
          const kw = keywords[k] as CompiledKeyword;
          const start = end - kw.length;
          if (start < (busyUntil[k] as number) || !accepts(kw, norm, c, start, end)) continue;
          busyUntil[k] = end;
          const from = norm.start[c.normIndex[start] as number] as number;
          const to = norm.end[c.normIndex[end - 1] as number] as number;
          found.push({ topic: kw.topic, keyword: kw.keyword, exclude: kw.exclude, text: text.slice(from, to), start: from, end: to });
          order.push(k);
        }
      });
      for (const k of order) busyUntil[k] = 0;
      return sortOccurrences(found, order);
    },
  };
}

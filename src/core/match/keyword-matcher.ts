/**
 * Finds configured keywords in Korean/English news text in one pass: an
 * Aho–Corasick automaton over the normalised, separator-free keywords finds
 * candidates, then each candidate's boundaries are verified. Cost does not
 * depend on the number of keywords (one automaton step per text unit).
 */
import { normalizeForMatch } from '../text/normalize.ts';
import { buildAhoCorasick } from './aho-corasick.ts';
import { edgeKind, leftEdgeOk, rightEdgeOk } from './boundaries.ts';
import type { EdgeKind } from './boundaries.ts';
import { isLatinOrDigit } from './char-classes.ts';
import { compact, hasGapBefore } from './compact.ts';
import type { CompactText } from './compact.ts';

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
  const c = compact(normalizeForMatch(spec.keyword));
  let form = c.text;
  const compound = form.endsWith('*'); // after NFKC, so a full-width ＊ counts too
  if (compound) form = form.slice(0, -1);
  if (form === '') {
    throw new Error(`keyword "${spec.keyword}" of topic "${spec.topic}" is empty after normalisation`);
  }
  const gaps = Array.from(form, (_, k) => hasGapBefore(c, k));
  return {
    topic: spec.topic,
    keyword: spec.keyword,
    exclude: spec.exclude === true,
    form,
    length: form.length,
    gaps,
    left: edgeKind(form[0]),
    right: edgeKind(form[form.length - 1]),
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
    if (isLatinOrDigit(c.text[i - 1]) && isLatinOrDigit(c.text[i])) return false;
  }
  return true;
}

function accepts(kw: CompiledKeyword, c: CompactText, start: number, end: number): boolean {
  const first = c.normIndex[start] as number;
  const last = c.normIndex[end - 1] as number;
  return (
    leftEdgeOk(kw.left, c.norm.text, first) &&
    rightEdgeOk(kw.right, kw.compound, c.norm.text, last) &&
    gapsOk(kw, c, start)
  );
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

  return {
    topics,
    find(text) {
      const c = compact(normalizeForMatch(text));
      const found: (KeywordOccurrence & { order: number })[] = [];
      // Per keyword spec: where its last accepted occurrence ends (compact units).
      const busyUntil = new Int32Array(keywords.length);
      automaton.search(c.text, (pattern, end) => {
        for (const k of byPattern[pattern] as number[]) {
          const kw = keywords[k] as CompiledKeyword;
          const start = end - kw.length;
          if (start < (busyUntil[k] as number) || !accepts(kw, c, start, end)) continue;
          busyUntil[k] = end;
          const from = c.norm.start[c.normIndex[start] as number] as number;
          const to = c.norm.end[c.normIndex[end - 1] as number] as number;
          found.push({
            topic: kw.topic,
            keyword: kw.keyword,
            exclude: kw.exclude,
            text: text.slice(from, to),
            start: from,
            end: to,
            order: k,
          });
        }
      });
      found.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
      return found.map(({ order: _order, ...occurrence }) => occurrence);
    },
  };
}

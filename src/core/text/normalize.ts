/**
 * Unicode normalisation for display-safe comparison (`normalizeText`) and for
 * keyword matching (`normalizeForMatch`, which keeps a map back to the
 * original string so match offsets can point into the text the user sees).
 */

/**
 * Interpunct look-alikes used as list separators in Korean text (현금ㆍ현물).
 * They are mapped to U+00B7 BEFORE any normalisation, because NFKC turns
 * U+318D (ㆍ) into the conjoining vowel U+119E (notes/korean.md §3).
 * U+FF65 (half-width ･) is included since NFKC would only turn it into U+30FB.
 */
const INTERPUNCT_RE = /[\u318D\u30FB\uFF65\u2027\u2219\u2022]/g;
const MIDDLE_DOT = '\u00B7';

function isInterpunct(c: number): boolean {
  return c === 0x318d || c === 0x30fb || c === 0xff65 || c === 0x2027 || c === 0x2219 || c === 0x2022;
}

export function mapInterpuncts(s: string): string {
  return s.replace(INTERPUNCT_RE, MIDDLE_DOT);
}

/** NFC plus interpunct mapping: composes NFD Hangul, keeps compatibility characters (㈜, ＧＰＵ) as written. */
export function normalizeText(s: string): string {
  return mapInterpuncts(s).normalize('NFC');
}

/**
 * A matching copy of a string. `start[i]`/`end[i]` give, for the UTF-16 unit
 * `text[i]`, the span of the original string it came from. A span can cover
 * several original units (NFD jamo → one syllable) and several units of
 * `text` can share one span (`㈜` → `(주)`).
 */
export interface NormalizedText {
  text: string;
  start: number[];
  end: number[];
}

/**
 * The same matching copy as code units in reusable typed arrays (valid up to
 * `length`), so the matcher folds text without allocating per character.
 */
export class FoldBuffer {
  units = new Uint16Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  length = 0;

  /** Makes room for at least `capacity` units, keeping the first `length`. */
  reserve(capacity: number): void {
    if (capacity <= this.units.length) return;
    const size = Math.max(capacity, this.units.length * 2);
    const units = new Uint16Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    units.set(this.units.subarray(0, this.length));
    start.set(this.start.subarray(0, this.length));
    end.set(this.end.subarray(0, this.length));
    this.units = units;
    this.start = start;
    this.end = end;
  }
}

/**
 * Invisible format characters dropped from the matching copy, as Unicode's
 * NFKC_Casefold mapping does for Default_Ignorable_Code_Point: a soft hyphen
 * or zero-width space inside 삼성\u200B전자 must not hide the word.
 */
const IGNORABLE_RE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;

/**
 * Code points that never combine with what precedes them under NFKC: none is
 * a mark, and the first unit of none's NFKD form is (or reorders around) the
 * second element of a composition with any code point. Checked exhaustively
 * against the Unicode data in Node 20. Lets the common case skip the pairwise
 * test below; the punctuation ranges are there because news text puts …, “ ”
 * and ㈜ right after syllables.
 */
function neverCombinesWithPrevious(cp: number): boolean {
  if (cp < 0x300) return true;
  if (cp >= 0xac00) return cp <= 0xd7a3 || (cp >= 0xff01 && cp <= 0xff5e); // Hangul syllables; full-width ASCII
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, …
    (cp >= 0x2030 && cp <= 0x205e) || // ‰, ′, ※ and other punctuation
    (cp >= 0x2190 && cp <= 0x21ff) || // arrows
    (cp >= 0x2460 && cp <= 0x25ff) || // enclosed alphanumerics (①), box drawing, shapes (▲ ○)
    (cp >= 0x3000 && cp <= 0x3029) || // CJK symbols and brackets (「 」 《 》), before the tone marks
    (cp >= 0x3200 && cp <= 0x32ff) // enclosed CJK (㈜)
  );
}

const MARK_RE = /^\p{M}/u;

/** Whether `next` must join the cluster `cluster` for NFKC to give the same result piecewise. */
function joinsCluster(cluster: string, clusterNfkc: string, next: string): boolean {
  if (MARK_RE.test(next)) return true; // keep mark runs whole so canonical reordering stays inside one cluster
  // Hangul L+V(+T) jamo, compatibility jamo (ㄱㅏ → 가) and other starters that compose.
  return (cluster + next).normalize('NFKC') !== clusterNfkc + next.normalize('NFKC');
}

/** NFKC + lower case of one cluster. */
function foldCluster(cluster: string): string {
  return cluster.normalize('NFKC').toLowerCase().replace(IGNORABLE_RE, '');
}

/**
 * Folds of single code points met outside the ASCII/Hangul/CJK fast path
 * (…, “, ㈜, ％): a pure function of the code point, so memoised. Bounded so
 * hostile text cannot grow it without limit.
 */
const singleFolds = new Map<number, string>();
const MAX_SINGLE_FOLDS = 4096;

function foldCodePoint(cp: number): string {
  let folded = singleFolds.get(cp);
  if (folded === undefined) {
    folded = foldCluster(String.fromCodePoint(cp));
    if (singleFolds.size < MAX_SINGLE_FOLDS) singleFolds.set(cp, folded);
  }
  return folded;
}

/** Appends `folded`, every unit spanning original [from, to); keeps room for `remaining` more input units. */
function emit(out: FoldBuffer, folded: string, from: number, to: number, remaining: number): void {
  out.reserve(out.length + folded.length + remaining);
  const { units, start, end } = out;
  let len = out.length;
  for (let k = 0; k < folded.length; k++, len++) {
    units[len] = folded.charCodeAt(k);
    start[len] = from;
    end[len] = to;
  }
  out.length = len;
}

/** The cluster starting at `from` of `source` (interpuncts already mapped); returns where it ends. */
function clusterEnd(source: string, from: number): number {
  const first = source.codePointAt(from) ?? 0;
  let i = from + (first > 0xffff ? 2 : 1);
  let cluster = source.slice(from, i);
  while (i < source.length) {
    const cp = source.codePointAt(i) ?? 0;
    if (neverCombinesWithPrevious(cp)) break;
    const width = cp > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    if (!joinsCluster(cluster, cluster.normalize('NFKC'), ch)) break;
    cluster += ch;
    i += width;
  }
  return i;
}

/**
 * Writes the matching copy of `original` into `out` (see normalizeForMatch).
 * A cluster is a code point plus whatever composes with it; one followed by a
 * code point that never combines is a cluster on its own, and ASCII, Hangul
 * syllables and CJK ideographs fold to themselves (ASCII lower-cased), so the
 * usual news text takes the char-code loop below without calling normalize().
 */
export function foldForMatch(original: string, out: FoldBuffer): void {
  const n = original.length;
  out.length = 0;
  out.reserve(n);
  let source: string | undefined; // interpuncts mapped, made only for clusters of several code points
  let i = 0;
  while (i < n) {
    let c = original.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const after = i + width;
    if (after < n) {
      const next = original.charCodeAt(after);
      if (!neverCombinesWithPrevious(next) && !isInterpunct(next)) {
        source ??= mapInterpuncts(original);
        const to = clusterEnd(source, i);
        emit(out, foldCluster(source.slice(i, to)), i, to, n - to);
        i = to;
        continue;
      }
    }
    if (c < 0x80 || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff)) {
      // Capacity never drops below length + remaining input, so this write fits.
      const len = out.length;
      out.units[len] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      out.start[len] = i;
      out.end[len] = after;
      out.length = len + 1;
    } else {
      emit(out, foldCodePoint(isInterpunct(c) ? 0xb7 : c), i, after, n - after);
    }
    i = after;
  }
}

/** Code units → string, in chunks that stay within the engine's argument limit. */
export function unitsToString(units: Uint16Array, length: number): string {
  let s = '';
  for (let k = 0; k < length; k += 8192) {
    s += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return s;
}

/**
 * Interpuncts → `·`, then NFKC, then lower case; default-ignorable format
 * characters removed. Works cluster by cluster (a cluster = a code point plus
 * whatever composes with it), so each output unit knows its original span.
 * Keywords and texts both go through this function, so they are folded alike
 * even where piecewise NFKC could differ from whole-string NFKC.
 */
export function normalizeForMatch(original: string): NormalizedText {
  const out = new FoldBuffer();
  foldForMatch(original, out);
  return {
    text: unitsToString(out.units, out.length),
    start: Array.from(out.start.subarray(0, out.length)),
    end: Array.from(out.end.subarray(0, out.length)),
  };
}

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
 * Invisible format characters dropped from the matching copy, as Unicode's
 * NFKC_Casefold mapping does for Default_Ignorable_Code_Point: a soft hyphen
 * or zero-width space inside 삼성\u200B전자 must not hide the word.
 */
const IGNORABLE_RE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;

/**
 * Code points that never combine with what precedes them under NFKC: none is
 * (and none NFKC-maps to something starting with) the second element of a
 * canonical composition or a combining mark. Checked exhaustively against the
 * Unicode data in Node 20. Lets the common case skip the pairwise test below.
 */
function neverCombinesWithPrevious(cp: number): boolean {
  return (
    cp < 0x300 ||
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) // CJK unified ideographs
  );
}

const MARK_RE = /^\p{M}/u;

/** Whether `next` must join the cluster `cluster` for NFKC to give the same result piecewise. */
function joinsCluster(cluster: string, clusterNfkc: string, next: string): boolean {
  if (MARK_RE.test(next)) return true; // keep mark runs whole so canonical reordering stays inside one cluster
  // Hangul L+V(+T) jamo, compatibility jamo (ㄱㅏ → 가) and other starters that compose.
  return (cluster + next).normalize('NFKC') !== clusterNfkc + next.normalize('NFKC');
}

/** NFKC + lower case of one cluster, with a fast path for ASCII, syllables and CJK. */
function foldCluster(cluster: string): string {
  if (cluster.length === 1) {
    const c = cluster.charCodeAt(0);
    if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : cluster;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff)) return cluster;
  }
  return cluster.normalize('NFKC').toLowerCase().replace(IGNORABLE_RE, '');
}

/**
 * Interpuncts → `·`, then NFKC, then lower case; default-ignorable format
 * characters removed. Works cluster by cluster (a cluster = a code point plus
 * whatever composes with it), so each output unit knows its original span.
 * Keywords and texts both go through this function, so they are folded alike
 * even where piecewise NFKC could differ from whole-string NFKC.
 */
export function normalizeForMatch(original: string): NormalizedText {
  const source = mapInterpuncts(original); // same length: every interpunct is one BMP unit
  let text = '';
  const start: number[] = [];
  const end: number[] = [];

  let clusterStart = 0;
  let cluster = '';
  let clusterNfkc: string | undefined;

  const flush = (clusterEnd: number): void => {
    if (cluster === '') return;
    const folded = foldCluster(cluster);
    text += folded;
    for (let k = 0; k < folded.length; k++) {
      start.push(clusterStart);
      end.push(clusterEnd);
    }
  };

  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    if (cluster !== '' && !neverCombinesWithPrevious(cp)) {
      clusterNfkc ??= cluster.normalize('NFKC');
      if (joinsCluster(cluster, clusterNfkc, ch)) {
        cluster += ch;
        clusterNfkc = undefined;
        i += width;
        continue;
      }
    }
    flush(i);
    clusterStart = i;
    cluster = ch;
    clusterNfkc = undefined;
    i += width;
  }
  flush(source.length);
  return { text, start, end };
}

/**
 * Truncation on grapheme boundaries, so a cut never splits a surrogate pair,
 * a Hangul syllable written as jamo, or an emoji sequence.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export const ELLIPSIS = '…';

/** `s` unchanged when it fits in `max` UTF-16 code units, else its longest whole-grapheme prefix plus "…". */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  const room = max - ELLIPSIS.length;
  let out = '';
  for (const { segment } of graphemes.segment(s)) {
    if (out.length + segment.length > room) break;
    out += segment;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** Whitespace runs (newlines included) collapsed to one space: feed text goes on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

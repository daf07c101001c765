/**
 * Removes what Korean news pages put around an article: copyright tails, wire
 * datelines, reporter signatures, photo captions and credits, image links,
 * "most read" and related-article blocks, and trailing headline lists.
 *
 * Input is plain text (HTML already stripped), one paragraph per line. Output
 * keeps the paragraphs in order, one per line, with no empty lines. Headline
 * and subhead lines at the top are kept: the cleaner cannot tell them from
 * body text. Pattern catalogue: /work/shared/notes/korean.md §5.
 */
import { removeCaptionLines } from './boilerplate/captions.ts';
import { removeInlineClutter, removePhotoCredits } from './boilerplate/inline-clutter.ts';
import { isSignatureOrCreditLine } from './boilerplate/signatures.ts';
import { trimTail } from './boilerplate/tail-trim.ts';
import { cutTrailerBlocks } from './boilerplate/trailer-blocks.ts';
import { stripWireHeader } from './boilerplate/wire-header.ts';

export { stripTitlePrefix } from './boilerplate/title-prefix.ts';
export type { StrippedTitle } from './boilerplate/title-prefix.ts';

/** Zero-width characters and the BOM, which scrapes leave between words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/gu;

const BLANKS = /[\t\u00a0\u3000 ]+/gu;

/** A run of BLANKS needs a tab, a no-break or ideographic space, or two spaces; one lone space stays as it is. */
function collapseBlanks(line: string): string {
  const needed = line.includes('  ') || line.includes('\t') || line.includes('\u00a0') || line.includes('\u3000');
  return (needed ? line.replace(BLANKS, ' ') : line).trim();
}

function toLines(text: string): string[] {
  return text.replace(INVISIBLE, '').split(/\r\n?|\n/u).map(collapseBlanks);
}

/**
 * The order matters: tails are cut inside lines first so a signature that
 * preceded a copyright mark ends its line; trailer blocks go before the tail
 * is trimmed so their headline lists never count as article; captions are
 * judged once the last paragraph is known; inline photo credits go last
 * because a trailing credit is what marks a caption.
 */
export function cleanBoilerplate(text: string): string {
  const inline = toLines(text).map((line) => stripWireHeader(removeInlineClutter(line)));
  const nonEmpty = inline.filter((line) => line !== '');
  const withoutTrailers = cutTrailerBlocks(nonEmpty);
  const withoutJunkLines = withoutTrailers.filter((line) => !isSignatureOrCreditLine(line));
  const trimmed = trimTail(withoutJunkLines);
  return removeCaptionLines(trimmed)
    .map(removePhotoCredits)
    .filter((line) => line !== '')
    .join('\n');
}

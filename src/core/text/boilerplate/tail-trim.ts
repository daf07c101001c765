/**
 * Works up from the end of the text, removing what follows the article:
 * signatures and credit lines, promo and timestamp lines, a signature glued
 * to the last sentence, and lists of other headlines (short lines that are
 * not finished sentences). It stops at the first finished sentence.
 */
import { isTerminated } from './patterns.ts';
import { isTailJunkLine, stripGluedCredit } from './signatures.ts';

/** Longest line treated as a stray headline; other outlets' headline lists stay well below it. */
const MAX_HEADLINE_LINE = 100;

export function trimTail(input: readonly string[]): string[] {
  const lines = input.filter((l) => l !== '');
  // Only the last line is ever replaced, so the lines above it keep their
  // original text: the first finished sentence can be found once.
  const firstFinished = lines.findIndex(isTerminated);
  while (lines.length > 0) {
    const last = lines.length - 1;
    const line = lines[last] ?? '';
    if (isTailJunkLine(line)) {
      lines.pop();
      continue;
    }
    const stripped = stripGluedCredit(line);
    if (stripped !== line) {
      if (stripped === '') lines.pop();
      else lines[last] = stripped;
      continue;
    }
    // A short unfinished line goes only when a finished sentence stands above
    // it; a text of headlines alone (a feed summary) is left as it is.
    const articleAbove = firstFinished >= 0 && firstFinished < last;
    if (articleAbove && !isTerminated(line) && line.length <= MAX_HEADLINE_LINE) {
      lines.pop();
      continue;
    }
    break;
  }
  return lines;
}

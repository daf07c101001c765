/**
 * The matches of a global regex, as `text.matchAll(re)` gives them, found
 * by trying the regex only where a match can start. For a pattern whose
 * every match holds `anchor` right after a digit and starts at most `reach`
 * code units before that anchor, on a character `canStart` accepts, only
 * those few offsets are tried (sticky) instead of every offset of the text.
 * Offsets are tried in order, and a match resumes the search at its end,
 * as a global scan does, so the matches are the same.
 */
import { isDigitUnit } from './chars.ts';

export interface AnchoredPattern {
  /** The pattern with the sticky flag (and no global flag). */
  sticky: RegExp;
  anchor: string;
  reach: number;
  canStart: (code: number) => boolean;
}

export function anchoredMatches(pattern: AnchoredPattern, text: string): RegExpExecArray[] {
  const { sticky, anchor, reach, canStart } = pattern;
  const found: RegExpExecArray[] = [];
  let resume = 0; // offsets before this are inside a match already found
  let tried = -1; // offsets up to this were tried or skipped
  for (let q = text.indexOf(anchor, 1); q >= 0; q = text.indexOf(anchor, q + 1)) {
    if (!isDigitUnit(text.charCodeAt(q - 1))) continue;
    for (let at = Math.max(q - reach, resume, tried + 1, 0); at < q; at++) {
      tried = at;
      if (at < resume || !canStart(text.charCodeAt(at))) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      found.push(m);
      resume = at + Math.max(m[0].length, 1);
      at = resume - 1;
    }
  }
  return found;
}

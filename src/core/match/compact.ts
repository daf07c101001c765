/**
 * The separator-free view of a normalised text that keywords are compared
 * against, with the way back to the normalised text (for boundary checks)
 * and to the original text (for reported offsets).
 */
import type { NormalizedText } from '../text/normalize.ts';
import { isSeparator } from './char-classes.ts';

export interface CompactText {
  /** `norm.text` with every separator removed. */
  text: string;
  /** For each unit of `text`: its index in `norm.text`. */
  normIndex: number[];
  norm: NormalizedText;
}

export function compact(norm: NormalizedText): CompactText {
  let text = '';
  const normIndex: number[] = [];
  const source = norm.text;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (isSeparator(ch)) continue;
    text += ch;
    normIndex.push(i);
  }
  return { text, normIndex, norm };
}

/** True when at least one separator was removed between compact units i-1 and i. */
export function hasGapBefore(c: CompactText, i: number): boolean {
  const here = c.normIndex[i];
  const before = c.normIndex[i - 1];
  return here !== undefined && before !== undefined && here - before > 1;
}

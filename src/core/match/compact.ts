/**
 * The separator-free view of a normalised text that keywords are compared
 * against, with the way back to the normalised text (for boundary checks).
 * The normalised text's own `start`/`end` lead on to the original text.
 */
import type { FoldBuffer } from '../text/normalize.ts';
import { isSeparator } from './char-classes.ts';

/** Reusable typed arrays, valid up to `length`. */
export class CompactText {
  /** The normalised units with every separator removed. */
  units = new Uint16Array(256);
  /** For each unit of `units`: its index in the normalised text. */
  normIndex = new Int32Array(256);
  length = 0;
}

/** Fills `out` with the separator-free view of `norm`. */
export function compactInto(norm: FoldBuffer, out: CompactText): void {
  if (out.units.length < norm.length) {
    const size = Math.max(norm.length, out.units.length * 2);
    out.units = new Uint16Array(size);
    out.normIndex = new Int32Array(size);
  }
  const source = norm.units;
  const { units, normIndex } = out;
  let length = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = source[i] as number;
    if (isSeparator(c)) continue;
    units[length] = c;
    normIndex[length++] = i;
  }
  out.length = length;
}

/** True when at least one separator was removed between compact units i-1 and i. */
export function hasGapBefore(c: CompactText, i: number): boolean {
  return i > 0 && i < c.length && (c.normIndex[i] as number) - (c.normIndex[i - 1] as number) > 1;
}

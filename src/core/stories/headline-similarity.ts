/**
 * Two set similarities of headline bigrams. Jaccard (shared / union) is strict
 * and symmetric; the overlap coefficient (shared / smaller set) lets a short
 * 속보 headline match the long headline of the full story.
 */
import { headlineGrams } from './headline-signature.ts';

export interface HeadlineSimilarity {
  jaccard: number;
  overlap: number;
  /** Size of the smaller signature, to judge how much the overlap coefficient is worth. */
  smaller: number;
}

/** Similarity of two signatures given as sorted, distinct bigram codes (headlineGrams): one merge pass. */
export function signatureSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): HeadlineSimilarity {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const smaller = Math.min(a.length, b.length);
  const union = a.length + b.length - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    overlap: smaller === 0 ? 0 : shared / smaller,
    smaller,
  };
}

export function headlineSimilarity(a: string, b: string): HeadlineSimilarity {
  return signatureSimilarity(headlineGrams(a), headlineGrams(b));
}

/**
 * Two set similarities of headline bigrams. Jaccard (shared / union) is strict
 * and symmetric; the overlap coefficient (shared / smaller set) lets a short
 * 속보 headline match the long headline of the full story.
 */
import { headlineSignature } from './headline-signature.ts';

export interface HeadlineSimilarity {
  jaccard: number;
  overlap: number;
  /** Size of the smaller signature, to judge how much the overlap coefficient is worth. */
  smaller: number;
}

export function signatureSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): HeadlineSimilarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  const union = a.size + b.size - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    overlap: small.size === 0 ? 0 : shared / small.size,
    smaller: small.size,
  };
}

export function headlineSimilarity(a: string, b: string): HeadlineSimilarity {
  return signatureSimilarity(headlineSignature(a), headlineSignature(b));
}

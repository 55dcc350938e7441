import { bandKeys, similarity } from './minhash.js';

/** Shingle Jaccard similarity from which two examples count as near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.9;
// Candidates compared per band bucket: bounds the work when many examples share a fixture.
const PER_BUCKET = 32;

/**
 * An index of MinHash signatures answering "is there already a near-duplicate of this?" by
 * comparing only with examples that share an LSH band (the most recent PER_BUCKET of each).
 */
export class NearDuplicateIndex {
  private readonly buckets = new Map<string, Uint32Array[]>();

  has(sig: Uint32Array): boolean {
    for (const key of bandKeys(sig)) {
      for (const other of this.buckets.get(key) ?? []) if (similarity(sig, other) >= NEAR_DUPLICATE_SIMILARITY) return true;
    }
    return false;
  }

  add(sig: Uint32Array): void {
    for (const key of bandKeys(sig)) {
      const bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, [sig]);
      else {
        bucket.push(sig);
        if (bucket.length > PER_BUCKET) bucket.shift();
      }
    }
  }
}

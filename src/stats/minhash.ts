/** Bins of the one-permutation MinHash signature; 16 bands of 4 for the LSH lookup. */
export const BINS = 64;
export const BANDS = 16;
const ROWS = BINS / BANDS;
const EMPTY = 0xffffffff;
const SHINGLE = 5;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// murmur3's finaliser: spreads a combination of token hashes over all 32 bits.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One-permutation MinHash of a text's 5-token shingles (tokens: words and single punctuation
 * marks): one hash per shingle, its top 6 bits pick the bin, each bin keeps its least value.
 * Two signatures agree in a bin with probability about their shingle sets' Jaccard similarity.
 */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  const tokens = (text.match(/\w+|[^\w\s]/g) ?? []).map(fnv1a);
  const shingles = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < shingles; i++) {
    let h = 0;
    // Mixing after each token makes the shingle's hash depend on the order of its tokens.
    for (let k = i; k < Math.min(i + SHINGLE, tokens.length); k++) h = mix(h ^ tokens[k]);
    const bin = h >>> 26;
    const value = h & 0x3ffffff;
    if (value < sig[bin]) sig[bin] = value;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of agreeing bins among those either signature filled. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  let used = 0;
  for (let i = 0; i < BINS; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    used++;
    if (a[i] === b[i]) same++;
  }
  return used === 0 ? 1 : same / used;
}

/** The LSH keys of a signature: one per band of 4 bins; near-duplicates share at least one with high probability. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
  return keys;
}

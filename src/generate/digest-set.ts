import { createHash } from 'node:crypto';

const EMPTY = 0;

/**
 * A set of texts held as 64-bit digests (the first 8 bytes of their SHA-1) in typed arrays: 16
 * bytes a slot instead of some 100 for a digest string in a Set, which at 100,000 examples per
 * set, three sets a run, is tens of MB of heap that also made V8 grow the heap further. Two
 * different texts share a digest with odds of about n²/2⁶⁵: 3·10⁻⁸ at a million texts.
 */
export class DigestSet {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the text; false when it (or a text with its digest) was there already. */
  add(text: string): boolean {
    const [h, l] = digest64(text);
    if (this.slotOf(h, l) >= 0) return false;
    if ((this.count + 1) * 2 > this.hi.length) this.grow();
    this.put(h, l);
    this.count++;
    return true;
  }

  has(text: string): boolean {
    const [h, l] = digest64(text);
    return this.slotOf(h, l) >= 0;
  }

  /** The slot holding the digest, or -1. Linear probing from the low word. */
  private slotOf(h: number, l: number): number {
    const mask = this.hi.length - 1;
    for (let i = l & mask; ; i = (i + 1) & mask) {
      if (this.hi[i] === h && this.lo[i] === l) return i;
      if (this.hi[i] === EMPTY && this.lo[i] === EMPTY) return -1;
    }
  }

  private put(h: number, l: number): void {
    const mask = this.hi.length - 1;
    let i = l & mask;
    while (this.hi[i] !== EMPTY || this.lo[i] !== EMPTY) i = (i + 1) & mask;
    this.hi[i] = h;
    this.lo[i] = l;
  }

  private grow(): void {
    const { hi, lo } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    for (let i = 0; i < hi.length; i++) if (hi[i] !== EMPTY || lo[i] !== EMPTY) this.put(hi[i], lo[i]);
  }
}

/** The digest as two words; the all-zero digest is moved to 1 so that zero can mark an empty slot. */
function digest64(text: string): [number, number] {
  const b = createHash('sha1').update(text).digest();
  const h = b.readUInt32LE(0);
  const l = b.readUInt32LE(4);
  return h === EMPTY && l === EMPTY ? [0, 1] : [h, l];
}

/**
 * A small seeded generator for the values that fast-check does not need to shrink one by one
 * (faker's draws, id characters, ciphertext bytes). It is always seeded from an integer that
 * fast-check drew, so every value still replays from the fast-check seed and path.
 */

/** Reused by `chars`, which turns it into a string at once (fewer intermediate strings to collect). */
const CODE_BUFFER: number[] = [];

const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * mulberry32: 32-bit state, fast, good enough for test data (not for cryptography).
 *
 * @example
 * const r = new SeededRandom(42);
 * r.int(10); // the same number for seed 42, every run
 */
export class SeededRandom {
  private state = 0;

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** Restarts the sequence. Faker calls this with a number or an array of numbers. */
  seed(seed: number | readonly number[]): void {
    const first = typeof seed === 'number' ? seed : (seed[0] ?? 0);
    // Mix the seed so neighbouring integers (shrinking walks through them) start far apart.
    this.state = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  }

  /** A float in [0, 1), the contract of faker's Randomizer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** `length` characters drawn from `alphabet` (single UTF-16 units). */
  chars(alphabet: string, length: number): string {
    const codes = CODE_BUFFER;
    codes.length = length;
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(this.int(alphabet.length));
    return String.fromCharCode.apply(null, codes);
  }

  /** A 32-bit unsigned integer. */
  uint32(): number {
    return (this.next() * 4294967296) >>> 0;
  }

  /** `length` lowercase hex digits. */
  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 2) {
      const v = this.uint32();
      out += HEX_PAIRS[v & 0xff]! + HEX_PAIRS[(v >>> 8) & 0xff]!;
    }
    return out.length === length ? out : out.slice(0, length);
  }

  /** Fills `target[start, start + length)` with random bytes. */
  fill(target: Uint8Array, start: number, length: number): void {
    let i = start;
    const end = start + length;
    while (i < end) {
      let v = this.uint32();
      for (let k = 0; k < 4 && i < end; k++, v >>>= 8) target[i++] = v & 0xff;
    }
  }

  /** `length` random bytes. */
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    this.fill(out, 0, length);
    return out;
  }

  /** Picks `count` distinct elements, in list order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const n = Math.min(count, list.length);
    if (n === 0) return [];
    if (n === 1) return [this.pick(list)];
    const idx = list.map((_, i) => i);
    for (let i = 0; i < n; i++) {
      const j = i + this.int(idx.length - i);
      const tmp = idx[i]!;
      idx[i] = idx[j]!;
      idx[j] = tmp;
    }
    return idx
      .slice(0, n)
      .sort((a, b) => a - b)
      .map((i) => list[i] as T);
  }
}

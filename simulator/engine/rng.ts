// Seeded pseudo-random numbers with independent named streams.
//
// Every component (a host, a path, a client) asks for its own stream by a stable name. The
// stream's state is a hash of (seed, name) only, so adding, removing or reordering components
// never shifts the draws of another one: two variants of an experiment see the same random
// numbers wherever they do not differ (common random numbers for paired comparisons).
//
// Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state, passes
// PractRand), seeded through the murmur3 finaliser. Not cryptographic; fast in V8 int32 maths.

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finaliser: a bijective avalanche mix. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units of a name from a given basis, then mixed. */
function hashName(name: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Prefer `streamFor`; this seeds directly from four 32-bit words. */
  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < 12; i++) this.nextUint32(); // let the seed words diffuse
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  nextFloat(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n), n ≤ 2^32, without modulo bias worth noticing at simulator scales. */
  nextInt(n: number): number {
    return Math.floor(this.nextFloat() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.nextFloat() < p;
  }
}

/**
 * The stream called `name` under experiment seed `seed` (an integer 0 … 2^53 − 1).
 * Same (seed, name) → same sequence on every run and machine.
 */
export function streamFor(seed: number, name: string): Rng {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`seed must be an integer from 0 to 2^53 - 1, got ${seed}`);
  }
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  // Two independent 32-bit name hashes: a 64-bit name key, so collisions stay negligible
  // even with millions of streams.
  const h1 = hashName(name, 0x811c9dc5);
  const h2 = hashName(name, 0x050c5d1f);
  return new Rng(mix32(low ^ h1), mix32(high ^ h2), mix32(h1 ^ 0x85ebca77), mix32(h2 ^ low ^ 0xc2b2ae3d));
}

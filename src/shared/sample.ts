/**
 * Seeded sampling for the builders and the `event` command. Both draw from fast-check with every
 * run parameter pinned, so a global `fc.configureGlobal` (or @fast-check/vitest) cannot change
 * what a seed produces, and without bias: bias pushes arbitraries towards edge values, which is
 * what a property test wants and not what a "typical realistic event" should be.
 */
import fc from 'fast-check';
import { KitUsageError } from './errors.js';

/** The seed used when none is given. */
export const DEFAULT_SEED = 42;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * Checks a seed: fast-check keeps 32 bits of it (`seed | 0`), so a larger value would silently
 * alias another seed; only 32-bit signed integers are accepted.
 */
export function checkSeed(seed: unknown, path = 'seed'): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < INT32_MIN || seed > INT32_MAX) {
    throw new KitUsageError(
      `${path} must be an integer from ${INT32_MIN} to ${INT32_MAX} (a fast-check seed), got ${
        typeof seed === 'number' ? String(seed) : typeof seed === 'string' ? JSON.stringify(seed) : typeof seed
      }`,
      path,
      'invalid-seed',
    );
  }
  return seed;
}

function pinned(seed: number): fc.Parameters<unknown> {
  return { seed, numRuns: 1, path: '', examples: [], randomType: 'xorshift128plus', unbiased: false };
}

/**
 * The value an arbitrary produces first under `seed`, without bias.
 *
 * @example
 * sampleOne(fc.nat(), 42) === sampleOne(fc.nat(), 42) // true
 */
export function sampleOne<T>(arb: fc.Arbitrary<T>, seed: number): T {
  const [value] = fc.sample(fc.noBias(arb), pinned(seed) as fc.Parameters<T>);
  return value as T;
}

/**
 * An endless, lazy sequence of values under `seed`: one random generator walks on from value to
 * value and no history is kept, so memory stays flat however many values are drawn. The first
 * value equals {@link sampleOne} for the same arbitrary and seed.
 *
 * @example
 * const it = sampleStream(fc.nat(), 7)[Symbol.iterator]();
 * it.next().value === sampleOne(fc.nat(), 7) // true
 */
export function sampleStream<T>(arb: fc.Arbitrary<T>, seed: number): Iterable<T> {
  const streamArb = fc.noBias(fc.infiniteStream(fc.noBias(arb), { noHistory: true }));
  const [stream] = fc.sample(streamArb, pinned(seed) as fc.Parameters<fc.Stream<T>>);
  return stream as fc.Stream<T>;
}

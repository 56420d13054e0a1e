/**
 * Arbitraries built on first use. A module-level `fc.string(…)` or `fc.uniqueArray(…)` costs
 * milliseconds to construct (fast-check prepares its shrinking and bias tables), and importing the
 * builders or running `cognito-trigger-kit event` should not pay that for adversarial generators
 * it never uses.
 */
import type fc from 'fast-check';

/**
 * Wraps the construction of an arbitrary: the returned function builds it once, on its first
 * call, and returns that same instance afterwards (arbitraries are immutable, so sharing one is
 * what a module-level constant did).
 *
 * @example
 * const emailArb = lazyArb(() => fc.emailAddress());
 * fc.sample(emailArb(), 1);
 */
export function lazyArb<T>(build: () => fc.Arbitrary<T>): () => fc.Arbitrary<T> {
  let arb: fc.Arbitrary<T> | undefined;
  return () => (arb ??= build());
}

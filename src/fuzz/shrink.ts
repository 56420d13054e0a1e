/**
 * The shrink phase both fuzzers share (`fuzzTrigger`, `fuzzCustomAuth`). The search runs with
 * `endOnFailure` (no shrinking, so a long search stays cheap and its counts are of search runs
 * only); this replays the failing path with shrinking on, keeping only values that still fail the
 * same way, within a time budget.
 */
import fc from 'fast-check';

/** Where shrinking ended: the smallest failing value found, and the path that replays it. */
export interface ShrinkResult<T> {
  readonly value: T;
  /** fast-check path of `value` (with the search's seed and examples). */
  readonly path: string;
  readonly shrinks: number;
  /** False when shrinking found nothing smaller (or ran out of time first): `value` is the search's own counterexample. */
  readonly shrunk: boolean;
}

/**
 * Shrinks the counterexample of a failed search. `stillFails` must say whether a value fails the
 * same way as the original (the same rule or property), so shrinking cannot wander off to an
 * unrelated failure. The search's `examples` must be passed again: a path counts the examples
 * first, so a replay without them would land on a different value.
 *
 * @example
 * const search = await fc.check(fc.asyncProperty(arb, holds), { seed, endOnFailure: true });
 * if (search.failed) await shrinkFailure(search, arb, async (v) => !(await holds(v)), { examples: [], timeLimitMs: 30_000 });
 */
export async function shrinkFailure<T>(
  search: fc.RunDetails<[T]>,
  arb: fc.Arbitrary<T>,
  stillFails: (value: T) => Promise<boolean>,
  options: { readonly examples: readonly T[]; readonly timeLimitMs: number },
): Promise<ShrinkResult<T>> {
  const shrunk = await fc.check(
    fc.asyncProperty(arb, async (value) => !(await stillFails(value))),
    {
      seed: search.seed,
      path: search.counterexamplePath ?? undefined,
      examples: options.examples.map((e) => [e] as [T]),
      numRuns: 1,
      interruptAfterTimeLimit: options.timeLimitMs,
      markInterruptAsFailure: false,
    },
  );
  if (shrunk.failed && shrunk.counterexample !== null) {
    return { value: shrunk.counterexample[0], path: shrunk.counterexamplePath ?? search.counterexamplePath ?? '', shrinks: shrunk.numShrinks, shrunk: true };
  }
  return { value: search.counterexample![0], path: search.counterexamplePath ?? '', shrinks: 0, shrunk: false };
}

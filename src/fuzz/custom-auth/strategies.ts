/**
 * How the simulated client answers custom challenges: always right, always wrong, wrong N times
 * then right, a fixed pattern drawn from the seed, or a function of the caller's. Strategies are
 * plain data (except `custom`), so a fuzz scenario prints, shrinks and replays.
 */
import fc from 'fast-check';
import { KitUsageError } from '../../shared/errors.js';

/** What the client means to send for one challenge. */
export type AnswerIntent = 'right' | 'wrong';

/** What a strategy sees before answering a custom challenge. */
export interface AnswerContext {
  /** 1-based number of this custom challenge in the flow. */
  readonly attempt: number;
  /** Wrong answers the client has given so far in this flow. */
  readonly wrongSoFar: number;
  /** What Create sent the client (`ChallengeParameters`). */
  readonly publicChallengeParameters: Readonly<Record<string, unknown>> | null;
  /** The answer that passes, when the kit can tell it (see `rightAnswer`). */
  readonly expected: string | undefined;
}

/**
 * A client answer strategy.
 *
 * - `always-right`: answers every challenge with the right answer;
 * - `always-wrong`: never does (and gets the password wrong too in an SRP start);
 * - `wrong-then-right`: `wrong` wrong answers, then right ones;
 * - `random`: right or wrong per challenge, following `pattern` (repeated) — the fuzzer draws it
 *   from the fast-check seed, so it shrinks and replays;
 * - `custom`: your function says `'right'`, `'wrong'`, or gives the exact answer string.
 *
 * @example
 * simulateCustomAuth(handlers, { answers: wrongThenRight(2) })
 */
export type AnswerStrategy =
  | { readonly kind: 'always-right' }
  | { readonly kind: 'always-wrong' }
  | { readonly kind: 'wrong-then-right'; readonly wrong: number }
  | { readonly kind: 'random'; readonly pattern: readonly boolean[] }
  | { readonly kind: 'custom'; readonly name: string; decide(context: AnswerContext): AnswerIntent | { readonly answer: string } };

/**
 * The client that always answers right.
 *
 * @example
 * simulateCustomAuth(handlers, { answers: alwaysRight() })
 */
export function alwaysRight(): AnswerStrategy {
  return { kind: 'always-right' };
}

/**
 * The client that always answers wrong: it must never get tokens.
 *
 * @example
 * simulateCustomAuth(handlers, { answers: alwaysWrong() })
 */
export function alwaysWrong(): AnswerStrategy {
  return { kind: 'always-wrong' };
}

/**
 * The client that answers wrong `wrong` times, then right.
 *
 * @example
 * simulateCustomAuth(handlers, { answers: wrongThenRight(2) }) // wrong, wrong, right, right…
 */
export function wrongThenRight(wrong: number): AnswerStrategy {
  if (!Number.isSafeInteger(wrong) || wrong < 0) {
    throw new KitUsageError(`wrongThenRight(wrong): wrong must be an integer ≥ 0 (got ${String(wrong)})`, 'wrong', 'invalid-option');
  }
  return { kind: 'wrong-then-right', wrong };
}

/**
 * A client that answers right or wrong following `pattern` (`true` = right), repeated.
 *
 * @example
 * simulateCustomAuth(handlers, { answers: answerPattern([false, true]) }) // wrong, right, wrong, right…
 */
export function answerPattern(pattern: readonly boolean[]): AnswerStrategy {
  if (!Array.isArray(pattern) || pattern.length === 0 || pattern.some((p) => typeof p !== 'boolean')) {
    throw new KitUsageError('answerPattern(pattern): pattern must be a non-empty array of booleans (true = a right answer)', 'pattern', 'invalid-option');
  }
  return { kind: 'random', pattern: [...pattern] };
}

/**
 * What the client intends for the `attempt`-th custom challenge (1-based), or the exact answer
 * for a `custom` strategy.
 *
 * @example
 * decideAnswer(wrongThenRight(1), { attempt: 2, wrongSoFar: 1, publicChallengeParameters: null, expected: '123456' }) // 'right'
 */
export function decideAnswer(strategy: AnswerStrategy, context: AnswerContext): AnswerIntent | { readonly answer: string } {
  switch (strategy.kind) {
    case 'always-right':
      return 'right';
    case 'always-wrong':
      return 'wrong';
    case 'wrong-then-right':
      return context.attempt <= strategy.wrong ? 'wrong' : 'right';
    case 'random':
      return strategy.pattern[(context.attempt - 1) % strategy.pattern.length] ? 'right' : 'wrong';
    case 'custom':
      return strategy.decide(context);
  }
}

/**
 * One line naming a strategy, for transcripts.
 *
 * @example
 * describeStrategy(wrongThenRight(2))            // 'wrong 2 times, then right'
 * describeStrategy(answerPattern([false, true])) // 'pattern wrong, right (repeated)'
 */
export function describeStrategy(strategy: AnswerStrategy): string {
  switch (strategy.kind) {
    case 'always-right':
      return 'always right';
    case 'always-wrong':
      return 'always wrong';
    case 'wrong-then-right':
      return `wrong ${strategy.wrong} time${strategy.wrong === 1 ? '' : 's'}, then right`;
    case 'random':
      return `pattern ${strategy.pattern.map((p) => (p ? 'right' : 'wrong')).join(', ')} (repeated)`;
    case 'custom':
      return `custom (${strategy.name})`;
  }
}

/**
 * A wrong answer that looks like the right one: a code with its last digit changed (same length,
 * so a length check does not give it away), otherwise the answer with a character appended.
 *
 * @example
 * wrongAnswerFor('268745') // '268746'
 * wrongAnswerFor('blue')   // 'bluex'
 */
export function wrongAnswerFor(expected: string | undefined): string {
  if (expected === undefined || expected === '') return 'not-the-answer';
  if (/^\d+$/.test(expected)) return expected.slice(0, -1) + String((Number(expected.slice(-1)) + 1) % 10);
  return `${expected}x`;
}

/** Options of {@link answerStrategyArb}. */
export interface AnswerStrategyConstraints {
  /** Largest `wrong` of a `wrong-then-right` strategy (default 7). */
  maxWrong?: number;
  /** Longest `random` pattern (default 6). */
  maxPatternLength?: number;
}

/**
 * Answer strategies: always right, always wrong, wrong N times then right, and seeded patterns.
 * Shrinks towards always right.
 *
 * @example
 * fc.sample(answerStrategyArb(), 3) // e.g. [{ kind: 'always-wrong' }, { kind: 'wrong-then-right', wrong: 2 }, …]
 */
export function answerStrategyArb(constraints: AnswerStrategyConstraints = {}): fc.Arbitrary<AnswerStrategy> {
  const maxWrong = constraints.maxWrong ?? 7;
  const maxPattern = constraints.maxPatternLength ?? 6;
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant<AnswerStrategy>({ kind: 'always-right' }), weight: 3 },
    { arbitrary: fc.constant<AnswerStrategy>({ kind: 'always-wrong' }), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: Math.max(1, maxWrong) }).map((wrong): AnswerStrategy => ({ kind: 'wrong-then-right', wrong })), weight: 3 },
    { arbitrary: fc.array(fc.boolean(), { minLength: 1, maxLength: Math.max(1, maxPattern) }).map((pattern): AnswerStrategy => ({ kind: 'random', pattern })), weight: 2 },
  );
}

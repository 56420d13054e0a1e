/** Answer strategies: what each decides per attempt, their names, wrong answers, and the arbitrary. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alwaysRight, alwaysWrong, answerPattern, answerStrategyArb, decideAnswer, describeStrategy, wrongAnswerFor, wrongThenRight, type AnswerStrategy } from '../../../src/fuzz.js';
import { KitUsageError } from '../../../src/shared/errors.js';

const intents = (s: AnswerStrategy, n: number) =>
  Array.from({ length: n }, (_, i) => decideAnswer(s, { attempt: i + 1, wrongSoFar: 0, publicChallengeParameters: null, expected: '1' }));

describe('answer strategies', () => {
  it('decide right or wrong per attempt', () => {
    expect(intents(alwaysRight(), 3)).toEqual(['right', 'right', 'right']);
    expect(intents(alwaysWrong(), 3)).toEqual(['wrong', 'wrong', 'wrong']);
    expect(intents(wrongThenRight(2), 4)).toEqual(['wrong', 'wrong', 'right', 'right']);
    expect(intents(wrongThenRight(0), 1)).toEqual(['right']);
    expect(intents(answerPattern([false, true]), 5)).toEqual(['wrong', 'right', 'wrong', 'right', 'wrong']);
    const custom: AnswerStrategy = { kind: 'custom', name: 'echo', decide: (c) => ({ answer: `#${c.attempt}` }) };
    expect(intents(custom, 2)).toEqual([{ answer: '#1' }, { answer: '#2' }]);
  });

  it('have readable names', () => {
    expect(describeStrategy(wrongThenRight(1))).toBe('wrong 1 time, then right');
    expect(describeStrategy(answerPattern([true, false]))).toBe('pattern right, wrong (repeated)');
    expect(describeStrategy(alwaysWrong())).toBe('always wrong');
  });

  it('reject bad arguments', () => {
    expect(() => wrongThenRight(-1)).toThrow(KitUsageError);
    expect(() => answerPattern([])).toThrow(KitUsageError);
  });

  it('wrong answers look like the right one but differ', () => {
    expect(wrongAnswerFor('268745')).toBe('268746');
    expect(wrongAnswerFor('9')).toBe('0');
    expect(wrongAnswerFor('blue')).toBe('bluex');
    expect(wrongAnswerFor(undefined)).toBe('not-the-answer');
    fc.assert(fc.property(fc.string(), (s) => wrongAnswerFor(s) !== s));
  });

  it('the arbitrary draws every kind and shrinks towards always right', () => {
    const kinds = new Set(fc.sample(answerStrategyArb({ maxWrong: 3 }), { seed: 1, numRuns: 200 }).map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['always-right', 'always-wrong', 'random', 'wrong-then-right']);
    const failing = fc.check(fc.property(answerStrategyArb(), () => false), { seed: 3 });
    expect(failing.counterexample?.[0]).toEqual({ kind: 'always-right' });
  });
});

/**
 * Shrinking, replay and determinism: a failing property shrinks to a small event, the seed and
 * path fast-check prints reproduce the same counterexample, and a seed always yields the same events.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_ARBITRARIES, eventArb } from '../../src/arbitraries.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Deliberately false: some attribute value holds an "a". */
const noAttributeValueHasA = (event: Json) => Object.values(event.request.userAttributes as Record<string, string>).every((v) => !v.includes('a'));

describe('shrinking', () => {
  it.each(['pre-signup', 'post-confirmation', 'define-auth-challenge', 'custom-message'] as const)(
    '"no attribute value contains a" on %s shrinks to an event under 1,200 characters of JSON',
    (slug) => {
      const details = fc.check(fc.property(eventArb(slug), noAttributeValueHasA), { seed: 1234, numRuns: 500 });
      expect(details.failed).toBe(true);
      const [event] = details.counterexample as [Json];
      const size = JSON.stringify(event).length;
      expect(size).toBeLessThan(1200);
      // Shrinking did work: the event holds very few attributes.
      expect(Object.keys(event.request.userAttributes).length).toBeLessThanOrEqual(6);
    },
  );

  it('an adversarial failure shrinks to a short value too', () => {
    const details = fc.check(
      fc.property(eventArb('post-authentication', { profile: 'adversarial' }), (event: Json) =>
        Object.values(event.request.userAttributes as Record<string, string>).every((v) => v.length < 100),
      ),
      { seed: 99, numRuns: 500 },
    );
    expect(details.failed).toBe(true);
    const [event] = details.counterexample as [Json];
    const longest = Math.max(...Object.values(event.request.userAttributes as Record<string, string>).map((v) => v.length));
    expect(longest).toBe(100);
    expect(JSON.stringify(event).length).toBeLessThan(1500);
  });
});

describe('replay', () => {
  it('the printed seed and path reproduce the same counterexample', () => {
    const property = fc.property(eventArb('pre-token-generation-v2'), (event: Json) => !String(event.userName).includes('e'));
    let message = '';
    try {
      fc.assert(property, { numRuns: 300 });
    } catch (e) {
      message = (e as Error).message;
    }
    const seed = Number(/seed: (-?\d+)/.exec(message)?.[1]);
    const path = /path: "([^"]*)"/.exec(message)?.[1];
    expect(Number.isInteger(seed)).toBe(true);
    expect(path).toBeDefined();
    const first = fc.check(property, { seed, numRuns: 300 });
    const replayed = fc.check(property, { seed, path, numRuns: 300 });
    expect(replayed.failed).toBe(true);
    expect(replayed.counterexample).toEqual(first.counterexample);
    expect(JSON.stringify(replayed.counterexample)).toBe(JSON.stringify(first.counterexample));
  });
});

describe('determinism', () => {
  it.each(TRIGGERS.map((t) => t.slug as TriggerSlug))('the same seed gives deep-equal %s events; another seed differs', (slug) => {
    const arb = () => EVENT_ARBITRARIES[slug]() as fc.Arbitrary<unknown>;
    const a = fc.sample(arb(), { numRuns: 100, seed: 555 });
    const b = fc.sample(arb(), { numRuns: 100, seed: 555 });
    const c = fc.sample(arb(), { numRuns: 100, seed: 556 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });
});

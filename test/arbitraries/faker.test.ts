/**
 * The faker bridge: values come from a private instance re-seeded from fast-check, so they replay
 * whatever else uses faker, and the global singleton is never touched.
 */
import fc from 'fast-check';
import { faker as globalFaker } from '@faker-js/faker/locale/en';
import { describe, expect, it } from 'vitest';
import { eventArb, fakerArb, userArb, withFaker } from '../../src/arbitraries.js';

describe('private faker', () => {
  it('two arbitraries sampled interleaved with the same seeds give the same values as sampled alone', () => {
    const names = () => fakerArb((f) => `${f.person.firstName()} ${f.location.city()}`);
    const events = () => eventArb('post-confirmation', { profile: 'realistic' });
    const aloneNames = fc.sample(names(), { numRuns: 50, seed: 1 });
    const aloneEvents = fc.sample(events(), { numRuns: 50, seed: 2 });
    const nameStream = fc.sample(names(), { numRuns: 50, seed: 1 });
    // Interleave by regenerating one value at a time from both arbitraries.
    const interleavedNames: string[] = [];
    const interleavedEvents: unknown[] = [];
    for (let i = 0; i < 50; i++) {
      interleavedNames.push(fc.sample(names(), { numRuns: i + 1, seed: 1 })[i]!);
      interleavedEvents.push(fc.sample(events(), { numRuns: i + 1, seed: 2 })[i]);
    }
    expect(nameStream).toEqual(aloneNames);
    expect(interleavedNames).toEqual(aloneNames);
    expect(interleavedEvents).toEqual(aloneEvents);
  });

  it('seeding or drawing from the global faker changes nothing generated', () => {
    const before = fc.sample(userArb({ profile: 'realistic' }), { numRuns: 30, seed: 3 });
    globalFaker.seed(42);
    globalFaker.person.fullName();
    const after = fc.sample(userArb({ profile: 'realistic' }), { numRuns: 30, seed: 3 });
    expect(after).toEqual(before);
  });

  it('generating never consumes the global faker', () => {
    globalFaker.seed(7);
    const expected = [globalFaker.person.fullName(), globalFaker.internet.email()];
    globalFaker.seed(7);
    fc.sample(eventArb('custom-message', { profile: 'realistic' }), { numRuns: 200, seed: 4 });
    fc.sample(eventArb('inbound-federation', { profile: 'realistic' }), { numRuns: 200, seed: 4 });
    expect([globalFaker.person.fullName(), globalFaker.internet.email()]).toEqual(expected);
  });

  it('withFaker is a pure function of its seed, and its dates do not follow the clock', () => {
    const draw = (seed: number) => withFaker(seed, (f, r) => [f.person.firstName(), f.date.past().toISOString(), r.int(1000)]);
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
    expect(new Date(draw(5)[1] as string).getTime()).toBeLessThan(Date.UTC(2025, 5, 2));
  });
});

/**
 * `minGroups` holds in every profile: the adversarial pre-token events that imitate an emulator's
 * `groupConfiguration: {}` are drawn only for users without groups.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventArb } from '../../src/arbitraries.js';

describe('minGroups in the adversarial profile', () => {
  it.each(['pre-token-generation', 'pre-token-generation-v2', 'pre-token-generation-v3'] as const)('%s: every event has at least minGroups groups', (slug) => {
    const events = fc.sample(eventArb(slug, { profile: 'adversarial', minGroups: 3, triggerSource: 'TokenGeneration_Authentication' }), { seed: 3, numRuns: 300 });
    const counts = events.map((e) => (e.request.groupConfiguration as { groupsToOverride?: string[] }).groupsToOverride?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
  });

  it('still produces the {} form for users without groups', () => {
    const events = fc.sample(eventArb('pre-token-generation', { profile: 'adversarial', maxGroups: 0 }), { seed: 3, numRuns: 300 });
    expect(events.some((e) => Object.keys(e.request.groupConfiguration ?? {}).length === 0)).toBe(true);
  });
});

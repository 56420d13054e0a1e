/**
 * How many groups an adversarial user gets: mostly a few, but long lists (up to the 64 of the
 * default range) must keep coming up, and explicit bounds always hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userArb } from '../../src/arbitraries.js';

const counts = (constraints: Parameters<typeof userArb>[0], numRuns = 600): number[] =>
  fc.sample(userArb({ profile: 'adversarial', ...constraints }), { seed: 11, numRuns }).map((u) => u.groups.length);

describe('adversarial group counts', () => {
  it('are mostly short, and still reach long lists near the 64-group maximum', () => {
    const n = counts({ federated: false });
    expect(Math.max(...n)).toBeLessThanOrEqual(64);
    expect(n.filter((c) => c >= 48).length).toBeGreaterThan(n.length / 40);
    expect(n.filter((c) => c <= 8).length).toBeGreaterThan(n.length / 2);
  });

  it('keep explicit bounds, narrow or wide', () => {
    for (const [minGroups, maxGroups] of [
      [10, 12],
      [3, 40],
      [0, 0],
      [5, 5],
    ] as const) {
      const n = counts({ federated: false, minGroups, maxGroups }, 200);
      expect(Math.min(...n)).toBeGreaterThanOrEqual(minGroups);
      expect(Math.max(...n)).toBeLessThanOrEqual(maxGroups);
      if (maxGroups - minGroups > 8) expect(n.some((c) => c > minGroups + 8)).toBe(true);
    }
  });
});

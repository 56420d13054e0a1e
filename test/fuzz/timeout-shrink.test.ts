/**
 * A hung handler costs a whole `timeoutMs` per shrink step, so a timeout is shrunk within a budget
 * of two invocation limits unless `shrinkTimeLimitMs` says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { fuzzTrigger } from '../../src/fuzz/fuzz-trigger.js';

function hangingHandler() {
  let calls = 0;
  const handler = () => {
    calls++;
    return new Promise(() => {});
  };
  return { handler, calls: () => calls };
}

describe('shrinking a timeout', () => {
  it('stops after about two invocation limits by default', async () => {
    const h = hangingHandler();
    const report = await fuzzTrigger(h.handler, { trigger: 'pre-token-generation-v2', runs: 5, seed: 1, timeoutMs: 20, constraints: { profile: 'adversarial', minGroups: 20 } });
    expect(report.counterexample?.rule).toBe('fuzz/timeout');
    // 1 search run + the replayed failure + at most a few shrink candidates + the final re-run; with
    // a 30 s budget it would try hundreds of candidates.
    expect(h.calls()).toBeLessThan(12);
  });

  it('uses the budget given by shrinkTimeLimitMs', async () => {
    const h = hangingHandler();
    // The same search with room to shrink: the big adversarial event has many smaller candidates.
    await fuzzTrigger(h.handler, { trigger: 'pre-token-generation-v2', runs: 5, seed: 1, timeoutMs: 20, shrinkTimeLimitMs: 3_000, constraints: { profile: 'adversarial', minGroups: 20 } });
    expect(h.calls()).toBeGreaterThan(20);
  });
});

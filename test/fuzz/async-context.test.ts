/**
 * fuzzTrigger leaves no async context behind: Node visits every enabled AsyncLocalStorage on each
 * promise created, forever, so a fuzz that kept its own enabled would slow every later promise of
 * the process (and a test suite fuzzes many times).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fuzzTrigger } from '../../src/fuzz.js';
import type { AnyHandler } from '../../src/harness.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fuzzTrigger and AsyncLocalStorage', () => {
  it('disables every AsyncLocalStorage it enabled, whether the contract held or broke', async () => {
    const enabled = new Set<AsyncLocalStorage<unknown>>();
    const disabled = new Set<AsyncLocalStorage<unknown>>();
    const run = AsyncLocalStorage.prototype.run;
    vi.spyOn(AsyncLocalStorage.prototype, 'run').mockImplementation(function (this: AsyncLocalStorage<unknown>, ...args: Parameters<typeof run>) {
      enabled.add(this);
      return run.apply(this, args);
    });
    const disable = AsyncLocalStorage.prototype.disable;
    vi.spyOn(AsyncLocalStorage.prototype, 'disable').mockImplementation(function (this: AsyncLocalStorage<unknown>) {
      disabled.add(this);
      disable.call(this);
    });
    const held = await fuzzTrigger((async (event: unknown) => event) as AnyHandler, { trigger: 'pre-signup', runs: 5, seed: 1 });
    const broken = await fuzzTrigger((async () => undefined) as AnyHandler, { trigger: 'pre-signup', runs: 5, seed: 1, shrinkTimeLimitMs: 500 });
    expect(held.ok).toBe(true);
    expect(broken.ok).toBe(false);
    // The harness's own process-wide scope (one instance for the whole process) may stay enabled.
    const left = [...enabled].filter((als) => !disabled.has(als));
    expect(left.length).toBeLessThanOrEqual(1);
    expect(disabled.size).toBeGreaterThanOrEqual(2);
  });
});

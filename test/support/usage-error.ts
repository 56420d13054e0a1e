/**
 * Shared by the suites that check the kit's usage errors: runs `fn`, expects it to throw a
 * `KitUsageError`, and returns it so the test can read its message, path and rule.
 */
import { expect } from 'vitest';
import { KitUsageError } from '../../src/shared/errors.js';

/** The `KitUsageError` that `fn` throws; fails the test when it throws something else or nothing. */
export function usageError(fn: () => unknown): KitUsageError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KitUsageError);
    return err as KitUsageError;
  }
  throw new Error('expected a KitUsageError, nothing was thrown');
}

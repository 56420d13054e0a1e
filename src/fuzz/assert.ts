/** The asserting variant of {@link fuzzTrigger}: throws a readable error inside any test runner. */
import type { AnyHandler } from '../harness/invoke.js';
import { fuzzTrigger, type FuzzOptions, type FuzzReport } from './fuzz-trigger.js';
import { formatFuzzReport } from './report.js';

/** Thrown by {@link assertFuzzTrigger} when a run broke the contract; carries the report. */
export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
  constructor(readonly report: FuzzReport) {
    super(`\n${formatFuzzReport(report)}`);
  }
}

/**
 * Fuzzes a handler and throws a {@link FuzzFailure} (its message: the shrunk event, the rule, the
 * replay) when any run breaks the contract; resolves to the report otherwise.
 *
 * @example
 * it('pre sign-up handler keeps the contract', async () => {
 *   await assertFuzzTrigger(handler, { trigger: 'pre-signup', runs: 200 });
 * });
 */
export async function assertFuzzTrigger(handler: AnyHandler, options: FuzzOptions): Promise<FuzzReport> {
  const report = await fuzzTrigger(handler, options);
  if (!report.ok) {
    const failure = new FuzzFailure(report);
    const capture = (Error as { captureStackTrace?: (t: object, f?: unknown) => void }).captureStackTrace;
    capture?.(failure, assertFuzzTrigger);
    throw failure;
  }
  return report;
}

import fc from 'fast-check';
import { LAMBDA_TRIGGERS, type LambdaTrigger } from '../../src/scenarios/api-calls.js';
import type { ApiCallScenario, ScenarioStep } from '../../src/scenarios/api-call-arb.js';

/** Every trigger, with custom message delivering messages (no custom sender). */
export const WITH_CUSTOM_MESSAGE: readonly LambdaTrigger[] = LAMBDA_TRIGGERS.filter((t) => t !== 'CustomEmailSender' && t !== 'CustomSMSSender');

/** Every trigger, with both custom senders delivering messages (no custom message). */
export const WITH_SENDERS: readonly LambdaTrigger[] = LAMBDA_TRIGGERS.filter((t) => t !== 'CustomMessage');

/** Runs per property: enough to cross the drawn facts, small enough for a shared 2-core machine. */
export const RUNS = 40;

/** The sources of a scenario, in order. */
export const sources = (s: ApiCallScenario): string[] => s.steps.map((x) => x.triggerSource);

/** The request of a step as a plain record. */
export const requestOf = (step: ScenarioStep): Record<string, unknown> => step.event.request as unknown as Record<string, unknown>;

/** A non-empty map of strings (what a ClientMetadata map looks like once it arrived). */
export const isMap = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0;

/** Runs a property on an arbitrary with the shared run count. */
export function check<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  fc.assert(
    fc.property(arb, (value) => {
      predicate(value);
    }),
    { numRuns },
  );
}

/** One scenario for a fixed seed (for tests that look at one example). */
export function one<T>(arb: fc.Arbitrary<T>, seed = 42): T {
  return fc.sample(arb, { numRuns: 1, seed })[0]!;
}

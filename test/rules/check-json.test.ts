/**
 * `checkJsonOutput`, the fuzzer's way into the rules: for an output that is already JSON (the
 * harness's `outcome.output`) it must judge exactly as `checkResponse` does, without serializing or
 * copying the output again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJsonOutput, checkResponse } from '../../src/rules/check.js';
import { jsonRoundTrip } from '../../src/shared/json-copy.js';
import { KitUsageError } from '../../src/shared/errors.js';
import type { CheckOptions } from '../../src/rules/types.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import { invalidResponseArb, validResponseArb } from '../../src/triggers/output-arbitraries.js';
import { PROPERTY_RUNS } from '../arbitraries/runs.js';
import { realEvent } from './support.js';

const SYNC = TRIGGERS.filter((t) => t.synchronous).map((t) => t.slug as TriggerSlug);
const RUNS = Math.max(50, Math.ceil(PROPERTY_RUNS / 10));

describe.each(SYNC)('%s: checkJsonOutput judges a JSON output as checkResponse does', (slug) => {
  let compared = 0;
  const same = (event: unknown, output: unknown, options: CheckOptions): void => {
    let json: unknown;
    try {
      json = jsonRoundTrip(output);
    } catch {
      return; // A cycle or a BigInt: the harness reports such an output itself, the rules never see it.
    }
    if (json === undefined) return;
    compared++;
    const opts = { ...options, requireDecision: true };
    expect(checkJsonOutput(event, json, opts)).toEqual(checkResponse(event, json, opts));
  };

  it('valid outputs', () => {
    fc.assert(
      fc.property(validResponseArb(slug), ({ event, output }) => same(event, output, {})),
      { numRuns: RUNS },
    );
  });

  it('outputs that break one rule', () => {
    fc.assert(
      fc.property(invalidResponseArb(slug), ({ event, output, options }) => same(event, output, options)),
      { numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS);
  });
});

describe('checkJsonOutput edge cases', () => {
  const event = realEvent('awslambdago-verifyauthchallengeresponse.json');

  it('describes an output that is JSON but not an object from its text', () => {
    for (const output of ['text', [1, 2], 3, null]) {
      const json = checkJsonOutput(event, output);
      expect(json).toEqual(checkResponse(event, output));
      expect(json.errors.map((i) => i.rule)).toEqual(['verify-auth-challenge-response/output-not-event']);
    }
  });

  it('refuses an event that does not say its trigger, as checkResponse does', () => {
    expect(() => checkJsonOutput({ request: {} }, {})).toThrow(KitUsageError);
  });
});

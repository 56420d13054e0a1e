/** This handler is broken on purpose: the test proves the kit catches it, and how. */
import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { fuzzTrigger } from '../../src/fuzz.js';
import { invokeHandler } from '../../src/harness.js';
import { handler } from './handler.mjs';

describe('broken: reading an email the user does not have', () => {
  it('works for the email sign-ups its author tested', async () => {
    const event = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'jane@example.com' } } });
    expect((await handler(event)).response.autoConfirmUser).toBe(true);
  });

  it('crashes on a phone-number sign-up, and the client sees the TypeError text', async () => {
    const event = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: undefined, phone_number: '+15555550100' } } });
    const outcome = await invokeHandler(handler, event);
    expect(outcome.kind === 'threw' && outcome.crash).toBe(true);
    expect(outcome.kind === 'threw' && outcome.cognitoError?.text).toMatch(/^UserLambdaValidationException: PreSignUp failed with error Cannot read properties of undefined/);
  });

  it('is caught by the fuzzer as fuzz/crash, shrunk to an event without email', async () => {
    const report = await fuzzTrigger(handler, { trigger: 'pre-signup', runs: 100, seed: 42 });
    const ce = report.counterexample!;
    expect(ce.rule).toBe('fuzz/crash');
    expect(ce.kind).toBe('crash');
    expect(ce.message).toContain('TypeError');
    expect((ce.event as { request: { userAttributes: Record<string, string> } }).request.userAttributes).not.toHaveProperty('email');
    // Shrinking leaves little beyond what the trigger needs.
    expect(Object.keys((ce.event as { request: { userAttributes: object } }).request.userAttributes).length).toBeLessThanOrEqual(2);
  });
});

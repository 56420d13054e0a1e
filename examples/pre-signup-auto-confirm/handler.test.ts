/**
 * Also the README's `@fast-check/vitest` recipe: `test.prop` takes the kit's arbitraries like any
 * other, and fast-check prints the seed and path of a failure for `{ seed, path }` to replay.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { eventArb } from '../../src/arbitraries.js';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { invokeHandler } from '../../src/harness.js';
import '../../src/vitest.js';
import { BLOCKED_DOMAINS, TRUSTED_DOMAINS, domainOf, handler } from './handler.js';

const withEmail = <E extends { request: { userAttributes: Record<string, string> } }>(event: E, email: string): E => ({
  ...event,
  request: { ...event.request, userAttributes: { ...event.request.userAttributes, email } },
});

describe('pre sign-up auto-confirm', () => {
  it('confirms a company address and verifies it', async () => {
    const event = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'Jane@Example.COM' } } });
    const outcome = await invokeHandler(handler, event);
    expect(outcome.kind === 'returned' && outcome.response).toEqual({ autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false });
  });

  it('refuses a throwaway address with a message the client can show', async () => {
    const event = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'x@mailinator.com' } } });
    const outcome = await invokeHandler(handler, event);
    expect(outcome.kind === 'threw' && outcome.deliberate).toBe(true);
    expect(outcome.kind === 'threw' && outcome.cognitoError?.text).toBe(
      'UserLambdaValidationException: PreSignUp failed with error Please sign up with a permanent email address..',
    );
  });

  it('reads the domain of odd addresses without throwing', () => {
    expect(domainOf(undefined)).toBeUndefined();
    expect(domainOf('')).toBeUndefined();
    expect(domainOf('no-at-sign')).toBeUndefined();
    expect(domainOf('trailing@')).toBeUndefined();
    expect(domainOf('"a@b"@Example.com')).toBe('example.com');
  });

  // The recipe: a property over every sign-up Cognito can send from a trusted domain.
  test.prop([eventArb('pre-signup', { triggerSource: ['PreSignUp_SignUp', 'PreSignUp_ExternalProvider'] }), fc.constantFrom(...TRUSTED_DOMAINS), fc.emailAddress()], {
    numRuns: 60,
    seed: 7,
  })('auto-confirms and verifies every trusted-domain sign-up', async (event, domain, email) => {
    const trusted = withEmail(event, `${email.split('@')[0]}@${domain}`);
    const outcome = await invokeHandler(handler, trusted);
    expect(outcome.kind).toBe('returned');
    const output = outcome.kind === 'returned' ? outcome.output : undefined;
    expect(output).toSatisfyCognitoContract(trusted, { strict: true });
    expect(output).toHaveProperty('response.autoConfirmUser', true);
  });

  test.prop([eventArb('pre-signup'), fc.option(fc.constantFrom(...BLOCKED_DOMAINS, ...TRUSTED_DOMAINS, 'gmail.com'))], { numRuns: 60, seed: 8 })(
    'never crashes: it answers within the contract or denies on purpose',
    async (event, domain) => {
      const input = domain === null ? event : withEmail(event, `someone@${domain}`);
      const outcome = await invokeHandler(handler, input);
      if (outcome.kind === 'threw') expect(outcome.deliberate).toBe(true);
      else expect(outcome.kind === 'returned' && outcome.output).toSatisfyCognitoContract(input, { strict: true });
    },
  );

  it('keeps the contract on every generated event and never auto-confirms on AdminCreateUser (strict)', async () => {
    const report = await assertFuzzTrigger(handler, {
      trigger: 'pre-signup',
      runs: 150,
      seed: 42,
      strict: true,
      // Tried first, every run: the addresses the handler treats specially.
      examples: [
        buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'a@mailinator.com' } } }),
        buildEvent('PreSignUp_AdminCreateUser', { request: { userAttributes: { email: 'a@example.com' } } }),
      ],
    });
    expect(report.denials).toEqual([{ message: 'UserLambdaValidationException: PreSignUp failed with error Please sign up with a permanent email address..', count: 1 }]);
  });
});

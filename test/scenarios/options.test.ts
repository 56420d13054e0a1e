/** Options of apiCallArb and allApiCallsArb: bad values and impossible combinations throw a KitUsageError naming the option. */
import { describe, expect, it } from 'vitest';
import { apiCallArb, allApiCallsArb, type ApiCallConstraints } from '../../src/scenarios/api-call-arb.js';
import type { ApiCallName } from '../../src/scenarios/api-calls.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { WITH_CUSTOM_MESSAGE, check } from './helpers.js';

function thrown(fn: () => unknown): KitUsageError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KitUsageError) return e;
    throw e;
  }
  throw new Error('expected a KitUsageError');
}

const BAD: [string, ApiCallName, unknown, string][] = [
  ['an unknown call', 'SignIn' as ApiCallName, {}, 'call'],
  ['an unknown profile', 'SignUp', { profile: 'nice' }, 'profile'],
  ['authFlow on a call without flows', 'SignUp', { authFlow: 'USER_PASSWORD_AUTH' }, 'authFlow'],
  ['an admin flow on InitiateAuth', 'InitiateAuth', { authFlow: 'ADMIN_USER_PASSWORD_AUTH' }, 'authFlow'],
  ['challengeName on InitiateAuth', 'InitiateAuth', { challengeName: 'SMS_MFA' }, 'challengeName'],
  ['an unknown challenge', 'RespondToAuthChallenge', { challengeName: 'SELECT_MFA_TYPE' }, 'challengeName'],
  ['an unknown trigger', 'SignUp', { triggers: ['PreSignup'] }, 'triggers'],
  ['CUSTOM_AUTH without the custom-auth triggers', 'InitiateAuth', { authFlow: 'CUSTOM_AUTH', triggers: ['DefineAuthChallenge'] }, 'triggers'],
  ['a pre token version 4', 'ClientCredentials', { preTokenVersion: 4 }, 'preTokenVersion'],
  ['MFA with a temporary password', 'InitiateAuth', { mfa: 'SMS_MFA', newPasswordRequired: true }, 'newPasswordRequired'],
  ['a temporary password for a user not in the pool', 'InitiateAuth', { userInPool: false, newPasswordRequired: true }, 'newPasswordRequired'],
  ['auto-confirm without pre sign-up', 'SignUp', { autoConfirm: true, triggers: ['CustomMessage'] }, 'autoConfirm'],
  ['maxRounds 0', 'InitiateAuth', { maxRounds: 0 }, 'maxRounds'],
  ['a non-boolean flag', 'SignUp', { withClientMetadata: 'yes' }, 'withClientMetadata'],
  ['an unknown UNVERIFIED choice', 'SignUp', { unverified: { postConfirmationAlways: true } }, 'unverified'],
  ['a bad UNVERIFIED value', 'FederatedFirstSignIn', { unverified: { inboundFederationOrder: 'first' } }, 'unverified.inboundFederationOrder'],
];

describe('apiCallArb options', () => {
  it.each(BAD)('throws for %s, naming the option', (_name, call, constraints, path) => {
    const error = thrown(() => apiCallArb(call, constraints as ApiCallConstraints));
    expect(error.path).toBe(path);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('accepts the defaults for every call', () => {
    check(allApiCallsArb(), (s) => expect(s.steps.length).toBeGreaterThanOrEqual(0), 20);
  });

  it('without the custom-auth triggers, InitiateAuth draws only the other flows', () => {
    check(apiCallArb('InitiateAuth', { triggers: ['PreAuthentication', 'PostAuthentication', 'PreTokenGeneration'] }), (s) => {
      expect(s.authFlow).not.toBe('CUSTOM_AUTH');
      expect(s.requests[0]!.operation).toBe('InitiateAuth');
    }, 20);
  });

  it('the drawn pool has custom message or custom senders configured, never neither', () => {
    check(allApiCallsArb(), (s) => {
      expect(s.facts.triggers.some((t) => t === 'CustomMessage' || t === 'CustomEmailSender' || t === 'CustomSMSSender')).toBe(true);
    }, 30);
  });

  it('facts record the drawn setup, and fixed options stay fixed', () => {
    check(apiCallArb('InitiateAuth', { authFlow: 'USER_SRP_AUTH', mfa: 'EMAIL_OTP', userInPool: true, preTokenVersion: 3, triggers: WITH_CUSTOM_MESSAGE }), (s) => {
      expect(s.authFlow).toBe('USER_SRP_AUTH');
      expect(s.facts).toMatchObject({ mfa: 'EMAIL_OTP', medium: 'email', userInPool: true, preTokenVersion: 3 });
      expect(s.requests.at(-1)).toMatchObject({ operation: 'RespondToAuthChallenge', challengeName: 'EMAIL_OTP' });
    }, 10);
  });

  it('allApiCallsArb narrows to the calls an authFlow or challengeName applies to', () => {
    check(allApiCallsArb({ authFlow: 'REFRESH_TOKEN_AUTH' }), (s) => expect(['InitiateAuth', 'AdminInitiateAuth']).toContain(s.call), 15);
    check(allApiCallsArb({ calls: ['SignUp', 'ConfirmSignUp'] }), (s) => expect(['SignUp', 'ConfirmSignUp']).toContain(s.call), 15);
    expect(thrown(() => allApiCallsArb({ calls: ['SignUp'], authFlow: 'CUSTOM_AUTH' })).path).toBe('calls');
    expect(thrown(() => allApiCallsArb({ calls: [] })).path).toBe('calls');
  });
});

/**
 * The constraints object: each option narrows what is generated, and an impossible combination
 * throws a KitUsageError naming the option.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAuthChallengeEventArb,
  customEmailSenderEventArb,
  defineAuthChallengeEventArb,
  eventArb,
  inboundFederationEventArb,
  postAuthenticationEventArb,
  preAuthenticationEventArb,
  preSignUpEventArb,
  preTokenGenerationEventArb,
  preTokenGenerationV3EventArb,
  userMigrationEventArb,
  type EventConstraints,
} from '../../src/arbitraries.js';
import type { TriggerTarget } from '../../src/triggers/registry.js';
import { usageError } from '../support/usage-error.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const sample = (arb: fc.Arbitrary<unknown>, numRuns = 300): Json[] => fc.sample(arb, { numRuns, seed: 99 }) as Json[];

/** Cognito's own attribute keys and the verified flags that ride with email and phone. */
const profileKeys = (attrs: Record<string, string>) =>
  Object.keys(attrs).filter((k) => k !== 'sub' && k !== 'identities' && !k.startsWith('cognito:') && !k.endsWith('_verified'));


describe('narrowing', () => {
  it('triggerSource restricts to the listed sources', () => {
    const events = sample(preSignUpEventArb({ triggerSource: ['PreSignUp_SignUp', 'PreSignUp_ExternalProvider'] }), 400);
    expect(new Set(events.map((e) => e.triggerSource))).toEqual(new Set(['PreSignUp_SignUp', 'PreSignUp_ExternalProvider']));
  });

  it('version picks the pre token contract of a TokenGeneration_* source', () => {
    for (const version of [1, 2, 3] as const) {
      for (const e of sample(eventArb('TokenGeneration_RefreshTokens', { version }), 50)) expect(e.version).toBe(String(version));
    }
    for (const e of sample(eventArb('TokenGeneration_ClientCredentials'), 20)) expect(e.version).toBe('3');
  });

  it('profile realistic produces no unicode, profile adversarial does', () => {
    const nonAscii = (e: Json) => /[^\x20-\x7e]/.test(JSON.stringify(e.request.userAttributes) + e.userName);
    expect(sample(postAuthenticationEventArb({ profile: 'realistic' })).some(nonAscii)).toBe(false);
    expect(sample(postAuthenticationEventArb({ profile: 'adversarial' })).some(nonAscii)).toBe(true);
  });

  it('federated: true gives federated users only, false none; pre sign-up narrows to ExternalProvider', () => {
    for (const e of sample(eventArb('post-authentication', { federated: true, profile: 'realistic' }))) expect(e.request.userAttributes.identities).toBeDefined();
    for (const e of sample(eventArb('post-authentication', { federated: false }))) expect(e.request.userAttributes['cognito:user_status']).not.toBe('EXTERNAL_PROVIDER');
    for (const e of sample(preSignUpEventArb({ federated: true }))) expect(e.triggerSource).toBe('PreSignUp_ExternalProvider');
    for (const e of sample(preSignUpEventArb({ federated: false }))) expect(e.triggerSource).not.toBe('PreSignUp_ExternalProvider');
  });

  it('userNotFound: true always sets it; false never does (absent or false)', () => {
    for (const e of sample(defineAuthChallengeEventArb({ userNotFound: true }))) expect(e.request.userNotFound).toBe(true);
    const seen = new Set(sample(preAuthenticationEventArb({ userNotFound: false })).map((e) => String(e.request.userNotFound)));
    expect(seen).toEqual(new Set(['undefined', 'false']));
  });

  it('withClientMetadata: true always sends a map where ClientMetadata arrives; false never', () => {
    for (const e of sample(postAuthenticationEventArb({ withClientMetadata: true }))) expect(Object.keys(e.request.clientMetadata).length).toBeGreaterThan(0);
    for (const e of sample(postAuthenticationEventArb({ withClientMetadata: false }))) {
      const m = e.request.clientMetadata;
      expect(m === undefined || m === null || Object.keys(m).length === 0).toBe(true);
    }
    // Pre authentication gets InitiateAuth's ClientMetadata as validationData.
    for (const e of sample(preAuthenticationEventArb({ withClientMetadata: true, profile: 'realistic' }))) {
      expect(Object.keys(e.request.validationData).length).toBeGreaterThan(0);
    }
    // Only RespondToAuthChallenge passes it: never the first round.
    for (const e of sample(createAuthChallengeEventArb({ withClientMetadata: true }))) {
      expect(Object.keys(e.request.clientMetadata).length).toBeGreaterThan(0);
      expect(e.request.session.length).toBeGreaterThan(0);
    }
    // Only the email-sender sources that receive it remain.
    const sources = new Set(sample(customEmailSenderEventArb({ withClientMetadata: true }), 500).map((e) => e.triggerSource));
    expect(sources).toEqual(new Set(['CustomEmailSender_SignUp', 'CustomEmailSender_ForgotPassword', 'CustomEmailSender_Authentication']));
  });

  it('sizes bound attributes, groups and sessions', () => {
    for (const e of sample(preTokenGenerationEventArb({ profile: 'realistic', minAttributes: 3, maxAttributes: 5, federated: false }))) {
      const n = profileKeys(e.request.userAttributes).length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6); // the username attribute of an email-as-username pool comes on top
    }
    for (const e of sample(preTokenGenerationEventArb({ minGroups: 2, maxGroups: 3, federated: false }))) {
      const g = e.request.groupConfiguration.groupsToOverride;
      if (g === undefined) continue; // an adversarial {} groupConfiguration
      expect(g.length).toBeGreaterThanOrEqual(2);
      expect(g.length).toBeLessThanOrEqual(3);
    }
    for (const e of sample(preTokenGenerationEventArb({ minGroups: 0, maxGroups: 0, federated: true, profile: 'realistic' }))) {
      expect(e.request.groupConfiguration.groupsToOverride).toEqual([`${e.userPoolId}_${JSON.parse(e.request.userAttributes.identities)[0].providerName}`]);
    }
    for (const e of sample(defineAuthChallengeEventArb({ minSessionLength: 3, maxSessionLength: 4 }))) {
      expect(e.request.session.length).toBeGreaterThanOrEqual(3);
      expect(e.request.session.length).toBeLessThanOrEqual(4);
    }
    for (const e of sample(defineAuthChallengeEventArb({ maxSessionLength: 0 }))) expect(e.request.session).toEqual([]);
    const big = sample(preAuthenticationEventArb({ profile: 'adversarial', minAttributes: 30, maxAttributes: 30, userNotFound: false }), 50);
    for (const e of big) expect(Object.keys(e.request.userAttributes).length).toBeGreaterThanOrEqual(30);
  });
});

describe('impossible or malformed constraints throw a KitUsageError naming the option', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['a triggerSource of another trigger', () => preSignUpEventArb({ triggerSource: 'PostConfirmation_ConfirmSignUp' } as EventConstraints), 'triggerSource'],
    ['a target contradicting triggerSource', () => eventArb('PreSignUp_SignUp', { triggerSource: 'PreSignUp_AdminCreateUser' }), 'triggerSource'],
    ['federated custom auth', () => defineAuthChallengeEventArb({ federated: true }), 'federated'],
    ['federated migration', () => userMigrationEventArb({ federated: true }), 'federated'],
    ['federated custom message', () => eventArb('custom-message', { federated: true }), 'federated'],
    ['federated custom sender', () => customEmailSenderEventArb({ federated: true }), 'federated'],
    ['a non-federated ExternalProvider', () => eventArb('PreSignUp_ExternalProvider', { federated: false }), 'federated'],
    ['non-federated inbound federation', () => inboundFederationEventArb({ federated: false }), 'federated'],
    ['userNotFound on post authentication', () => postAuthenticationEventArb({ userNotFound: true }), 'userNotFound'],
    ['userNotFound with a federated user', () => preAuthenticationEventArb({ userNotFound: true, federated: true }), 'userNotFound'],
    ['userNotFound with attributes', () => preAuthenticationEventArb({ userNotFound: true, minAttributes: 1 }), 'minAttributes'],
    ['client metadata for inbound federation', () => inboundFederationEventArb({ withClientMetadata: true }), 'withClientMetadata'],
    ['client metadata for an account-takeover email', () => eventArb('CustomEmailSender_AccountTakeOverNotification', { withClientMetadata: true }), 'withClientMetadata'],
    ['client metadata for a federated user', () => eventArb('post-confirmation', { withClientMetadata: true, federated: true }), 'withClientMetadata'],
    ['client metadata on a first round only', () => defineAuthChallengeEventArb({ withClientMetadata: true, maxSessionLength: 0 }), 'withClientMetadata'],
    ['client metadata on a refresh', () => eventArb('TokenGeneration_RefreshTokens', { withClientMetadata: true, profile: 'realistic' }), 'withClientMetadata'],
    ['version 2 for pre sign-up', () => preSignUpEventArb({ version: 2 }), 'version'],
    ['version 2 for the V3 slug', () => preTokenGenerationV3EventArb({ version: 2 }), 'version'],
    ['version 1 for client credentials', () => eventArb('TokenGeneration_ClientCredentials', { version: 1 }), 'version'],
    ['version 4', () => eventArb('TokenGeneration_Authentication', { version: 4 as 3 }), 'version'],
    ['an unknown profile', () => preSignUpEventArb({ profile: 'chaotic' as 'mixed' }), 'profile'],
    ['min above max', () => preSignUpEventArb({ minAttributes: 5, maxAttributes: 2 }), 'minAttributes'],
    ['a negative size', () => preSignUpEventArb({ maxGroups: -1 }), 'maxGroups'],
    ['a fractional size', () => defineAuthChallengeEventArb({ minSessionLength: 1.5 }), 'minSessionLength'],
    ['a non-boolean flag', () => preSignUpEventArb({ federated: 'yes' as unknown as boolean }), 'federated'],
    ['an unknown target', () => eventArb('PreSignUp_Signup' as TriggerTarget), 'target'],
  ];

  it.each(cases)('%s', (_name, fn, option) => {
    const error = usageError(fn);
    expect(error.path).toBe(option);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('suggests the closest target for a typo', () => {
    expect(usageError(() => eventArb('PreSignUp_Signup' as TriggerTarget)).message).toContain('PreSignUp_SignUp');
  });
});

/**
 * Every event of every scenario is a valid event (and a realistic one draws no realism warning),
 * and all steps of a scenario share one pool, one app client and one user.
 */
import { describe, expect, it } from 'vitest';
import { apiCallArb, allApiCallsArb } from '../../src/scenarios/api-call-arb.js';
import { API_CALL_NAMES, API_OPERATIONS } from '../../src/scenarios/api-calls.js';
import { CLIENT_ID_NOT_APPLICABLE } from '../../src/shared/patterns.js';
import { validateEvent } from '../../src/validation/validate.js';
import { check, one, requestOf } from './helpers.js';

describe('scenario events', () => {
  it.each(API_CALL_NAMES)('%s: every event is valid; realistic ones draw no realism warning', (call) => {
    check(apiCallArb(call), (s) => {
      for (const step of s.steps) {
        const result = validateEvent(step.event, step.version === undefined ? {} : { version: step.version });
        expect(result.errors, `${call} ${step.triggerSource}`).toEqual([]);
        if (s.profile === 'realistic') expect(result.warnings, `${call} ${step.triggerSource}`).toEqual([]);
        expect(result.trigger).toBeDefined();
      }
    }, 25);
  });

  it('one pool, one app client (or CLIENT_ID_NOT_APPLICABLE for admin operations without one), one user', () => {
    check(allApiCallsArb(), (s) => {
      for (const step of s.steps) {
        const e = step.event as unknown as Record<string, unknown> & { callerContext: { clientId: string; awsSdkVersion: string } };
        expect(e.region).toBe(s.pool.region);
        expect(e.userPoolId).toBe(s.pool.userPoolId);
        expect(s.pool.userPoolId.startsWith(`${s.pool.region}_`)).toBe(true);
        expect(e.callerContext.clientId).toBe(API_OPERATIONS[step.operation].appClient ? s.pool.clientId : CLIENT_ID_NOT_APPLICABLE);
        if (API_OPERATIONS[step.operation].browser) expect(e.callerContext.awsSdkVersion).toBe('aws-sdk-unknown-unknown');
        const attributes = requestOf(step).userAttributes as Record<string, string> | null | undefined;
        if (s.user === undefined) continue;
        if (step.stage === 'typed' || step.stage === 'not-found') {
          // What was typed: the username, or the email or phone of an email-as-username pool.
          expect([s.user.userName, s.user.attributes.email, s.user.attributes.phone_number]).toContain(e.userName);
        } else {
          expect(e.userName).toBe(s.user.userName);
        }
        if (attributes && attributes.sub !== undefined) expect(attributes.sub).toBe(s.user.sub);
      }
    }, 80);
  });

  it('AdminCreateUser events carry CLIENT_ID_NOT_APPLICABLE; SignUp events the app client', () => {
    check(apiCallArb('AdminCreateUser'), (s) => {
      for (const step of s.steps) expect((step.event as unknown as { callerContext: { clientId: string } }).callerContext.clientId).toBe(CLIENT_ID_NOT_APPLICABLE);
    }, 15);
    check(apiCallArb('SignUp'), (s) => {
      for (const step of s.steps) expect((step.event as unknown as { callerContext: { clientId: string } }).callerContext.clientId).toBe(s.pool.clientId);
    }, 15);
  });

  it('the user’s attributes follow its stage: no sub before sign-up, the status of the moment after', () => {
    check(apiCallArb('SignUp', { profile: 'realistic', autoConfirm: false, withClientMetadata: false }), (s) => {
      const [preSignUp, message] = s.steps.map((x) => requestOf(x).userAttributes as Record<string, string>);
      expect(preSignUp).not.toHaveProperty('sub');
      expect(preSignUp).not.toHaveProperty('cognito:user_status');
      expect(preSignUp).not.toHaveProperty('email_verified');
      if (message) {
        expect(message.sub).toBe(s.user!.sub);
        expect(message['cognito:user_status']).toBe('UNCONFIRMED');
      }
    }, 20);
    check(apiCallArb('AdminCreateUser', { profile: 'realistic', suppressMessage: false }), (s) => {
      const message = s.steps[1];
      if (message) expect((requestOf(message).userAttributes as Record<string, string>)['cognito:user_status']).toBe('FORCE_CHANGE_PASSWORD');
    }, 15);
    check(apiCallArb('FederatedFirstSignIn', { profile: 'realistic' }), (s) => {
      const bySource = new Map(s.steps.map((x) => [x.triggerSource, requestOf(x)]));
      expect(bySource.get('PreSignUp_ExternalProvider')!.userAttributes).not.toHaveProperty('sub');
      const confirmed = bySource.get('PostConfirmation_ConfirmSignUp')!.userAttributes as Record<string, string>;
      expect(confirmed['cognito:user_status']).toBe('EXTERNAL_PROVIDER');
      expect(JSON.parse(confirmed.identities!)[0].providerName).toBe(s.user!.identity!.providerName);
      const inbound = bySource.get('InboundFederation_ExternalProvider');
      if (inbound) {
        expect(inbound.providerName).toBe(s.user!.identity!.providerName);
        expect(inbound.providerType).toBe(s.user!.identity!.providerType);
      }
    }, 15);
  });

  it('pre token generation events carry the user’s groups and the configured version', () => {
    check(apiCallArb('InitiateAuth', { authFlow: 'REFRESH_TOKEN_AUTH', userInPool: true, preTokenVersion: 2 }), (s) => {
      const step = s.steps[0]!;
      expect(step.version).toBe(2);
      expect((step.event as unknown as { version: string }).version).toBe('2');
      expect(requestOf(step).groupConfiguration).toEqual({ groupsToOverride: s.user!.groups, iamRolesToOverride: s.user!.roles, preferredRole: s.user!.preferredRole });
    }, 15);
  });

  it('PreventUserExistenceErrors ENABLED adds userNotFound: false for a user in the pool; LEGACY leaves it out', () => {
    const signIn = { authFlow: 'USER_PASSWORD_AUTH', userInPool: true } as const;
    check(apiCallArb('InitiateAuth', { ...signIn, preventUserExistenceErrors: true }), (s) => {
      expect(requestOf(s.steps[0]!).userNotFound).toBe(false);
    }, 10);
    check(apiCallArb('InitiateAuth', { ...signIn, preventUserExistenceErrors: false }), (s) => {
      expect(requestOf(s.steps[0]!)).not.toHaveProperty('userNotFound');
    }, 10);
  });

  it('replays: the same seed gives the same scenario', () => {
    const arb = allApiCallsArb();
    expect(JSON.stringify(one(arb, 7))).toBe(JSON.stringify(one(arb, 7)));
    expect(JSON.stringify(one(arb, 7))).not.toBe(JSON.stringify(one(arb, 8)));
  });
});

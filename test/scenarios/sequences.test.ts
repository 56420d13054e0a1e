/**
 * The step sequence of every call matches the sheet's §4.4 (sources in order), for the facts
 * that change it. Expected sequences are written out here, not derived from the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { apiCallArb, allApiCallsArb, type ApiCallConstraints } from '../../src/scenarios/api-call-arb.js';
import { API_CALLS, triggerOfSource, type ApiCallName, type ApiCallVariant, type StepSpec } from '../../src/scenarios/api-calls.js';
import { WITH_CUSTOM_MESSAGE, WITH_SENDERS, check, sources } from './helpers.js';

interface Case {
  name: string;
  call: ApiCallName;
  constraints: ApiCallConstraints;
  sources: string[];
  /** The operation of each request, and the request index of each step. */
  requests?: string[];
  stepRequests?: number[];
}

const base = { triggers: WITH_CUSTOM_MESSAGE, preventUserExistenceErrors: false } as const;
const signIn = { ...base, userInPool: true, mfa: 'none', newPasswordRequired: false } as const;
const AUTH = ['PreAuthentication_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_Authentication'];

const CASES: Case[] = [
  { name: 'SignUp sends the confirmation code', call: 'SignUp', constraints: { ...base, autoConfirm: false, medium: 'email' }, sources: ['PreSignUp_SignUp', 'CustomMessage_SignUp'] },
  {
    name: 'SignUp through the email sender',
    call: 'SignUp',
    constraints: { ...base, triggers: WITH_SENDERS, autoConfirm: false, medium: 'email' },
    sources: ['PreSignUp_SignUp', 'CustomEmailSender_SignUp'],
  },
  {
    name: 'SignUp through the SMS sender',
    call: 'SignUp',
    constraints: { ...base, triggers: WITH_SENDERS, autoConfirm: false, medium: 'sms' },
    sources: ['PreSignUp_SignUp', 'CustomSMSSender_SignUp'],
  },
  {
    name: 'SignUp with custom message beside an email sender sends SMS codes through custom message',
    call: 'SignUp',
    constraints: { ...base, triggers: [...WITH_CUSTOM_MESSAGE, 'CustomEmailSender'], autoConfirm: false, medium: 'sms' },
    sources: ['PreSignUp_SignUp', 'CustomMessage_SignUp'],
  },
  { name: 'SignUp auto-confirmed fires post confirmation (UNVERIFIED default)', call: 'SignUp', constraints: { ...base, autoConfirm: true }, sources: ['PreSignUp_SignUp', 'PostConfirmation_ConfirmSignUp'] },
  {
    name: 'SignUp auto-confirmed without post confirmation (the other UNVERIFIED choice)',
    call: 'SignUp',
    constraints: { ...base, autoConfirm: true, unverified: { postConfirmationOnAutoConfirm: false } },
    sources: ['PreSignUp_SignUp'],
  },
  { name: 'SignUp without message triggers', call: 'SignUp', constraints: { ...base, triggers: ['PreSignUp', 'PostConfirmation'], autoConfirm: false }, sources: ['PreSignUp_SignUp'] },
  { name: 'AdminCreateUser sends the invitation', call: 'AdminCreateUser', constraints: { ...base, suppressMessage: false }, sources: ['PreSignUp_AdminCreateUser', 'CustomMessage_AdminCreateUser'] },
  { name: 'AdminCreateUser with MessageAction SUPPRESS', call: 'AdminCreateUser', constraints: { ...base, suppressMessage: true }, sources: ['PreSignUp_AdminCreateUser'] },
  { name: 'ConfirmSignUp', call: 'ConfirmSignUp', constraints: { ...base, userInPool: true }, sources: ['PostConfirmation_ConfirmSignUp'] },
  { name: 'ConfirmSignUp for a user not in the pool fires nothing', call: 'ConfirmSignUp', constraints: { ...base, userInPool: false }, sources: [] },
  { name: 'AdminConfirmSignUp', call: 'AdminConfirmSignUp', constraints: { ...base, userInPool: true }, sources: ['PostConfirmation_ConfirmSignUp'] },
  { name: 'ForgotPassword', call: 'ForgotPassword', constraints: { ...base, userInPool: true }, sources: ['CustomMessage_ForgotPassword'] },
  {
    name: 'ForgotPassword migrates a user not in the pool, then sends the code',
    call: 'ForgotPassword',
    constraints: { ...base, userInPool: false },
    sources: ['UserMigration_ForgotPassword', 'CustomMessage_ForgotPassword'],
  },
  {
    name: 'ForgotPassword for a user not in the pool without a migrate trigger fires nothing',
    call: 'ForgotPassword',
    constraints: { ...base, triggers: ['CustomMessage'], userInPool: false },
    sources: [],
  },
  { name: 'ConfirmForgotPassword', call: 'ConfirmForgotPassword', constraints: { ...base, userInPool: true }, sources: ['PostConfirmation_ConfirmForgotPassword'] },
  { name: 'ResendConfirmationCode', call: 'ResendConfirmationCode', constraints: { ...base, userInPool: true }, sources: ['CustomMessage_ResendCode'] },
  { name: 'UpdateUserAttributes', call: 'UpdateUserAttributes', constraints: { ...base, userInPool: true }, sources: ['CustomMessage_UpdateUserAttribute'] },
  { name: 'AdminUpdateUserAttributes', call: 'AdminUpdateUserAttributes', constraints: { ...base, userInPool: true }, sources: ['CustomMessage_UpdateUserAttribute'] },
  {
    name: 'GetUserAttributeVerificationCode',
    call: 'GetUserAttributeVerificationCode',
    constraints: { ...base, userInPool: true },
    sources: ['CustomMessage_VerifyUserAttribute'],
  },
  { name: 'AdminResetUserPassword (UNVERIFIED default source)', call: 'AdminResetUserPassword', constraints: { ...base, userInPool: true }, sources: ['CustomMessage_ForgotPassword'] },
  {
    name: 'AdminResetUserPassword with another source chosen',
    call: 'AdminResetUserPassword',
    constraints: { ...base, userInPool: true, unverified: { adminResetUserPasswordMessage: 'ResendCode' } },
    sources: ['CustomMessage_ResendCode'],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_PASSWORD_AUTH' },
    sources: AUTH,
    requests: ['InitiateAuth'],
    stepRequests: [0, 0, 0],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH with SMS MFA',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_PASSWORD_AUTH', mfa: 'SMS_MFA' },
    sources: ['PreAuthentication_Authentication', 'CustomMessage_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
    requests: ['InitiateAuth', 'RespondToAuthChallenge'],
    stepRequests: [0, 0, 1, 1],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH with TOTP MFA sends no message',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_PASSWORD_AUTH', mfa: 'SOFTWARE_TOKEN_MFA' },
    sources: AUTH,
    requests: ['InitiateAuth', 'RespondToAuthChallenge'],
    stepRequests: [0, 1, 1],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH with a temporary password',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_PASSWORD_AUTH', newPasswordRequired: true },
    sources: ['PreAuthentication_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_NewPasswordChallenge'],
    requests: ['InitiateAuth', 'RespondToAuthChallenge'],
    stepRequests: [0, 1, 1],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH migrates a user not in the pool',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_PASSWORD_AUTH', userInPool: false },
    sources: ['UserMigration_Authentication', ...AUTH],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH for a user not found, PreventUserExistenceErrors ENABLED',
    call: 'InitiateAuth',
    constraints: { ...signIn, triggers: WITH_CUSTOM_MESSAGE.filter((t) => t !== 'UserMigration'), authFlow: 'USER_PASSWORD_AUTH', userInPool: false, preventUserExistenceErrors: true },
    sources: ['PreAuthentication_Authentication'],
  },
  {
    name: 'InitiateAuth USER_PASSWORD_AUTH for a user not found, LEGACY',
    call: 'InitiateAuth',
    constraints: { ...signIn, triggers: WITH_CUSTOM_MESSAGE.filter((t) => t !== 'UserMigration'), authFlow: 'USER_PASSWORD_AUTH', userInPool: false },
    sources: [],
  },
  {
    name: 'InitiateAuth USER_SRP_AUTH finishes with the PASSWORD_VERIFIER answer',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_SRP_AUTH' },
    sources: AUTH,
    requests: ['InitiateAuth', 'RespondToAuthChallenge'],
    stepRequests: [0, 1, 1],
  },
  {
    name: 'InitiateAuth USER_SRP_AUTH with email MFA',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_SRP_AUTH', mfa: 'EMAIL_OTP' },
    sources: ['PreAuthentication_Authentication', 'CustomMessage_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
    requests: ['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge'],
    stepRequests: [0, 1, 2, 2],
  },
  {
    name: 'InitiateAuth USER_SRP_AUTH never migrates (the password never reaches Cognito)',
    call: 'InitiateAuth',
    constraints: { ...signIn, authFlow: 'USER_SRP_AUTH', userInPool: false, preventUserExistenceErrors: true },
    sources: ['PreAuthentication_Authentication'],
  },
  { name: 'InitiateAuth REFRESH_TOKEN_AUTH', call: 'InitiateAuth', constraints: { ...signIn, authFlow: 'REFRESH_TOKEN_AUTH' }, sources: ['TokenGeneration_RefreshTokens'] },
  {
    name: 'AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH',
    call: 'AdminInitiateAuth',
    constraints: { ...signIn, authFlow: 'ADMIN_USER_PASSWORD_AUTH', mfa: 'SMS_MFA' },
    sources: ['PreAuthentication_Authentication', 'CustomMessage_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
    requests: ['AdminInitiateAuth', 'AdminRespondToAuthChallenge'],
    stepRequests: [0, 0, 1, 1],
  },
  { name: 'AdminInitiateAuth REFRESH_TOKEN_AUTH', call: 'AdminInitiateAuth', constraints: { ...signIn, authFlow: 'REFRESH_TOKEN_AUTH' }, sources: ['TokenGeneration_RefreshTokens'] },
  {
    name: 'RespondToAuthChallenge SMS_MFA',
    call: 'RespondToAuthChallenge',
    constraints: { ...signIn, challengeName: 'SMS_MFA' },
    sources: ['PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
  },
  {
    name: 'RespondToAuthChallenge NEW_PASSWORD_REQUIRED',
    call: 'RespondToAuthChallenge',
    constraints: { ...signIn, newPasswordRequired: undefined, challengeName: 'NEW_PASSWORD_REQUIRED' },
    sources: ['PostAuthentication_Authentication', 'TokenGeneration_NewPasswordChallenge'],
  },
  {
    name: 'RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER',
    call: 'RespondToAuthChallenge',
    constraints: { ...signIn, challengeName: 'DEVICE_PASSWORD_VERIFIER' },
    sources: ['PostAuthentication_Authentication', 'TokenGeneration_AuthenticateDevice'],
  },
  {
    name: 'RespondToAuthChallenge PASSWORD_VERIFIER for a user with SMS MFA sends the code',
    call: 'RespondToAuthChallenge',
    constraints: { ...signIn, challengeName: 'PASSWORD_VERIFIER', mfa: 'SMS_MFA' },
    sources: ['CustomMessage_Authentication'],
  },
  {
    name: 'RespondToAuthChallenge PASSWORD_VERIFIER for a user without MFA',
    call: 'RespondToAuthChallenge',
    constraints: { ...signIn, challengeName: 'PASSWORD_VERIFIER' },
    sources: ['PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
  },
  {
    name: 'RespondToAuthChallenge CUSTOM_CHALLENGE (the last answer)',
    call: 'RespondToAuthChallenge',
    constraints: { ...signIn, challengeName: 'CUSTOM_CHALLENGE' },
    sources: ['VerifyAuthChallengeResponse_Authentication', 'DefineAuthChallenge_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
  },
  {
    name: 'AdminRespondToAuthChallenge EMAIL_OTP',
    call: 'AdminRespondToAuthChallenge',
    constraints: { ...signIn, challengeName: 'EMAIL_OTP' },
    sources: ['PostAuthentication_Authentication', 'TokenGeneration_Authentication'],
    requests: ['AdminRespondToAuthChallenge'],
  },
  { name: 'GetTokensFromRefreshToken', call: 'GetTokensFromRefreshToken', constraints: { ...signIn }, sources: ['TokenGeneration_Authentication'] },
  {
    name: 'HostedUISignIn',
    call: 'HostedUISignIn',
    constraints: { ...signIn },
    sources: ['PreAuthentication_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_HostedAuth'],
    requests: ['ManagedLogin', 'TokenEndpointAuthorizationCode'],
    stepRequests: [0, 0, 1],
  },
  {
    name: 'HostedUISignIn migrates a user not in the pool',
    call: 'HostedUISignIn',
    constraints: { ...signIn, userInPool: false },
    sources: ['UserMigration_Authentication', 'PreAuthentication_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_HostedAuth'],
  },
  {
    name: 'FederatedFirstSignIn (inbound federation first: UNVERIFIED default)',
    call: 'FederatedFirstSignIn',
    constraints: { ...base },
    sources: ['InboundFederation_ExternalProvider', 'PreSignUp_ExternalProvider', 'PostConfirmation_ConfirmSignUp', 'TokenGeneration_HostedAuth'],
    requests: ['ManagedLogin', 'TokenEndpointAuthorizationCode'],
    stepRequests: [0, 0, 0, 1],
  },
  {
    name: 'FederatedFirstSignIn with inbound federation after pre sign-up',
    call: 'FederatedFirstSignIn',
    constraints: { ...base, unverified: { inboundFederationOrder: 'after-pre-sign-up' } },
    sources: ['PreSignUp_ExternalProvider', 'InboundFederation_ExternalProvider', 'PostConfirmation_ConfirmSignUp', 'TokenGeneration_HostedAuth'],
  },
  {
    name: 'FederatedFirstSignIn without an inbound federation trigger',
    call: 'FederatedFirstSignIn',
    constraints: { ...base, triggers: WITH_CUSTOM_MESSAGE.filter((t) => t !== 'InboundFederation') },
    sources: ['PreSignUp_ExternalProvider', 'PostConfirmation_ConfirmSignUp', 'TokenGeneration_HostedAuth'],
  },
  {
    name: 'FederatedSignIn',
    call: 'FederatedSignIn',
    constraints: { ...base },
    sources: ['InboundFederation_ExternalProvider', 'PreAuthentication_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_HostedAuth'],
  },
  { name: 'ClientCredentials with a V3_0 trigger', call: 'ClientCredentials', constraints: { ...base, preTokenVersion: 3 }, sources: ['TokenGeneration_ClientCredentials'] },
  { name: 'ClientCredentials with a V1_0 trigger fires nothing', call: 'ClientCredentials', constraints: { ...base, preTokenVersion: 1 }, sources: [] },
];

describe('step sequences (sheet §4.4)', () => {
  it.each(CASES)('$name', ({ call, constraints, sources: expected, requests, stepRequests }) => {
    check(
      apiCallArb(call, constraints),
      (s) => {
        expect(sources(s)).toEqual(expected);
        if (requests) expect(s.requests.map((q) => q.operation)).toEqual(requests);
        if (stepRequests) expect(s.steps.map((x) => x.request)).toEqual(stepRequests);
      },
      15,
    );
  });

  it('every call of the catalogue has at least one case here', () => {
    const covered = new Set(CASES.map((c) => c.call));
    expect(Object.keys(API_CALLS).filter((c) => !covered.has(c as ApiCallName))).toEqual([]);
  });

  it('a trigger the pool lacks never fires', () => {
    check(allApiCallsArb({ triggers: ['PreSignUp', 'PostAuthentication', 'CustomMessage'] }), (s) => {
      for (const step of s.steps) expect(['PreSignUp', 'PostAuthentication', 'CustomMessage']).toContain(step.trigger);
    });
  });

  it('custom message and a custom sender never both handle one message', () => {
    check(allApiCallsArb(), (s) => {
      const messages = s.steps.filter((x) => ['CustomMessage', 'CustomEmailSender', 'CustomSMSSender'].includes(x.trigger));
      const perRequest = new Map<number, number>();
      for (const m of messages) perRequest.set(m.request, (perRequest.get(m.request) ?? 0) + 1);
      for (const n of perRequest.values()) expect(n).toBe(1);
    });
  });

  it('generated steps follow the catalogue order of their call', () => {
    const positionOf = (spec: readonly StepSpec[], source: string): number[] =>
      spec.flatMap((x, i) => {
        if ('source' in x) return x.source === source ? [i] : [];
        if ('message' in x) return source.endsWith(`_${x.message}`) && ['CustomMessage', 'CustomEmailSender', 'CustomSMSSender'].includes(triggerOfSource(source as never)) ? [i] : [];
        return ['DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse'].includes(triggerOfSource(source as never)) ? [i] : [];
      });
    check(allApiCallsArb({ unverified: { adminResetUserPasswordMessage: 'ForgotPassword' } }), (s) => {
      const variant = (API_CALLS[s.call].variants as Record<string, ApiCallVariant>)[s.variant]!;
      let at = -1;
      for (const step of s.steps) {
        const candidates = positionOf(variant.steps, step.triggerSource).filter((i) => i >= at);
        expect(candidates.length, `${s.call} ${s.variant}: ${step.triggerSource} out of catalogue order`).toBeGreaterThan(0);
        at = candidates[0]!;
      }
    });
  });
});

/**
 * ClientMetadata routing (sheet §4.3): every step carries the map of the request that fired it
 * exactly where the routing table says, and nowhere else; the showcases pin the sheet's facts
 * one by one, written out here rather than read from the table.
 */
import { describe, expect, it } from 'vitest';
import { apiCallArb, allApiCallsArb, clientMetadataRoutingOf, type ApiCallScenario } from '../../src/scenarios/api-call-arb.js';
import { CLIENT_METADATA_ROUTING, clientMetadataRoute, emptyFormsOf, type ApiOperation, type LambdaTrigger } from '../../src/scenarios/api-calls.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { WITH_CUSTOM_MESSAGE, WITH_SENDERS, check, isMap, requestOf, sources } from './helpers.js';

const signIn = { triggers: WITH_CUSTOM_MESSAGE, userInPool: true, mfa: 'none', newPasswordRequired: false, withClientMetadata: true } as const;

/** The value a field holds when no map reaches it, per the sheet's observed forms. */
const emptyValue = (form: 'absent' | 'null' | 'empty' | undefined) => (form === 'null' ? null : form === 'empty' ? {} : undefined);

function assertRouting(s: ApiCallScenario): void {
  for (const step of s.steps) {
    const map = s.requests[step.request]!.clientMetadata;
    const request = requestOf(step);
    const routing = clientMetadataRoutingOf(step.operation, step.triggerSource, s.facts.unverified);
    expect(step.routing).toBe(routing);
    const forms = emptyFormsOf(step.triggerSource);
    const where = `${s.call}/${s.variant} ${step.triggerSource} (request ${step.request}, ${step.operation})`;
    // clientMetadata: the request's map iff routed there; otherwise Cognito's empty form.
    if (routing === 'clientMetadata' && map !== undefined) expect(request.clientMetadata, where).toEqual(map);
    else {
      expect(isMap(request.clientMetadata), where).toBe(false);
      expect(request.clientMetadata, where).toEqual(emptyValue(forms.clientMetadata));
      if (forms.clientMetadata !== 'null') expect('clientMetadata' in request, where).toBe(false);
    }
    // validationData: the request's map iff routed there; pre sign-up's own ValidationData; else empty.
    if (routing === 'validationData' && map !== undefined) expect(request.validationData, where).toEqual(map);
    else if (step.triggerSource === 'PreSignUp_SignUp' || step.triggerSource === 'PreSignUp_AdminCreateUser') expect(request.validationData, where).toEqual(s.validationData ?? null);
    else {
      expect(isMap(request.validationData), where).toBe(false);
      expect(request.validationData, where).toEqual(emptyValue(forms.validationData));
    }
  }
}

describe('ClientMetadata routing (sheet §4.3)', () => {
  it('every step carries its request’s map exactly where the routing table says, and nowhere else', () => {
    check(allApiCallsArb({ withClientMetadata: true }), assertRouting, 120);
  });

  it('holds with and without ClientMetadata, in both profiles and with the UNVERIFIED choices flipped', () => {
    check(allApiCallsArb(), assertRouting, 60);
    check(
      allApiCallsArb({
        unverified: { authorizationCodeClientMetadata: true, postConfirmationOnAutoConfirm: false, preAuthenticationOnCustomAuth: false, adminResetUserPasswordMessage: 'ResendCode' },
      }),
      assertRouting,
      60,
    );
  });

  it('withClientMetadata: false sends no map, and no event carries one', () => {
    check(allApiCallsArb({ withClientMetadata: false, withValidationData: false }), (s) => {
      expect(s.clientMetadata).toBeUndefined();
      for (const q of s.requests) expect(q.clientMetadata).toBeUndefined();
      for (const step of s.steps) {
        expect(isMap(requestOf(step).clientMetadata)).toBe(false);
        expect(isMap(requestOf(step).validationData)).toBe(false);
      }
    });
  });

  it('InitiateAuth ClientMetadata reaches PreAuthentication as validationData and never reaches PostAuthentication or pre token generation', () => {
    check(apiCallArb('InitiateAuth', { ...signIn, authFlow: 'USER_PASSWORD_AUTH' }), (s) => {
      expect(sources(s)).toEqual(['PreAuthentication_Authentication', 'PostAuthentication_Authentication', 'TokenGeneration_Authentication']);
      const [preAuth, postAuth, preToken] = s.steps.map(requestOf);
      expect(s.clientMetadata).toBeDefined();
      expect(preAuth!.validationData).toEqual(s.clientMetadata);
      expect(preAuth).not.toHaveProperty('clientMetadata');
      expect(postAuth).not.toHaveProperty('clientMetadata');
      expect(preToken).not.toHaveProperty('clientMetadata');
    });
  });

  it('RespondToAuthChallenge ClientMetadata reaches PostAuthentication and pre token generation as clientMetadata', () => {
    check(apiCallArb('InitiateAuth', { ...signIn, authFlow: 'USER_PASSWORD_AUTH', mfa: 'SOFTWARE_TOKEN_MFA' }), (s) => {
      const answer = s.requests[1]!;
      expect(answer.operation).toBe('RespondToAuthChallenge');
      const [preAuth, postAuth, preToken] = s.steps.map(requestOf);
      expect(preAuth!.validationData).toEqual(s.requests[0]!.clientMetadata);
      expect(postAuth!.clientMetadata).toEqual(answer.clientMetadata);
      expect(preToken!.clientMetadata).toEqual(answer.clientMetadata);
    });
  });

  it('migrate user gets InitiateAuth ClientMetadata as validationData but ForgotPassword’s as clientMetadata', () => {
    check(apiCallArb('InitiateAuth', { ...signIn, authFlow: 'USER_PASSWORD_AUTH', userInPool: false }), (s) => {
      const migrate = requestOf(s.steps[0]!);
      expect(s.steps[0]!.triggerSource).toBe('UserMigration_Authentication');
      expect(migrate.validationData).toEqual(s.clientMetadata);
      expect(migrate).not.toHaveProperty('clientMetadata');
      expect(typeof migrate.password).toBe('string');
    });
    check(apiCallArb('ForgotPassword', { triggers: WITH_CUSTOM_MESSAGE, userInPool: false, withClientMetadata: true }), (s) => {
      const migrate = requestOf(s.steps[0]!);
      expect(s.steps[0]!.triggerSource).toBe('UserMigration_ForgotPassword');
      expect(migrate.clientMetadata).toEqual(s.clientMetadata);
      expect(migrate.validationData).toBeNull();
      expect(migrate).not.toHaveProperty('password');
    });
  });

  it('without ClientMetadata, pre authentication gets validationData {} and migrate user null', () => {
    check(apiCallArb('InitiateAuth', { ...signIn, authFlow: 'USER_PASSWORD_AUTH', userInPool: false, withClientMetadata: false }), (s) => {
      expect(requestOf(s.steps[0]!).validationData).toBeNull();
      expect(requestOf(s.steps[1]!).validationData).toEqual({});
    });
  });

  it('SignUp: ClientMetadata to pre sign-up and the code message, ValidationData as pre sign-up validationData (null when not sent)', () => {
    check(apiCallArb('SignUp', { triggers: WITH_CUSTOM_MESSAGE, autoConfirm: false, withClientMetadata: true }), (s) => {
      const [preSignUp, message] = s.steps.map(requestOf);
      expect(preSignUp!.clientMetadata).toEqual(s.clientMetadata);
      expect(preSignUp!.validationData).toEqual(s.validationData ?? null);
      expect(message!.clientMetadata).toEqual(s.clientMetadata);
    });
    check(apiCallArb('SignUp', { withValidationData: false, withClientMetadata: false }), (s) => {
      expect(requestOf(s.steps[0]!).validationData).toBeNull();
      expect(requestOf(s.steps[0]!)).not.toHaveProperty('clientMetadata');
    });
  });

  it('AdminCreateUser ClientMetadata reaches pre sign-up but not the invitation', () => {
    for (const triggers of [WITH_CUSTOM_MESSAGE, WITH_SENDERS]) {
      check(apiCallArb('AdminCreateUser', { triggers, suppressMessage: false, withClientMetadata: true }), (s) => {
        const [preSignUp, invitation] = s.steps;
        expect(requestOf(preSignUp!).clientMetadata).toEqual(s.clientMetadata);
        expect(isMap(requestOf(invitation!).clientMetadata)).toBe(false);
      }, 15);
    }
  });

  it('the MFA code message gets AdminRespondToAuthChallenge’s ClientMetadata but not RespondToAuthChallenge’s', () => {
    const constraints = { triggers: WITH_CUSTOM_MESSAGE, userInPool: true, challengeName: 'PASSWORD_VERIFIER', mfa: 'SMS_MFA', withClientMetadata: true } as const;
    check(apiCallArb('RespondToAuthChallenge', constraints), (s) => {
      expect(sources(s)).toEqual(['CustomMessage_Authentication']);
      expect(requestOf(s.steps[0]!)).not.toHaveProperty('clientMetadata');
    }, 15);
    check(apiCallArb('AdminRespondToAuthChallenge', constraints), (s) => {
      expect(requestOf(s.steps[0]!).clientMetadata).toEqual(s.clientMetadata);
    }, 15);
  });

  it('the custom email sender gets clientMetadata only for sign-up, forgot-password and authentication codes (null otherwise)', () => {
    const email = { triggers: WITH_SENDERS, medium: 'email', userInPool: true, withClientMetadata: true } as const;
    check(apiCallArb('ResendConfirmationCode', email), (s) => {
      expect(s.steps[0]!.triggerSource).toBe('CustomEmailSender_ResendCode');
      expect(requestOf(s.steps[0]!).clientMetadata).toBeNull();
    }, 15);
    check(apiCallArb('ForgotPassword', email), (s) => {
      expect(s.steps[0]!.triggerSource).toBe('CustomEmailSender_ForgotPassword');
      expect(requestOf(s.steps[0]!).clientMetadata).toEqual(s.clientMetadata);
    }, 15);
  });

  it('REFRESH_TOKEN_AUTH passes no ClientMetadata to pre token generation; GetTokensFromRefreshToken does', () => {
    check(apiCallArb('InitiateAuth', { ...signIn, authFlow: 'REFRESH_TOKEN_AUTH' }), (s) => {
      expect(requestOf(s.steps[0]!)).not.toHaveProperty('clientMetadata');
    }, 15);
    check(apiCallArb('GetTokensFromRefreshToken', { ...signIn }), (s) => {
      expect(requestOf(s.steps[0]!).clientMetadata).toEqual(s.clientMetadata);
    }, 15);
  });

  it('managed login passes none; aws_client_metadata reaches client credentials (V3), and authorization_code only by the UNVERIFIED option', () => {
    check(apiCallArb('HostedUISignIn', { ...signIn }), (s) => {
      expect(s.requests[0]!.clientMetadata).toBeUndefined();
      expect(s.clientMetadata).toBe(s.requests[1]!.clientMetadata);
      expect(requestOf(s.steps[0]!).validationData).toEqual({});
      expect(requestOf(s.steps.at(-1)!)).not.toHaveProperty('clientMetadata');
    }, 15);
    check(apiCallArb('FederatedSignIn', { withClientMetadata: true, unverified: { authorizationCodeClientMetadata: true } }), (s) => {
      expect(requestOf(s.steps.at(-1)!).clientMetadata).toEqual(s.clientMetadata);
    }, 15);
    check(apiCallArb('ClientCredentials', { withClientMetadata: true }), (s) => {
      expect(requestOf(s.steps[0]!).clientMetadata).toEqual(s.clientMetadata);
    }, 15);
  });
});

describe('CLIENT_METADATA_ROUTING', () => {
  const row = (operation: ApiOperation, trigger: LambdaTrigger) => clientMetadataRoute(operation, trigger)?.routing;

  it('agrees with the sheet’s per-trigger table', () => {
    // Written from sheet §4.3 one row at a time.
    expect(row('SignUp', 'PreSignUp')).toBe('clientMetadata');
    expect(row('AdminCreateUser', 'PreSignUp')).toBe('clientMetadata');
    for (const op of ['ConfirmSignUp', 'AdminConfirmSignUp', 'ConfirmForgotPassword', 'SignUp'] as const) expect(row(op, 'PostConfirmation')).toBe('clientMetadata');
    expect(row('InitiateAuth', 'PreAuthentication')).toBe('validationData');
    expect(row('AdminInitiateAuth', 'PreAuthentication')).toBe('validationData');
    for (const op of ['RespondToAuthChallenge', 'AdminRespondToAuthChallenge'] as const) {
      for (const t of ['PostAuthentication', 'DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse', 'PreTokenGeneration', 'CustomEmailSender', 'CustomSMSSender'] as const) {
        expect(row(op, t)).toBe('clientMetadata');
      }
    }
    for (const op of ['InitiateAuth', 'AdminInitiateAuth'] as const) {
      for (const t of ['PostAuthentication', 'DefineAuthChallenge', 'CreateAuthChallenge', 'PreTokenGeneration', 'CustomMessage', 'CustomEmailSender', 'CustomSMSSender'] as const) {
        expect(row(op, t)).toBe('none');
      }
      expect(row(op, 'UserMigration')).toBe('validationData');
    }
    expect(row('ForgotPassword', 'UserMigration')).toBe('clientMetadata');
    for (const op of ['AdminResetUserPassword', 'AdminRespondToAuthChallenge', 'AdminUpdateUserAttributes', 'ForgotPassword', 'GetUserAttributeVerificationCode', 'ResendConfirmationCode', 'SignUp', 'UpdateUserAttributes'] as const) {
      expect(row(op, 'CustomMessage')).toBe('clientMetadata');
    }
    expect(row('RespondToAuthChallenge', 'CustomMessage')).toBe('none');
    expect(row('AdminCreateUser', 'CustomMessage')).toBe('none');
    expect(row('TokenEndpointClientCredentials', 'PreTokenGeneration')).toBe('clientMetadata');
    expect(row('GetTokensFromRefreshToken', 'PreTokenGeneration')).toBe('clientMetadata');
  });

  it('marks the doubtful claims and never generates them', () => {
    const doubtful = CLIENT_METADATA_ROUTING.filter((r) => r.evidence === 'doubtful').map((r) => `${r.operation}→${r.trigger}`);
    expect(doubtful.sort()).toEqual(
      ['AdminInitiateAuth→PreSignUp', 'AdminRespondToAuthChallenge→PreSignUp', 'AdminRespondToAuthChallenge→UserMigration', 'ForgotPassword→PreSignUp', 'InitiateAuth→PreSignUp'].sort(),
    );
    check(allApiCallsArb(), (s) => {
      for (const step of s.steps) expect(clientMetadataRoute(step.operation, step.trigger)?.evidence).not.toBe('doubtful');
    });
  });

  it('has one row per operation and trigger', () => {
    const keys = CLIENT_METADATA_ROUTING.map((r) => `${r.operation}→${r.trigger}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('clientMetadataRoutingOf refuses an operation that never fires the trigger', () => {
    expect(() => clientMetadataRoutingOf('SignUp', 'PostAuthentication_Authentication')).toThrow(KitUsageError);
    expect(clientMetadataRoutingOf('SignUp', 'CustomEmailSender_SignUp')).toBe('clientMetadata');
    expect(clientMetadataRoutingOf('ResendConfirmationCode', 'CustomEmailSender_ResendCode')).toBe('none');
    expect(clientMetadataRoutingOf('TokenEndpointAuthorizationCode', 'TokenGeneration_HostedAuth')).toBe('none');
    expect(clientMetadataRoutingOf('TokenEndpointAuthorizationCode', 'TokenGeneration_HostedAuth', { authorizationCodeClientMetadata: true })).toBe('clientMetadata');
  });
});

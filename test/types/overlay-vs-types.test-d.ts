/**
 * The overlay against @types/aws-lambda 8.10.164: which directions hold, which must not, and why.
 *
 * Every `@ts-expect-error` below names the deviation of the contract sheet it demonstrates, and
 * sits next to a control value that differs only in that field and does compile, so the expected
 * error cannot come from anything else. The sample events are in samples.ts; samples.test.ts
 * proves at runtime that the kit's schemas accept them (and reject what the overlay rejects).
 */
import type * as DT from 'aws-lambda';
import { describe, expectTypeOf, test } from 'vitest';
import type * as O from '../../src/schemas.js';
import type { SlugEventMap } from '../../src/types.js';
import type { Assignable, Variant, WithVersion } from './helpers.js';
import {
  customEmailForgotPassword,
  customMessageSignUp,
  defineAfterEmailOtp,
  defineAfterSrp,
  defineAnswered,
  defineNullMetadataOnly,
  defineNullResponseOnly,
  migrateAuthenticationAnswered,
  migrateAuthenticationWithMediums,
  migrateForgotPassword,
  postAuthNoDeviceFlag,
  preSignUpNoValidation,
  preSignUpNullValidation,
  preTokenV1Answered,
  preTokenV1NoGroups,
  v2ComplexClaimsResponse,
  v2StringClaimsResponse,
  v3ClientCredentials,
  v3UserFlow,
} from './samples.js';

type Slug = O.TriggerSlug;
type Sources<S extends Slug> = O.SourcesOf<S>;
type DtOf<S extends Slug, Src extends string> = Variant<SlugEventMap[S], Src>;
type OvOf<S extends Slug, Src extends string> = Variant<O.OverlaySlugEventMap[S], Src>;
/** True when the check holds for every source of the slug. */
type Every<T> = false extends T[keyof T] ? false : true;

/** @types → overlay, per part, for every source of every slug. */
type DtToOverlay = {
  [S in Slug]: {
    request: Every<{ [Src in Sources<S>]: Assignable<DtOf<S, Src>['request'], OvOf<S, Src>['request']> }>;
    response: Every<{ [Src in Sources<S>]: Assignable<DtOf<S, Src>['response'], OvOf<S, Src>['response']> }>;
    /** The whole event, once @types' `version: string` is pinned to the overlay's literal. */
    event: Every<{ [Src in Sources<S>]: Assignable<WithVersion<DtOf<S, Src>, OvOf<S, Src>['version']>, OvOf<S, Src>> }>;
  };
};

/** Overlay → @types, per part. */
type OverlayToDt = {
  [S in Slug]: {
    request: Every<{ [Src in Sources<S>]: Assignable<OvOf<S, Src>['request'], DtOf<S, Src>['request']> }>;
    response: Every<{ [Src in Sources<S>]: Assignable<OvOf<S, Src>['response'], DtOf<S, Src>['response']> }>;
    event: Every<{ [Src in Sources<S>]: Assignable<OvOf<S, Src>, DtOf<S, Src>> }>;
  };
};

describe('@types/aws-lambda → overlay (a handler typed with the overlay accepts what @types describes)', () => {
  test('holds for every part except where the kit is deliberately stricter', () => {
    expectTypeOf<DtToOverlay>().toEqualTypeOf<{
      'pre-signup': { request: true; response: true; event: true };
      'post-confirmation': { request: true; response: true; event: true };
      'pre-authentication': { request: true; response: true; event: true };
      'post-authentication': { request: true; response: true; event: true };
      // response.challengeName: @types allows any string; Cognito answers "Unrecognizable lambda output" (sheet §3.5).
      'define-auth-challenge': { request: true; response: false; event: false };
      // request.challengeName: @types says string; it is one of Cognito's challenge names (sheet §3.5).
      'create-auth-challenge': { request: false; response: true; event: false };
      'verify-auth-challenge-response': { request: true; response: true; event: true };
      'pre-token-generation': { request: true; response: true; event: true };
      'pre-token-generation-v2': { request: true; response: true; event: true };
      'pre-token-generation-v3': { request: true; response: true; event: true };
      // response.finalUserStatus: @types allows all 7 user statuses; only CONFIRMED | RESET_REQUIRED mean anything (sheet §3.7).
      'user-migration': { request: true; response: false; event: false };
      'custom-message': { request: true; response: true; event: true };
      // request.type is a fixed literal, @types says string; and there is no response key, @types says {} (sheet §3.9).
      'custom-email-sender': { request: false; response: false; event: false };
      'custom-sms-sender': { request: false; response: false; event: false };
      'inbound-federation': { request: true; response: true; event: true };
    }>();
  });

  test('the @types V3 client-credentials event is an overlay V3 event as it stands (version "3" included)', () => {
    expectTypeOf<DT.PreTokenGenerationClientCredentialsV3TriggerEvent>().toExtend<O.PreTokenGenerationV3TriggerEvent>();
    expectTypeOf<DT.PreTokenGenerationV3TriggerEvent>().toExtend<O.OverlayEventFor<'TokenGeneration_ClientCredentials'>>();
  });

  test('without pinning the version, no @types V1 event is an overlay event: @types says any string (sheet §1.1)', () => {
    expectTypeOf<DT.PreSignUpTriggerEvent>().not.toExtend<O.PreSignUpTriggerEvent>();
    expectTypeOf<WithVersion<DT.PreSignUpTriggerEvent, '1'>>().toExtend<O.PreSignUpTriggerEvent>();
  });
});

describe('overlay → @types/aws-lambda (what Cognito sends does not fit @types)', () => {
  test('fails for every event; the parts that do hold are listed', () => {
    expectTypeOf<OverlayToDt>().toEqualTypeOf<{
      // validationData / clientMetadata null (sheet §4.3); response flags optional (kit tolerance).
      'pre-signup': { request: false; response: false; event: false };
      // clientMetadata null (sheet §4.3).
      'post-confirmation': { request: false; response: true; event: false };
      'pre-authentication': { request: false; response: true; event: false };
      // newDeviceUsed optional (sheet §3.4).
      'post-authentication': { request: false; response: true; event: false };
      // session challengeMetadata null and challenge names @types lacks; response pre-filled null (sheet §1.4, §3.5).
      'define-auth-challenge': { request: false; response: false; event: false };
      'create-auth-challenge': { request: false; response: false; event: false };
      // privateChallengeParameters null (UNVERIFIED); answerCorrect null (sheet §1.4).
      'verify-auth-challenge-response': { request: false; response: false; event: false };
      // preferredRole null; claimsOverrideDetails null (sheet §1.4, §3.6).
      'pre-token-generation': { request: false; response: false; event: false };
      // JSON claim values (sheet §3.6).
      'pre-token-generation-v2': { request: false; response: false; event: false };
      'pre-token-generation-v3': { request: false; response: false; event: false };
      // password absent on ForgotPassword; response nulls; optional delivery mediums (sheet §3.7).
      'user-migration': { request: false; response: false; event: false };
      // linkParameter / usernameParameter optional; response fields optional (sheet §3.8).
      'custom-message': { request: false; response: false; event: false };
      // no response key; clientMetadata null (sheet §3.9).
      'custom-email-sender': { request: false; response: false; event: false };
      'custom-sms-sender': { request: false; response: false; event: false };
      // Only the envelope (awsSdkVersion) and the optional userAttributesToMap differ.
      'inbound-federation': { request: true; response: false; event: false };
    }>();
  });

  test('the envelope alone already differs: awsSdkVersion may be missing (sheet §1.1, DISAGREE awsSdk)', () => {
    const noSdk = { ...preSignUpNoValidation, callerContext: { clientId: '3vhuvd93e78a25rbpu1voha2ik' } } satisfies O.PreSignUpTriggerEvent;
    const withSdk = { ...noSdk, callerContext: { ...noSdk.callerContext, awsSdkVersion: 'aws-sdk-unknown-unknown' } };
    const _ok: DT.PreSignUpTriggerEvent = withSdk;
    // @ts-expect-error sheet §1.1: @types requires callerContext.awsSdkVersion; the kit accepts events without it
    const _bad: DT.PreSignUpTriggerEvent = noSdk;
  });
});

describe('custom auth challenge (sheet §1.4, §3.5)', () => {
  test('a real Define event after SRP_A fits the overlay but not @types', () => {
    expectTypeOf(defineAfterSrp).toExtend<O.DefineAuthChallengeTriggerEvent>();
    expectTypeOf(defineAfterSrp).not.toExtend<DT.DefineAuthChallengeTriggerEvent>();
    // Control: the same event answered and without the null metadata is a valid @types event.
    const _control: DT.DefineAuthChallengeTriggerEvent = defineAnswered;
    // @ts-expect-error sheet §3.5: challengeMetadata is null on a non-custom session entry; @types says undefined
    const _nullMetadata: DT.DefineAuthChallengeTriggerEvent = defineNullMetadataOnly;
    // @ts-expect-error sheet §1.4: Cognito pre-fills issueTokens/failAuthentication with null; @types says boolean
    const _nullResponse: DT.DefineAuthChallengeTriggerEvent = defineNullResponseOnly;
    // @ts-expect-error sheet §3.5: the @types ChallengeName union lacks EMAIL_OTP
    const _emailOtp: DT.DefineAuthChallengeTriggerEvent = defineAfterEmailOtp;
  });

  test('challenge names: @types lacks EMAIL_OTP, SOFTWARE_TOKEN_MFA and NEW_PASSWORD_REQUIRED; the overlay has them', () => {
    type Missing = 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA' | 'NEW_PASSWORD_REQUIRED';
    type DtNames = DT.DefineAuthChallengeTriggerEvent['request']['session'][number]['challengeName'];
    expectTypeOf<Extract<DtNames, Missing>>().toBeNever();
    expectTypeOf<Missing>().toExtend<O.SessionChallengeResult['challengeName']>();
    expectTypeOf<DtNames>().toExtend<O.SessionChallengeResult['challengeName']>();
  });

  test('Define response challengeName: any string in @types, a known challenge in the overlay', () => {
    const unknownName: DT.DefineAuthChallengeTriggerEvent['response'] = { challengeName: 'MAGIC_LINK', issueTokens: false, failAuthentication: false };
    const knownName = { challengeName: 'CUSTOM_CHALLENGE' as const, issueTokens: false, failAuthentication: false };
    const _dtKnown: DT.DefineAuthChallengeTriggerEvent['response'] = knownName;
    const _ok: O.DefineAuthChallengeTriggerEvent['response'] = knownName;
    // @ts-expect-error sheet §3.5: Cognito rejects an unknown challenge name ("Unrecognizable lambda output"); @types allows any string
    const _bad: O.DefineAuthChallengeTriggerEvent['response'] = unknownName;
  });

  test('Create response pre-filled with null, and Verify answerCorrect null (sheet §1.4)', () => {
    const createNull = { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null } satisfies O.CreateAuthChallengeTriggerEvent['response'];
    const createSet = { publicChallengeParameters: {}, privateChallengeParameters: { answer: '5' }, challengeMetadata: 'QUIZ' } satisfies O.CreateAuthChallengeTriggerEvent['response'];
    const _dtCreate: DT.CreateAuthChallengeTriggerEvent['response'] = createSet;
    // @ts-expect-error sheet §1.4: Create's response arrives with all three fields null; @types requires values
    const _dtCreateNull: DT.CreateAuthChallengeTriggerEvent['response'] = createNull;
    const verifyNull = { answerCorrect: null } satisfies O.VerifyAuthChallengeResponseTriggerEvent['response'];
    const verifySet = { answerCorrect: true } satisfies O.VerifyAuthChallengeResponseTriggerEvent['response'];
    const _dtVerify: DT.VerifyAuthChallengeResponseTriggerEvent['response'] = verifySet;
    // @ts-expect-error sheet §1.4: answerCorrect arrives as null; @types says boolean
    const _dtVerifyNull: DT.VerifyAuthChallengeResponseTriggerEvent['response'] = verifyNull;
  });

  test('Create request challengeName: any string in @types, a challenge name in the overlay', () => {
    expectTypeOf<DT.CreateAuthChallengeTriggerEvent['request']['challengeName']>().toEqualTypeOf<string>();
    expectTypeOf<string>().not.toExtend<O.CreateAuthChallengeTriggerEvent['request']['challengeName']>();
    expectTypeOf<'CUSTOM_CHALLENGE'>().toExtend<O.CreateAuthChallengeTriggerEvent['request']['challengeName']>();
  });
});

describe('validationData and clientMetadata may be null (sheet §3.1, §3.9, §4.3)', () => {
  test('pre sign-up with validationData null', () => {
    const _control: DT.PreSignUpTriggerEvent = preSignUpNoValidation;
    // @ts-expect-error sheet §3.1/§4.3: validationData is null when SignUp sent none; @types says StringMap | undefined
    const _bad: DT.PreSignUpTriggerEvent = preSignUpNullValidation;
  });

  test('custom email sender with clientMetadata null, and without a response key', () => {
    const withResponse = { ...customEmailForgotPassword, response: {} };
    const control = { ...withResponse, request: { ...withResponse.request, clientMetadata: { source: 'web' } } };
    const _ok: DT.CustomEmailSenderTriggerEvent = control;
    // @ts-expect-error sheet §3.9: clientMetadata is null when none was sent; @types says StringMap | undefined
    const _nullMetadata: DT.CustomEmailSenderTriggerEvent = withResponse;
    // @ts-expect-error sheet §3.9: custom sender events have no response key; @types requires response: {}
    const _real: DT.CustomEmailSenderTriggerEvent = customEmailForgotPassword;
    // And the other way: an event carrying a response is not a custom sender event.
    // @ts-expect-error sheet §3.9: Cognito sends no response key to a custom sender
    const _withResponseOverlay: O.CustomEmailSenderTriggerEvent = withResponse;
  });

  test('custom sender request.type is a literal: the Powertools SMS fixture bug is caught (sheet §3.9, §5)', () => {
    const buggy: DT.CustomSMSSenderTriggerEvent['request'] = { type: 'customEmailSenderRequestV1', code: 'AYAD', userAttributes: {} };
    const right = { type: 'customSMSSenderRequestV1', code: 'AYAD', userAttributes: {} } satisfies O.CustomSMSSenderTriggerEvent['request'];
    const _ok: DT.CustomSMSSenderTriggerEvent['request'] = right;
    // @ts-expect-error sheet §3.9: type is always "customSMSSenderRequestV1" for SMS; @types allows any string
    const _bad: O.CustomSMSSenderTriggerEvent['request'] = buggy;
  });
});

describe('pre token generation (sheet §1.4, §3.6)', () => {
  test('preferredRole null and claimsOverrideDetails null (V1)', () => {
    const _control: DT.PreTokenGenerationTriggerEvent = preTokenV1Answered;
    const nullRole = {
      ...preTokenV1Answered,
      request: { ...preTokenV1Answered.request, groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null } },
    } satisfies O.PreTokenGenerationTriggerEvent;
    const nullResponse = { ...preTokenV1Answered, response: preTokenV1NoGroups.response } satisfies O.PreTokenGenerationTriggerEvent;
    // @ts-expect-error sheet §3.6: preferredRole is null for a user without groups; @types says string | undefined
    const _bad1: DT.PreTokenGenerationTriggerEvent = nullRole;
    // @ts-expect-error sheet §1.4: the V1 response arrives as { claimsOverrideDetails: null }; @types says an object
    const _bad2: DT.PreTokenGenerationTriggerEvent = nullResponse;
  });

  test('a V2 numeric claim fits the overlay response but not @types', () => {
    expectTypeOf(v2ComplexClaimsResponse).toExtend<O.PreTokenGenerationV2TriggerEvent['response']>();
    const _control: DT.PreTokenGenerationV2TriggerEvent['response'] = v2StringClaimsResponse;
    // @ts-expect-error sheet §3.6: V2/V3 claims may be numbers, booleans, arrays, objects; @types says strings only
    const _bad: DT.PreTokenGenerationV2TriggerEvent['response'] = v2ComplexClaimsResponse;
  });

  test('the four simple ID-token claims stay strings in the overlay too', () => {
    const simple = { email_verified: 'true', tier: 3 } satisfies O.IdTokenClaims;
    const complex = { email_verified: true, tier: 3 };
    // @ts-expect-error sheet §3.6: email_verified (and phone_number_verified, updated_at, address) cannot be complex in the ID token
    const _bad: O.IdTokenClaims = complex;
    const _access: O.AccessTokenGeneration = { claimsToAddOrOverride: complex };
    expectTypeOf(simple).toExtend<O.IdTokenClaims>();
  });

  test('V3 user-flow events: the overlay has them, @types V3 does not (sheet §3.6, DISAGREE)', () => {
    expectTypeOf(v3UserFlow).toExtend<O.PreTokenGenerationV3TriggerEvent>();
    expectTypeOf<O.PreTokenGenerationV3TriggerEvent['triggerSource']>().toEqualTypeOf<O.SourcesOf<'pre-token-generation-v3'>>();
    expectTypeOf<DT.PreTokenGenerationV3TriggerEvent['triggerSource']>().toEqualTypeOf<'TokenGeneration_ClientCredentials'>();
    // @ts-expect-error sheet §3.6: a V3_0 trigger also receives user-flow events; @types models V3 as client credentials only
    const _bad: DT.PreTokenGenerationV3TriggerEvent = v3UserFlow;
  });

  test('V3 version: "3" (UNVERIFIED) and "2" accepted by the overlay; @types says "3" only', () => {
    expectTypeOf<O.PreTokenGenerationV3TriggerEvent['version']>().toEqualTypeOf<'3' | '2'>();
    expectTypeOf<DT.PreTokenGenerationV3TriggerEvent['version']>().toEqualTypeOf<'3'>();
  });

  test('V3 client credentials with userName null (UNVERIFIED shape the kit generates)', () => {
    const control = {
      ...v3ClientCredentials,
      userName: 'm2m',
      request: { ...v3ClientCredentials.request, groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [] } },
      response: { claimsAndScopeOverrideDetails: {} },
    };
    const _ok: DT.PreTokenGenerationV3TriggerEvent = control;
    const nullName = { ...control, userName: null };
    // @ts-expect-error sheet §3.6/§7: a client-credentials event has no user; @types requires userName: string
    const _bad: DT.PreTokenGenerationV3TriggerEvent = nullName;
    const _overlayOk: O.PreTokenGenerationV3TriggerEvent = nullName;
  });
});

describe('migrate user (sheet §3.7)', () => {
  test('desiredDeliveryMediums is optional', () => {
    const _control: DT.UserMigrationTriggerEvent = migrateAuthenticationWithMediums;
    // @ts-expect-error sheet §3.7: desiredDeliveryMediums is optional (unset means SMS); @types requires it
    const _bad: DT.UserMigrationTriggerEvent = migrateAuthenticationAnswered;
  });

  test('ForgotPassword has no password; a real ForgotPassword event does not fit @types', () => {
    expectTypeOf<Variant<O.UserMigrationTriggerEvent, 'UserMigration_ForgotPassword'>['request']>().not.toHaveProperty('password');
    expectTypeOf<Variant<O.UserMigrationTriggerEvent, 'UserMigration_Authentication'>['request']['password']>().toEqualTypeOf<string>();
    const withPassword = { ...migrateAuthenticationWithMediums, triggerSource: 'UserMigration_ForgotPassword' as const };
    const _control: DT.UserMigrationTriggerEvent = withPassword;
    const noPassword = { ...withPassword, request: {} };
    // @ts-expect-error sheet §3.7: Cognito never sends a password for UserMigration_ForgotPassword; @types requires one
    const _bad: DT.UserMigrationTriggerEvent = noPassword;
    // @ts-expect-error sheet §3.7, §1.4: the real event has no password, validationData/userAttributes null and a null response
    const _real: DT.UserMigrationTriggerEvent = migrateForgotPassword;
  });

  test('request.userAttributes (null in a capture) exists only in the overlay', () => {
    expectTypeOf<DT.UserMigrationTriggerEvent['request']>().not.toHaveProperty('userAttributes');
    expectTypeOf<null>().toExtend<O.UserMigrationTriggerEvent['request']['userAttributes']>();
  });

  test('finalUserStatus is CONFIRMED | RESET_REQUIRED only', () => {
    type Status = NonNullable<O.UserMigrationTriggerEvent['response']['finalUserStatus']>;
    expectTypeOf<Status>().toEqualTypeOf<'CONFIRMED' | 'RESET_REQUIRED'>();
    const dtResponse: DT.UserMigrationTriggerEvent['response'] = { userAttributes: {}, finalUserStatus: 'UNCONFIRMED', desiredDeliveryMediums: [] };
    // @ts-expect-error sheet §3.7: any finalUserStatus but CONFIRMED means RESET_REQUIRED; @types allows all seven statuses
    const _bad: O.UserMigrationTriggerEvent['response'] = dtResponse;
  });
});

describe('other triggers', () => {
  test('post authentication without newDeviceUsed (sheet §3.4)', () => {
    const control = { ...postAuthNoDeviceFlag, request: { ...postAuthNoDeviceFlag.request, newDeviceUsed: false } };
    const _ok: DT.PostAuthenticationTriggerEvent = control;
    // @ts-expect-error sheet §3.4: newDeviceUsed is set only when the pool remembers devices; @types requires it
    const _bad: DT.PostAuthenticationTriggerEvent = postAuthNoDeviceFlag;
  });

  test('custom message: a real event fits both; linkParameter null only the overlay (sheet §3.8)', () => {
    const _real: DT.CustomMessageTriggerEvent = customMessageSignUp;
    const nullLink = { ...customMessageSignUp, request: { ...customMessageSignUp.request, linkParameter: null } } satisfies O.CustomMessageTriggerEvent;
    // @ts-expect-error sheet §3.8, §5: the kit also accepts linkParameter null (Powertools does); @types requires a string
    const _bad: DT.CustomMessageTriggerEvent = nullLink;
  });

  test('inbound federation: a response without userAttributesToMap', () => {
    const event = {
      version: '1',
      triggerSource: 'InboundFederation_ExternalProvider',
      region: 'us-east-1',
      userPoolId: 'us-east-1_AbCdEfGhI',
      userName: 'Google_110348861498301234567',
      callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' },
      request: { providerName: 'Google', providerType: 'Google', attributes: { idToken: { sub: '110348861498301234567' } } },
      response: {},
    } satisfies O.InboundFederationTriggerEvent;
    const _ok: DT.InboundFederationTriggerEvent = { ...event, response: { userAttributesToMap: {} } };
    // @ts-expect-error sheet §3.10: the kit tolerates a missing userAttributesToMap ({} keeps every attribute); @types requires it
    const _bad: DT.InboundFederationTriggerEvent = event;
  });

  test('the deprecated CognitoUserPoolTriggerEvent types version as a number (sheet §1.1, DISAGREE)', () => {
    const numeric = { ...preSignUpNoValidation, version: 1 };
    const _legacy: DT.CognitoUserPoolTriggerEvent = numeric;
    // @ts-expect-error sheet §1.1: real events send version "1", a string; the deprecated @types interface says number
    const _real: DT.CognitoUserPoolTriggerEvent = preSignUpNoValidation;
    const _overlay: O.CognitoUserPoolTriggerEvent = preSignUpNoValidation;
    // @ts-expect-error sheet §1.1: a numeric version is not what Cognito sends
    const _overlayNumeric: O.CognitoUserPoolTriggerEvent = numeric;
  });
});

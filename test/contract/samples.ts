/**
 * One minimal, realistic, valid event per trigger slug (and a few per-source variants), written by
 * hand on the model of the real captures in `../shared/real-events/`: pre-filled responses as
 * Cognito sends them (sheet §1.4), `challengeMetadata: null` on non-custom session entries, string
 * attribute values, ids in real formats. The contract tests mutate copies of these; they must pass
 * `validateEvent` with no error and no realism warning.
 */
import type { TriggerSlug } from '../../src/triggers/registry.js';

export type JsonObject = Record<string, unknown>;

const POOL = 'eu-west-1_Q7hTz3kLm';
const CLIENT = '4f1oq3mh2c8b7a5kd9e6n0pr2s';
const SUB = '26e2d294-80b1-709e-51e1-27beb70d3cee';
const SDK = 'aws-sdk-unknown-unknown';

function envelope(version: '1' | '2' | '3', triggerSource: string, userName: string | null = SUB, clientId = CLIENT): JsonObject {
  return {
    version,
    triggerSource,
    region: 'eu-west-1',
    userPoolId: POOL,
    userName,
    callerContext: { awsSdkVersion: SDK, clientId },
  };
}

const existingUser = {
  sub: SUB,
  'cognito:user_status': 'CONFIRMED',
  email_verified: 'true',
  email: 'jane@example.com',
};

const groups = {
  groupsToOverride: ['eu-west-1_Q7hTz3kLm_Google', 'admins'],
  iamRolesToOverride: ['arn:aws:iam::123456789012:role/admins'],
  preferredRole: 'arn:aws:iam::123456789012:role/admins',
};

/** Base events, keyed by `<slug>` or `<slug>/<variant>`. */
const SAMPLE_EVENTS = {
  'pre-signup': {
    ...envelope('1', 'PreSignUp_SignUp', 'jane'),
    request: { userAttributes: { email: 'jane@example.com', name: 'Jane Doe' }, validationData: null },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  },
  'post-confirmation': {
    ...envelope('1', 'PostConfirmation_ConfirmSignUp'),
    request: { userAttributes: existingUser },
    response: {},
  },
  'pre-authentication': {
    ...envelope('1', 'PreAuthentication_Authentication'),
    request: { userAttributes: existingUser, validationData: {} },
    response: {},
  },
  'post-authentication': {
    ...envelope('1', 'PostAuthentication_Authentication'),
    request: { userAttributes: existingUser, newDeviceUsed: false },
    response: {},
  },
  'define-auth-challenge': {
    ...envelope('1', 'DefineAuthChallenge_Authentication'),
    request: {
      userAttributes: existingUser,
      session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'EMAIL_OTP' }],
      clientMetadata: { locale: 'en' },
      userNotFound: false,
    },
    response: { challengeName: null, issueTokens: null, failAuthentication: null },
  },
  'create-auth-challenge': {
    ...envelope('1', 'CreateAuthChallenge_Authentication'),
    request: {
      userAttributes: existingUser,
      challengeName: 'CUSTOM_CHALLENGE',
      session: [{ challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }],
      userNotFound: false,
    },
    response: { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
  },
  'verify-auth-challenge-response': {
    ...envelope('1', 'VerifyAuthChallengeResponse_Authentication'),
    request: {
      userAttributes: existingUser,
      privateChallengeParameters: { answer: '482913' },
      challengeAnswer: '482913',
      userNotFound: false,
    },
    response: { answerCorrect: null },
  },
  'pre-token-generation': {
    ...envelope('1', 'TokenGeneration_HostedAuth'),
    request: { userAttributes: existingUser, groupConfiguration: groups },
    response: { claimsOverrideDetails: null },
  },
  'pre-token-generation-v2': {
    ...envelope('2', 'TokenGeneration_Authentication'),
    request: {
      userAttributes: existingUser,
      groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
      scopes: ['aws.cognito.signin.user.admin'],
    },
    response: { claimsAndScopeOverrideDetails: null },
  },
  'pre-token-generation-v3': {
    ...envelope('3', 'TokenGeneration_RefreshTokens'),
    request: {
      userAttributes: existingUser,
      groupConfiguration: groups,
      scopes: ['openid', 'email', 'orders/read'],
    },
    response: { claimsAndScopeOverrideDetails: null },
  },
  // UNVERIFIED (sheet §3.6, §7): no capture of a client-credentials event exists.
  'pre-token-generation-v3/client-credentials': {
    ...envelope('3', 'TokenGeneration_ClientCredentials', null),
    request: {
      userAttributes: {},
      groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
      scopes: ['orders/read'],
    },
    response: { claimsAndScopeOverrideDetails: null },
  },
  'user-migration': {
    ...envelope('1', 'UserMigration_Authentication', 'jane@example.com'),
    request: { password: 'c0rrect-Horse', validationData: null, userAttributes: null },
    response: { userAttributes: null, forceAliasCreation: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null },
  },
  'user-migration/forgot-password': {
    ...envelope('1', 'UserMigration_ForgotPassword', 'jane@example.com'),
    request: { validationData: null, userAttributes: null },
    response: { userAttributes: null, forceAliasCreation: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null },
  },
  'custom-message': {
    ...envelope('1', 'CustomMessage_SignUp'),
    request: {
      userAttributes: { ...existingUser, 'cognito:user_status': 'UNCONFIRMED', email_verified: 'false' },
      codeParameter: '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: null,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  },
  'custom-message/admin-create-user': {
    ...envelope('1', 'CustomMessage_AdminCreateUser', 'jane', 'CLIENT_ID_NOT_APPLICABLE'),
    request: {
      userAttributes: { ...existingUser, 'cognito:user_status': 'FORCE_CHANGE_PASSWORD' },
      codeParameter: '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: '{username}',
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  },
  'custom-email-sender': {
    ...envelope('1', 'CustomEmailSender_ForgotPassword', SUB, CLIENT),
    request: {
      type: 'customEmailSenderRequestV1',
      code: 'AYADeILxywKhhaq8Ys4mh0aHutYAgQACABVhd3MtY3J5cHRvLXB1YmxpYy1rZXkAREE5',
      clientMetadata: null,
      userAttributes: existingUser,
    },
  },
  'custom-sms-sender': {
    ...envelope('1', 'CustomSMSSender_SignUp'),
    request: {
      type: 'customSMSSenderRequestV1',
      code: 'AYADeD0bQJ1rkwVq2lA6RkxwNKQAgQACABVhd3MtY3J5cHRvLXB1YmxpYy1rZXkAREF6',
      clientMetadata: null,
      userAttributes: { sub: SUB, 'cognito:user_status': 'UNCONFIRMED', phone_number_verified: 'false', phone_number: '+15555550100' },
    },
  },
  'inbound-federation': {
    ...envelope('1', 'InboundFederation_ExternalProvider', 'Google_110348861498301234567'),
    request: {
      providerName: 'Google',
      providerType: 'Google',
      attributes: {
        tokenResponse: { access_token: 'ya29.a0AfB_byC', token_type: 'Bearer', expires_in: '3599', scope: 'openid email profile' },
        idToken: { sub: '110348861498301234567', email: 'jane@example.com', email_verified: 'true', iss: 'https://accounts.google.com' },
        userInfo: { email: 'jane@example.com', name: 'Jane Doe' },
      },
    },
    response: { userAttributesToMap: {} },
  },
} satisfies Record<string, JsonObject>;

export type SampleName = keyof typeof SAMPLE_EVENTS;

/** Every sample name, slugs first. */
export const SAMPLE_NAMES = Object.keys(SAMPLE_EVENTS) as SampleName[];

/** The trigger slug a sample belongs to. */
export function sampleSlug(name: SampleName): TriggerSlug {
  return name.split('/')[0] as TriggerSlug;
}

/** A fresh deep copy of a sample event. */
export function sample(name: SampleName): JsonObject {
  return structuredClone(SAMPLE_EVENTS[name]) as JsonObject;
}

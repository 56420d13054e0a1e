/**
 * Events shaped like the real ones in /work/shared/real-events (same keys, nulls and JSON types;
 * personal data replaced), each checked against its overlay type with `satisfies` so the literal
 * types survive for the @types comparisons in overlay-vs-types.test-d.ts. samples.test.ts parses
 * every one of them with the kit's input schema at runtime, so the type tests are about events the
 * kit really accepts.
 */
import type {
  CognitoUserPoolTriggerEvent,
  CustomEmailSenderTriggerEvent,
  CustomMessageTriggerEvent,
  DefineAuthChallengeTriggerEvent,
  PostAuthenticationTriggerEvent,
  PreSignUpTriggerEvent,
  PreTokenGenerationTriggerEvent,
  PreTokenGenerationV2TriggerEvent,
  PreTokenGenerationV3TriggerEvent,
  UserMigrationTriggerEvent,
} from '../../src/schemas.js';

const caller = { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' };

/** Define after an SRP_A round (github-captured-defineauthchallenge-after-srp-a): metadata and response null. */
export const defineAfterSrp = {
  version: '1',
  region: 'us-east-1',
  userPoolId: 'us-east-1_WSiWKrxdj',
  userName: '0ab28e1c-a2d9-457f-9514-96eed83f4dd4',
  callerContext: { awsSdkVersion: 'aws-sdk-ios-2.9.3', clientId: '5gcp6gik0f5gn2oei2v6l1fln7' },
  triggerSource: 'DefineAuthChallenge_Authentication',
  request: {
    userAttributes: { sub: '0ab28e1c-a2d9-457f-9514-96eed83f4dd4', 'cognito:user_status': 'CONFIRMED' },
    session: [{ challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }],
  },
  response: { challengeName: null, issueTokens: null, failAuthentication: null },
} satisfies DefineAuthChallengeTriggerEvent;

/** The same event once a handler answered it, with the session entry's metadata left out. */
export const defineAnswered = {
  ...defineAfterSrp,
  request: { ...defineAfterSrp.request, session: [{ challengeName: 'SRP_A', challengeResult: true }] },
  response: { challengeName: 'PASSWORD_VERIFIER', issueTokens: false, failAuthentication: false },
} satisfies DefineAuthChallengeTriggerEvent;

/** `defineAnswered` with only the session entry's `challengeMetadata: null` put back. */
export const defineNullMetadataOnly = {
  ...defineAnswered,
  request: { ...defineAnswered.request, session: [{ challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }] },
} satisfies DefineAuthChallengeTriggerEvent;

/** `defineAnswered` with only the pre-filled null response put back. */
export const defineNullResponseOnly = { ...defineAnswered, response: defineAfterSrp.response } satisfies DefineAuthChallengeTriggerEvent;

/** `defineAnswered` after an EMAIL_OTP round Cognito added by itself (sheet §3.5). */
export const defineAfterEmailOtp = {
  ...defineAnswered,
  request: { ...defineAnswered.request, session: [{ challengeName: 'EMAIL_OTP', challengeResult: true }] },
} satisfies DefineAuthChallengeTriggerEvent;

/** Pre sign-up via SignUp with no ValidationData (AWS's own example): `validationData: null`. */
export const preSignUpNullValidation = {
  version: '1',
  triggerSource: 'PreSignUp_SignUp',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: 'jane',
  callerContext: caller,
  request: { userAttributes: { email: 'jane@example.com' }, validationData: null },
  response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
} satisfies PreSignUpTriggerEvent;

/** The same event without the `validationData` key. */
export const preSignUpNoValidation = {
  ...preSignUpNullValidation,
  request: { userAttributes: preSignUpNullValidation.request.userAttributes },
} satisfies PreSignUpTriggerEvent;

/** Pre token V1 for a user without groups: `preferredRole: null`, response pre-filled `null`. */
export const preTokenV1NoGroups = {
  version: '1',
  triggerSource: 'TokenGeneration_RefreshTokens',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: 'jane',
  callerContext: caller,
  request: {
    userAttributes: { sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1', 'cognito:user_status': 'CONFIRMED' },
    groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
  },
  response: { claimsOverrideDetails: null },
} satisfies PreTokenGenerationTriggerEvent;

/** `preTokenV1NoGroups` answered, with a role instead of `null`. */
export const preTokenV1Answered = {
  ...preTokenV1NoGroups,
  request: { ...preTokenV1NoGroups.request, groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [] } },
  response: { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' } } },
} satisfies PreTokenGenerationTriggerEvent;

/** A V2 response with complex claim values, as in the .NET fixture (dotnet-pretokengen-v2-complex-claims). */
export const v2ComplexClaimsResponse = {
  claimsAndScopeOverrideDetails: {
    idTokenGeneration: { claimsToAddOrOverride: { id_claim_3: 1234, id_claim_4: true, id_claim_5: ['v', 5678, false] } },
    accessTokenGeneration: {
      claimsToAddOrOverride: { access_claim_3: 1234, access_claim_4: true, access_claim_5: ['v', 5678, false] },
      scopesToAdd: ['orders/read'],
    },
  },
} satisfies PreTokenGenerationV2TriggerEvent['response'];

/** The same response with string claims only. */
export const v2StringClaimsResponse = {
  claimsAndScopeOverrideDetails: {
    idTokenGeneration: { claimsToAddOrOverride: { id_claim_3: '1234' } },
    accessTokenGeneration: { claimsToAddOrOverride: { access_claim_3: '1234' }, scopesToAdd: ['orders/read'] },
  },
} satisfies PreTokenGenerationV2TriggerEvent['response'];

/** A V2 user event carrying the complex-claims response. */
export const v2AuthenticationComplex = {
  version: '2',
  triggerSource: 'TokenGeneration_Authentication',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: 'jane',
  callerContext: caller,
  request: {
    userAttributes: { sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1' },
    groupConfiguration: { groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: 'arn:aws:iam::123456789012:role/admin' },
    scopes: ['aws.cognito.signin.user.admin'],
  },
  response: v2ComplexClaimsResponse,
} satisfies PreTokenGenerationV2TriggerEvent;

/** A V3_0 trigger receiving a user-flow event (docs: identical to V2), version "3". */
export const v3UserFlow = {
  ...v2AuthenticationComplex,
  version: '3',
  response: v2StringClaimsResponse,
} satisfies PreTokenGenerationV3TriggerEvent;

/** A V3 client-credentials event as the kit generates it (UNVERIFIED shape: userName null). */
export const v3ClientCredentials = {
  version: '3',
  triggerSource: 'TokenGeneration_ClientCredentials',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: null,
  callerContext: caller,
  request: {
    userAttributes: {},
    groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
    scopes: ['orders/read'],
  },
  response: { claimsAndScopeOverrideDetails: null },
} satisfies PreTokenGenerationV3TriggerEvent;

/** Migrate user on ForgotPassword (tutorial-migrateuser-forgotpassword): no password, nulls everywhere. */
export const migrateForgotPassword = {
  version: '1',
  triggerSource: 'UserMigration_ForgotPassword',
  region: 'us-east-2',
  userPoolId: 'us-east-2_CZErrRbBU',
  userName: 'user1@example.com',
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '61ocakkq1t8p7nb3lcmd2rl893' },
  request: { validationData: null, userAttributes: null },
  response: { userAttributes: null, forceAliasCreation: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null },
} satisfies UserMigrationTriggerEvent;

/** Migrate user on a password sign-in, answered: no delivery mediums (optional per the docs). */
export const migrateAuthenticationAnswered = {
  ...migrateForgotPassword,
  triggerSource: 'UserMigration_Authentication',
  request: { password: 'correct horse battery staple' },
  response: { userAttributes: { email: 'user1@example.com', email_verified: 'true' }, finalUserStatus: 'CONFIRMED', messageAction: 'SUPPRESS' },
} satisfies UserMigrationTriggerEvent;

/** The same with `desiredDeliveryMediums` set. */
export const migrateAuthenticationWithMediums = {
  ...migrateAuthenticationAnswered,
  response: { ...migrateAuthenticationAnswered.response, desiredDeliveryMediums: ['EMAIL'] },
} satisfies UserMigrationTriggerEvent;

/** Custom email sender (blog-captured-customemailsender-forgotpassword): no response key, `clientMetadata: null`. */
export const customEmailForgotPassword = {
  version: '1',
  triggerSource: 'CustomEmailSender_ForgotPassword',
  region: 'us-east-1',
  userPoolId: 'us-east-1_LnSaBcDeF',
  userName: '54cf7eb7-0b96-4304-8d6b-2f1b7c9e0a11',
  callerContext: { awsSdkVersion: 'aws-sdk-nodejs-2.856.0', clientId: '6u7c9vr3pkstoogabcdefghijk' },
  request: {
    type: 'customEmailSenderRequestV1',
    code: 'AYADeILxywKhhaq8Ys4mh0aHutYAgQACABVhd3MtY3J5',
    clientMetadata: null,
    userAttributes: { sub: '54cf7eb7-0b96-4304-8d6b-2f1b7c9e0a11', email: 'user1@example.com', email_verified: 'true' },
  },
} satisfies CustomEmailSenderTriggerEvent;

/** Custom message (awsdocs-custommessage-signup shape, real `linkParameter` and null `usernameParameter`). */
export const customMessageSignUp = {
  version: '1',
  triggerSource: 'CustomMessage_SignUp',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: 'jane',
  callerContext: caller,
  request: {
    userAttributes: { sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1', email: 'jane@example.com' },
    codeParameter: '{####}',
    linkParameter: '{##Click Here##}',
    usernameParameter: null,
  },
  response: { smsMessage: null, emailMessage: null, emailSubject: null },
} satisfies CustomMessageTriggerEvent;

/** Post authentication without `newDeviceUsed` (pool that does not remember devices). */
export const postAuthNoDeviceFlag = {
  version: '1',
  triggerSource: 'PostAuthentication_Authentication',
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: 'jane',
  callerContext: caller,
  request: { userAttributes: { sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1', 'cognito:user_status': 'CONFIRMED' } },
  response: {},
} satisfies PostAuthenticationTriggerEvent;

/** Every sample event (not the bare responses), for the runtime check and the union type. */
export const SAMPLE_EVENTS = {
  defineAfterSrp,
  defineAnswered,
  defineNullMetadataOnly,
  defineNullResponseOnly,
  defineAfterEmailOtp,
  preSignUpNullValidation,
  preSignUpNoValidation,
  preTokenV1NoGroups,
  preTokenV1Answered,
  v2AuthenticationComplex,
  v3UserFlow,
  v3ClientCredentials,
  migrateForgotPassword,
  migrateAuthenticationAnswered,
  migrateAuthenticationWithMediums,
  customEmailForgotPassword,
  customMessageSignUp,
  postAuthNoDeviceFlag,
} satisfies Record<string, CognitoUserPoolTriggerEvent>;

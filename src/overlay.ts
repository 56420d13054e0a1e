/**
 * The corrected overlay: TypeScript types for the events Cognito really sends, as the kit's input
 * schemas accept them. They reuse the @types/aws-lambda names (`PreSignUpTriggerEvent`,
 * `DefineAuthChallengeTriggerEvent`, …) so a handler can switch its import from `aws-lambda` to
 * `cognito-trigger-kit` and see the nulls, the missing keys and the non-string claims that real
 * events carry.
 *
 * Where a type differs from @types/aws-lambda 8.10.164, its doc comment says how and why, citing
 * the section of the contract fact sheet. Per-source variants are not given their own names (the
 * @types per-source names are irregular): select one with
 * `Extract<PreSignUpTriggerEvent, { triggerSource: 'PreSignUp_AdminCreateUser' }>` or
 * {@link OverlayEventFor}.
 *
 * Type-only module: it costs nothing at runtime and does not need @types/aws-lambda installed.
 * Every enumeration comes from the schema constants, so a value added to a schema shows up here.
 */
import type { ChallengeName, DEFINE_CHALLENGE_NAMES, StringMap } from './shared/atoms.js';
import type { SIMPLE_ID_TOKEN_CLAIMS, USER_TOKEN_SOURCES } from './shared/tokens.js';
import type { INBOUND_PROVIDER_TYPES } from './triggers/inbound-federation/schema.js';
import type { SourcesOf, TokenVersion, TriggerSlug, TriggerSource, TriggerTarget } from './triggers/registry.js';
import type { DELIVERY_MEDIUMS, FINAL_USER_STATUSES, MESSAGE_ACTIONS } from './triggers/user-migration/schema.js';

/* ------------------------------------------------------------------------------------------------
 * Envelope
 * --------------------------------------------------------------------------------------------- */

/**
 * The envelope's `callerContext`.
 *
 * Differs from @types: `awsSdkVersion` is optional. Real events always carry it, but the AWS doc
 * examples and Powertools fixtures write `awsSdk` instead (sheet §1.1, DISAGREE), and the kit
 * accepts those events (with a realism warning) rather than rejecting them.
 *
 * @example
 * const caller: CallerContext = { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'CLIENT_ID_NOT_APPLICABLE' };
 */
export interface CallerContext {
  awsSdkVersion?: string;
  /** The app client id, or `CLIENT_ID_NOT_APPLICABLE` for admin operations without a client (sheet §1.1). */
  clientId: string;
}

/**
 * The common envelope of every trigger event (sheet §1.1).
 *
 * Differs from @types: `version` is the literal the trigger sends (`"1"`, `"2"` for pre-token
 * V2_0, `"3"` or `"2"` for V3_0) rather than any string, and `callerContext.awsSdkVersion` is
 * optional (see {@link CallerContext}). The deprecated @types `CognitoUserPoolTriggerEvent`
 * even types `version` as a number; real events send a string (sheet §1.1, DISAGREE).
 *
 * @example
 * type Envelope = BaseTriggerEvent<'PostConfirmation_ConfirmSignUp'>;
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export interface BaseTriggerEvent<S extends string, V extends string = '1'> {
  version: V;
  triggerSource: S;
  region: string;
  userPoolId: string;
  /** The pool's internal username: not always what the user typed (sheet §1.3). */
  userName: string;
  callerContext: CallerContext;
}

/** `{}`: the response of triggers that read nothing back (post confirmation, pre and post authentication). */
type EmptyResponse = Record<never, never>;

/* ------------------------------------------------------------------------------------------------
 * Pre sign-up (sheet §3.1)
 * --------------------------------------------------------------------------------------------- */

interface PreSignUpEvent<S extends string> extends BaseTriggerEvent<S> {
  request: {
    userAttributes: StringMap;
    /**
     * `null` when SignUp / AdminCreateUser sent no ValidationData (AWS's own example), `{}` for
     * ExternalProvider. @types: `StringMap | undefined` (sheet §3.1, §4.3).
     */
    validationData?: StringMap | null;
    /** Absent unless the call sent ClientMetadata; the kit also accepts `null` (sheet §4.3). */
    clientMetadata?: StringMap | null;
  };
  /**
   * Cognito sends all three as `false`. @types makes them required; the kit's input schema
   * tolerates an event whose response lacks them (e.g. an event a handler already partly
   * answered), so they are optional here.
   */
  response: {
    autoConfirmUser?: boolean;
    autoVerifyEmail?: boolean;
    autoVerifyPhone?: boolean;
  };
}

/**
 * A pre sign-up event, one variant per triggerSource.
 *
 * Differs from @types: `validationData` and `clientMetadata` may be `null`; the response flags are
 * optional (see the field comments), plus the envelope differences of {@link BaseTriggerEvent}.
 *
 * @example
 * const handler = async (event: PreSignUpTriggerEvent) => {
 *   if (event.triggerSource === 'PreSignUp_ExternalProvider') event.response.autoConfirmUser = true;
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export type PreSignUpTriggerEvent = { [S in SourcesOf<'pre-signup'>]: PreSignUpEvent<S> }[SourcesOf<'pre-signup'>];

/* ------------------------------------------------------------------------------------------------
 * Post confirmation, pre authentication, post authentication (sheet §3.2–3.4)
 * --------------------------------------------------------------------------------------------- */

interface PostConfirmationEvent<S extends string> extends BaseTriggerEvent<S> {
  request: {
    userAttributes: StringMap;
    clientMetadata?: StringMap | null;
  };
  response: EmptyResponse;
}

/**
 * A post confirmation event.
 *
 * Differs from @types only by the envelope ({@link BaseTriggerEvent}) and by accepting
 * `clientMetadata: null` (sheet §4.3).
 *
 * @example
 * const handler = async (event: PostConfirmationTriggerEvent) => event;
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export type PostConfirmationTriggerEvent = {
  [S in SourcesOf<'post-confirmation'>]: PostConfirmationEvent<S>;
}[SourcesOf<'post-confirmation'>];

/**
 * A pre authentication event.
 *
 * Differs from @types: `validationData` (the ClientMetadata of InitiateAuth, `{}` when none was
 * sent) may be `null` or absent in the events the kit accepts. `clientMetadata` is kept because
 * @types declares it, although the docs list no such field (sheet §3.3, DISAGREE): the kit accepts
 * it and warns.
 *
 * @example
 * const handler = async (event: PreAuthenticationTriggerEvent) => {
 *   if (event.request.validationData?.['blocked'] === 'true') throw new Error('Sign-in is blocked');
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export interface PreAuthenticationTriggerEvent extends BaseTriggerEvent<'PreAuthentication_Authentication'> {
  request: {
    userAttributes: StringMap;
    validationData?: StringMap | null;
    /** Present only when the app client has PreventUserExistenceErrors ENABLED (sheet §4.5). */
    userNotFound?: boolean;
    clientMetadata?: StringMap | null;
  };
  response: EmptyResponse;
}

/**
 * A post authentication event.
 *
 * Differs from @types: `newDeviceUsed` is optional. The docs say it is set only when the pool
 * remembers devices; captures carry `false` anyway, @types requires it, Powertools makes it
 * optional (sheet §3.4).
 *
 * @example
 * const handler = async (event: PostAuthenticationTriggerEvent) => {
 *   if (event.request.newDeviceUsed) console.log('new device for', event.userName);
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export interface PostAuthenticationTriggerEvent extends BaseTriggerEvent<'PostAuthentication_Authentication'> {
  request: {
    userAttributes: StringMap;
    newDeviceUsed?: boolean;
    clientMetadata?: StringMap | null;
  };
  response: EmptyResponse;
}

/* ------------------------------------------------------------------------------------------------
 * Custom authentication challenge (sheet §3.5)
 * --------------------------------------------------------------------------------------------- */

/**
 * One element of `request.session` in Define, Create and Verify events.
 *
 * Differs from @types (`ChallengeResult | CustomChallengeResult`):
 * - `challengeName` is any name Cognito uses ({@link ChallengeName}). The @types union lacks
 *   `EMAIL_OTP`, `SOFTWARE_TOKEN_MFA` and `NEW_PASSWORD_REQUIRED`, which the Define and Create
 *   pages list, and the newer API names (sheet §3.5, §4.6, §5).
 * - `challengeMetadata` is `null` on non-custom entries (`SRP_A`, `PASSWORD_VERIFIER`) and on
 *   custom rounds where Create set none. @types types it `undefined` on non-custom entries
 *   (sheet §3.5, §8).
 *
 * @example
 * const srp: SessionChallengeResult = { challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null };
 */
export interface SessionChallengeResult {
  challengeName: ChallengeName;
  challengeResult: boolean;
  challengeMetadata?: string | null;
}

/** What a Define handler may ask for (sheet §3.5: the union of the Define and Create page lists). */
type DefineChallengeName = (typeof DEFINE_CHALLENGE_NAMES)[number];

/**
 * A Define auth challenge event.
 *
 * Differs from @types:
 * - session entries: see {@link SessionChallengeResult}; `session` is `[]` on the first round of
 *   a passwordless CUSTOM_AUTH.
 * - `response`: Cognito pre-fills `challengeName`, `issueTokens` and `failAuthentication` with
 *   `null` (sheet §1.4). @types makes the two flags required booleans.
 * - `response.challengeName` is one of the names Define may ask for, not any string: Cognito
 *   answers "Unrecognizable lambda output" otherwise.
 *
 * @example
 * const handler = async (event: DefineAuthChallengeTriggerEvent) => {
 *   const last = event.request.session.at(-1);
 *   event.response.issueTokens = last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult;
 *   event.response.failAuthentication = false;
 *   if (!event.response.issueTokens) event.response.challengeName = 'CUSTOM_CHALLENGE';
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export interface DefineAuthChallengeTriggerEvent extends BaseTriggerEvent<'DefineAuthChallenge_Authentication'> {
  request: {
    userAttributes: StringMap;
    session: SessionChallengeResult[];
    userNotFound?: boolean;
    /** Only from (Admin)RespondToAuthChallenge: never on the first round (sheet §4.3). */
    clientMetadata?: StringMap | null;
  };
  response: {
    challengeName?: DefineChallengeName | null;
    issueTokens?: boolean | null;
    failAuthentication?: boolean | null;
  };
}

/**
 * A Create auth challenge event.
 *
 * Differs from @types:
 * - `request.challengeName` is a {@link ChallengeName} (what Define chose), not any string.
 * - session entries: see {@link SessionChallengeResult}.
 * - `response`: all three fields arrive as `null` (sheet §1.4); @types requires non-null values.
 *   Leaving them null for a CUSTOM_CHALLENGE is UNVERIFIED (sheet §3.5), so the kit accepts it
 *   and its response rules decide.
 *
 * @example
 * const handler = async (event: CreateAuthChallengeTriggerEvent) => {
 *   event.response.publicChallengeParameters = { hint: 'the answer is 5' };
 *   event.response.privateChallengeParameters = { answer: '5' };
 *   event.response.challengeMetadata = 'QUIZ';
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export interface CreateAuthChallengeTriggerEvent extends BaseTriggerEvent<'CreateAuthChallenge_Authentication'> {
  request: {
    userAttributes: StringMap;
    challengeName: ChallengeName;
    session: SessionChallengeResult[];
    userNotFound?: boolean;
    clientMetadata?: StringMap | null;
  };
  response: {
    publicChallengeParameters?: StringMap | null;
    privateChallengeParameters?: StringMap | null;
    challengeMetadata?: string | null;
  };
}

/**
 * A Verify auth challenge response event.
 *
 * Differs from @types:
 * - `response.answerCorrect` arrives as `null` (sheet §1.4); @types says `boolean`.
 * - `request.privateChallengeParameters` may be `null`: what Verify receives when Create left
 *   them null is UNVERIFIED (sheet §3.5), so the kit accepts it.
 *
 * @example
 * const handler = async (event: VerifyAuthChallengeResponseTriggerEvent) => {
 *   event.response.answerCorrect = event.request.privateChallengeParameters?.['answer'] === event.request.challengeAnswer;
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export interface VerifyAuthChallengeResponseTriggerEvent
  extends BaseTriggerEvent<'VerifyAuthChallengeResponse_Authentication'> {
  request: {
    userAttributes: StringMap;
    privateChallengeParameters: StringMap | null;
    /** The client's `ChallengeResponses.ANSWER`: always a string (sheet §3.5). */
    challengeAnswer: string;
    userNotFound?: boolean;
    clientMetadata?: StringMap | null;
  };
  response: {
    answerCorrect?: boolean | null;
  };
}

/* ------------------------------------------------------------------------------------------------
 * Pre token generation (sheet §3.6)
 * --------------------------------------------------------------------------------------------- */

/**
 * `request.groupConfiguration` of every pre token event.
 *
 * Differs from @types: `preferredRole` is `null` for a user without groups (real events); @types
 * says `string | undefined`. The keys are optional because an emulator sends `{}` (sheet §3.6,
 * §5).
 *
 * @example
 * const none: GroupConfiguration = { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null };
 */
export interface GroupConfiguration {
  groupsToOverride?: string[];
  iamRolesToOverride?: string[];
  preferredRole?: string | null;
}

/**
 * `groupOverrideDetails` in a pre token response. It **replaces** the groups of both tokens: `{}`
 * or `null` removes every group (sheet §3.6).
 *
 * Differs from @types: `null` is accepted for each field (the kit treats `null` as unset).
 *
 * @example
 * const keep: GroupOverrideDetails = { groupsToOverride: ['admins'] };
 */
export interface GroupOverrideDetails {
  groupsToOverride?: string[] | null;
  iamRolesToOverride?: string[] | null;
  preferredRole?: string | null;
}

/**
 * A V2/V3 claim value: any JSON value (string, number, boolean, null, array, object).
 *
 * Differs from @types, which types V2 and V3 claims as `StringMap` (strings only). The docs allow
 * complex values, and the .NET and Go libraries type them as objects (sheet §3.6, DISAGREE).
 *
 * @example
 * const tier: ClaimValue = 3;
 * const roles: ClaimValue = ['reader', 'writer'];
 */
export type ClaimValue = string | number | boolean | null | ClaimValue[] | { [key: string]: ClaimValue };

/** The four ID-token claims Cognito refuses complex values for (sheet §3.6). */
type SimpleIdTokenClaim = (typeof SIMPLE_ID_TOKEN_CLAIMS)[number];

/**
 * V2/V3 `idTokenGeneration.claimsToAddOrOverride`: JSON values, except `phone_number_verified`,
 * `email_verified`, `updated_at` and `address`, which must stay strings (sheet §3.6). @types:
 * strings only.
 *
 * @example
 * const claims: IdTokenClaims = { tier: 3, email_verified: 'true' };
 */
export type IdTokenClaims = { [claim: string]: ClaimValue } & { [K in SimpleIdTokenClaim]?: string };

/**
 * V2/V3 `idTokenGeneration`.
 *
 * Differs from @types: claim values are JSON ({@link IdTokenClaims}), and `null` is accepted for
 * each field.
 *
 * @example
 * const id: IdTokenGeneration = { claimsToAddOrOverride: { plan: { name: 'pro' } }, claimsToSuppress: ['email'] };
 */
export interface IdTokenGeneration {
  claimsToAddOrOverride?: IdTokenClaims | null;
  claimsToSuppress?: string[] | null;
}

/**
 * V2/V3 `accessTokenGeneration`.
 *
 * Differs from @types: claim values are any JSON value ({@link ClaimValue}), and `null` is
 * accepted for each field. Scopes must not contain blank space (checked by the output schema).
 *
 * @example
 * const access: AccessTokenGeneration = { claimsToAddOrOverride: { tier: 3 }, scopesToAdd: ['orders/read'] };
 */
export interface AccessTokenGeneration {
  claimsToAddOrOverride?: { [claim: string]: ClaimValue } | null;
  claimsToSuppress?: string[] | null;
  scopesToAdd?: string[] | null;
  scopesToSuppress?: string[] | null;
}

/**
 * V2/V3 `response.claimsAndScopeOverrideDetails` once a handler fills it in.
 *
 * Differs from @types: see {@link IdTokenGeneration}, {@link AccessTokenGeneration},
 * {@link GroupOverrideDetails}; each part may be `null`.
 *
 * @example
 * const details: ClaimsAndScopeOverrideDetails = { accessTokenGeneration: { scopesToSuppress: ['phone'] } };
 */
export interface ClaimsAndScopeOverrideDetails {
  idTokenGeneration?: IdTokenGeneration | null;
  accessTokenGeneration?: AccessTokenGeneration | null;
  groupOverrideDetails?: GroupOverrideDetails | null;
}

interface PreTokenGenerationV1Event<S extends string> extends BaseTriggerEvent<S> {
  request: {
    userAttributes: StringMap;
    groupConfiguration: GroupConfiguration;
    clientMetadata?: StringMap | null;
  };
  response: {
    /** Pre-filled `null` by Cognito (sheet §1.4); @types says a required object. */
    claimsOverrideDetails?: {
      /** V1_0 accepts strings only (sheet §3.6). */
      claimsToAddOrOverride?: StringMap | null;
      claimsToSuppress?: string[] | null;
      groupOverrideDetails?: GroupOverrideDetails | null;
    } | null;
  };
}

/**
 * A pre token generation event, version 1 (V1_0, the default), one variant per user-flow source.
 *
 * Differs from @types: `response.claimsOverrideDetails` arrives as `null` (sheet §1.4);
 * `groupConfiguration.preferredRole` may be `null` ({@link GroupConfiguration}).
 *
 * @example
 * const handler = async (event: PreTokenGenerationTriggerEvent) => {
 *   event.response.claimsOverrideDetails = { claimsToAddOrOverride: { plan: 'pro' } };
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export type PreTokenGenerationTriggerEvent = {
  [S in SourcesOf<'pre-token-generation'>]: PreTokenGenerationV1Event<S>;
}[SourcesOf<'pre-token-generation'>];

/**
 * The V2/V3 response. Its incoming value is UNVERIFIED (sheet §1.4, §7): the docs show `[]`, real
 * events are probably `null`; the kit accepts both (and absence) and generates `null`.
 */
interface PreTokenGenerationV2Response {
  claimsAndScopeOverrideDetails?: ClaimsAndScopeOverrideDetails | [] | null;
}

interface PreTokenGenerationV2Event<S extends string, V extends string> extends BaseTriggerEvent<S, V> {
  request: {
    userAttributes: StringMap;
    groupConfiguration: GroupConfiguration;
    clientMetadata?: StringMap | null;
    /** The scopes of the access token (V2/V3 only). */
    scopes?: string[];
  };
  response: PreTokenGenerationV2Response;
}

/**
 * A pre token generation event, version 2 (V2_0), one variant per user-flow source.
 *
 * Differs from @types: claim values may be any JSON value ({@link ClaimValue}); the response
 * arrives as `null` (or `[]` in the docs), and `preferredRole` may be `null`.
 *
 * @example
 * const handler = async (event: PreTokenGenerationV2TriggerEvent) => {
 *   event.response.claimsAndScopeOverrideDetails = { accessTokenGeneration: { claimsToAddOrOverride: { tier: 3 } } };
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export type PreTokenGenerationV2TriggerEvent = {
  [S in SourcesOf<'pre-token-generation-v2'>]: PreTokenGenerationV2Event<S, '2'>;
}[SourcesOf<'pre-token-generation-v2'>];

/**
 * UNVERIFIED (sheet §1.1, §3.6): only @types declares `version: "3"`; the docs say V3 events are
 * identical to V2. The kit generates `"3"` and accepts `"2"`.
 */
type V3Version = '3' | '2';

/**
 * The V3 client-credentials event. No capture exists (sheet §3.6, §7): with no user behind the
 * token, `userName` may be `null` or absent and `userAttributes` / `groupConfiguration` absent.
 */
interface PreTokenGenerationClientCredentialsEvent
  extends Omit<BaseTriggerEvent<'TokenGeneration_ClientCredentials', V3Version>, 'userName'> {
  userName?: string | null;
  request: {
    userAttributes?: StringMap;
    groupConfiguration?: GroupConfiguration | null;
    clientMetadata?: StringMap | null;
    scopes?: string[];
  };
  response: PreTokenGenerationV2Response;
}

/**
 * A pre token generation event, version 3 (V3_0): the five user-flow sources and
 * `TokenGeneration_ClientCredentials`.
 *
 * Differs from @types, which models V3 as the client-credentials source only (sheet §3.6,
 * DISAGREE): the docs say a V3_0 trigger also receives the user-flow events, identical to V2.
 * `version` is `"3"` or `"2"` (UNVERIFIED). For client credentials, `userName`, `userAttributes`
 * and `groupConfiguration` may be missing (UNVERIFIED). Claim values are JSON ({@link ClaimValue}).
 *
 * @example
 * const handler = async (event: PreTokenGenerationV3TriggerEvent) => {
 *   if (event.triggerSource === 'TokenGeneration_ClientCredentials') {
 *     event.response.claimsAndScopeOverrideDetails = { accessTokenGeneration: { scopesToAdd: ['orders/read'] } };
 *   }
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export type PreTokenGenerationV3TriggerEvent =
  | { [S in (typeof USER_TOKEN_SOURCES)[number]]: PreTokenGenerationV2Event<S, V3Version> }[(typeof USER_TOKEN_SOURCES)[number]]
  | PreTokenGenerationClientCredentialsEvent;

/* ------------------------------------------------------------------------------------------------
 * Migrate user (sheet §3.7)
 * --------------------------------------------------------------------------------------------- */

interface UserMigrationRequest {
  /** The ClientMetadata of (Admin)InitiateAuth; `null` when none was sent (sheet §3.7, §4.3). */
  validationData?: StringMap | null;
  clientMetadata?: StringMap | null;
  /** Undocumented; `null` in a captured event (sheet §3.7). */
  userAttributes?: StringMap | null;
}

interface UserMigrationAuthenticationRequest extends UserMigrationRequest {
  /** The plaintext password the user typed (USER_PASSWORD_AUTH flows only, sheet §3.7). */
  password: string;
}

interface UserMigrationEvent<S extends string, R> extends BaseTriggerEvent<S> {
  request: R;
  /**
   * Every field arrives as `null` (sheet §1.4). `finalUserStatus` is `CONFIRMED` or
   * `RESET_REQUIRED` only; unset means RESET_REQUIRED (sheet §3.7).
   */
  response: {
    userAttributes?: StringMap | null;
    finalUserStatus?: (typeof FINAL_USER_STATUSES)[number] | null;
    messageAction?: (typeof MESSAGE_ACTIONS)[number] | null;
    desiredDeliveryMediums?: (typeof DELIVERY_MEDIUMS)[number][] | null;
    forceAliasCreation?: boolean | null;
    enableSMSMFA?: boolean | null;
  };
}

/**
 * A migrate-user event.
 *
 * Differs from @types (sheet §3.7, §5):
 * - `request.password` exists only for `UserMigration_Authentication`; Cognito never sends it for
 *   `UserMigration_ForgotPassword`. @types requires it on both.
 * - `request.validationData` may be `null`; `request.userAttributes` may be `null` (undocumented).
 * - `response` arrives with every field `null`. `response.userAttributes` and
 *   `desiredDeliveryMediums` are therefore optional here (@types requires both; the docs make the
 *   mediums optional, unset means SMS).
 * - `response.finalUserStatus` is `CONFIRMED | RESET_REQUIRED`, not the seven-value user status
 *   union of @types: Cognito treats anything else as RESET_REQUIRED.
 * - `messageAction` keeps `RESEND` as @types does (the docs allow only SUPPRESS; harmless).
 *
 * @example
 * const handler = async (event: UserMigrationTriggerEvent) => {
 *   if (event.triggerSource === 'UserMigration_Authentication' && event.request.password === 'legacy-ok') {
 *     event.response.userAttributes = { email: 'jane@example.com', email_verified: 'true' };
 *     event.response.finalUserStatus = 'CONFIRMED';
 *     event.response.messageAction = 'SUPPRESS';
 *   }
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export type UserMigrationTriggerEvent =
  | UserMigrationEvent<'UserMigration_Authentication', UserMigrationAuthenticationRequest>
  | UserMigrationEvent<'UserMigration_ForgotPassword', UserMigrationRequest>;

/* ------------------------------------------------------------------------------------------------
 * Custom message (sheet §3.8)
 * --------------------------------------------------------------------------------------------- */

interface CustomMessageEvent<S extends string> extends BaseTriggerEvent<S> {
  request: {
    userAttributes: StringMap;
    /** `"{####}"` in real events: put it in the message (sheet §3.8). */
    codeParameter: string;
    /**
     * `"{##Click Here##}"` in every real event, though undocumented. @types requires a string
     * (which matches reality); the kit also accepts it absent or `null`, as Powertools does.
     */
    linkParameter?: string | null;
    /** `"{username}"` for CustomMessage_AdminCreateUser, `null` otherwise. */
    usernameParameter?: string | null;
    clientMetadata?: StringMap | null;
  };
  /** All three arrive as `null` (sheet §1.4). Optional here because the kit tolerates their absence. */
  response: {
    smsMessage?: string | null;
    emailMessage?: string | null;
    emailSubject?: string | null;
  };
}

/**
 * A custom message event, one variant per triggerSource.
 *
 * Differs from @types: `linkParameter` and `usernameParameter` may be absent, `linkParameter`
 * may be `null`, the response fields may be absent and `clientMetadata` may be `null`.
 *
 * @example
 * const handler = async (event: CustomMessageTriggerEvent) => {
 *   event.response.smsMessage = `Your code is ${event.request.codeParameter}`;
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export type CustomMessageTriggerEvent = {
  [S in SourcesOf<'custom-message'>]: CustomMessageEvent<S>;
}[SourcesOf<'custom-message'>];

/* ------------------------------------------------------------------------------------------------
 * Custom email and SMS senders (sheet §3.9)
 * --------------------------------------------------------------------------------------------- */

interface CustomSenderEvent<S extends string, T extends string> extends BaseTriggerEvent<S> {
  request: {
    /** Always this literal (the Powertools SMS fixture's email value is a bug). @types: any string. */
    type: T;
    /**
     * AWS Encryption SDK ciphertext, base64. Probably `null` or absent for
     * `CustomEmailSender_AccountTakeOverNotification` (UNVERIFIED, sheet §3.9).
     */
    code?: string | null;
    /**
     * A plain string map for every source. @types gives AccountTakeOverNotification a fixed set
     * of keys (`EVENT_ID`, `IP_ADDRESS`, …) that only @types documents (UNVERIFIED, sheet §3.9).
     */
    userAttributes: StringMap;
    /** `null` when none was sent (real events, sheet §3.9); @types says `StringMap | undefined`. */
    clientMetadata?: StringMap | null;
  };
  /**
   * Cognito invokes custom senders asynchronously and sends **no `response` key** (sheet §1.1,
   * §3.9). @types inherits a required `response: {}`.
   */
  response?: undefined;
}

/**
 * A custom email sender event, one variant per triggerSource.
 *
 * Differs from @types: no `response` key, `request.type` is the literal
 * `"customEmailSenderRequestV1"`, `code` may be absent, `clientMetadata` may be `null`, and the
 * account-takeover attributes are a plain string map.
 *
 * @example
 * const handler = async (event: CustomEmailSenderTriggerEvent) => {
 *   // Decrypt `code` with the AWS Encryption SDK and the pool's KMS key, then send the email.
 *   if (event.request.code) console.log('code for', event.request.userAttributes['email']);
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export type CustomEmailSenderTriggerEvent = {
  [S in SourcesOf<'custom-email-sender'>]: CustomSenderEvent<S, 'customEmailSenderRequestV1'>;
}[SourcesOf<'custom-email-sender'>];

/**
 * A custom SMS sender event, one variant per triggerSource.
 *
 * Differs from @types: no `response` key, `request.type` is the literal
 * `"customSMSSenderRequestV1"`, `code` may be absent and `clientMetadata` may be `null`.
 *
 * @example
 * const handler = async (event: CustomSMSSenderTriggerEvent) => {
 *   // Decrypt `code` with the AWS Encryption SDK and the pool's KMS key, then send the SMS.
 *   if (event.request.code) console.log('code for', event.request.userAttributes['phone_number']);
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export type CustomSMSSenderTriggerEvent = {
  [S in SourcesOf<'custom-sms-sender'>]: CustomSenderEvent<S, 'customSMSSenderRequestV1'>;
}[SourcesOf<'custom-sms-sender'>];

/* ------------------------------------------------------------------------------------------------
 * Inbound federation (sheet §3.10)
 * --------------------------------------------------------------------------------------------- */

/**
 * An inbound federation event.
 *
 * Differs from @types only in `response.userAttributesToMap`, optional here (the docs examples
 * send `{}`; the kit tolerates its absence), and the envelope ({@link BaseTriggerEvent}).
 *
 * @example
 * const handler = async (event: InboundFederationTriggerEvent) => {
 *   const email = event.request.attributes.idToken?.['email'];
 *   event.response.userAttributesToMap = email ? { email } : {};
 *   return event;
 * };
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export interface InboundFederationTriggerEvent extends BaseTriggerEvent<'InboundFederation_ExternalProvider'> {
  request: {
    providerName: string;
    providerType: (typeof INBOUND_PROVIDER_TYPES)[number];
    /** Raw IdP data, every value a string. */
    attributes: {
      tokenResponse?: StringMap;
      idToken?: StringMap;
      userInfo?: StringMap;
      samlResponse?: StringMap;
    };
  };
  /** Replaces the attribute set: attributes left out are dropped; `{}` keeps them all. */
  response: {
    userAttributesToMap?: StringMap;
  };
}

/* ------------------------------------------------------------------------------------------------
 * Lookup
 * --------------------------------------------------------------------------------------------- */

/**
 * The overlay event union of each slug.
 *
 * @example
 * type Define = OverlaySlugEventMap['define-auth-challenge'];
 */
export interface OverlaySlugEventMap {
  'pre-signup': PreSignUpTriggerEvent;
  'post-confirmation': PostConfirmationTriggerEvent;
  'pre-authentication': PreAuthenticationTriggerEvent;
  'post-authentication': PostAuthenticationTriggerEvent;
  'define-auth-challenge': DefineAuthChallengeTriggerEvent;
  'create-auth-challenge': CreateAuthChallengeTriggerEvent;
  'verify-auth-challenge-response': VerifyAuthChallengeResponseTriggerEvent;
  'pre-token-generation': PreTokenGenerationTriggerEvent;
  'pre-token-generation-v2': PreTokenGenerationV2TriggerEvent;
  'pre-token-generation-v3': PreTokenGenerationV3TriggerEvent;
  'user-migration': UserMigrationTriggerEvent;
  'custom-message': CustomMessageTriggerEvent;
  'custom-email-sender': CustomEmailSenderTriggerEvent;
  'custom-sms-sender': CustomSMSSenderTriggerEvent;
  'inbound-federation': InboundFederationTriggerEvent;
}

type UserTokenSource = (typeof USER_TOKEN_SOURCES)[number];

/** The slug whose contract a source belongs to, with the pre-token version rule of `resolveTarget`. */
type SlugOfSource<S extends TriggerSource, V> = S extends 'TokenGeneration_ClientCredentials'
  ? 'pre-token-generation-v3'
  : S extends UserTokenSource
    ? V extends 2
      ? 'pre-token-generation-v2'
      : V extends 3
        ? 'pre-token-generation-v3'
        : 'pre-token-generation'
    : { [K in TriggerSlug]: S extends SourcesOf<K> ? K : never }[TriggerSlug];

/**
 * The overlay type for a target (slug or triggerSource) and, for TokenGeneration_* sources, an
 * event version: the twin of `EventFor`, which gives the @types/aws-lambda type. A
 * TokenGeneration_* source means version 1 unless `V` says 2 or 3; client credentials is always 3.
 *
 * @example
 * type First = OverlayEventFor<'DefineAuthChallenge_Authentication'>;
 * type M2M = OverlayEventFor<'TokenGeneration_ClientCredentials'>; // version '3' | '2', userName may be null
 * type V2Auth = OverlayEventFor<'TokenGeneration_Authentication', 2>;
 */
export type OverlayEventFor<T extends TriggerTarget, V extends TokenVersion | undefined = undefined> = T extends TriggerSlug
  ? OverlaySlugEventMap[T]
  : T extends TriggerSource
    ? Extract<OverlaySlugEventMap[SlugOfSource<T, V>], { triggerSource: T }>
    : never;

/**
 * Any user pool trigger event, as a union discriminated by `triggerSource` (and `version` for pre
 * token generation).
 *
 * Replaces the deprecated @types `CognitoUserPoolTriggerEvent`, a single interface that merges
 * every trigger's fields, types `version` as a **number** (real events send the string `"1"`;
 * sheet §1.1, DISAGREE), and lacks the custom sender sources.
 *
 * @example
 * function describe(event: CognitoUserPoolTriggerEvent): string {
 *   return `${event.triggerSource} v${event.version}`;
 * }
 */
export type CognitoUserPoolTriggerEvent = OverlaySlugEventMap[TriggerSlug];

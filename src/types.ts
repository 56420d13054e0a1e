/**
 * Types aligned with @types/aws-lambda. `EventFor<Target>` is the type of the events the builders
 * and arbitraries produce: the @types/aws-lambda type of that source, so a handler typed
 * `PreSignUpTriggerHandler` accepts it without a cast.
 *
 * At runtime the events are faithful to Cognito, which differs from @types/aws-lambda in places
 * (sheet §5): `null` where @types says absent, challenge names it lacks, V2/V3 claim values that
 * are not strings, no `response` for custom senders. The corrected overlay types (`./overlay.ts`,
 * exported under the @types names from the package root and `./schemas`) describe the events as
 * they really are; `OverlayEventFor` is the overlay twin of `EventFor`.
 *
 * These declarations import from `aws-lambda`, so a project that uses them needs
 * `@types/aws-lambda` installed (the overlay does not).
 */
import type * as DT from 'aws-lambda';
import type { TokenVersion, TriggerSlug, TriggerSource, TriggerTarget } from './triggers/registry.js';

/**
 * The @types/aws-lambda event type of each triggerSource (event version 1 for the five user-flow
 * TokenGeneration_* sources; version 3 for TokenGeneration_ClientCredentials, which exists only
 * there).
 *
 * @example
 * type M2M = SourceEventMap['TokenGeneration_ClientCredentials']; // PreTokenGenerationClientCredentialsV3TriggerEvent
 */
export interface SourceEventMap {
  PreSignUp_SignUp: DT.PreSignUpEmailTriggerEvent;
  PreSignUp_AdminCreateUser: DT.PreSignUpAdminCreateUserTriggerEvent;
  PreSignUp_ExternalProvider: DT.PreSignUpExternalProviderTriggerEvent;
  PostConfirmation_ConfirmSignUp: DT.PostConfirmationConfirmSignUpTriggerEvent;
  PostConfirmation_ConfirmForgotPassword: DT.PostConfirmationConfirmForgotPassword;
  PreAuthentication_Authentication: DT.PreAuthenticationTriggerEvent;
  PostAuthentication_Authentication: DT.PostAuthenticationTriggerEvent;
  DefineAuthChallenge_Authentication: DT.DefineAuthChallengeTriggerEvent;
  CreateAuthChallenge_Authentication: DT.CreateAuthChallengeTriggerEvent;
  VerifyAuthChallengeResponse_Authentication: DT.VerifyAuthChallengeResponseTriggerEvent;
  TokenGeneration_HostedAuth: DT.PreTokenGenerationHostedAuthTriggerEvent;
  TokenGeneration_Authentication: DT.PreTokenGenerationAuthenticationTriggerEvent;
  TokenGeneration_NewPasswordChallenge: DT.PreTokenGenerationNewPasswordChallengeTriggerEvent;
  TokenGeneration_AuthenticateDevice: DT.PreTokenGenerationAuthenticateDeviceTriggerEvent;
  TokenGeneration_RefreshTokens: DT.PreTokenGenerationRefreshTokensTriggerEvent;
  TokenGeneration_ClientCredentials: DT.PreTokenGenerationClientCredentialsV3TriggerEvent;
  UserMigration_Authentication: DT.UserMigrationAuthenticationTriggerEvent;
  UserMigration_ForgotPassword: DT.UserMigrationForgotPasswordTriggerEvent;
  CustomMessage_SignUp: DT.CustomMessageSignUpTriggerEvent;
  CustomMessage_AdminCreateUser: DT.CustomMessageAdminCreateUserTriggerEvent;
  CustomMessage_ResendCode: DT.CustomMessageResendCodeTriggerEvent;
  CustomMessage_ForgotPassword: DT.CustomMessageForgotPasswordTriggerEvent;
  CustomMessage_UpdateUserAttribute: DT.CustomMessageUpdateUserAttributeTriggerEvent;
  CustomMessage_VerifyUserAttribute: DT.CustomMessageVerifyUserAttributeTriggerEvent;
  CustomMessage_Authentication: DT.CustomMessageAuthenticationTriggerEvent;
  CustomEmailSender_SignUp: DT.CustomEmailSenderSignUpTriggerEvent;
  CustomEmailSender_ResendCode: DT.CustomEmailSenderResendCodeTriggerEvent;
  CustomEmailSender_ForgotPassword: DT.CustomEmailSenderForgotPasswordTriggerEvent;
  CustomEmailSender_UpdateUserAttribute: DT.CustomEmailSenderUpdateUserAttributeTriggerEvent;
  CustomEmailSender_VerifyUserAttribute: DT.CustomEmailSenderVerifyUserAttributeTriggerEvent;
  CustomEmailSender_AdminCreateUser: DT.CustomEmailSenderAdminCreateUserTriggerEvent;
  CustomEmailSender_Authentication: DT.CustomEmailSenderAuthenticationTriggerEvent;
  CustomEmailSender_AccountTakeOverNotification: DT.CustomEmailSenderAccountTakeOverNotificationTriggerEvent;
  CustomSMSSender_SignUp: DT.CustomSMSSenderSignUpTriggerEvent;
  CustomSMSSender_ResendCode: DT.CustomSMSSenderResendCodeTriggerEvent;
  CustomSMSSender_ForgotPassword: DT.CustomSMSSenderForgotPasswordTriggerEvent;
  CustomSMSSender_UpdateUserAttribute: DT.CustomSMSSenderUpdateUserAttributeTriggerEvent;
  CustomSMSSender_VerifyUserAttribute: DT.CustomSMSSenderVerifyUserAttributeTriggerEvent;
  CustomSMSSender_AdminCreateUser: DT.CustomSMSSenderAdminCreateUserTriggerEvent;
  CustomSMSSender_Authentication: DT.CustomSMSSenderAuthenticationUserTriggerEvent;
  InboundFederation_ExternalProvider: DT.InboundFederationTriggerEvent;
}

/**
 * The @types/aws-lambda event union of each slug.
 *
 * @example
 * type AnyPreSignUp = SlugEventMap['pre-signup']; // PreSignUpTriggerEvent from aws-lambda
 */
export interface SlugEventMap {
  'pre-signup': DT.PreSignUpTriggerEvent;
  'post-confirmation': DT.PostConfirmationTriggerEvent;
  'pre-authentication': DT.PreAuthenticationTriggerEvent;
  'post-authentication': DT.PostAuthenticationTriggerEvent;
  'define-auth-challenge': DT.DefineAuthChallengeTriggerEvent;
  'create-auth-challenge': DT.CreateAuthChallengeTriggerEvent;
  'verify-auth-challenge-response': DT.VerifyAuthChallengeResponseTriggerEvent;
  'pre-token-generation': DT.PreTokenGenerationTriggerEvent;
  'pre-token-generation-v2': DT.PreTokenGenerationV2TriggerEvent;
  /** @types models V3 as client credentials only; V3 user-flow events are typed as their V2 twins. */
  'pre-token-generation-v3': DT.PreTokenGenerationV3TriggerEvent | DT.PreTokenGenerationV2TriggerEvent;
  'user-migration': DT.UserMigrationTriggerEvent;
  'custom-message': DT.CustomMessageTriggerEvent;
  'custom-email-sender': DT.CustomEmailSenderTriggerEvent;
  'custom-sms-sender': DT.CustomSMSSenderTriggerEvent;
  'inbound-federation': DT.InboundFederationTriggerEvent;
}

type V2Of<S extends TriggerSource> = Extract<DT.PreTokenGenerationV2TriggerEvent, { triggerSource: S }>;

/**
 * The @types/aws-lambda event type for a target (slug or triggerSource) and, for the
 * TokenGeneration_* sources, an event version. It follows `resolveTarget`: a user-flow
 * TokenGeneration_* source means version 1 unless `V` says 2 or 3, and
 * TokenGeneration_ClientCredentials is always version 3. A slug gives its whole union (`V` is
 * ignored: each pre-token slug is one version).
 *
 * @types has no V3 type for the five user-flow sources (it models V3 as client credentials only,
 * sheet §3.6); the docs say those events are identical to V2, so version 3 gives the V2 type.
 *
 * @example
 * const handler: PreSignUpTriggerHandler = async (event) => event;
 * const event: EventFor<'PreSignUp_AdminCreateUser'> = buildEvent('PreSignUp_AdminCreateUser');
 * await handler(event, context, () => {});
 * type V2Auth = EventFor<'TokenGeneration_Authentication', 2>; // PreTokenGenerationAuthenticationV2TriggerEvent
 */
export type EventFor<T extends TriggerTarget, V extends TokenVersion | undefined = undefined> = T extends TriggerSlug
  ? SlugEventMap[T]
  : T extends 'TokenGeneration_ClientCredentials'
    ? SourceEventMap[T]
    : T extends TriggerSource
      ? V extends 2 | 3
        ? V2Of<T> extends never
          ? SourceEventMap[T]
          : V2Of<T>
        : SourceEventMap[T]
      : never;

/**
 * Any Cognito user pool trigger event, as @types/aws-lambda types it: the union of every source's
 * type plus the V2 pre-token events.
 *
 * @example
 * function sourceOf(event: AnyTriggerEvent): string {
 *   return event.triggerSource;
 * }
 */
export type AnyTriggerEvent = SourceEventMap[TriggerSource] | DT.PreTokenGenerationV2TriggerEvent;

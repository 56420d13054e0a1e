/**
 * `cognito-trigger-kit/arbitraries`: fast-check arbitraries of Cognito trigger events, valid by
 * construction and faithful to what Cognito sends, in a realistic and an adversarial profile.
 * Every random value flows from the fast-check seed (faker runs on a private instance re-seeded
 * from it), so failures replay from a printed seed and path.
 */
export { eventArb, EVENT_ARBITRARIES } from './triggers/arbitraries.js';
export { preSignUpEventArb } from './triggers/pre-signup/arbitrary.js';
export { postConfirmationEventArb } from './triggers/post-confirmation/arbitrary.js';
export { preAuthenticationEventArb } from './triggers/pre-authentication/arbitrary.js';
export { postAuthenticationEventArb } from './triggers/post-authentication/arbitrary.js';
export { defineAuthChallengeEventArb } from './triggers/define-auth-challenge/arbitrary.js';
export { createAuthChallengeEventArb } from './triggers/create-auth-challenge/arbitrary.js';
export { verifyAuthChallengeResponseEventArb } from './triggers/verify-auth-challenge-response/arbitrary.js';
export { preTokenGenerationEventArb } from './triggers/pre-token-generation/arbitrary.js';
export { preTokenGenerationV2EventArb } from './triggers/pre-token-generation-v2/arbitrary.js';
export { preTokenGenerationV3EventArb } from './triggers/pre-token-generation-v3/arbitrary.js';
export { userMigrationEventArb } from './triggers/user-migration/arbitrary.js';
export { customMessageEventArb } from './triggers/custom-message/arbitrary.js';
export { customEmailSenderEventArb } from './triggers/custom-email-sender/arbitrary.js';
export { customSMSSenderEventArb } from './triggers/custom-sms-sender/arbitrary.js';
export { inboundFederationEventArb } from './triggers/inbound-federation/arbitrary.js';
export { type EventConstraints, type Profile, type ConcreteProfile, DEFAULT_SIZES } from './shared/gen/constraints.js';
export {
  userArb,
  USER_STATUSES,
  type UserConstraints,
  type GeneratedUser,
  type UserStatus,
  type UsernameKind,
  type UserStage,
} from './shared/gen/user.js';
export { userAttributesArb, type UserAttributesConstraints, type RequiredContact } from './shared/gen/attributes.js';
export {
  federatedIdentityArb,
  identitiesAttribute,
  type FederatedIdentity,
  type FederatedIdentityConstraints,
  type ProviderType,
} from './shared/gen/federated-identity.js';
export { regionArb, COGNITO_REGIONS, type RegionConstraints } from './shared/gen/region.js';
export { userPoolIdArb, type UserPoolIdConstraints } from './shared/gen/user-pool-id.js';
export { clientIdArb, type ClientIdConstraints } from './shared/gen/client-id.js';
export { subArb, SUB_FORMS, type SubForm, type SubConstraints } from './shared/gen/sub.js';
export { awsSdkVersionArb, AWS_SDK_VERSIONS, type AwsSdkVersionConstraints } from './shared/gen/aws-sdk-version.js';
export { metadataArb, MAP_FORMS, type MapForm, type MetadataConstraints, type MetadataFlavour, type MetadataValue } from './shared/gen/metadata.js';
export { challengeSessionArb, isFirstRound, type ChallengeSessionConstraints, type SessionEntry } from './shared/gen/challenge-session.js';
export { customChallengeArb, type CustomChallenge, type CustomChallengeConstraints } from './shared/gen/challenge-parameters.js';
export { scopesArb, type ScopesConstraints } from './shared/gen/scopes.js';
export { senderCodeArb, type SenderCodeConstraints } from './shared/gen/sender-code.js';
export { adversarialStringArb, type AdversarialStringConstraints, type AdversarialStringKind } from './shared/gen/adversarial-string.js';
export { fakerArb, withFaker, type Faker } from './shared/gen/faker.js';
export {
  apiCallArb,
  allApiCallsArb,
  clientMetadataRoutingOf,
  CLIENT_METADATA_ROUTING,
  API_CALLS,
  API_CALL_NAMES,
  API_OPERATIONS,
  UNVERIFIED_DEFAULTS,
  renderClientMetadataRouting,
  renderApiCallCatalogue,
  type ApiCallConstraints,
  type AllApiCallsConstraints,
  type ApiCallScenario,
  type ScenarioStep,
  type ScenarioStepOf,
  type ScenarioEvent,
  type ScenarioRequest,
  type ScenarioPool,
  type ScenarioFacts,
  type ApiCallName,
  type ApiOperation,
  type AuthFlow,
  type RespondChallenge,
  type ClientMetadataRoute,
  type ClientMetadataRouting,
  type LambdaTrigger,
  type UnverifiedChoices,
} from './scenarios/index.js';
export {
  validOutputArb,
  invalidOutputArb,
  invalidOutputRules,
  validResponseArb,
  invalidResponseArb,
  type OutputConstraints,
  type ValidOutputConstraints,
  type InvalidOutputConstraints,
  type InvalidOutput,
  type ValidResponseConstraints,
  type InvalidResponseConstraints,
  type EventAndOutput,
  type EventAndInvalidOutput,
} from './triggers/output-arbitraries.js';

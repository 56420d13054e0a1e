/**
 * `cognito-trigger-kit/schemas`: the event contract alone. Loads zod and nothing else (no
 * fast-check, no faker).
 */
export * from './triggers/pre-signup/schema.js';
export * from './triggers/post-confirmation/schema.js';
export * from './triggers/pre-authentication/schema.js';
export * from './triggers/post-authentication/schema.js';
export * from './triggers/define-auth-challenge/schema.js';
export * from './triggers/create-auth-challenge/schema.js';
export * from './triggers/verify-auth-challenge-response/schema.js';
export * from './triggers/pre-token-generation/schema.js';
export * from './triggers/pre-token-generation-v2/schema.js';
export * from './triggers/pre-token-generation-v3/schema.js';
export * from './triggers/user-migration/schema.js';
export * from './triggers/custom-message/schema.js';
export * from './triggers/custom-email-sender/schema.js';
export * from './triggers/custom-sms-sender/schema.js';
export * from './triggers/inbound-federation/schema.js';
export {
  StringMapSchema,
  UserAttributesSchema,
  ClientMetadataSchema,
  ValidationDataSchema,
  CallerContextSchema,
  ChallengeNameSchema,
  ChallengeResultSchema,
  SessionSchema,
  ScopeSchema,
  CHALLENGE_NAMES,
  DEFINE_CHALLENGE_NAMES,
  MFA_CHALLENGE_NAMES,
  type ChallengeName,
  type ChallengeResult,
  type StringMap,
} from './shared/atoms.js';
export {
  GroupConfigurationSchema,
  GroupOverrideDetailsSchema,
  SIMPLE_ID_TOKEN_CLAIMS,
  USER_TOKEN_SOURCES,
  CLIENT_CREDENTIALS_SOURCE,
} from './shared/tokens.js';
export {
  TRIGGERS,
  TRIGGER_SLUGS,
  TRIGGER_SOURCES,
  resolveTarget,
  getTrigger,
  getSource,
  isTriggerSlug,
  isTriggerSource,
  closestTarget,
  type TriggerDefinition,
  type SourceDefinition,
  type TriggerSlug,
  type TriggerSource,
  type TriggerTarget,
  type SourcesOf,
  type TokenVersion,
  type ResolvedTarget,
} from './triggers/registry.js';
export {
  validateEvent,
  parseEvent,
  responseIssues,
  triggerForEvent,
  type ValidateOptions,
  type ValidationResult,
} from './validation/validate.js';
export { PREFILLED_RESPONSE, prefilledResponse, isUnanswered } from './validation/prefill.js';
export { REALISM_RULES, realismRuleApplies, type RealismRule, type RealismRuleId, type RealismScope } from './validation/realism.js';
export { toJsonSchema, allJsonSchemas, type JsonSchemaDocument, type SchemaSide } from './validation/json-schema.js';
export { formatIssue, formatPath, type ContractIssue, type Severity, type PathSegment } from './shared/issues.js';
export { CognitoContractError, KitUsageError } from './shared/errors.js';
export type {
  BaseTriggerEvent,
  CallerContext,
  SessionChallengeResult,
  GroupConfiguration,
  GroupOverrideDetails,
  ClaimValue,
  IdTokenClaims,
  IdTokenGeneration,
  AccessTokenGeneration,
  ClaimsAndScopeOverrideDetails,
  PreSignUpTriggerEvent,
  PostConfirmationTriggerEvent,
  PreAuthenticationTriggerEvent,
  PostAuthenticationTriggerEvent,
  DefineAuthChallengeTriggerEvent,
  CreateAuthChallengeTriggerEvent,
  VerifyAuthChallengeResponseTriggerEvent,
  PreTokenGenerationTriggerEvent,
  PreTokenGenerationV2TriggerEvent,
  PreTokenGenerationV3TriggerEvent,
  UserMigrationTriggerEvent,
  CustomMessageTriggerEvent,
  CustomEmailSenderTriggerEvent,
  CustomSMSSenderTriggerEvent,
  InboundFederationTriggerEvent,
  CognitoUserPoolTriggerEvent,
  OverlaySlugEventMap,
  OverlayEventFor,
} from './overlay.js';

/**
 * `cognito-trigger-kit/builders`: deterministic, realistic Cognito events for example-based tests.
 * Each builder returns the first value of the realistic event arbitrary under a seed (default 42),
 * with deep-partial overrides merged on top. Fixtures under `cognito-trigger-kit/fixtures/*` are
 * these events, written with seed 42.
 */
export {
  buildEvent,
  clearBuildCache,
  type BuildOptions,
  type SlugBuildOptions,
  type SlugBuilt,
  type EventOverrides,
} from './triggers/build-event.js';
export { buildPreSignUpEvent } from './triggers/pre-signup/builder.js';
export { buildPostConfirmationEvent } from './triggers/post-confirmation/builder.js';
export { buildPreAuthenticationEvent } from './triggers/pre-authentication/builder.js';
export { buildPostAuthenticationEvent } from './triggers/post-authentication/builder.js';
export { buildDefineAuthChallengeEvent } from './triggers/define-auth-challenge/builder.js';
export { buildCreateAuthChallengeEvent } from './triggers/create-auth-challenge/builder.js';
export { buildVerifyAuthChallengeResponseEvent } from './triggers/verify-auth-challenge-response/builder.js';
export { buildPreTokenGenerationEvent } from './triggers/pre-token-generation/builder.js';
export { buildPreTokenGenerationV2Event } from './triggers/pre-token-generation-v2/builder.js';
export { buildPreTokenGenerationV3Event } from './triggers/pre-token-generation-v3/builder.js';
export { buildUserMigrationEvent } from './triggers/user-migration/builder.js';
export { buildCustomMessageEvent } from './triggers/custom-message/builder.js';
export { buildCustomEmailSenderEvent } from './triggers/custom-email-sender/builder.js';
export { buildCustomSMSSenderEvent } from './triggers/custom-sms-sender/builder.js';
export { buildInboundFederationEvent } from './triggers/inbound-federation/builder.js';
export { mergeOverrides, type DeepPartialOverrides } from './shared/merge.js';
export { parseOverride, parseOverridePath, setAtPath, type ParsedOverride } from './shared/override-path.js';
export { DEFAULT_SEED } from './shared/sample.js';
export type { EventFor, SourceEventMap, SlugEventMap, AnyTriggerEvent } from './types.js';

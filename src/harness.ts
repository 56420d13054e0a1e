/**
 * Entry point `cognito-trigger-kit/harness`: run a handler the way Cognito does
 * (`invokeHandler`), the error a client would see (`cognitoErrorFor`), a realistic Lambda context
 * (`createLambdaContext`), and the tokens a pre token generation response would produce
 * (`previewTokens`).
 */
export { invokeHandler } from './harness/invoke.js';
export type { AnyHandler, InvokeOptions } from './harness/invoke.js';
export { COGNITO_TIMEOUT_MS, createLambdaContext, requestIdFor } from './harness/context.js';
export type { ContextSettleCall, LambdaContext, LambdaContextOptions } from './harness/context.js';
export { UNREADABLE_ERROR_MESSAGE, UNSERIALIZABLE_OUTPUT_MESSAGE, cognitoErrorFor, lambdaErrorMessage } from './harness/errors.js';
export type { CognitoClientError, CognitoErrorName, InvalidOutputReason, TriggerFailure } from './harness/errors.js';
export { classifyThrown, formatOutcome } from './harness/outcome.js';
export type {
  ExitedOutcome,
  HandlerStyle,
  IgnoredCall,
  InvalidOutputOutcome,
  InvokeOutcome,
  OutcomeCommon,
  ReturnedOutcome,
  SettledVia,
  ThrewOutcome,
  ThrownKind,
  TimeoutOutcome,
} from './harness/outcome.js';
export { TOKEN_PLACEHOLDERS, previewTokens } from './preview/tokens.js';
export type { PreviewOptions, TokenClaims, TokenPreview } from './preview/tokens.js';

/**
 * API-call scenarios: the trigger events one Cognito API call fires, and where its ClientMetadata
 * lands. Re-exported by `cognito-trigger-kit/arbitraries`.
 */
export {
  apiCallArb,
  allApiCallsArb,
  clientMetadataRoutingOf,
  type ApiCallConstraints,
  type AllApiCallsConstraints,
  type ApiCallScenario,
  type ScenarioStep,
  type ScenarioStepOf,
  type ScenarioEvent,
  type ScenarioRequest,
  type ScenarioPool,
  type ScenarioFacts,
} from './api-call-arb.js';
export {
  API_CALLS,
  API_CALL_NAMES,
  API_OPERATIONS,
  CLIENT_METADATA_ROUTING,
  CONDITIONS,
  EMAIL_SENDER_METADATA_SOURCES,
  LAMBDA_TRIGGERS,
  UNVERIFIED_DEFAULTS,
  clientMetadataRoute,
  emptyFormsOf,
  triggerOfSource,
  type ApiCallName,
  type ApiCallSpec,
  type ApiCallVariant,
  type ApiOperation,
  type AuthFlow,
  type ClientMetadataRoute,
  type ClientMetadataRouting,
  type Condition,
  type EmptyForms,
  type LambdaTrigger,
  type MfaKind,
  type RespondChallenge,
  type RoutingEvidence,
  type StepStage,
  type UnverifiedChoices,
} from './api-calls.js';
export { renderClientMetadataRouting, renderApiCallCatalogue } from './render.js';

/**
 * `cognito-trigger-kit/fuzz`: fuzz a trigger handler against its contract, and (custom auth) the
 * three challenge handlers together.
 */
export { fuzzTrigger, type FuzzOptions, type FuzzReport, type FuzzCounterexample, type FuzzProgress } from './fuzz/fuzz-trigger.js';
export { assertFuzzTrigger, FuzzFailure } from './fuzz/assert.js';
export { formatFuzzReport, fuzzReportJson, formatCounts, type FormatOptions } from './fuzz/report.js';
export { judgeOutcome, RUN_KINDS, type RunKind, type RunVerdict, type JudgeOptions } from './fuzz/verdict.js';
export { FUZZ_RULES, type FuzzRule, type FuzzRuleId } from './fuzz/rules.js';
export { simulateCustomAuth, resolveFlowConfig, type SimulateOptions } from './fuzz/custom-auth/simulate.js';
export {
  CustomAuthFlow,
  AUTH_FAILED,
  USER_NOT_FOUND,
  expectedAnswer,
  type CustomAuthHandlers,
  type FlowConfig,
  type FlowSetup,
  type FlowTranscript,
  type FlowRound,
  type FlowInvocation,
  type FlowResult,
  type FlowAnswer,
  type FlowApi,
  type FlowClientError,
  type FlowHandlerName,
  type FlowStart,
  type FlowUser,
  type BuiltInStep,
  type CreatedChallenge,
  type DefineDecision,
  type MfaChallenge,
  type PreventUserExistenceErrors,
  type RightAnswer,
} from './fuzz/custom-auth/flow.js';
export {
  alwaysRight,
  alwaysWrong,
  wrongThenRight,
  answerPattern,
  answerStrategyArb,
  decideAnswer,
  describeStrategy,
  wrongAnswerFor,
  type AnswerStrategy,
  type AnswerContext,
  type AnswerIntent,
  type AnswerStrategyConstraints,
} from './fuzz/custom-auth/strategies.js';
export {
  checkFlow,
  isFailing,
  resultText,
  FLOW_PROPERTIES,
  DEFAULT_MAX_WRONG,
  type FlowCheckOptions,
  type FlowProperty,
  type FlowPropertyId,
  type FlowViolation,
} from './fuzz/custom-auth/properties.js';
export { flowScenarioArb, scenarioOptions, type FlowScenario, type FlowScenarioConstraints } from './fuzz/custom-auth/scenario.js';
export {
  fuzzCustomAuth,
  type FuzzCustomAuthOptions,
  type FlowFuzzReport,
  type FlowCounterexample,
  type FlowFuzzProgress,
  type FlowResultCounts,
} from './fuzz/custom-auth/fuzz-custom-auth.js';
export { formatTranscript, formatFlowReport, transcriptToJson, flowReportToJson } from './fuzz/custom-auth/format.js';
export {
  customAuthCommands,
  runFlowCommands,
  FlowPropertyError,
  COMMAND_PROPERTIES,
  type FlowCommand,
  type FlowCommandsOptions,
  type FlowModel,
  type FlowUnderTest,
} from './fuzz/custom-auth/commands.js';

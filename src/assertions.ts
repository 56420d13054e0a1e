/**
 * `cognito-trigger-kit/assertions`: judge a handler's output against the Cognito contract, in any
 * test framework. `check…` returns the issues, `assert…` throws a `CognitoContractError` whose
 * message reads like zod's pretty errors, `is…` answers yes or no.
 */
import { CognitoContractError } from './shared/errors.js';
import {
  answerVerdict,
  claimsUntouchedVerdict,
  decisionVerdict,
  groupsPreservedVerdict,
  groupsSuppressedVerdict,
  verdictOf,
  type Verdict,
} from './rules/verdicts.js';
import { checkResponse } from './rules/check.js';
import type { CheckOptions, ResponseCheckResult } from './rules/types.js';

type Caller = (...args: never[]) => unknown;

function enforce(verdict: Verdict, caller: Caller): void {
  if (!verdict.pass) throw new CognitoContractError(verdict.header, verdict.issues, { caller });
}

/**
 * Throws a `CognitoContractError` when `output` breaks the contract of the event's trigger (any
 * error; with `strict`, any warning too), and returns the check result otherwise. The message has
 * a header naming the trigger and source, then one line per issue with its path and rule; the
 * stack starts at your call.
 *
 * @example
 * const event = buildEvent('TokenGeneration_Authentication');
 * assertResponse(event, await handler(event));
 * // CognitoContractError: PreTokenGeneration (pre-token-generation / TokenGeneration_Authentication): 1 problem
 * //   ✖ error response.claimsOverrideDetails.claimsToAddOrOverride.sub: sub is a claim Cognito sets … [pre-token-generation/non-overridable-claim]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function assertResponse(event: unknown, output: unknown, options: CheckOptions = {}): ResponseCheckResult {
  const result = checkResponse(event, output, options);
  enforce(verdictOf(result), assertResponse);
  return result;
}

/**
 * True when `output` satisfies the contract (no error; with `strict`, no warning).
 *
 * @example
 * if (!isValidResponse(event, output)) console.log(checkResponse(event, output).issues);
 */
export function isValidResponse(event: unknown, output: unknown, options: CheckOptions = {}): boolean {
  return checkResponse(event, output, options).ok;
}

/**
 * Verify auth challenge: asserts the output keeps the contract and accepts the answer
 * (`answerCorrect: true`).
 *
 * @example
 * assertAnswerCorrect(event, await verifyHandler({ ...event, request: { ...event.request, challengeAnswer: '1234' } }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export function assertAnswerCorrect(event: unknown, output: unknown): void {
  enforce(answerVerdict(event, output, true), assertAnswerCorrect);
}

/**
 * Verify auth challenge: asserts the output keeps the contract and rejects the answer
 * (`answerCorrect: false`).
 *
 * @example
 * assertAnswerIncorrect(event, await verifyHandler(wrongAnswerEvent));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export function assertAnswerIncorrect(event: unknown, output: unknown): void {
  enforce(answerVerdict(event, output, false), assertAnswerIncorrect);
}

/**
 * Define auth challenge: asserts the output keeps the contract and issues tokens.
 *
 * @example
 * assertTokensIssued(event, await defineHandler(eventAfterCorrectAnswer));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function assertTokensIssued(event: unknown, output: unknown): void {
  enforce(decisionVerdict(event, output, { kind: 'issueTokens' }), assertTokensIssued);
}

/**
 * Define auth challenge: asserts the output keeps the contract and fails the authentication.
 *
 * @example
 * assertAuthenticationFailed(event, await defineHandler(eventAfterThreeWrongAnswers));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function assertAuthenticationFailed(event: unknown, output: unknown): void {
  enforce(decisionVerdict(event, output, { kind: 'failAuthentication' }), assertAuthenticationFailed);
}

/**
 * Define auth challenge: asserts the output keeps the contract and asks for `challengeName`
 * (default `CUSTOM_CHALLENGE`), neither issuing tokens nor failing.
 *
 * @example
 * assertChallengeRequested(firstRoundEvent, await defineHandler(firstRoundEvent));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function assertChallengeRequested(event: unknown, output: unknown, challengeName = 'CUSTOM_CHALLENGE'): void {
  enforce(decisionVerdict(event, output, { kind: 'challenge', challengeName }), assertChallengeRequested);
}

/**
 * Pre token generation (any version): asserts the output keeps the contract and the tokens keep
 * the request's groups, IAM roles and preferred role (no `groupOverrideDetails`, or one that
 * copies `request.groupConfiguration`, and `cognito:groups` not suppressed).
 *
 * @example
 * assertGroupsPreserved(event, await preTokenHandler(event));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function assertGroupsPreserved(event: unknown, output: unknown): void {
  enforce(groupsPreservedVerdict(event, output), assertGroupsPreserved);
}

/**
 * Pre token generation (any version): asserts the output keeps the contract and neither token
 * carries a group (`groupsToOverride: []`, or `cognito:groups` suppressed from every token).
 * Use an event whose user has groups, or the assertion proves nothing.
 *
 * @example
 * assertGroupsSuppressed(event, await preTokenHandler(event));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function assertGroupsSuppressed(event: unknown, output: unknown): void {
  enforce(groupsSuppressedVerdict(event, output), assertGroupsSuppressed);
}

/**
 * Pre token generation (any version): asserts the output keeps the contract and does not add,
 * override or suppress `claims` in any token. Without `claims`, asserts it touches none of the
 * claims Cognito protects (sub, iss, aud, cognito:*, dev:*, scope, …).
 *
 * @example
 * assertClaimsUntouched(event, output, ['email', 'email_verified']);
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function assertClaimsUntouched(event: unknown, output: unknown, claims?: readonly string[]): void {
  enforce(claimsUntouchedVerdict(event, output, claims), assertClaimsUntouched);
}

export { checkResponse, checkResponseFor, type CheckForOptions } from './rules/check.js';
export { ruleCatalog, renderRuleTable, type RuleCatalogEntry } from './rules/catalog.js';
export { groupOutcome, type GroupOutcome, type GroupState } from './rules/groups.js';
export { tokenSections, type TokenSection, type TokenKind, type ClaimsVersion } from './rules/claims.js';
export { formatVerdict, type Verdict } from './rules/verdicts.js';
export type { CheckOptions, EmailSendingAccount, ResponseCheckResult, Rule, RuleSpec, RuleContext, RuleFinding } from './rules/types.js';
export { rulesFor, allRules } from './triggers/rules.js';
export { CognitoContractError } from './shared/errors.js';
export { formatIssue, formatPath, type ContractIssue, type Severity, type PathSegment } from './shared/issues.js';

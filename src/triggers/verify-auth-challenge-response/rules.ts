/**
 * Verify auth challenge response: `answerCorrect` must be a JSON boolean (sheet §3.5).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
import { describeValue } from '../../shared/issues.js';
import { hasKey } from '../../rules/json.js';
import type { RuleSpec } from '../../rules/types.js';

/**
 * A Verify handler decides, always: `null` (Cognito's pre-fill) or a missing `answerCorrect` is an
 * error too, unless `requireDecision: false` and the response is still unanswered.
 */
const answerNotBoolean: RuleSpec = {
  what: 'answer-not-boolean',
  severity: 'error',
  summary: 'answerCorrect must be a JSON boolean (not "true", not null, not missing).',
  cognitoDoes:
    'Answers InvalidLambdaResponseException "Unrecognizable lambda output" for a non-boolean; with null or nothing the answer is not accepted as correct and the challenge is failed.',
  replacesSchema: ['schema/invalid_type'],
  appliesTo: (ctx) => ctx.judgeDecision,
  check(ctx) {
    const value = ctx.response?.answerCorrect;
    if (typeof value === 'boolean') return [];
    const what = !hasKey(ctx.response, 'answerCorrect') ? 'missing' : describeValue(value);
    const consequence =
      value === null || value === undefined
        ? 'the handler made no decision; Cognito does not accept the answer and the challenge fails'
        : `Cognito answers InvalidLambdaResponseException "Unrecognizable lambda output"${typeof value === 'string' ? ` (write ${value.trim().toLowerCase() === 'true' ? 'true' : 'false'} without quotes)` : ''}`;
    return [{ path: ['response', 'answerCorrect'], message: `answerCorrect is ${what}, not a JSON boolean: ${consequence}` }];
  },
};

/**
 * The Verify rules beyond the shared output rules.
 *
 * @example
 * rulesFor('verify-auth-challenge-response') // the shared output rules, then VERIFY_AUTH_CHALLENGE_RESPONSE_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export const VERIFY_AUTH_CHALLENGE_RESPONSE_RULES: readonly RuleSpec[] = [answerNotBoolean];

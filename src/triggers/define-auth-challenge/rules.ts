/**
 * Define auth challenge: exactly one decision per call (sheet §3.5): issue tokens, fail, or name
 * the next challenge. MFA challenges are Cognito's to add, never Define's.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
import { DEFINE_CHALLENGE_NAMES, MFA_CHALLENGE_NAMES } from '../../shared/atoms.js';
import { describeValue } from '../../shared/issues.js';
import type { RuleContext, RuleSpec } from '../../rules/types.js';
import { booleanFlagsRule, consequence } from '../../rules/values.js';

const UNRECOGNIZABLE = 'Answers InvalidLambdaResponseException "Unrecognizable lambda output" and the sign-in fails.';
const isMfa = (name: unknown): boolean => (MFA_CHALLENGE_NAMES as readonly unknown[]).includes(name);
const flagValue = (ctx: RuleContext, key: string): unknown => ctx.response?.[key];
const isBoolOrUnset = (v: unknown): boolean => v === undefined || v === null || typeof v === 'boolean';

const flagNotBoolean = booleanFlagsRule({
  what: 'flag-not-boolean',
  fields: ['issueTokens', 'failAuthentication'],
  unset: 'absent-or-null',
  cognitoDoes: UNRECOGNIZABLE,
  summary: 'issueTokens and failAuthentication must be JSON booleans (or left null).',
});

const conflictingDecision: RuleSpec = {
  what: 'conflicting-decision',
  severity: 'error',
  summary: 'issueTokens and failAuthentication must never both be true.',
  cognitoDoes: 'Has no documented behaviour for both (UNVERIFIED which one wins): the handler must decide one.',
  check: (ctx) =>
    flagValue(ctx, 'issueTokens') === true && flagValue(ctx, 'failAuthentication') === true
      ? [
          {
            path: ['response', 'failAuthentication'],
            message:
              'issueTokens and failAuthentication are both true: Cognito documents no outcome for this (UNVERIFIED whether it signs the user in or fails); set exactly one',
          },
        ]
      : [],
};

const noDecision: RuleSpec = {
  what: 'no-decision',
  severity: 'error',
  summary: 'When neither issueTokens nor failAuthentication is true, challengeName must name the next challenge.',
  cognitoDoes: 'Has nothing to do next: no tokens, no failure, no challenge; the flow fails.',
  appliesTo: (ctx) => ctx.judgeDecision,
  check(ctx) {
    const issue = flagValue(ctx, 'issueTokens');
    const fail = flagValue(ctx, 'failAuthentication');
    // A flag of the wrong type is flag-not-boolean's to report: the author meant a decision.
    if (!isBoolOrUnset(issue) || !isBoolOrUnset(fail)) return [];
    if (issue === true || fail === true) return [];
    const name = ctx.response?.challengeName;
    if (name !== undefined && name !== null) return [];
    return [
      {
        path: ['response', 'challengeName'],
        message: `no decision: issueTokens and failAuthentication are not true and challengeName is ${describeValue(name)}; Cognito has nothing to do next and the flow fails (set issueTokens, failAuthentication, or challengeName such as "CUSTOM_CHALLENGE")`,
      },
    ];
  },
};

const unknownChallenge: RuleSpec = {
  what: 'unknown-challenge',
  severity: 'error',
  summary: `challengeName must be one Define can ask for (${DEFINE_CHALLENGE_NAMES.filter((n) => !isMfa(n)).join(', ')}).`,
  cognitoDoes: UNRECOGNIZABLE,
  replacesSchema: ['schema/invalid_value'],
  check(ctx) {
    const name = ctx.response?.challengeName;
    if (name === undefined || name === null || isMfa(name) || (DEFINE_CHALLENGE_NAMES as readonly unknown[]).includes(name)) return [];
    return [
      {
        path: ['response', 'challengeName'],
        message: `challengeName is ${describeValue(name)}, not a challenge Define can ask for (${DEFINE_CHALLENGE_NAMES.filter((n) => !isMfa(n)).join(', ')}): ${consequence(UNRECOGNIZABLE)}`,
      },
    ];
  },
};

const mfaChallenge: RuleSpec = {
  what: 'mfa-challenge',
  severity: 'error',
  summary: `challengeName must not be an MFA challenge (${MFA_CHALLENGE_NAMES.join(', ')}).`,
  cognitoDoes: 'Adds MFA challenges by itself after PASSWORD_VERIFIER for a user with MFA; Define must not ask for them.',
  replacesSchema: ['schema/invalid_value'],
  check(ctx) {
    const name = ctx.response?.challengeName;
    if (!isMfa(name)) return [];
    return [
      {
        path: ['response', 'challengeName'],
        message: `challengeName is ${JSON.stringify(name)}, an MFA challenge: Define must not ask for it; Cognito adds MFA by itself after PASSWORD_VERIFIER for a user who has MFA`,
      },
    ];
  },
};

/**
 * The Define rules beyond the shared output rules.
 *
 * @example
 * rulesFor('define-auth-challenge') // the shared output rules, then DEFINE_AUTH_CHALLENGE_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export const DEFINE_AUTH_CHALLENGE_RULES: readonly RuleSpec[] = [flagNotBoolean, conflictingDecision, noDecision, unknownChallenge, mfaChallenge];

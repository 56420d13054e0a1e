/**
 * Pre sign-up: three booleans, two preconditions, and flags Cognito ignores for AdminCreateUser
 * (sheet §3.1).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
import type { RuleSpec } from '../../rules/types.js';
import { booleanFlagsRule, nonEmptyString } from '../../rules/values.js';

const FLAGS = ['autoConfirmUser', 'autoVerifyEmail', 'autoVerifyPhone'] as const;
const ADMIN_CREATE_USER = 'PreSignUp_AdminCreateUser';

const flagNotBoolean = booleanFlagsRule({
  what: 'flag-not-boolean',
  fields: FLAGS,
  unset: 'absent',
  cognitoDoes: 'Answers InvalidLambdaResponseException "Unrecognizable lambda output" and the sign-up fails.',
  summary: 'autoConfirmUser, autoVerifyEmail and autoVerifyPhone must be JSON booleans.',
});

function autoVerifyNeeds(flag: 'autoVerifyEmail' | 'autoVerifyPhone', attribute: 'email' | 'phone_number'): RuleSpec {
  return {
    what: flag === 'autoVerifyEmail' ? 'auto-verify-email-without-email' : 'auto-verify-phone-without-phone',
    severity: 'error',
    summary: `${flag} true needs a non-empty ${attribute} attribute in the request.`,
    cognitoDoes: `Fails the sign-up: there is no ${attribute} to mark verified.`,
    // Cognito ignores every flag on AdminCreateUser, so nothing fails there (flags-ignored warns).
    appliesTo: (ctx) => ctx.triggerSource !== ADMIN_CREATE_USER,
    check(ctx) {
      if (ctx.response?.[flag] !== true || nonEmptyString(ctx.request.userAttributes, attribute) !== undefined) return [];
      return [
        {
          path: ['response', flag],
          message: `${flag} is true but request.userAttributes has no non-empty ${attribute}: Cognito fails the sign-up (it cannot mark a missing ${attribute} verified)`,
        },
      ];
    },
  };
}

const flagsIgnored: RuleSpec = {
  what: 'flags-ignored',
  severity: 'warning',
  summary: 'On PreSignUp_AdminCreateUser the three flags have no effect.',
  cognitoDoes: 'Ignores autoConfirmUser, autoVerifyEmail and autoVerifyPhone for AdminCreateUser (the admin call decides).',
  appliesTo: (ctx) => ctx.triggerSource === ADMIN_CREATE_USER,
  check: (ctx) =>
    FLAGS.filter((f) => ctx.response?.[f] === true).map((f) => ({
      path: ['response', f],
      message: `${f} is true on PreSignUp_AdminCreateUser: Cognito ignores it for admin-created users (set the attribute's verified flag in AdminCreateUser instead)`,
    })),
};

/**
 * The pre sign-up rules beyond the shared output rules.
 *
 * @example
 * rulesFor('pre-signup') // the shared output rules, then PRE_SIGNUP_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export const PRE_SIGNUP_RULES: readonly RuleSpec[] = [
  flagNotBoolean,
  autoVerifyNeeds('autoVerifyEmail', 'email'),
  autoVerifyNeeds('autoVerifyPhone', 'phone_number'),
  flagsIgnored,
];

/**
 * Pre authentication reads nothing back (`{}`; throw to deny the sign-in); its only rules are the shared output rules.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
import type { RuleSpec } from '../../rules/types.js';

/**
 * No rule beyond the shared output rules.
 *
 * @example
 * rulesFor('pre-authentication') // the shared output rules, then PRE_AUTHENTICATION_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export const PRE_AUTHENTICATION_RULES: readonly RuleSpec[] = [];

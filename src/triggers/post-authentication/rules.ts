/**
 * Post authentication expects nothing back (`{}`); its only rules are the shared output rules.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
import type { RuleSpec } from '../../rules/types.js';

/**
 * No rule beyond the shared output rules.
 *
 * @example
 * rulesFor('post-authentication') // the shared output rules, then POST_AUTHENTICATION_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export const POST_AUTHENTICATION_RULES: readonly RuleSpec[] = [];

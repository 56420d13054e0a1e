/**
 * Post confirmation expects nothing back (`{}`); its only rules are the shared output rules (the strict schema flags any key in `response`).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
import type { RuleSpec } from '../../rules/types.js';

/**
 * No rule beyond the shared output rules.
 *
 * @example
 * rulesFor('post-confirmation') // the shared output rules, then POST_CONFIRMATION_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export const POST_CONFIRMATION_RULES: readonly RuleSpec[] = [];

/**
 * Custom SMS sender is invoked asynchronously and Cognito ignores its result (sheet §3.9)
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/ no output rule applies.:user-pool-lambda-custom-sms-sender.html
 */
import type { RuleSpec } from '../../rules/types.js';

/**
 * No rule beyond the shared output rules.
 *
 * @example
 * rulesFor('custom-sms-sender') // the shared output rules, then CUSTOM_SMS_SENDER_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export const CUSTOM_SMS_SENDER_RULES: readonly RuleSpec[] = [];

/**
 * Custom SMS sender is invoked asynchronously and Cognito ignores its result (sheet §3.9)
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/ no output rule applies.:user-pool-lambda-custom-sms-sender.html
 */
import type { RuleSpec } from '../../rules/types.js';

/** No rule beyond the shared output rules. */
export const CUSTOM_SMS_SENDER_RULES: readonly RuleSpec[] = [];

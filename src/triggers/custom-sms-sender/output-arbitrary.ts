/** custom-sms-sender: Cognito invokes it asynchronously and ignores what it returns, so no output is invalid. */
import fc from 'fast-check';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/**
 * The sender's result is ignored: any value will do; there is no rule to break.
 *
 * @example
 * fc.sample(CUSTOM_SMS_SENDER_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export const CUSTOM_SMS_SENDER_OUTPUTS: ResponseGenerators = {
  clean: () => fc.constant({}),
  invalid: [],
};

/** custom-email-sender: Cognito invokes it asynchronously and ignores what it returns, so no output is invalid. */
import fc from 'fast-check';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/** The sender's result is ignored: any value will do; there is no rule to break. */
export const CUSTOM_EMAIL_SENDER_OUTPUTS: ResponseGenerators = {
  clean: () => fc.constant({}),
  invalid: [],
};

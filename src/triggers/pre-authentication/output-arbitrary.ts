/** Outputs of a trigger that expects nothing back: `response` stays `{}`. */
import fc from 'fast-check';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/**
 * Generators of pre-authentication responses (only the shared output rules can be broken).
 *
 * @example
 * fc.sample(PRE_AUTHENTICATION_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export const PRE_AUTHENTICATION_OUTPUTS: ResponseGenerators = {
  clean: () => fc.constant({}),
  invalid: [],
};

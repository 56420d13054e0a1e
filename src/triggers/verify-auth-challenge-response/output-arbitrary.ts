/**
 * Verify auth challenge response outputs: `answerCorrect` true or false; invalid ones leave it
 * null, missing, or a string.
 */
import fc from 'fast-check';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/**
 * Generators of Verify responses.
 *
 * @example
 * fc.sample(VERIFY_AUTH_CHALLENGE_RESPONSE_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export const VERIFY_AUTH_CHALLENGE_RESPONSE_OUTPUTS: ResponseGenerators = {
  clean: () => fc.boolean().map((answerCorrect) => ({ answerCorrect })),
  invalid: [
    {
      what: 'answer-not-boolean',
      response: () =>
        fc.oneof(
          fc.constantFrom<unknown>('true', 'false', 'True', 1, 0, null).map((answerCorrect) => ({ answerCorrect })),
          fc.constant({}),
        ),
    },
  ],
};

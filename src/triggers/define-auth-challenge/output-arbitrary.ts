/**
 * Define auth challenge outputs: one decision each (issue tokens, fail, or the next challenge);
 * invalid ones make none, both, or ask for an unknown or MFA challenge.
 */
import fc from 'fast-check';
import { DEFINE_CHALLENGE_NAMES, MFA_CHALLENGE_NAMES } from '../../shared/atoms.js';
import { charsArb, optionalField, record, UPPER, type ResponseGenerators } from '../../rules/arbitrary.js';

const ASKABLE = DEFINE_CHALLENGE_NAMES.filter((n) => !(MFA_CHALLENGE_NAMES as readonly string[]).includes(n));
/** A flag that is not set: false, null or absent. */
const notSet = (key: string) => optionalField(key, fc.constant(false), { nullable: true });
const noChallenge = optionalField('challengeName', fc.constant(null), { nullable: true });

/**
 * Generators of Define responses.
 *
 * @example
 * fc.sample(DEFINE_AUTH_CHALLENGE_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export const DEFINE_AUTH_CHALLENGE_OUTPUTS: ResponseGenerators = {
  clean: () =>
    fc.oneof(
      record(fc.constant({ issueTokens: true }), notSet('failAuthentication'), noChallenge),
      record(fc.constant({ failAuthentication: true }), notSet('issueTokens'), noChallenge),
      record(fc.constantFrom(...ASKABLE).map((challengeName) => ({ challengeName })), notSet('issueTokens'), notSet('failAuthentication')),
    ),
  invalid: [
    {
      what: 'flag-not-boolean',
      response: () =>
        fc.oneof(
          fc.constantFrom<unknown>('false', 0, 'no').map((issueTokens) => ({ challengeName: 'CUSTOM_CHALLENGE', issueTokens, failAuthentication: false })),
          fc.constantFrom<unknown>('true', 1).map((issueTokens) => ({ challengeName: null, issueTokens, failAuthentication: false })),
          fc.constantFrom<unknown>('true', 'false', 1).map((failAuthentication) => ({ issueTokens: true, failAuthentication })),
        ),
    },
    {
      what: 'conflicting-decision',
      response: () => record(fc.constant({ issueTokens: true, failAuthentication: true }), noChallenge),
    },
    {
      what: 'no-decision',
      response: () => record(notSet('issueTokens'), notSet('failAuthentication'), noChallenge),
    },
    {
      what: 'unknown-challenge',
      response: () =>
        fc
          .oneof(fc.constantFrom('challengeName', 'CUSTOM', 'custom_challenge', 'SRP_B', 'PASSWORD'), charsArb('', `${UPPER}_`, 1, 20))
          .filter((n) => !(DEFINE_CHALLENGE_NAMES as readonly string[]).includes(n) && !(MFA_CHALLENGE_NAMES as readonly string[]).includes(n))
          .map((challengeName) => ({ challengeName, issueTokens: false, failAuthentication: false })),
    },
    {
      what: 'mfa-challenge',
      response: () => fc.constantFrom(...MFA_CHALLENGE_NAMES).map((challengeName) => ({ challengeName, issueTokens: false, failAuthentication: false })),
    },
  ],
};

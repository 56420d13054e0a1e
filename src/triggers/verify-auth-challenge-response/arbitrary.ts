/**
 * Verify auth challenge response events (sheet §3.5): `privateChallengeParameters` as a Create
 * handler set them, `challengeAnswer` the client's answer (a string, right or wrong), and
 * `clientMetadata` from RespondToAuthChallenge.
 */
import fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { customChallengeArbFor } from '../../shared/gen/challenge-parameters.js';
import {
  type SourceTraits,
  assembleEvent,
  callerContextArb,
  metadataField,
  metadataFieldArb,
  put,
  slugEventArb,
  subjectArb,
} from '../../shared/gen/event.js';
import { adversarialStringArb } from '../../shared/gen/adversarial-string.js';
import type { EventFor } from '../../types.js';
import type { VERIFY_AUTH_CHALLENGE_RESPONSE_SOURCES } from './schema.js';

type Source = (typeof VERIFY_AUTH_CHALLENGE_RESPONSE_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  VerifyAuthChallengeResponse_Authentication: {
    federation: 'never',
    userNotFound: true,
    metadata: [metadataField('clientMetadata', ['absent', 'map'])],
  },
};

/**
 * Verify auth challenge response events (`VerifyAuthChallengeResponse_Authentication`).
 *
 * @example
 * fc.assert(fc.property(verifyAuthChallengeResponseEventArb(), (event) => {
 *   expect(typeof event.request.challengeAnswer).toBe('string');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export function verifyAuthChallengeResponseEventArb(
  constraints: EventConstraints = {},
): fc.Arbitrary<EventFor<'verify-auth-challenge-response'>> {
  return slugEventArb('verify-auth-challenge-response', TRAITS, constraints, (plan) => {
    const answerArb =
      plan.profile === 'realistic'
        ? fc.constantFrom<'correct' | 'wrong'>('correct', 'wrong')
        : fc.oneof(fc.constantFrom<'correct' | 'wrong'>('correct', 'wrong'), adversarialStringArb());
    return fc
      .tuple(
        subjectArb(plan, { statuses: plan.profile === 'realistic' ? ['CONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD'] : undefined }),
        callerContextArb(plan),
        customChallengeArbFor(plan.profile),
        answerArb,
        metadataFieldArb(plan, 'clientMetadata'),
      )
      .map(([subject, caller, challenge, answer, clientMetadata]) => {
        const correct = challenge.correctAnswer;
        // A wrong answer differs from the right one (a typo-like variant of it).
        const wrong = /^\d+$/.test(correct) ? correct.slice(0, -1) + String((Number(correct.slice(-1)) + 1) % 10) : `${correct}x`;
        const challengeAnswer = answer === 'correct' ? correct : answer === 'wrong' ? wrong : answer;
        const request: Record<string, unknown> = {
          userAttributes: subject.user.attributes,
          privateChallengeParameters: challenge.privateChallengeParameters,
          challengeAnswer,
        };
        put(request, 'userNotFound', subject.userNotFound);
        put(request, 'clientMetadata', clientMetadata);
        return assembleEvent(plan, subject.user, caller, request);
      });
  }) as unknown as fc.Arbitrary<EventFor<'verify-auth-challenge-response'>>;
}

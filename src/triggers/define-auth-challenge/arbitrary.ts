/**
 * Define auth challenge events (sheet §3.5): `session` in Cognito's order (`[]` on a passwordless
 * first round, `SRP_A` then `PASSWORD_VERIFIER` with SRP), `userNotFound` with
 * PreventUserExistenceErrors ENABLED, `clientMetadata` never on the first round.
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { customAuthPartsArb } from '../../shared/gen/custom-auth.js';
import { type SourceTraits, assembleEvent, metadataField, put, slugEventArb } from '../../shared/gen/event.js';
import type { EventFor } from '../../types.js';
import type { DEFINE_AUTH_CHALLENGE_SOURCES } from './schema.js';

type Source = (typeof DEFINE_AUTH_CHALLENGE_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  DefineAuthChallenge_Authentication: { federation: 'never', userNotFound: true, metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
};

/**
 * Define auth challenge events (`DefineAuthChallenge_Authentication`).
 *
 * @example
 * fc.assert(fc.property(defineAuthChallengeEventArb({ maxSessionLength: 0 }), (event) => {
 *   expect(event.request.session).toEqual([]);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function defineAuthChallengeEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'define-auth-challenge'>> {
  return slugEventArb('define-auth-challenge', TRAITS, constraints, (plan) =>
    customAuthPartsArb(plan).map(({ subject, caller, session, clientMetadata }) => {
      const request: Record<string, unknown> = { userAttributes: subject.user.attributes, session };
      put(request, 'userNotFound', subject.userNotFound);
      put(request, 'clientMetadata', clientMetadata);
      return assembleEvent(plan, subject.user, caller, request);
    }),
  ) as unknown as fc.Arbitrary<EventFor<'define-auth-challenge'>>;
}

/**
 * Create auth challenge events (sheet §3.5): called after Define asked for CUSTOM_CHALLENGE, with
 * the same session Define saw (`[]` on the first round).
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { customAuthPartsArb } from '../../shared/gen/custom-auth.js';
import { type SourceTraits, assembleEvent, metadataField, put, slugEventArb } from '../../shared/gen/event.js';
import type { EventFor } from '../../types.js';
import type { CREATE_AUTH_CHALLENGE_SOURCES } from './schema.js';

type Source = (typeof CREATE_AUTH_CHALLENGE_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  CreateAuthChallenge_Authentication: { federation: 'never', userNotFound: true, metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
};

/**
 * Create auth challenge events (`CreateAuthChallenge_Authentication`); `challengeName` is always
 * `CUSTOM_CHALLENGE`, the only challenge Cognito calls Create for.
 *
 * @example
 * fc.assert(fc.property(createAuthChallengeEventArb(), (event) => {
 *   expect(event.request.challengeName).toBe('CUSTOM_CHALLENGE');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export function createAuthChallengeEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'create-auth-challenge'>> {
  return slugEventArb('create-auth-challenge', TRAITS, constraints, (plan) =>
    customAuthPartsArb(plan).map(({ subject, caller, session, clientMetadata }) => {
      const request: Record<string, unknown> = { userAttributes: subject.user.attributes, challengeName: 'CUSTOM_CHALLENGE', session };
      put(request, 'userNotFound', subject.userNotFound);
      put(request, 'clientMetadata', clientMetadata);
      return assembleEvent(plan, subject.user, caller, request);
    }),
  ) as unknown as fc.Arbitrary<EventFor<'create-auth-challenge'>>;
}

/**
 * Post authentication events (sheet §3.4): `newDeviceUsed` (present as `false` even in federated
 * captures), `clientMetadata` only from (Admin)RespondToAuthChallenge.
 */
import fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import {
  type SourceTraits,
  assembleEvent,
  callerContextArb,
  metadataField,
  metadataFieldArb,
  metadataForUser,
  put,
  slugEventArb,
  subjectArb,
} from '../../shared/gen/event.js';
import type { EventFor } from '../../types.js';
import type { POST_AUTHENTICATION_SOURCES } from './schema.js';

type Source = (typeof POST_AUTHENTICATION_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  PostAuthentication_Authentication: { federation: 'sometimes', metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
};

/**
 * Post authentication events (`PostAuthentication_Authentication`).
 *
 * @example
 * fc.assert(fc.property(postAuthenticationEventArb({ profile: 'realistic' }), (event) => {
 *   expect(typeof event.request.newDeviceUsed).toBe('boolean');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export function postAuthenticationEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'post-authentication'>> {
  return slugEventArb('post-authentication', TRAITS, constraints, (plan) =>
    fc
      .tuple(
        subjectArb(plan, { statuses: plan.profile === 'realistic' ? ['CONFIRMED'] : undefined }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'clientMetadata'),
        // Documented only for pools that remember devices; captures carry false anyway.
        plan.profile === 'realistic'
          ? fc.constantFrom<boolean | undefined>(false, false, false, true)
          : fc.constantFrom<boolean | undefined>(undefined, false, true),
      )
      .map(([{ user }, caller, clientMetadata, newDeviceUsed]) => {
        const request: Record<string, unknown> = { userAttributes: user.attributes };
        put(request, 'newDeviceUsed', user.identity !== undefined && newDeviceUsed === true ? false : newDeviceUsed);
        put(request, 'clientMetadata', metadataForUser(plan, 'clientMetadata', clientMetadata, user));
        return assembleEvent(plan, user, caller, request, user.identity !== undefined);
      }),
  ) as unknown as fc.Arbitrary<EventFor<'post-authentication'>>;
}

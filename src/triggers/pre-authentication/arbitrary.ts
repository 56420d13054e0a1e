/**
 * Pre authentication events (sheet §3.3): the ClientMetadata of (Admin)InitiateAuth arrives as
 * `validationData` (`{}` when none was sent); `userNotFound` appears only with
 * PreventUserExistenceErrors ENABLED, and then pre authentication also runs for users that do
 * not exist.
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
import type { UserStatus } from '../../shared/gen/user.js';
import type { EventFor } from '../../types.js';
import type { PRE_AUTHENTICATION_SOURCES } from './schema.js';

type Source = (typeof PRE_AUTHENTICATION_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  PreAuthentication_Authentication: {
    federation: 'sometimes',
    userNotFound: true,
    metadata: [
      metadataField('validationData', ['empty', 'map'], ['absent', 'null', 'empty', 'map'], { carriesClientMetadata: true }),
      // DISAGREE (sheet §3.3): undocumented; @types declares it. Only adversarial events carry it.
      metadataField('clientMetadata', ['absent'], ['absent', 'null', 'map'], { carriesClientMetadata: true }),
    ],
  },
};

/** Sign-in attempts: mostly confirmed users, some still on their temporary password. */
const STATUSES: readonly UserStatus[] = ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD'];

/**
 * Pre authentication events (`PreAuthentication_Authentication`).
 *
 * @example
 * fc.assert(fc.property(preAuthenticationEventArb({ userNotFound: true }), (event) => {
 *   expect(event.request.userNotFound).toBe(true);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export function preAuthenticationEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'pre-authentication'>> {
  return slugEventArb('pre-authentication', TRAITS, constraints, (plan) =>
    fc
      .tuple(
        subjectArb(plan, { statuses: plan.profile === 'realistic' ? STATUSES : undefined }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'validationData'),
        metadataFieldArb(plan, 'clientMetadata'),
      )
      .map(([{ user, userNotFound }, caller, validationData, clientMetadata]) => {
        const request: Record<string, unknown> = { userAttributes: user.attributes };
        put(request, 'validationData', metadataForUser(plan, 'validationData', validationData, user));
        put(request, 'userNotFound', userNotFound);
        put(request, 'clientMetadata', metadataForUser(plan, 'clientMetadata', clientMetadata, user));
        return assembleEvent(plan, user, caller, request, user.identity !== undefined);
      }),
  ) as unknown as fc.Arbitrary<EventFor<'pre-authentication'>>;
}

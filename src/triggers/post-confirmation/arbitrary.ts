/**
 * Post confirmation events (sheet §3.2): an existing, confirmed user; a federated user's first
 * sign-in arrives as `PostConfirmation_ConfirmSignUp` with `EXTERNAL_PROVIDER` status.
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
import type { POST_CONFIRMATION_SOURCES } from './schema.js';

type Source = (typeof POST_CONFIRMATION_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  // AdminConfirmSignUp has no app client: emulators send CLIENT_ID_NOT_APPLICABLE (UNVERIFIED on
  // AWS), so only adversarial events carry it.
  PostConfirmation_ConfirmSignUp: {
    federation: 'sometimes',
    clientIdNotApplicable: 'adversarial',
    metadata: [metadataField('clientMetadata', ['absent', 'map'])],
  },
  PostConfirmation_ConfirmForgotPassword: { federation: 'never', metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
};

/**
 * Post confirmation events for `PostConfirmation_ConfirmSignUp` and
 * `PostConfirmation_ConfirmForgotPassword`.
 *
 * @example
 * fc.assert(fc.property(postConfirmationEventArb({ federated: true }), (event) => {
 *   expect(event.request.userAttributes['cognito:user_status']).toBe('EXTERNAL_PROVIDER');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export function postConfirmationEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'post-confirmation'>> {
  return slugEventArb('post-confirmation', TRAITS, constraints, (plan) =>
    fc
      .tuple(
        subjectArb(plan, { statuses: plan.profile === 'realistic' ? ['CONFIRMED'] : undefined }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'clientMetadata'),
      )
      .map(([{ user }, caller, clientMetadata]) => {
        const request: Record<string, unknown> = { userAttributes: user.attributes };
        put(request, 'clientMetadata', metadataForUser(plan, 'clientMetadata', clientMetadata, user));
        return assembleEvent(plan, user, caller, request, user.identity !== undefined);
      }),
  ) as unknown as fc.Arbitrary<EventFor<'post-confirmation'>>;
}

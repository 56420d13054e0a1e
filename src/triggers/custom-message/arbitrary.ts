/**
 * Custom message events (sheet §3.8): the placeholders Cognito sends (`{####}`, the undocumented
 * `{##Click Here##}`, `{username}` only for AdminCreateUser), the user's status at that moment,
 * and `CLIENT_ID_NOT_APPLICABLE` for AdminCreateUser.
 */
import fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
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
import { MESSAGE_STATUSES, messageEventOf } from '../../shared/gen/messages.js';
import type { EventFor } from '../../types.js';
import type { CUSTOM_MESSAGE_SOURCES } from './schema.js';

type Source = (typeof CUSTOM_MESSAGE_SOURCES)[number];

const WITH_METADATA: SourceTraits = { federation: 'never', metadata: [metadataField('clientMetadata', ['absent', 'map'])] };

const TRAITS: Record<Source, SourceTraits> = {
  CustomMessage_SignUp: WITH_METADATA,
  // AdminCreateUser's ClientMetadata goes to pre sign-up, not here (API docs, sheet §4.3).
  CustomMessage_AdminCreateUser: {
    federation: 'never',
    clientIdNotApplicable: 'always',
    metadata: [metadataField('clientMetadata', ['absent'], ['absent', 'null', 'empty'])],
  },
  CustomMessage_ResendCode: WITH_METADATA,
  CustomMessage_ForgotPassword: WITH_METADATA,
  CustomMessage_UpdateUserAttribute: WITH_METADATA,
  CustomMessage_VerifyUserAttribute: WITH_METADATA,
  CustomMessage_Authentication: WITH_METADATA,
};

/**
 * Custom message events for the seven `CustomMessage_*` sources.
 *
 * @example
 * fc.assert(fc.property(customMessageEventArb({ triggerSource: 'CustomMessage_AdminCreateUser' }), (event) => {
 *   expect(event.request.usernameParameter).toBe('{username}');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export function customMessageEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'custom-message'>> {
  return slugEventArb('custom-message', TRAITS, constraints, (plan) =>
    fc
      .tuple(
        subjectArb(plan, {
          requires: 'email-or-phone',
          statuses: plan.profile === 'realistic' ? MESSAGE_STATUSES[messageEventOf(plan.source)] : undefined,
        }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'clientMetadata'),
      )
      .map(([{ user }, caller, clientMetadata]) => {
        const request: Record<string, unknown> = {
          userAttributes: user.attributes,
          codeParameter: '{####}',
          linkParameter: '{##Click Here##}',
          usernameParameter: plan.source === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
        };
        put(request, 'clientMetadata', clientMetadata);
        return assembleEvent(plan, user, caller, request);
      }),
  ) as unknown as fc.Arbitrary<EventFor<'custom-message'>>;
}

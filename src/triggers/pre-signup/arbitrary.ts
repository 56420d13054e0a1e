/**
 * Pre sign-up events (sheet §3.1): the user does not exist yet (no `sub`, no
 * `cognito:user_status`); `validationData` is `null` for SignUp/AdminCreateUser when none was
 * sent and `{}` for ExternalProvider; AdminCreateUser comes with `CLIENT_ID_NOT_APPLICABLE`.
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
import type { EventFor } from '../../types.js';
import type { PRE_SIGN_UP_SOURCES } from './schema.js';

type Source = (typeof PRE_SIGN_UP_SOURCES)[number];

const API_TRAITS: SourceTraits = {
  federation: 'never',
  metadata: [
    metadataField('clientMetadata', ['absent', 'map']),
    // The ValidationData parameter, not ClientMetadata: AWS mobile SDKs fill it with device keys.
    metadataField('validationData', ['null', 'map'], undefined, { carriesClientMetadata: false, flavour: 'sdk-validation-data' }),
  ],
};

const TRAITS: Record<Source, SourceTraits> = {
  PreSignUp_SignUp: API_TRAITS,
  PreSignUp_AdminCreateUser: { ...API_TRAITS, clientIdNotApplicable: 'always' },
  PreSignUp_ExternalProvider: {
    federation: 'always',
    hostedUi: true,
    metadata: [
      metadataField('clientMetadata', ['absent'], ['absent', 'null', 'empty']),
      metadataField('validationData', ['empty'], ['absent', 'null', 'empty'], { carriesClientMetadata: false }),
    ],
  },
};

/** A user signing up cannot mark its own email or phone verified: only admins and federation set those flags. */
function unverified(attributes: Record<string, string>): Record<string, string> {
  if (attributes.email_verified === undefined && attributes.phone_number_verified === undefined) return attributes;
  const { email_verified: _e, phone_number_verified: _p, ...rest } = attributes;
  return rest;
}

/**
 * Pre sign-up events for `PreSignUp_SignUp`, `PreSignUp_AdminCreateUser` and
 * `PreSignUp_ExternalProvider`.
 *
 * @example
 * fc.assert(fc.property(preSignUpEventArb({ triggerSource: 'PreSignUp_SignUp' }), (event) => {
 *   expect(event.request.userAttributes.sub).toBeUndefined();
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export function preSignUpEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'pre-signup'>> {
  return slugEventArb('pre-signup', TRAITS, constraints, (plan) =>
    fc
      .tuple(
        subjectArb(plan, { stage: 'signing-up' }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'validationData'),
        metadataFieldArb(plan, 'clientMetadata'),
      )
      .map(([{ user }, caller, validationData, clientMetadata]) => {
        const request: Record<string, unknown> = { userAttributes: plan.profile === 'realistic' && plan.source === 'PreSignUp_SignUp' ? unverified(user.attributes) : user.attributes };
        put(request, 'validationData', validationData);
        put(request, 'clientMetadata', clientMetadata);
        return assembleEvent(plan, user, caller, request, user.identity !== undefined);
      }),
  ) as unknown as fc.Arbitrary<EventFor<'pre-signup'>>;
}

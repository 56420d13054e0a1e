/**
 * Custom SMS sender events (sheet §3.9): `type` `customSMSSenderRequestV1`, an encrypted `code`
 * (base64 `AYAD…`), no `response` key, `clientMetadata` `null` or a map.
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
import { fakerSeedArb, withFaker } from '../../shared/gen/faker.js';
import { MESSAGE_STATUSES, messageEventOf } from '../../shared/gen/messages.js';
import { drawSenderCode } from '../../shared/gen/sender-code.js';
import type { EventFor } from '../../types.js';
import type { CUSTOM_SMS_SENDER_SOURCES } from './schema.js';

type Source = (typeof CUSTOM_SMS_SENDER_SOURCES)[number];

const WITH_METADATA: SourceTraits = { federation: 'never', metadata: [metadataField('clientMetadata', ['null', 'map'])] };

const TRAITS: Record<Source, SourceTraits> = {
  CustomSMSSender_SignUp: WITH_METADATA,
  CustomSMSSender_ResendCode: WITH_METADATA,
  CustomSMSSender_ForgotPassword: WITH_METADATA,
  CustomSMSSender_UpdateUserAttribute: WITH_METADATA,
  CustomSMSSender_VerifyUserAttribute: WITH_METADATA,
  // AdminCreateUser's ClientMetadata goes to pre sign-up, not to the message triggers.
  CustomSMSSender_AdminCreateUser: {
    federation: 'never',
    clientIdNotApplicable: 'always',
    metadata: [metadataField('clientMetadata', ['null'], ['absent', 'null', 'empty'])],
  },
  CustomSMSSender_Authentication: WITH_METADATA,
};

/**
 * Custom SMS sender events for the seven `CustomSMSSender_*` sources.
 *
 * @example
 * fc.assert(fc.property(customSMSSenderEventArb(), (event) => {
 *   expect(event.request.type).toBe('customSMSSenderRequestV1');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export function customSMSSenderEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'custom-sms-sender'>> {
  return slugEventArb('custom-sms-sender', TRAITS, constraints, (plan) =>
    fc
      .tuple(
        subjectArb(plan, {
          requires: 'phone_number',
          statuses: plan.profile === 'realistic' ? MESSAGE_STATUSES[messageEventOf(plan.source)] : undefined,
        }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'clientMetadata'),
        fakerSeedArb(),
      )
      .map(([{ user }, caller, clientMetadata, seed]) => {
        const request: Record<string, unknown> = {
          type: 'customSMSSenderRequestV1',
          code: withFaker(seed, (_faker, random) => drawSenderCode(random, user.region)),
        };
        put(request, 'clientMetadata', clientMetadata);
        request.userAttributes = user.attributes;
        return assembleEvent(plan, user, caller, request);
      }),
  ) as unknown as fc.Arbitrary<EventFor<'custom-sms-sender'>>;
}

/**
 * Custom email sender events (sheet §3.9): `type` `customEmailSenderRequestV1`, an encrypted
 * `code` (base64 `AYAD…`), no `response` key; `clientMetadata` `null` or a map, the map only for
 * `_SignUp`, `_ForgotPassword` and `_Authentication` (the email sender page), never for
 * `_AccountTakeOverNotification`.
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
import { drawSub } from '../../shared/gen/sub.js';
import type { EventFor } from '../../types.js';
import type { CUSTOM_EMAIL_SENDER_SOURCES } from './schema.js';

type Source = (typeof CUSTOM_EMAIL_SENDER_SOURCES)[number];

const WITH_METADATA: SourceTraits = { federation: 'never', metadata: [metadataField('clientMetadata', ['null', 'map'])] };
const WITHOUT_METADATA: SourceTraits = {
  federation: 'never',
  metadata: [metadataField('clientMetadata', ['null'], ['absent', 'null', 'empty'])],
};

const TRAITS: Record<Source, SourceTraits> = {
  CustomEmailSender_SignUp: WITH_METADATA,
  CustomEmailSender_ResendCode: WITHOUT_METADATA,
  CustomEmailSender_ForgotPassword: WITH_METADATA,
  CustomEmailSender_UpdateUserAttribute: WITHOUT_METADATA,
  CustomEmailSender_VerifyUserAttribute: WITHOUT_METADATA,
  CustomEmailSender_AdminCreateUser: { ...WITHOUT_METADATA, clientIdNotApplicable: 'always' },
  CustomEmailSender_Authentication: WITH_METADATA,
  CustomEmailSender_AccountTakeOverNotification: {
    federation: 'never',
    metadata: [metadataField('clientMetadata', ['null'], ['absent', 'null'])],
  },
};

const ATO_ACTIONS = ['BLOCK', 'NO_ACTION', 'MFA', 'MFA_IF_CONFIGURED', 'MFA_REQUIRED'] as const;

/**
 * UNVERIFIED (sheet §3.9): only @types declares these keys for account-takeover notifications.
 * They are added to the user's own attributes, so handlers written either way get what they read.
 */
function accountTakeOverAttributes(seed: number, userName: string): Record<string, string> {
  return withFaker(seed, (faker, random) => {
    const token = random.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 48);
    const out: Record<string, string> = {
      EVENT_ID: drawSub(random, 'v4'),
      USER_NAME: userName,
      IP_ADDRESS: `198.51.100.${random.int(255)}`,
      ACCOUNT_TAKE_OVER_ACTION: random.pick(ATO_ACTIONS),
      ONE_CLICK_LINK_VALID: `https://auth.example.com/feedback?token=${token}&valid=true`,
      ONE_CLICK_LINK_INVALID: `https://auth.example.com/feedback?token=${token}&valid=false`,
      LOGIN_TIME: new Date(1_735_689_600_000 + random.int(15_000_000) * 1000).toISOString(),
      FEEDBACK_TOKEN: token,
    };
    if (random.chance(0.7)) {
      out.CITY = faker.location.city();
      out.COUNTRY = faker.location.country();
      out.DEVICE_NAME = random.pick(['Chrome 126, Windows', 'Safari 17, iOS', 'Firefox 128, Linux']);
    }
    return out;
  });
}

/**
 * Custom email sender events for the eight `CustomEmailSender_*` sources. UNVERIFIED: the
 * account-takeover notification carries `code: null` (adversarial events also leave it out).
 *
 * @example
 * fc.assert(fc.property(customEmailSenderEventArb({ triggerSource: 'CustomEmailSender_ForgotPassword' }), (event) => {
 *   expect(event.request.code).toMatch(/^AYAD/);
 *   expect('response' in event).toBe(false);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export function customEmailSenderEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'custom-email-sender'>> {
  return slugEventArb('custom-email-sender', TRAITS, constraints, (plan) => {
    const ato = plan.source === 'CustomEmailSender_AccountTakeOverNotification';
    return fc
      .tuple(
        subjectArb(plan, {
          requires: 'email',
          statuses: plan.profile === 'realistic' ? MESSAGE_STATUSES[messageEventOf(plan.source)] : undefined,
        }),
        callerContextArb(plan),
        metadataFieldArb(plan, 'clientMetadata'),
        fakerSeedArb(),
        ato && plan.profile === 'adversarial' ? fc.boolean() : fc.constant(false),
      )
      .map(([{ user }, caller, clientMetadata, seed, leaveCodeOut]) => {
        const request: Record<string, unknown> = { type: 'customEmailSenderRequestV1' };
        if (!leaveCodeOut) request.code = ato ? null : withFaker(seed, (_faker, random) => drawSenderCode(random, user.region));
        put(request, 'clientMetadata', clientMetadata);
        request.userAttributes = ato ? { ...user.attributes, ...accountTakeOverAttributes(seed, user.userName) } : user.attributes;
        return assembleEvent(plan, user, caller, request);
      });
  }) as unknown as fc.Arbitrary<EventFor<'custom-email-sender'>>;
}

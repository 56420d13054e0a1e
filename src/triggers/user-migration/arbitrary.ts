/**
 * Migrate user events (sheet §3.7): the user is not in the pool yet, so `userName` is what was
 * typed and `request.userAttributes` is `null`; the password comes only with
 * `UserMigration_Authentication`; `validationData` carries the ClientMetadata of
 * (Admin)InitiateAuth (`null` when none was sent).
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
import { fakerArb } from '../../shared/gen/faker.js';
import { adversarialStringArb } from '../../shared/gen/adversarial-string.js';
import type { EventFor } from '../../types.js';
import type { USER_MIGRATION_SOURCES } from './schema.js';

type Source = (typeof USER_MIGRATION_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  UserMigration_Authentication: {
    federation: 'never',
    metadata: [
      metadataField('validationData', ['null', 'map'], undefined, { carriesClientMetadata: true }),
      // Only AdminRespondToAuthChallenge and ForgotPassword pass clientMetadata here.
      metadataField('clientMetadata', ['absent']),
    ],
  },
  UserMigration_ForgotPassword: {
    federation: 'never',
    metadata: [
      metadataField('validationData', ['null'], ['absent', 'null', 'empty'], { carriesClientMetadata: false }),
      metadataField('clientMetadata', ['absent', 'map']),
    ],
  },
};

/**
 * Migrate user events for `UserMigration_Authentication` and `UserMigration_ForgotPassword`.
 *
 * @example
 * fc.assert(fc.property(userMigrationEventArb({ triggerSource: 'UserMigration_ForgotPassword' }), (event) => {
 *   expect(event.request.password).toBeUndefined();
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export function userMigrationEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'user-migration'>> {
  return slugEventArb('user-migration', TRAITS, constraints, (plan) => {
    const realistic = plan.profile === 'realistic';
    const passwordArb =
      plan.source !== 'UserMigration_Authentication'
        ? fc.constant(undefined)
        : realistic
          ? fakerArb((faker, random) => faker.internet.password({ length: random.between(8, 24), memorable: random.chance(0.2) }))
          : adversarialStringArb({ maxLength: 256 });
    // Undocumented: a tutorial capture shows null. Adversarial events also leave it out or send {}.
    const userAttributesArb = realistic ? fc.constant(null) : fc.constantFrom<Record<string, string> | null | undefined>(null, undefined, {});
    return fc
      .tuple(
        subjectArb(plan, { stage: 'not-found' }),
        callerContextArb(plan),
        passwordArb,
        metadataFieldArb(plan, 'validationData'),
        metadataFieldArb(plan, 'clientMetadata'),
        userAttributesArb,
      )
      .map(([{ user }, caller, password, validationData, clientMetadata, userAttributes]) => {
        const request: Record<string, unknown> = {};
        put(request, 'password', password);
        put(request, 'validationData', validationData);
        put(request, 'clientMetadata', clientMetadata);
        put(request, 'userAttributes', userAttributes === undefined ? undefined : userAttributes === null ? null : { ...userAttributes });
        return assembleEvent(plan, user, caller, request);
      });
  }) as unknown as fc.Arbitrary<EventFor<'user-migration'>>;
}

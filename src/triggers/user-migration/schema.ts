import { z } from 'zod';
import { ClientMetadataSchema, StringMapSchema, UserAttributesSchema, ValidationDataSchema, outputBoolean } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const USER_MIGRATION_SOURCES = ['UserMigration_Authentication', 'UserMigration_ForgotPassword'] as const;

/** `finalUserStatus` values that mean something (sheet §3.7); @types allows all seven user statuses. */
export const FINAL_USER_STATUSES = ['CONFIRMED', 'RESET_REQUIRED'] as const;
/**
 * `messageAction`: the docs allow only SUPPRESS. RESEND is accepted as well because @types (copying
 * the AdminCreateUser enum) allows it and it is harmless; a migration has no message to resend.
 */
export const MESSAGE_ACTIONS = ['SUPPRESS', 'RESEND'] as const;
export const DELIVERY_MEDIUMS = ['EMAIL', 'SMS'] as const;

/**
 * What a migrate-user handler returns. Every field arrives as `null`. `userAttributes` is required
 * to migrate the user (a response rule checks it); unset `finalUserStatus` means RESET_REQUIRED.
 *
 * @example
 * { "userAttributes": { "email": "jane@example.com", "email_verified": "true" },
 *   "finalUserStatus": "CONFIRMED", "messageAction": "SUPPRESS" }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export const UserMigrationResponseSchema = z.strictObject({
  userAttributes: StringMapSchema.nullish().meta({ description: 'The attributes of the migrated user; required to migrate it.' }),
  finalUserStatus: z
    .enum(FINAL_USER_STATUSES, {
      error: (iss) =>
        `finalUserStatus must be "CONFIRMED" or "RESET_REQUIRED", got ${JSON.stringify(iss.input)}; Cognito treats anything but CONFIRMED as RESET_REQUIRED or rejects the output`,
    })
    .nullish().meta({ description: 'CONFIRMED, or RESET_REQUIRED (the default), which makes the user set a new password.' }),
  messageAction: z
    .enum(MESSAGE_ACTIONS, { error: (iss) => `messageAction must be "SUPPRESS" (or unset to send the welcome message), got ${JSON.stringify(iss.input)}` })
    .nullish().meta({ description: 'SUPPRESS sends no welcome message; unset sends it.' }),
  desiredDeliveryMediums: z
    .array(z.enum(DELIVERY_MEDIUMS, { error: (iss) => `a delivery medium is "EMAIL" or "SMS", got ${JSON.stringify(iss.input)}` }))
    .nullish().meta({ description: 'Where the welcome message goes; SMS when unset.' }),
  forceAliasCreation: outputBoolean('forceAliasCreation', 'Cognito answers "Unrecognizable lambda output"').nullish().meta({ description: 'true moves an email or phone alias that another user holds to the migrated user.' }),
  enableSMSMFA: outputBoolean('enableSMSMFA', 'Cognito answers "Unrecognizable lambda output"').nullish().meta({ description: 'true turns on SMS MFA for the migrated user (it needs a phone_number).' }),
});

/**
 * A migrate-user event. The top-level `userName` is what the user typed.
 *
 * - `password`: sent for UserMigration_Authentication only (plaintext: USER_PASSWORD_AUTH flows);
 *   never for UserMigration_ForgotPassword.
 * - `validationData`: the ClientMetadata of (Admin)InitiateAuth, `null` when none was sent.
 * - `clientMetadata`: from AdminRespondToAuthChallenge and ForgotPassword.
 * - `userAttributes`: `null` in a tutorial capture, undocumented: accepted as absent, null or a map.
 *
 * @example
 * {"version":"1","triggerSource":"UserMigration_Authentication","region":"us-east-2","userPoolId":"us-east-2_CZErrRbBU",
 *  "userName":"jane@example.com","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"61ocakkq1t8p7nb3lcmd2rl893"},
 *  "request":{"password":"hunter2","validationData":null,"userAttributes":null},
 *  "response":{"userAttributes":null,"forceAliasCreation":null,"finalUserStatus":null,"messageAction":null,"desiredDeliveryMediums":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export const UserMigrationTriggerEventSchema = z
  .looseObject({
    ...envelope(USER_MIGRATION_SOURCES, ['1']),
    request: z.looseObject({
      password: z.string({ error: 'password is the plaintext password the user typed, a string' }).optional().meta({ description: 'The password the user typed, in plaintext; sent for UserMigration_Authentication only.' }),
      validationData: ValidationDataSchema.meta({ description: 'The ClientMetadata of (Admin)InitiateAuth: null when none was sent.' }),
      clientMetadata: ClientMetadataSchema,
      userAttributes: UserAttributesSchema.nullish().meta({ description: 'Undocumented: null in a captured event, so absent, null and a map are all accepted.' }),
    }),
    response: incomingResponse(UserMigrationResponseSchema),
  })
  .superRefine((event, ctx) => {
    if (event.triggerSource === 'UserMigration_Authentication' && event.request.password === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['request', 'password'],
        message: 'request.password is required for UserMigration_Authentication: Cognito sends the password the user typed',
      });
    }
  });

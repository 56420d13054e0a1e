import { z } from 'zod';
import { ClientMetadataSchema, UserAttributesSchema, ValidationDataSchema } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const PRE_AUTHENTICATION_SOURCES = ['PreAuthentication_Authentication'] as const;

/**
 * Pre authentication ignores whatever is returned: throw to deny the sign-in.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export const PreAuthenticationResponseSchema = z.strictObject({});

/**
 * A pre authentication event.
 *
 * - `validationData` carries the ClientMetadata of (Admin)InitiateAuth; `{}` when none was sent.
 *   Some library fixtures leave it out, so it is optional here (a realism warning notes it).
 * - `userNotFound` appears only when the app client has PreventUserExistenceErrors ENABLED.
 * - DISAGREE (sheet §3.3): there is no documented `clientMetadata`; @types/aws-lambda declares one.
 *   It is accepted (as a map or null) and draws a realism warning.
 *
 * @example
 * {"version":"1","triggerSource":"PreAuthentication_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","cognito:user_status":"CONFIRMED"},"validationData":{}},"response":{}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export const PreAuthenticationTriggerEventSchema = z.looseObject({
  ...envelope(PRE_AUTHENTICATION_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    validationData: ValidationDataSchema.meta({ description: 'The ClientMetadata of (Admin)InitiateAuth (this trigger has no clientMetadata of its own); {} when none was sent.' }),
    userNotFound: z.boolean().optional().meta({ description: 'true when no such user exists and the app client has PreventUserExistenceErrors ENABLED; absent otherwise.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(PreAuthenticationResponseSchema),
});

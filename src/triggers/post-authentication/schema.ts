import { z } from 'zod';
import { ClientMetadataSchema, UserAttributesSchema } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const POST_AUTHENTICATION_SOURCES = ['PostAuthentication_Authentication'] as const;

/**
 * Post authentication expects nothing back (`{}`).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export const PostAuthenticationResponseSchema = z.strictObject({});

/**
 * A post authentication event. `newDeviceUsed` is documented only for pools that remember devices
 * (captures carry `false` anyway); @types makes it required, Powertools optional: optional here.
 * `clientMetadata` comes only from (Admin)RespondToAuthChallenge.
 *
 * @example
 * {"version":"1","triggerSource":"PostAuthentication_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","cognito:user_status":"CONFIRMED"},"newDeviceUsed":false},"response":{}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export const PostAuthenticationTriggerEventSchema = z.looseObject({
  ...envelope(POST_AUTHENTICATION_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    newDeviceUsed: z.boolean({ error: 'newDeviceUsed is a boolean' }).optional().meta({ description: 'Whether the user signed in from a device the pool did not know; documented only for pools that remember devices.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(PostAuthenticationResponseSchema),
});

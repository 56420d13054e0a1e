import { z } from 'zod';
import { ClientMetadataSchema, UserAttributesSchema } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const POST_CONFIRMATION_SOURCES = ['PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'] as const;

/**
 * Post confirmation expects nothing back: the response stays `{}`. Any key is a mistake, since
 * Cognito reads none.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export const PostConfirmationResponseSchema = z.strictObject({});

/**
 * A post confirmation event. Also fires on a federated user's first sign-in
 * (`cognito:user_status` is then `EXTERNAL_PROVIDER`); not for admin-created users.
 *
 * @example
 * {"version":"1","triggerSource":"PostConfirmation_ConfirmSignUp","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","cognito:user_status":"CONFIRMED"}},"response":{}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export const PostConfirmationTriggerEventSchema = z.looseObject({
  ...envelope(POST_CONFIRMATION_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(PostConfirmationResponseSchema),
});

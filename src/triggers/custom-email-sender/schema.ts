import { z } from 'zod';
import { ClientMetadataSchema, UserAttributesSchema } from '../../shared/atoms.js';
import { envelope } from '../common.js';
import { customSenderRequestShape, NoResponseSchema } from '../../shared/senders.js';

export const CUSTOM_EMAIL_SENDER_SOURCES = [
  'CustomEmailSender_SignUp',
  'CustomEmailSender_ResendCode',
  'CustomEmailSender_ForgotPassword',
  'CustomEmailSender_UpdateUserAttribute',
  'CustomEmailSender_VerifyUserAttribute',
  'CustomEmailSender_AdminCreateUser',
  'CustomEmailSender_Authentication',
  'CustomEmailSender_AccountTakeOverNotification',
] as const;

/**
 * A custom email sender handler's return value is ignored: Cognito invokes it asynchronously.
 * The output contract is "nothing Cognito reads", so any value is accepted.
 */
export const CustomEmailSenderResponseSchema = z.unknown();

/**
 * A custom email sender event. There is **no `response` key**.
 *
 * - `type` is always `"customEmailSenderRequestV1"`.
 * - `code` is AWS Encryption SDK ciphertext (base64, starts with `AYAD`); UNVERIFIED (sheet §3.9):
 *   probably null or absent for `_AccountTakeOverNotification`, so null and absent are accepted.
 * - `clientMetadata` is `null` when none was sent.
 *
 * @example
 * {"version":"1","triggerSource":"CustomEmailSender_ForgotPassword","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"type":"customEmailSenderRequestV1","code":"AYADeILxywKhhaq8Ys4mh0aHutYAgQACABVhd3MtY3J5","clientMetadata":null,
 *  "userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","email":"jane@example.com"}}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export const CustomEmailSenderTriggerEventSchema = z.looseObject({
  ...envelope(CUSTOM_EMAIL_SENDER_SOURCES, ['1']),
  request: z.looseObject({
    ...customSenderRequestShape('customEmailSenderRequestV1'),
    userAttributes: UserAttributesSchema,
    clientMetadata: ClientMetadataSchema,
  }),
  response: NoResponseSchema,
});

import { z } from 'zod';
import { ClientMetadataSchema, UserAttributesSchema } from '../../shared/atoms.js';
import { envelope } from '../common.js';
import { customSenderRequestShape, NoResponseSchema } from '../../shared/senders.js';

/**
 * The seven custom SMS sender sources. DISAGREE (sheet §2): one docs table writes
 * `CustomSmsSender_*`; every other source writes `CustomSMSSender_*`, which is used here.
 * `CustomSMSSender_AccountTakeOverNotification` is treated as nonexistent.
 */
export const CUSTOM_SMS_SENDER_SOURCES = [
  'CustomSMSSender_SignUp',
  'CustomSMSSender_ResendCode',
  'CustomSMSSender_ForgotPassword',
  'CustomSMSSender_UpdateUserAttribute',
  'CustomSMSSender_VerifyUserAttribute',
  'CustomSMSSender_AdminCreateUser',
  'CustomSMSSender_Authentication',
] as const;

/** A custom SMS sender handler's return value is ignored (asynchronous invocation). */
export const CustomSMSSenderResponseSchema = z.unknown();

/**
 * A custom SMS sender event: `type` `"customSMSSenderRequestV1"`, an encrypted `code`, no `response`.
 *
 * @example
 * {"version":"1","triggerSource":"CustomSMSSender_SignUp","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"type":"customSMSSenderRequestV1","code":"AYADeILxywKhhaq8Ys4mh0aHutYAgQACABVhd3MtY3J5","clientMetadata":null,
 *  "userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","phone_number":"+15555550100"}}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export const CustomSMSSenderTriggerEventSchema = z.looseObject({
  ...envelope(CUSTOM_SMS_SENDER_SOURCES, ['1']),
  request: z.looseObject({
    ...customSenderRequestShape('customSMSSenderRequestV1'),
    userAttributes: UserAttributesSchema,
    clientMetadata: ClientMetadataSchema,
  }),
  response: NoResponseSchema,
});

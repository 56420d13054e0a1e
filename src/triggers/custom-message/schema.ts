import { z } from 'zod';
import { ClientMetadataSchema, LIMITS, UserAttributesSchema, limitedString } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const CUSTOM_MESSAGE_SOURCES = [
  'CustomMessage_SignUp',
  'CustomMessage_AdminCreateUser',
  'CustomMessage_ResendCode',
  'CustomMessage_ForgotPassword',
  'CustomMessage_UpdateUserAttribute',
  'CustomMessage_VerifyUserAttribute',
  'CustomMessage_Authentication',
] as const;

/**
 * What a custom message handler returns. All three arrive as `null`. Lengths are counted in
 * characters, code included: SMS ≤ 140, email ≤ 20,000, subject ≤ 140. The placeholder rules
 * (`{####}`, `{username}`) are response rules.
 *
 * @example
 * { "smsMessage": "Your code is {####}", "emailMessage": "<p>Your code is {####}</p>", "emailSubject": "Welcome" }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export const CustomMessageResponseSchema = z.strictObject({
  smsMessage: limitedString('smsMessage', LIMITS.smsMessage, 'Cognito rejects the message').nullish().meta({ description: 'The SMS text; it must contain the codeParameter placeholder.' }),
  emailMessage: limitedString('emailMessage', LIMITS.emailMessage, 'Cognito rejects the message').nullish().meta({ description: 'The email body; used only when the pool sends email through SES (DEVELOPER).' }),
  emailSubject: limitedString('emailSubject', LIMITS.emailSubject, 'Cognito rejects the subject').nullish().meta({ description: 'The email subject; used only when the pool sends email through SES (DEVELOPER).' }),
});

/**
 * A custom message event.
 *
 * - `codeParameter` is `"{####}"`: put it in the message, Cognito replaces it with the code.
 * - `linkParameter` is `"{##Click Here##}"`: undocumented but present in every real event.
 * - `usernameParameter` is `"{username}"` for CustomMessage_AdminCreateUser and `null` otherwise.
 *
 * The docs' `"####"` codeParameter and `"None"` usernameParameter (a Python repr) are doc bugs
 * (sheet §3.8); both are strings, so the schema accepts them and realism warnings name them.
 *
 * @example
 * {"version":"1","triggerSource":"CustomMessage_SignUp","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","email":"jane@example.com"},
 *  "codeParameter":"{####}","linkParameter":"{##Click Here##}","usernameParameter":null},
 *  "response":{"smsMessage":null,"emailMessage":null,"emailSubject":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export const CustomMessageTriggerEventSchema = z.looseObject({
  ...envelope(CUSTOM_MESSAGE_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    codeParameter: z.string({ error: 'codeParameter is the code placeholder, "{####}" in real events' }).meta({ description: 'The placeholder "{####}" that Cognito replaces with the code.' }),
    /** Undocumented; @types requires it, Powertools makes it nullable. Accepted absent or null. */
    linkParameter: z.string().nullish().meta({ description: 'The placeholder "{##Click Here##}"; undocumented but present in every real event.' }),
    usernameParameter: z.string().nullish().meta({ description: 'The placeholder "{username}" for CustomMessage_AdminCreateUser, null otherwise.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(CustomMessageResponseSchema),
});

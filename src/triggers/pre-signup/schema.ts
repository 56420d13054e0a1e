import { z } from 'zod';
import { ClientMetadataSchema, UserAttributesSchema, ValidationDataSchema, outputBoolean } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const PRE_SIGN_UP_SOURCES = ['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'] as const;

/**
 * What a pre sign-up handler may return. Incoming values are `false`; Cognito ignores all three
 * flags for `PreSignUp_AdminCreateUser` (a response rule warns about it).
 *
 * @example
 * { "autoConfirmUser": true, "autoVerifyEmail": true, "autoVerifyPhone": false }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export const PreSignUpResponseSchema = z.strictObject({
  autoConfirmUser: outputBoolean('autoConfirmUser', 'Cognito answers "Unrecognizable lambda output"').optional().meta({ description: 'true confirms the user without a code (ignored for AdminCreateUser).' }),
  autoVerifyEmail: outputBoolean('autoVerifyEmail', 'Cognito answers "Unrecognizable lambda output"').optional().meta({ description: 'true marks the email verified (the request must carry an email).' }),
  autoVerifyPhone: outputBoolean('autoVerifyPhone', 'Cognito answers "Unrecognizable lambda output"').optional().meta({ description: 'true marks the phone number verified (the request must carry a phone_number).' }),
});

/**
 * A pre sign-up event as Cognito sends it.
 *
 * - `validationData` is the `ValidationData` of SignUp/AdminCreateUser: `null` when none was sent,
 *   `{}` for ExternalProvider (sheet §3.1). DISAGREE on its origin (older docs: the ClientMetadata
 *   of InitiateAuth): the shape is the same map either way, so nothing here depends on it.
 * - `clientMetadata` is absent unless the call sent ClientMetadata.
 * - No `sub` or `cognito:user_status` yet: the user does not exist.
 *
 * @example
 * {"version":"1","triggerSource":"PreSignUp_SignUp","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"email":"jane@example.com"},"validationData":null},
 *  "response":{"autoConfirmUser":false,"autoVerifyEmail":false,"autoVerifyPhone":false}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export const PreSignUpTriggerEventSchema = z.looseObject({
  ...envelope(PRE_SIGN_UP_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    validationData: ValidationDataSchema.meta({ description: 'The ValidationData of SignUp or AdminCreateUser: null when none was sent, {} for a federated sign-up.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(PreSignUpResponseSchema),
});

import { z } from 'zod';
import {
  ChallengeNameSchema,
  ClientMetadataSchema,
  SessionSchema,
  StringMapSchema,
  UserAttributesSchema,
} from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const CREATE_AUTH_CHALLENGE_SOURCES = ['CreateAuthChallenge_Authentication'] as const;

/**
 * What a Create handler returns. `publicChallengeParameters` go to the client,
 * `privateChallengeParameters` only to Verify, `challengeMetadata` into the session. All three
 * arrive as `null`; a handler that leaves them null for a CUSTOM_CHALLENGE is UNVERIFIED (sheet
 * §3.5), so `null` is accepted here and the response rules decide.
 *
 * @example
 * { "publicChallengeParameters": { "captchaUrl": "https://example.com/c.png" },
 *   "privateChallengeParameters": { "answer": "5" }, "challengeMetadata": "CAPTCHA_CHALLENGE" }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export const CreateAuthChallengeResponseSchema = z.strictObject({
  publicChallengeParameters: StringMapSchema.nullish().meta({ description: 'Sent to the client with the challenge.' }),
  privateChallengeParameters: StringMapSchema.nullish().meta({ description: 'Passed to Verify only, never to the client.' }),
  challengeMetadata: z
    .string({ error: 'challengeMetadata must be a string (Cognito stores it in the session entry of this round)' })
    .nullish().meta({ description: 'Stored in the session entry of this round, where later rounds read it.' }),
});

/**
 * A Create auth challenge event: called after Define asked for CUSTOM_CHALLENGE, with the same
 * session. `session` is `[]` on the first round.
 *
 * @example
 * {"version":"1","triggerSource":"CreateAuthChallenge_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1"},"challengeName":"CUSTOM_CHALLENGE","session":[]},
 *  "response":{"publicChallengeParameters":null,"privateChallengeParameters":null,"challengeMetadata":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export const CreateAuthChallengeTriggerEventSchema = z.looseObject({
  ...envelope(CREATE_AUTH_CHALLENGE_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    challengeName: ChallengeNameSchema.meta({ description: 'The challenge Define asked for (CUSTOM_CHALLENGE in real events).' }),
    session: SessionSchema,
    userNotFound: z.boolean().optional().meta({ description: 'true when no such user exists and the app client has PreventUserExistenceErrors ENABLED; absent otherwise.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(CreateAuthChallengeResponseSchema),
});

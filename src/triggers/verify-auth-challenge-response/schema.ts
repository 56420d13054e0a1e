import { z } from 'zod';
import { ClientMetadataSchema, StringMapSchema, UserAttributesSchema, outputBoolean } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const VERIFY_AUTH_CHALLENGE_RESPONSE_SOURCES = ['VerifyAuthChallengeResponse_Authentication'] as const;

/**
 * What a Verify handler returns: `answerCorrect`, a JSON boolean. It arrives as `null` (an
 * unanswered event validates); the response rules require a boolean.
 *
 * @example
 * { "answerCorrect": true }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export const VerifyAuthChallengeResponseResponseSchema = z.strictObject({
  answerCorrect: outputBoolean('answerCorrect', 'Cognito answers "Unrecognizable lambda output" and the sign-in fails').nullish().meta({ description: 'Whether the answer is right; pre-filled null.' }),
});

/**
 * A Verify auth challenge response event. `challengeAnswer` is the client's
 * `ChallengeResponses.ANSWER`, a string. `privateChallengeParameters` are what Create returned;
 * UNVERIFIED (sheet §3.5): if Create left them null, what Verify receives is unknown, so `null` is
 * accepted.
 *
 * @example
 * {"version":"1","triggerSource":"VerifyAuthChallengeResponse_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1"},"privateChallengeParameters":{"answer":"268745"},
 *  "challengeAnswer":"268745"},"response":{"answerCorrect":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export const VerifyAuthChallengeResponseTriggerEventSchema = z.looseObject({
  ...envelope(VERIFY_AUTH_CHALLENGE_RESPONSE_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    privateChallengeParameters: StringMapSchema.nullable().meta({ description: 'The privateChallengeParameters Create returned for this round.' }),
    challengeAnswer: z.string({ error: "challengeAnswer is the client's ChallengeResponses.ANSWER, always a string" }).meta({ description: "The client's ChallengeResponses.ANSWER, always a string." }),
    userNotFound: z.boolean().optional().meta({ description: 'true when no such user exists and the app client has PreventUserExistenceErrors ENABLED; absent otherwise.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(VerifyAuthChallengeResponseResponseSchema),
});

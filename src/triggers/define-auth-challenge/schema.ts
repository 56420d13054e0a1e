import { z } from 'zod';
import {
  ClientMetadataSchema,
  DEFINE_CHALLENGE_NAMES,
  SessionSchema,
  UserAttributesSchema,
  outputBoolean,
} from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const DEFINE_AUTH_CHALLENGE_SOURCES = ['DefineAuthChallenge_Authentication'] as const;

/**
 * What a Define handler returns. Cognito pre-fills all three with `null`, so `null` validates
 * (an unanswered event); the response rules require a decision.
 *
 * @example
 * { "challengeName": "CUSTOM_CHALLENGE", "issueTokens": false, "failAuthentication": false }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export const DefineAuthChallengeResponseSchema = z.strictObject({
  challengeName: z
    .enum(DEFINE_CHALLENGE_NAMES, {
      error: (iss) =>
        `challengeName ${JSON.stringify(iss.input)} is not a challenge Define can ask for (one of ${DEFINE_CHALLENGE_NAMES.join(', ')}); Cognito answers "Unrecognizable lambda output"`,
    })
    .nullish().meta({ description: 'The next challenge to issue; CUSTOM_CHALLENGE calls Create.' }),
  issueTokens: outputBoolean('issueTokens', 'Cognito answers "Unrecognizable lambda output"').nullish().meta({ description: 'true ends the sign-in with tokens.' }),
  failAuthentication: outputBoolean('failAuthentication', 'Cognito answers "Unrecognizable lambda output"').nullish().meta({ description: 'true ends the sign-in with an error.' }),
});

/**
 * A Define auth challenge event.
 *
 * - `session` is `[]` on the first round of a passwordless CUSTOM_AUTH; with SRP it starts with
 *   `SRP_A` (and `PASSWORD_VERIFIER`) entries whose `challengeMetadata` is `null`.
 * - `clientMetadata` only from (Admin)RespondToAuthChallenge: never on the first round.
 * - `userNotFound` only with PreventUserExistenceErrors ENABLED.
 *
 * @example
 * {"version":"1","triggerSource":"DefineAuthChallenge_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1"},"session":[]},
 *  "response":{"challengeName":null,"issueTokens":null,"failAuthentication":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export const DefineAuthChallengeTriggerEventSchema = z.looseObject({
  ...envelope(DEFINE_AUTH_CHALLENGE_SOURCES, ['1']),
  request: z.looseObject({
    userAttributes: UserAttributesSchema,
    session: SessionSchema,
    userNotFound: z.boolean().optional().meta({ description: 'true when no such user exists and the app client has PreventUserExistenceErrors ENABLED; absent otherwise.' }),
    clientMetadata: ClientMetadataSchema,
  }),
  response: incomingResponse(DefineAuthChallengeResponseSchema),
});

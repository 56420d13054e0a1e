import { z } from 'zod';
import { USER_TOKEN_SOURCES, V1ResponseSchema, tokenRequestShape } from '../../shared/tokens.js';
import { envelope, incomingResponse } from '../common.js';

export const PRE_TOKEN_GENERATION_SOURCES = USER_TOKEN_SOURCES;

/**
 * What a V1_0 pre token handler returns under `claimsOverrideDetails`: ID-token claims (strings
 * only) and group overrides (the only V1 change that reaches the access token).
 *
 * @example
 * { "claimsOverrideDetails": { "claimsToAddOrOverride": { "plan": "pro" }, "claimsToSuppress": ["email"] } }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PreTokenGenerationResponseSchema = V1ResponseSchema;

/**
 * A pre token generation event, version 1 (V1_0, the default).
 *
 * @example
 * {"version":"1","triggerSource":"TokenGeneration_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1","cognito:user_status":"CONFIRMED"},
 *  "groupConfiguration":{"groupsToOverride":[],"iamRolesToOverride":[],"preferredRole":null}},
 *  "response":{"claimsOverrideDetails":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PreTokenGenerationTriggerEventSchema = z.looseObject({
  ...envelope(PRE_TOKEN_GENERATION_SOURCES, ['1']),
  request: z.looseObject(tokenRequestShape),
  response: incomingResponse(PreTokenGenerationResponseSchema),
});

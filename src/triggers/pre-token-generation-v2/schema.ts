import { z } from 'zod';
import { ScopesSchema, USER_TOKEN_SOURCES, V2ResponseSchema, tokenRequestShape } from '../../shared/tokens.js';
import { envelope, incomingResponse } from '../common.js';

export const PRE_TOKEN_GENERATION_V2_SOURCES = USER_TOKEN_SOURCES;

/**
 * What a V2_0 pre token handler returns under `claimsAndScopeOverrideDetails`: ID and access token
 * claims (any JSON value, except four simple ID-token claims), scopes and groups.
 *
 * @example
 * { "claimsAndScopeOverrideDetails": { "accessTokenGeneration": { "claimsToAddOrOverride": { "tier": 3 }, "scopesToAdd": ["api/read"] } } }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PreTokenGenerationV2ResponseSchema = V2ResponseSchema;

/**
 * A pre token generation event, version 2 (V2_0). Same request as V1 plus `scopes`.
 *
 * @example
 * {"version":"2","triggerSource":"TokenGeneration_Authentication","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"jane","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{"sub":"0588acd1-d7e3-4ec6-b65d-0134a947b3e1"},
 *  "groupConfiguration":{"groupsToOverride":[],"iamRolesToOverride":[],"preferredRole":null},"scopes":["aws.cognito.signin.user.admin"]},
 *  "response":{"claimsAndScopeOverrideDetails":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PreTokenGenerationV2TriggerEventSchema = z.looseObject({
  ...envelope(PRE_TOKEN_GENERATION_V2_SOURCES, ['2']),
  request: z.looseObject({ ...tokenRequestShape, scopes: ScopesSchema.optional().meta({ description: 'The scopes of the access token (V2_0 and V3_0 only).' }) }),
  response: incomingResponse(PreTokenGenerationV2ResponseSchema),
});

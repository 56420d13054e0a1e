import { z } from 'zod';
import {
  CLIENT_CREDENTIALS_SOURCE,
  GroupConfigurationSchema,
  ScopesSchema,
  USER_TOKEN_SOURCES,
  V2ResponseSchema,
  tokenRequestShape,
} from '../../shared/tokens.js';
import { UserAttributesSchema } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const PRE_TOKEN_GENERATION_V3_SOURCES = [...USER_TOKEN_SOURCES, CLIENT_CREDENTIALS_SOURCE] as const;

/**
 * What a V3_0 pre token handler returns: the same as V2 (sheet §3.6); the changes also apply to
 * M2M access tokens.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PreTokenGenerationV3ResponseSchema = V2ResponseSchema;

/**
 * A pre token generation event, version 3 (V3_0).
 *
 * UNVERIFIED (sheet §1.1, §3.6, §7):
 * - `version`: only @types declares `"3"`; the docs say V3 events are identical to V2. Accepted:
 *   `"3"` (generated) and `"2"`.
 * - For `TokenGeneration_ClientCredentials` no capture exists: `userName` may be absent or null,
 *   `userAttributes` and `groupConfiguration` may be absent; the generators send `userAttributes: {}`
 *   and an empty `groupConfiguration`. For the five user sources they are required, as in V2.
 *
 * @example
 * {"version":"3","triggerSource":"TokenGeneration_ClientCredentials","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":null,"callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"userAttributes":{},"groupConfiguration":{"groupsToOverride":[],"iamRolesToOverride":[],"preferredRole":null},
 *  "scopes":["orders/read"]},"response":{"claimsAndScopeOverrideDetails":null}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PreTokenGenerationV3TriggerEventSchema = z
  .looseObject({
    ...envelope(PRE_TOKEN_GENERATION_V3_SOURCES, ['3', '2']),
    userName: z.string({ error: "userName is the pool's internal username, a string" }).nullish().meta({ description: 'Required for the user sources; for client credentials no user exists, so it may be null or absent (UNVERIFIED).' }),
    request: z.looseObject({
      ...tokenRequestShape,
      userAttributes: UserAttributesSchema.optional().meta({ description: 'Required for the user sources; client-credentials events may lack it (UNVERIFIED).' }),
      groupConfiguration: GroupConfigurationSchema.nullish().meta({ description: 'Required for the user sources; client-credentials events may lack it (UNVERIFIED).' }),
      scopes: ScopesSchema.optional().meta({ description: 'The scopes of the access token.' }),
    }),
    response: incomingResponse(PreTokenGenerationV3ResponseSchema),
  })
  .superRefine((event, ctx) => {
    if (event.triggerSource === CLIENT_CREDENTIALS_SOURCE) return;
    const required: Array<[string[], unknown, string]> = [
      [['userName'], event.userName, 'a string'],
      [['request', 'userAttributes'], event.request.userAttributes, 'a map of strings'],
      [['request', 'groupConfiguration'], event.request.groupConfiguration, 'an object'],
    ];
    for (const [path, value, what] of required) {
      if (value === undefined || value === null) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${path.join('.')} is required (${what}) for ${event.triggerSource}: only client-credentials events may lack it`,
        });
      }
    }
  });

/**
 * Pieces shared by the three pre token generation contracts (V1_0, V2_0, V3_0), sheet §3.6.
 */
import { z } from 'zod';
import { ClientMetadataSchema, JsonValueSchema, ScopeSchema, StringMapSchema, UserAttributesSchema } from './atoms.js';

/** The five user-flow sources, common to V1, V2 and V3. */
export const USER_TOKEN_SOURCES = [
  'TokenGeneration_HostedAuth',
  'TokenGeneration_Authentication',
  'TokenGeneration_NewPasswordChallenge',
  'TokenGeneration_AuthenticateDevice',
  'TokenGeneration_RefreshTokens',
] as const;

/** M2M client-credentials grant: only sent to a V3_0 trigger. */
export const CLIENT_CREDENTIALS_SOURCE = 'TokenGeneration_ClientCredentials' as const;

/**
 * `request.groupConfiguration`: real events carry `[]`, `[]`, `null` for a user without groups.
 * `preferredRole` is a string or null (one capture shows `""`); the docs' array forms are doc bugs
 * (sheet §3.6, DISAGREE). Keys are optional on input: an emulator sends `{}`.
 */
export const GroupConfigurationSchema = z.looseObject({
  groupsToOverride: z.array(z.string({ error: 'a group name is a string' })).optional().meta({ description: "The user's groups." }),
  iamRolesToOverride: z.array(z.string({ error: 'an IAM role ARN is a string' })).optional().meta({ description: "The IAM roles of the user's groups." }),
  preferredRole: z
    .string({ error: (iss) => `preferredRole is a single role ARN (a string) or null; Cognito never sends ${Array.isArray(iss.input) ? 'an array (the docs example is wrong)' : typeof iss.input}` })
    .nullish().meta({ description: 'The role of the group with the best precedence; null for a user without groups.' }),
}).meta({ description: 'The groups and IAM roles of the user, as the tokens will carry them.' });

/**
 * `groupOverrideDetails` as a handler returns it. It **replaces** the groups: `{}` or `null`
 * removes every group from both tokens (a response rule warns).
 */
export const GroupOverrideDetailsSchema = z
  .strictObject({
    groupsToOverride: z.array(z.string({ error: 'a group name is a string' })).nullish().meta({ description: "The groups both tokens carry (cognito:groups), in place of the user's." }),
    iamRolesToOverride: z.array(z.string({ error: 'an IAM role ARN is a string' })).nullish().meta({ description: 'The IAM roles the ID token carries (cognito:roles).' }),
    preferredRole: z.string({ error: 'preferredRole is a single role ARN, a string' }).nullish().meta({ description: 'The role the ID token names in cognito:preferred_role.' }),
  })
  .nullable().meta({ description: 'Replaces the groups of both tokens: {} or null removes every group.' });

/** Claim names in `claimsToSuppress`. */
export const ClaimNameListSchema = z.array(z.string({ error: 'a claim name is a string' })).meta({ description: 'Names of claims to remove from the token.' });

/** The request of every pre token event (V1 has no `scopes`). */
export const tokenRequestShape = {
  userAttributes: UserAttributesSchema,
  groupConfiguration: GroupConfigurationSchema,
  clientMetadata: ClientMetadataSchema,
};

/** `request.scopes` (V2/V3): the scopes of the access token. */
export const ScopesSchema = z.array(z.string({ error: 'a scope is a string' })).meta({ description: 'The scopes of the access token.' });

/**
 * The four ID-token claims that must stay simple in V2/V3 (sheet §3.6): Cognito refuses a complex
 * value for them.
 */
export const SIMPLE_ID_TOKEN_CLAIMS = ['phone_number_verified', 'email_verified', 'updated_at', 'address'] as const;

const simpleClaim = (name: string) =>
  z.string({ error: `${name} must be a string in the ID token: Cognito does not accept a complex value for it` }).optional().meta({ description: 'Must stay a string in the ID token: Cognito refuses a complex value for it.' });

/**
 * V2/V3 `idTokenGeneration.claimsToAddOrOverride`: JSON values, except the four simple claims.
 * DISAGREE (sheet §3.6): @types/aws-lambda types these maps as strings only; the docs, the .NET and
 * Go libraries allow any JSON value. The docs win: numbers, booleans, arrays and objects pass.
 */
export const IdTokenClaimsSchema = z
  .object(Object.fromEntries(SIMPLE_ID_TOKEN_CLAIMS.map((c) => [c, simpleClaim(c)])) as Record<
    (typeof SIMPLE_ID_TOKEN_CLAIMS)[number],
    ReturnType<typeof simpleClaim>
  >)
  .catchall(JsonValueSchema).meta({ description: 'Claims to add to or override in the ID token: any JSON value, except the four claims that must stay strings.' });

/** V2/V3 `accessTokenGeneration.claimsToAddOrOverride`: any JSON value (see {@link IdTokenClaimsSchema} on the DISAGREE). */
export const AccessTokenClaimsSchema = z.record(z.string(), JsonValueSchema).meta({ description: 'Claims to add to or override in the access token: any JSON value.' });

/** V1 `claimsToAddOrOverride`: strings only. */
export const V1ClaimsSchema = z.record(
  z.string(),
  z.string({ error: 'a V1 claim value must be a string (V1_0 allows strings only; complex values need V2_0)' }),
).meta({ description: 'Claims to add to or override in the ID token: strings only in V1_0.' });

/**
 * V1 response: `claimsOverrideDetails`, pre-filled `null`.
 */
export const V1ResponseSchema = z.strictObject({
  claimsOverrideDetails: z
    .strictObject({
      claimsToAddOrOverride: V1ClaimsSchema.nullish(),
      claimsToSuppress: ClaimNameListSchema.nullish(),
      groupOverrideDetails: GroupOverrideDetailsSchema.optional(),
    })
    .nullish().meta({ description: 'What to change in the ID token; pre-filled null.' }),
});

/**
 * V2/V3 response: `claimsAndScopeOverrideDetails`. The incoming value is UNVERIFIED (sheet §1.4,
 * §7): the docs show `[]`, real events are probably `null`. Both are accepted as "unanswered" (on
 * input and on output, since a handler may hand the untouched value back); the generators send
 * `null`.
 */
export const V2ResponseSchema = z.strictObject({
  claimsAndScopeOverrideDetails: z
    .union([
      z.strictObject({
        idTokenGeneration: z
          .strictObject({
            claimsToAddOrOverride: IdTokenClaimsSchema.nullish(),
            claimsToSuppress: ClaimNameListSchema.nullish(),
          })
          .nullish().meta({ description: 'What to change in the ID token.' }),
        accessTokenGeneration: z
          .strictObject({
            claimsToAddOrOverride: AccessTokenClaimsSchema.nullish(),
            claimsToSuppress: ClaimNameListSchema.nullish(),
            scopesToAdd: z.array(ScopeSchema).nullish().meta({ description: 'Scopes to add to the access token.' }),
            scopesToSuppress: z.array(ScopeSchema).nullish().meta({ description: 'Scopes to remove from the access token.' }),
          })
          .nullish().meta({ description: 'What to change in the access token (also for machine-to-machine tokens with V3_0).' }),
        groupOverrideDetails: GroupOverrideDetailsSchema.optional(),
      }),
      // The docs' `[]`: an empty tuple, so the inferred type stays `[]`. Its JSON Schema export
      // (`prefixItems: []`, invalid in draft 2020-12) is repaired in validation/json-schema.ts.
      z.tuple([]),
    ], {
      error: 'claimsAndScopeOverrideDetails is an object ({ idTokenGeneration, accessTokenGeneration, groupOverrideDetails }) or null; the only array Cognito shows here is the empty [] of the docs',
    })
    .nullish().meta({ description: 'What to change in the ID and access tokens; pre-filled null (the docs show [], UNVERIFIED).' }),
});

export { StringMapSchema };

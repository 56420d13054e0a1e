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
  groupsToOverride: z.array(z.string({ error: 'a group name is a string' })).optional(),
  iamRolesToOverride: z.array(z.string({ error: 'an IAM role ARN is a string' })).optional(),
  preferredRole: z
    .string({ error: (iss) => `preferredRole is a single role ARN (a string) or null; Cognito never sends ${Array.isArray(iss.input) ? 'an array (the docs example is wrong)' : typeof iss.input}` })
    .nullish(),
});

/**
 * `groupOverrideDetails` as a handler returns it. It **replaces** the groups: `{}` or `null`
 * removes every group from both tokens (a response rule warns).
 */
export const GroupOverrideDetailsSchema = z
  .strictObject({
    groupsToOverride: z.array(z.string({ error: 'a group name is a string' })).nullish(),
    iamRolesToOverride: z.array(z.string({ error: 'an IAM role ARN is a string' })).nullish(),
    preferredRole: z.string({ error: 'preferredRole is a single role ARN, a string' }).nullish(),
  })
  .nullable();

/** Claim names in `claimsToSuppress`. */
export const ClaimNameListSchema = z.array(z.string({ error: 'a claim name is a string' }));

/** The request of every pre token event (V1 has no `scopes`). */
export const tokenRequestShape = {
  userAttributes: UserAttributesSchema,
  groupConfiguration: GroupConfigurationSchema,
  clientMetadata: ClientMetadataSchema,
};

/** `request.scopes` (V2/V3): the scopes of the access token. */
export const ScopesSchema = z.array(z.string({ error: 'a scope is a string' }));

/**
 * The four ID-token claims that must stay simple in V2/V3 (sheet §3.6): Cognito refuses a complex
 * value for them.
 */
export const SIMPLE_ID_TOKEN_CLAIMS = ['phone_number_verified', 'email_verified', 'updated_at', 'address'] as const;

const simpleClaim = (name: string) =>
  z.string({ error: `${name} must be a string in the ID token: Cognito does not accept a complex value for it` }).optional();

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
  .catchall(JsonValueSchema);

/** V2/V3 `accessTokenGeneration.claimsToAddOrOverride`: any JSON value (see {@link IdTokenClaimsSchema} on the DISAGREE). */
export const AccessTokenClaimsSchema = z.record(z.string(), JsonValueSchema);

/** V1 `claimsToAddOrOverride`: strings only. */
export const V1ClaimsSchema = z.record(
  z.string(),
  z.string({ error: 'a V1 claim value must be a string (V1_0 allows strings only; complex values need V2_0)' }),
);

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
    .nullish(),
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
          .nullish(),
        accessTokenGeneration: z
          .strictObject({
            claimsToAddOrOverride: AccessTokenClaimsSchema.nullish(),
            claimsToSuppress: ClaimNameListSchema.nullish(),
            scopesToAdd: z.array(ScopeSchema).nullish(),
            scopesToSuppress: z.array(ScopeSchema).nullish(),
          })
          .nullish(),
        groupOverrideDetails: GroupOverrideDetailsSchema.optional(),
      }),
      // The docs' `[]`: an empty tuple, so the inferred type stays `[]`. Its JSON Schema export
      // (`prefixItems: []`, invalid in draft 2020-12) is repaired in validation/json-schema.ts.
      z.tuple([]),
    ], {
      error: 'claimsAndScopeOverrideDetails is an object ({ idTokenGeneration, accessTokenGeneration, groupOverrideDetails }) or null; the only array Cognito shows here is the empty [] of the docs',
    })
    .nullish(),
});

export { StringMapSchema };

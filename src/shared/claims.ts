/**
 * Which token claims a pre token generation handler may add, change or suppress (sheet §3.6, the
 * current docs table). Shared by the response rules and the token preview.
 */

/** ID-token claims that can be neither added, changed nor suppressed. */
export const ID_TOKEN_PROTECTED_CLAIMS = [
  'acr',
  'amr',
  'at_hash',
  'aud',
  'auth_time',
  'azp',
  'cognito:username',
  'exp',
  'iat',
  'identities',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'sub',
  'token_use',
] as const;

/** Access-token claims (V2/V3) that can be neither added, changed nor suppressed. */
export const ACCESS_TOKEN_PROTECTED_CLAIMS = [
  'acr',
  'amr',
  'auth_time',
  'azp',
  'client_id',
  'device_key',
  'event_id',
  'exp',
  'iat',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'sub',
  'token_use',
  'username',
  'version',
] as const;

/** The `cognito:` claims a handler may change, and only through `groupOverrideDetails`. */
export const GROUP_CLAIMS = ['cognito:groups', 'cognito:roles', 'cognito:preferred_role'] as const;

/** True for a claim in the `cognito:` namespace. */
export const isCognitoClaim = (claim: string): boolean => claim.startsWith('cognito:');

/** True for a developer-only attribute claim (`dev:*`): suppress-only. */
export const isDevClaim = (claim: string): boolean => claim.startsWith('dev:');

/** True for a claim the handler can never touch in the ID token (any `cognito:*` but the group claims included). */
export function isProtectedIdTokenClaim(claim: string): boolean {
  return (
    (ID_TOKEN_PROTECTED_CLAIMS as readonly string[]).includes(claim) ||
    (isCognitoClaim(claim) && !(GROUP_CLAIMS as readonly string[]).includes(claim))
  );
}

/** True for a claim the handler can never touch in the access token. */
export function isProtectedAccessTokenClaim(claim: string): boolean {
  return (ACCESS_TOKEN_PROTECTED_CLAIMS as readonly string[]).includes(claim) || (isCognitoClaim(claim) && claim !== 'cognito:groups');
}

/** The scope every API sign-in gets, and without which self-service API calls fail. */
export const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

/**
 * Pre token generation V2_0: puts the tenant and the user's roles into the access token (which a
 * version 1 trigger cannot touch) and grants the `orders/read` scope to every confirmed user, so
 * APIs behind an authorizer can read them without a userInfo call.
 *
 * Claim values in version 2 may be JSON (here an array); the ID token is left alone.
 */
import type { Handler } from 'aws-lambda';
// The kit's corrected event types (`from 'cognito-trigger-kit'` in your project): unlike
// @types/aws-lambda they allow non-string claim values in V2 and say that groupConfiguration's
// arrays may be missing. A type-only import: nothing of the kit is loaded at run time.
import type { ClaimValue, PreTokenGenerationV2TriggerEvent } from '../../src/index.js';

const READ_SCOPE = 'orders/read';

export const handler: Handler<PreTokenGenerationV2TriggerEvent, PreTokenGenerationV2TriggerEvent> = async (event) => {
  const attributes = event.request.userAttributes;
  const claims: Record<string, ClaimValue> = {
    // `?? []`: emulators and hand-written test events send `groupConfiguration: {}` for a user without groups.
    roles: [...(event.request.groupConfiguration.groupsToOverride ?? [])].sort(),
  };
  const tenant = attributes['custom:tenant_id'];
  if (tenant) claims.tenant_id = tenant;

  const confirmed = attributes['cognito:user_status'] === 'CONFIRMED' || attributes['cognito:user_status'] === 'EXTERNAL_PROVIDER';
  const scopes = event.request.scopes ?? [];
  event.response.claimsAndScopeOverrideDetails = {
    accessTokenGeneration: {
      claimsToAddOrOverride: claims,
      ...(confirmed && !scopes.includes(READ_SCOPE) ? { scopesToAdd: [READ_SCOPE] } : {}),
    },
  };
  return event;
};

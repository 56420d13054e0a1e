/**
 * DELIBERATELY BROKEN. A V2 pre token handler that meant to "reset the group override" before
 * adding an access-token claim, and wrote an empty `groupOverrideDetails`. Cognito reads an empty
 * override as "no groups": every user silently loses `cognito:groups` (and their IAM roles) from
 * both tokens. The output is valid JSON that Cognito accepts, so only `--strict` fails it; the kit
 * reports pre-token-generation-v2/all-groups-removed.
 */
import type { PreTokenGenerationV2TriggerHandler } from 'aws-lambda';

export const handler: PreTokenGenerationV2TriggerHandler = async (event) => {
  event.response.claimsAndScopeOverrideDetails = {
    groupOverrideDetails: {},
    accessTokenGeneration: { claimsToAddOrOverride: { department: event.request.userAttributes['custom:department'] ?? 'none' } },
  };
  return event;
};

/**
 * Pre token generation (any event version): every signed-in user is also a member of the
 * `members` group, and the `support` group is dropped for users whose `custom:support_until`
 * date has passed. Roles and the preferred role are carried over, because a group override
 * replaces all three.
 */

const ALWAYS = 'members';
const EXPIRING = 'support';

/** @param {() => number} now */
export function createGroupsHandler(now = Date.now) {
  return async (event) => {
    // Cognito sends [] / [] / null for a user without groups, but some emulators and hand-written
    // test events send `groupConfiguration: {}`: read it defensively.
    const { groupsToOverride = [], iamRolesToOverride = [], preferredRole = null } = event.request.groupConfiguration ?? {};
    const until = Date.parse(event.request.userAttributes['custom:support_until'] ?? '');
    const supportExpired = !Number.isNaN(until) && until < now();

    const groups = groupsToOverride.filter((g) => !(g === EXPIRING && supportExpired));
    if (!groups.includes(ALWAYS)) groups.push(ALWAYS);

    const groupOverrideDetails = {
      groupsToOverride: groups,
      iamRolesToOverride: [...iamRolesToOverride],
      ...(typeof preferredRole === 'string' && preferredRole !== '' ? { preferredRole } : {}),
    };
    if (event.version === '1') {
      event.response.claimsOverrideDetails = { ...event.response.claimsOverrideDetails, groupOverrideDetails };
    } else {
      event.response.claimsAndScopeOverrideDetails = { ...event.response.claimsAndScopeOverrideDetails, groupOverrideDetails };
    }
    return event;
  };
}

export const handler = createGroupsHandler();

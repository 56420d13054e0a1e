/**
 * Group overrides in pre token generation (all versions, sheet §3.6): `groupOverrideDetails`
 * **replaces** the user's groups. `null` or `{}` removes every group from both tokens, and leaving
 * out `iamRolesToOverride` / `preferredRole` removes the roles. The rules warn about those easy
 * mistakes; {@link groupOutcome} computes what the tokens will carry, for the focused assertions.
 */
import type { PathSegment } from '../shared/issues.js';
import { dig, hasKey, isObj } from './json.js';
import { DETAILS_KEY, tokenSections, type ClaimsVersion, type TokenKind } from './claims.js';
import type { RuleContext, RuleFinding, RuleSpec } from './types.js';

/** The group claims a token ends up with. */
export interface GroupState {
  groups: string[];
  roles: string[];
  preferredRole: string | null;
}

/** What the tokens carry after Cognito applies a pre token response. */
export interface GroupOutcome {
  /** The request's groups, roles and preferred role. */
  readonly before: GroupState;
  /** Groups after `groupOverrideDetails` (before suppression). */
  readonly after: GroupState;
  /** Whether `groupOverrideDetails` was present at all. */
  readonly overridden: boolean;
  /** Tokens whose `cognito:groups` claim is suppressed through claimsToSuppress. */
  readonly suppressedIn: readonly TokenKind[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const role = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The request's group configuration as a {@link GroupState}.
 *
 * @example
 * requestGroups(event).groups // ['admins']
 */
export function requestGroups(event: unknown): GroupState {
  const gc = dig(event, 'request', 'groupConfiguration');
  return { groups: strings(dig(gc, 'groupsToOverride')), roles: strings(dig(gc, 'iamRolesToOverride')), preferredRole: role(dig(gc, 'preferredRole')) };
}

/**
 * Where `groupOverrideDetails` sits for a version.
 *
 * @example
 * groupOverridePath(1) // ['response', 'claimsOverrideDetails', 'groupOverrideDetails']
 */
export function groupOverridePath(version: ClaimsVersion): PathSegment[] {
  return ['response', DETAILS_KEY[version], 'groupOverrideDetails'];
}

/**
 * What the tokens will carry for groups once Cognito applies `response`.
 *
 * @example
 * groupOutcome(event, { claimsOverrideDetails: { groupOverrideDetails: null } }, 1).after.groups // []
 */
export function groupOutcome(event: unknown, response: unknown, version: ClaimsVersion): GroupOutcome {
  const before = requestGroups(event);
  const details = dig(response, DETAILS_KEY[version]);
  const overridden = hasKey(details, 'groupOverrideDetails');
  let after = before;
  if (overridden) {
    const god = isObj(details) ? details.groupOverrideDetails : undefined;
    after = { groups: strings(dig(god, 'groupsToOverride')), roles: strings(dig(god, 'iamRolesToOverride')), preferredRole: role(dig(god, 'preferredRole')) };
  }
  const suppressedIn = tokenSections(response, version)
    .filter((s) => s.suppress?.includes('cognito:groups'))
    .map((s) => s.token);
  return { before, after, overridden, suppressedIn };
}

const versionOf = (ctx: RuleContext): ClaimsVersion => (ctx.slug === 'pre-token-generation' ? 1 : 2);

const allGroupsRemoved: RuleSpec = {
  what: 'all-groups-removed',
  severity: 'warning',
  shared: true,
  summary: 'groupOverrideDetails present but null, {} or without groupsToOverride removes every group.',
  cognitoDoes:
    'Replaces the groups with nothing: cognito:groups disappears from both tokens, with cognito:roles and cognito:preferred_role. To keep the groups, copy request.groupConfiguration.',
  check(ctx) {
    const version = versionOf(ctx);
    const details = ctx.response?.[DETAILS_KEY[version]];
    if (!hasKey(details, 'groupOverrideDetails')) return [];
    const god = isObj(details) ? details.groupOverrideDetails : undefined;
    const groups = isObj(god) ? god.groupsToOverride : undefined;
    if (groups !== undefined && groups !== null) return [];
    const had = requestGroups(ctx.event).groups;
    const lost = had.length ? ` (the user's groups ${had.map((g) => JSON.stringify(g)).join(', ')} are dropped)` : '';
    const shape = god === null ? 'null' : isObj(god) && Object.keys(god).length === 0 ? '{}' : 'an object without groupsToOverride';
    return [
      {
        path: groupOverridePath(version),
        message: `groupOverrideDetails is ${shape}: Cognito removes all groups from both tokens${lost}; to keep them, copy request.groupConfiguration, or omit groupOverrideDetails`,
      },
    ];
  },
};

const rolesRemoved: RuleSpec = {
  what: 'roles-removed',
  severity: 'warning',
  shared: true,
  summary: 'groupOverrideDetails with groupsToOverride but without iamRolesToOverride / preferredRole drops the roles the request had.',
  cognitoDoes: 'Replaces the whole group configuration: roles left out disappear from cognito:roles and cognito:preferred_role in the ID token.',
  check(ctx) {
    const version = versionOf(ctx);
    const god = dig(ctx.response, DETAILS_KEY[version], 'groupOverrideDetails');
    if (!isObj(god) || god.groupsToOverride === undefined || god.groupsToOverride === null) return [];
    const before = requestGroups(ctx.event);
    const findings: RuleFinding[] = [];
    if ((god.iamRolesToOverride === undefined || god.iamRolesToOverride === null) && before.roles.length > 0) {
      findings.push({
        path: [...groupOverridePath(version), 'iamRolesToOverride'],
        message: `iamRolesToOverride is left out, but the request had ${before.roles.length} role(s): Cognito removes them (cognito:roles disappears from the ID token); copy request.groupConfiguration.iamRolesToOverride to keep them`,
      });
    }
    if ((god.preferredRole === undefined || god.preferredRole === null) && before.preferredRole !== null) {
      findings.push({
        path: [...groupOverridePath(version), 'preferredRole'],
        message: `preferredRole is left out, but the request had ${JSON.stringify(before.preferredRole)}: Cognito removes cognito:preferred_role from the ID token; copy request.groupConfiguration.preferredRole to keep it`,
      });
    }
    return findings;
  },
};

/**
 * The group rules, bound to every pre token slug.
 *
 * @example
 * GROUP_RULE_SPECS.map((r) => r.what) // ['all-groups-removed', 'roles-removed']
 */
export const GROUP_RULE_SPECS: readonly RuleSpec[] = [allGroupsRemoved, rolesRemoved];

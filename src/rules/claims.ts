/**
 * Pre token generation claim rules (sheet §3.6), written once and bound to the V1, V2 and V3
 * slugs. V1 changes the ID token only, with string values, under `claimsOverrideDetails`; V2 and
 * V3 change both tokens and the scopes, with any JSON value, under `claimsAndScopeOverrideDetails`.
 */
import {
  GROUP_CLAIMS,
  isDevClaim,
  isProtectedAccessTokenClaim,
  isProtectedIdTokenClaim,
} from '../shared/claims.js';
import { describeValue, type PathSegment } from '../shared/issues.js';
import { SCOPE } from '../shared/patterns.js';
import { CLIENT_CREDENTIALS_SOURCE, SIMPLE_ID_TOKEN_CLAIMS } from '../shared/tokens.js';
import { hasKey, isObj } from './json.js';
import type { RuleContext, RuleFinding, RuleSpec } from './types.js';

/** Pre token event version: 1 (V1_0) or 2 (V2_0 and V3_0 share the response). */
export type ClaimsVersion = 1 | 2;

/** Which token a part of the response changes. */
export type TokenKind = 'id' | 'access';

/** One token's part of a pre token response, with where it sits. */
export interface TokenSection {
  readonly token: TokenKind;
  /** Path of the object holding `claimsToAddOrOverride` / `claimsToSuppress`. */
  readonly base: PathSegment[];
  readonly add: Record<string, unknown> | undefined;
  readonly suppress: readonly unknown[] | undefined;
  readonly scopesToAdd: readonly unknown[] | undefined;
  readonly scopesToSuppress: readonly unknown[] | undefined;
}

/**
 * The key each version keeps its overrides under.
 *
 * @example
 * DETAILS_KEY[2] // 'claimsAndScopeOverrideDetails'
 */
export const DETAILS_KEY = { 1: 'claimsOverrideDetails', 2: 'claimsAndScopeOverrideDetails' } as const;

const arr = (v: unknown): readonly unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const obj = (v: unknown): Record<string, unknown> | undefined => (isObj(v) ? v : undefined);

/**
 * The token sections of a pre token response (only the parts that are objects).
 *
 * @example
 * tokenSections({ claimsOverrideDetails: { claimsToSuppress: ['email'] } }, 1)[0].suppress // ['email']
 */
export function tokenSections(response: unknown, version: ClaimsVersion): TokenSection[] {
  const key = DETAILS_KEY[version];
  const details = obj(obj(response)?.[key]);
  if (!details) return [];
  const section = (token: TokenKind, base: PathSegment[], holder: Record<string, unknown>): TokenSection => ({
    token,
    base,
    add: obj(holder.claimsToAddOrOverride),
    suppress: arr(holder.claimsToSuppress),
    scopesToAdd: token === 'access' ? arr(holder.scopesToAdd) : undefined,
    scopesToSuppress: token === 'access' ? arr(holder.scopesToSuppress) : undefined,
  });
  if (version === 1) return [section('id', ['response', key], details)];
  const out: TokenSection[] = [];
  const id = obj(details.idTokenGeneration);
  if (id) out.push(section('id', ['response', key, 'idTokenGeneration'], id));
  const access = obj(details.accessTokenGeneration);
  if (access) out.push(section('access', ['response', key, 'accessTokenGeneration'], access));
  return out;
}

const TOKEN_NAME: Record<TokenKind, string> = { id: 'ID token', access: 'access token' };
const isGroupClaim = (c: string): boolean => (GROUP_CLAIMS as readonly string[]).includes(c);
const versionOf = (ctx: RuleContext): ClaimsVersion => (ctx.slug === 'pre-token-generation' ? 1 : 2);

/** Claim names added in a section, with their paths. */
function added(s: TokenSection): Array<[string, unknown, PathSegment[]]> {
  return s.add ? Object.entries(s.add).map(([k, v]) => [k, v, [...s.base, 'claimsToAddOrOverride', k]]) : [];
}

/** Claim names suppressed in a section, with their paths. */
function suppressed(s: TokenSection): Array<[string, PathSegment[]]> {
  const out: Array<[string, PathSegment[]]> = [];
  s.suppress?.forEach((c, i) => {
    if (typeof c === 'string') out.push([c, [...s.base, 'claimsToSuppress', i]]);
  });
  return out;
}

function sectionsOf(ctx: RuleContext): TokenSection[] {
  return tokenSections(ctx.response, versionOf(ctx));
}

/** A claim the handler may not add or change in this token (the group, dev, aud and scope claims have their own rules). */
function isNonOverridable(token: TokenKind, claim: string): boolean {
  if (isGroupClaim(claim)) return false;
  if (token === 'id') return !isDevClaim(claim) && isProtectedIdTokenClaim(claim);
  return claim !== 'scope' && claim !== 'aud' && isProtectedAccessTokenClaim(claim);
}

const nonOverridableClaim: RuleSpec = {
  what: 'non-overridable-claim',
  severity: 'error',
  shared: true,
  summary:
    'claimsToAddOrOverride must not name a claim Cognito owns (sub, iss, exp, cognito:username, any other cognito:* but the group claims, …; the ID and access lists differ).',
  cognitoDoes:
    'Does not let a trigger add or change these claims (whether it ignores the claim or fails the sign-in is UNVERIFIED): the token keeps the value Cognito computes.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of sectionsOf(ctx)) {
      for (const [claim, , path] of added(s)) {
        if (!isNonOverridable(s.token, claim)) continue;
        const why =
          claim === 'aud'
            ? 'aud may be added only to the access token (V2_0/V3_0), and only with the app client id as value'
            : `${claim} is a claim Cognito sets in the ${TOKEN_NAME[s.token]} and no trigger may add or change`;
        findings.push({ path, message: `${why}: Cognito keeps its own value` });
      }
    }
    return findings;
  },
};

const nonSuppressibleClaim: RuleSpec = {
  what: 'non-suppressible-claim',
  severity: 'error',
  shared: true,
  summary: 'claimsToSuppress must not name a claim Cognito always issues (sub, iss, aud in the ID token, token_use, …).',
  cognitoDoes: 'Does not let a trigger remove these claims (ignored or rejected: UNVERIFIED): the claim stays in the token.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of sectionsOf(ctx)) {
      for (const [claim, path] of suppressed(s)) {
        if (isGroupClaim(claim) || (s.token === 'access' && claim === 'scope')) continue;
        const protectedClaim = s.token === 'id' ? isProtectedIdTokenClaim(claim) : isProtectedAccessTokenClaim(claim);
        if (!protectedClaim) continue;
        findings.push({ path, message: `${claim} cannot be suppressed from the ${TOKEN_NAME[s.token]}: Cognito always issues it` });
      }
    }
    return findings;
  },
};

const groupClaimOverride: RuleSpec = {
  what: 'group-claim-override',
  severity: 'error',
  shared: true,
  summary: 'cognito:groups, cognito:roles and cognito:preferred_role change only through groupOverrideDetails.',
  cognitoDoes: 'Ignores these names in claimsToAddOrOverride (UNVERIFIED whether it fails instead): the groups come from groupOverrideDetails or the user\'s groups.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of sectionsOf(ctx)) {
      for (const [claim, , path] of added(s)) {
        if (!isGroupClaim(claim)) continue;
        const field = claim === 'cognito:groups' ? 'groupsToOverride' : claim === 'cognito:roles' ? 'iamRolesToOverride' : 'preferredRole';
        findings.push({
          path,
          message: `${claim} cannot be set through claimsToAddOrOverride: use groupOverrideDetails.${field}; Cognito takes the groups from there`,
        });
      }
    }
    return findings;
  },
};

const devClaimOverride: RuleSpec = {
  what: 'dev-claim-override',
  severity: 'error',
  shared: true,
  summary: 'dev:* attribute claims can be suppressed but not added or changed.',
  cognitoDoes: 'Does not let a trigger add or change a developer-only attribute claim (ignored or rejected: UNVERIFIED).',
  check: (ctx) =>
    sectionsOf(ctx)
      .filter((s) => s.token === 'id')
      .flatMap((s) =>
        added(s)
          .filter(([claim]) => isDevClaim(claim))
          .map(([claim, , path]) => ({
            path,
            message: `${claim} is a developer-only attribute: it may be suppressed (claimsToSuppress) but not added or changed; Cognito keeps the stored value`,
          })),
      ),
};

const claimNotString: RuleSpec = {
  what: 'claim-not-string',
  severity: 'error',
  shared: true,
  summary: 'V1_0 claim values must be strings.',
  cognitoDoes: 'Rejects the output of a V1_0 trigger with a non-string claim value (complex values need V2_0 or V3_0).',
  replacesSchema: ['schema/invalid_type'],
  check: (ctx) =>
    sectionsOf(ctx).flatMap((s) =>
      added(s)
        .filter(([, value]) => typeof value !== 'string')
        .map(([claim, value, path]) => ({
          path,
          message: `${claim} is ${describeValue(value)}: a V1_0 trigger may return strings only (use a V2_0 trigger for numbers, booleans, arrays and objects); Cognito rejects the output`,
        })),
    ),
};

const simpleClaimNotString: RuleSpec = {
  what: 'simple-claim-not-string',
  severity: 'error',
  shared: true,
  summary: `${SIMPLE_ID_TOKEN_CLAIMS.join(', ')} must be strings in the ID token, even in V2_0/V3_0.`,
  cognitoDoes: 'Does not accept a complex (non-string) value for these four ID-token claims.',
  replacesSchema: ['schema/invalid_type'],
  check: (ctx) =>
    sectionsOf(ctx)
      .filter((s) => s.token === 'id')
      .flatMap((s) =>
        added(s)
          .filter(([claim, value]) => (SIMPLE_ID_TOKEN_CLAIMS as readonly string[]).includes(claim) && typeof value !== 'string')
          .map(([claim, value, path]) => ({
            path,
            message: `${claim} is ${describeValue(value)}: in the ID token it must be a string${typeof value === 'boolean' ? ` ("${String(value)}")` : ''}; Cognito does not accept a complex value for it`,
          })),
      ),
};

const audNotClientId: RuleSpec = {
  what: 'aud-not-client-id',
  severity: 'error',
  shared: true,
  summary: 'aud may be added to the access token only with the app client id (callerContext.clientId) as value.',
  cognitoDoes: 'Accepts aud in the access token only when it equals the session\'s app client id.',
  check(ctx) {
    const clientId = isObj(ctx.event.callerContext) ? ctx.event.callerContext.clientId : undefined;
    return sectionsOf(ctx)
      .filter((s) => s.token === 'access')
      .flatMap((s) =>
        added(s)
          .filter(([claim, value]) => claim === 'aud' && value !== clientId)
          .map(([, value, path]) => ({
            path,
            message: `aud is ${describeValue(value)}, but Cognito accepts aud in the access token only as the app client id ${JSON.stringify(clientId)} (callerContext.clientId)`,
          })),
      );
  },
};

const scopeClaim: RuleSpec = {
  what: 'scope-claim',
  severity: 'error',
  shared: true,
  summary: 'The access token\'s scope claim changes only through scopesToAdd / scopesToSuppress.',
  cognitoDoes: 'Does not let claimsToAddOrOverride or claimsToSuppress touch scope (ignored or rejected: UNVERIFIED): the scopes stay as requested.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of sectionsOf(ctx)) {
      if (s.token !== 'access') continue;
      for (const [claim, , path] of added(s)) {
        if (claim === 'scope') findings.push({ path, message: 'scope cannot be set through claimsToAddOrOverride: Cognito keeps the requested scopes; list the scopes in scopesToAdd' });
      }
      for (const [claim, path] of suppressed(s)) {
        if (claim === 'scope') findings.push({ path, message: 'scope cannot be suppressed through claimsToSuppress: Cognito keeps the requested scopes; list the scopes to remove in scopesToSuppress' });
      }
    }
    return findings;
  },
};

const invalidScope: RuleSpec = {
  what: 'invalid-scope',
  severity: 'error',
  shared: true,
  summary: 'A scope in scopesToAdd / scopesToSuppress has no blank space, " or \\ and is 1–256 characters.',
  cognitoDoes: 'Rejects scope values with blank space (the docs say so; the API ScopeType pattern also rules out " and \\).',
  replacesSchema: ['schema/invalid_format'],
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of sectionsOf(ctx)) {
      for (const field of ['scopesToAdd', 'scopesToSuppress'] as const) {
        s[field]?.forEach((scope, i) => {
          if (typeof scope !== 'string' || SCOPE.test(scope)) return;
          const why = /\s/.test(scope)
            ? 'contains blank space (one scope per array item: split "a b" into "a", "b")'
            : scope.length === 0
              ? 'is empty'
              : scope.length > 256
                ? 'is longer than 256 characters'
                : 'contains " or \\ or a non-printable character';
          findings.push({ path: [...s.base, field, i], message: `the scope ${JSON.stringify(scope)} ${why}: Cognito rejects it` });
        });
      }
    }
    return findings;
  },
};

const suppressedAndAdded: RuleSpec = {
  what: 'suppressed-and-added',
  severity: 'warning',
  shared: true,
  summary: 'A claim both added and suppressed in the same token ends up suppressed.',
  cognitoDoes: 'Suppresses the claim: suppression wins over claimsToAddOrOverride.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const s of sectionsOf(ctx)) {
      const gone = new Set(suppressed(s).map(([c]) => c));
      for (const [claim, , path] of added(s)) {
        if (gone.has(claim)) {
          findings.push({ path, message: `${claim} is both added and listed in claimsToSuppress of the ${TOKEN_NAME[s.token]}: Cognito suppresses it, so the added value never reaches the token` });
        }
      }
    }
    return findings;
  },
};

/** Keys of the other version's response, by where they would sit. */
const FOREIGN_KEYS: Record<ClaimsVersion, { top: readonly string[]; inside: readonly string[]; other: string }> = {
  1: { top: ['claimsAndScopeOverrideDetails'], inside: ['idTokenGeneration', 'accessTokenGeneration', 'scopesToAdd', 'scopesToSuppress'], other: 'V2_0/V3_0' },
  2: { top: ['claimsOverrideDetails'], inside: ['claimsToAddOrOverride', 'claimsToSuppress'], other: 'V1_0' },
};

function wrongVersionKey(version: ClaimsVersion): RuleSpec {
  const { top, inside, other } = FOREIGN_KEYS[version];
  const mine = DETAILS_KEY[version];
  const me = version === 1 ? 'V1_0' : 'V2_0/V3_0';
  return {
    what: version === 1 ? 'v2-key-in-v1' : 'v1-key-in-v2',
    severity: 'error',
    shared: true,
    summary: `A ${me} response must not use the ${other} response keys (${[...top, ...inside].join(', ')}).`,
    cognitoDoes: `Reads only the ${me} keys of a ${me} trigger and ignores these: the claims they hold never reach the tokens.`,
    replacesSchema: ['schema/unrecognized_key'],
    check(ctx) {
      const findings: RuleFinding[] = [];
      for (const key of top) {
        if (hasKey(ctx.response, key)) {
          findings.push({
            path: ['response', key],
            message: `${key} is the ${other} response, but this is a ${me} trigger (event version ${JSON.stringify(ctx.event.version)}): Cognito ignores it; return ${mine}`,
          });
        }
      }
      const details = ctx.response?.[mine];
      for (const key of inside) {
        if (hasKey(details, key)) {
          findings.push({
            path: ['response', mine, key],
            message:
              version === 1
                ? `${key} belongs to the V2_0/V3_0 response: Cognito ignores it for a V1_0 trigger (V1 changes the ID token only, with claimsToAddOrOverride / claimsToSuppress directly under claimsOverrideDetails)`
                : `${key} directly under claimsAndScopeOverrideDetails is the V1_0 layout: Cognito ignores it for a ${me} trigger; put it under idTokenGeneration or accessTokenGeneration`,
          });
        }
      }
      return findings;
    },
  };
}

const noIdToken: RuleSpec = {
  what: 'no-id-token',
  severity: 'warning',
  shared: false,
  summary: 'A client-credentials (M2M) request issues no ID token, so idTokenGeneration has no effect.',
  cognitoDoes: 'Issues only an access token for TokenGeneration_ClientCredentials and ignores idTokenGeneration.',
  appliesTo: (ctx) => ctx.triggerSource === CLIENT_CREDENTIALS_SOURCE,
  check(ctx) {
    const details = ctx.response?.[DETAILS_KEY[2]];
    const id = isObj(details) ? details.idTokenGeneration : undefined;
    if (id === undefined || id === null) return [];
    return [
      {
        path: ['response', DETAILS_KEY[2], 'idTokenGeneration'],
        message: 'TokenGeneration_ClientCredentials issues no ID token: Cognito ignores idTokenGeneration here (put machine claims under accessTokenGeneration)',
      },
    ];
  },
};

/**
 * The claim rules of one pre token slug.
 *
 * @example
 * claimRuleSpecs(3).map((r) => r.what) // [..., 'v1-key-in-v2', 'no-id-token']
 */
export function claimRuleSpecs(version: 1 | 2 | 3): RuleSpec[] {
  const common = [nonOverridableClaim, nonSuppressibleClaim, groupClaimOverride, devClaimOverride, suppressedAndAdded];
  if (version === 1) return [...common, claimNotString, wrongVersionKey(1)];
  const v2 = [...common, simpleClaimNotString, audNotClientId, scopeClaim, invalidScope, wrongVersionKey(2)];
  return version === 3 ? [...v2, noIdToken] : v2;
}

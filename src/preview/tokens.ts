/**
 * `previewTokens`: the ID and access token claims Cognito would issue after a pre token generation
 * handler's response (sheet §3.6), so a test can assert on the tokens rather than on the response
 * shape.
 */
import { KitUsageError } from '../shared/errors.js';
import { ADMIN_SCOPE, GROUP_CLAIMS, isDevClaim, isProtectedAccessTokenClaim, isProtectedIdTokenClaim } from '../shared/claims.js';
import { describeValue, formatIssue, formatPath, type ContractIssue, type PathSegment } from '../shared/issues.js';
import { CLIENT_CREDENTIALS_SOURCE } from '../shared/tokens.js';
import type { TokenVersion, TriggerTarget } from '../triggers/registry.js';
import { triggerForEvent } from '../validation/validate.js';

/**
 * Stand-ins for the claims a preview cannot know: times (`auth_time`, `iat`, `exp`) and per-token
 * identifiers (`jti`, `origin_jti`, `event_id`).
 */
export const TOKEN_PLACEHOLDERS = { time: '<time>', id: '<uuid>' } as const;

/** The claims of one token, as its decoded JWT payload would hold them. */
export type TokenClaims = Record<string, unknown>;

/** What {@link previewTokens} returns. */
export interface TokenPreview {
  /** The ID token's claims; `undefined` for client credentials (M2M), which issue no ID token. */
  idToken: TokenClaims | undefined;
  accessToken: TokenClaims;
  /** The access token's scopes, in order (its `scope` claim is these joined by spaces). */
  scopes: string[];
  /** The user's groups after `groupOverrideDetails` (the token claims show where a suppression removed them). */
  groups: string[];
  /** IAM roles after `groupOverrideDetails` (`cognito:roles`). */
  roles: string[];
  /** The preferred role after `groupOverrideDetails` (`cognito:preferred_role`), if any. */
  preferredRole: string | undefined;
  /** One warning per change Cognito does not apply, with the path of that change in the output. */
  warnings: ContractIssue[];
}

/** Options of {@link previewTokens}. */
export interface PreviewOptions {
  /** Read the event as this pre token slug or source instead of its own `triggerSource`/`version`. */
  target?: TriggerTarget | undefined;
  version?: TokenVersion | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The ID token and access token claims, scopes and groups Cognito would issue for a pre token
 * generation event once it has applied the handler's output.
 *
 * Base claims come from the event. ID token: `sub`, `cognito:groups` / `cognito:roles` /
 * `cognito:preferred_role` (from `groupConfiguration`; left out when empty, as in real tokens),
 * every user attribute except `sub` and the `cognito:*` bookkeeping attributes, `iss`
 * (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`), `cognito:username`, `aud` (the
 * app client id), `token_use: "id"`, and placeholders ({@link TOKEN_PLACEHOLDERS}) for
 * `auth_time`, `iat`, `exp`, `jti`, `origin_jti`, `event_id`. Attribute values are strings in the
 * event; in real ID tokens `email_verified` and `phone_number_verified` are JSON booleans (AWS's
 * ID-token example), so `"true"`/`"True"`/`"false"` become booleans; `updated_at` becomes a number
 * when it is an integer string (OIDC defines it as seconds; that Cognito converts it is the kit's
 * reading, UNVERIFIED); `identities` becomes the claim form, an array whose `primary` and
 * `dateCreated` are strings (sheet §1.2: the attribute holds a boolean and a number). Access
 * token: `sub`, `cognito:groups`, `iss`, `client_id`, `origin_jti`, `event_id`, `token_use:
 * "access"`, `scope`, `username`, `version: 2` and the time placeholders. For V2/V3 the scopes
 * are `request.scopes`; a V1 event carries none, so the preview assumes an API sign-in
 * (`aws.cognito.signin.user.admin`).
 *
 * Then the response, V1 (`claimsOverrideDetails`: ID-token claims, groups in both tokens) or
 * V2/V3 (`claimsAndScopeOverrideDetails`: ID and access token claims, scopes, groups):
 * - `groupOverrideDetails` **replaces** the groups, roles and preferred role; `null` or `{}`
 *   removes them all. Absent, the event's groups stay.
 * - Additions, then suppressions: a claim both added and suppressed ends up suppressed (and the
 *   addition gets a warning); likewise a scope both added and suppressed.
 * - Claims a handler cannot touch (`src/shared/claims.ts`: `sub`, `iss`, `cognito:username`,
 *   `identities`, `aud` in the ID token, `client_id`, `username`, `version` in the access token,
 *   …) keep their value, with one `preview/protected-claim` warning per attempt. What Cognito does
 *   then is UNVERIFIED (sheet §3.6: ignored silently, or an error); the preview assumes ignored.
 * - `dev:*` claims can only be suppressed; `cognito:groups` / `cognito:roles` /
 *   `cognito:preferred_role` change only through `groupOverrideDetails`, and suppressing
 *   `cognito:groups` also removes the roles and preferred role from the ID token; `scope` changes
 *   only through `scopesToAdd` / `scopesToSuppress`; `aud` may be added to the access token only
 *   with the app client id.
 * - Client credentials (`TokenGeneration_ClientCredentials`, V3): there is no user, no ID token
 *   (`idToken: undefined`) and no groups; `sub` is the client id. ID-token and group changes are
 *   reported as ignored.
 *
 * `output` is what the handler returned (the event with `response` filled in), the `response`
 * object alone, or an {@link invokeHandler} outcome (a `returned` one; any other kind throws a
 * {@link KitUsageError}); without it, the event's own `response` is used. Field-level contract errors (a
 * non-string V1 value, a malformed response) are `checkResponse`'s job: the preview applies what
 * it can read. Throws a {@link KitUsageError} for an event that is not a pre token generation event.
 *
 * @example
 * const { idToken, accessToken, scopes, warnings } = previewTokens(event, await handler(event));
 * expect(idToken?.plan).toBe('pro');
 * expect(scopes).toContain('orders/read');
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 */
export function previewTokens(event: unknown, output?: unknown, options: PreviewOptions = {}): TokenPreview {
  const picked = triggerForEvent(event, options);
  if ('rule' in picked) {
    throw new KitUsageError(`previewTokens needs a pre token generation event (${formatIssue(picked)})`, formatPath(picked.path), picked.rule);
  }
  if (picked.trigger.triggerName !== 'PreTokenGeneration' || !isObj(event)) {
    throw new KitUsageError(
      `previewTokens needs a pre token generation event (TokenGeneration_*), got one for ${picked.trigger.slug}`,
      'event.triggerSource',
      'not-pre-token',
    );
  }
  const version = Number(picked.trigger.version) as TokenVersion;
  const m2m = event.triggerSource === CLIENT_CREDENTIALS_SOURCE;
  const request = isObj(event.request) ? event.request : {};
  const attributes = isObj(request.userAttributes) ? request.userAttributes : {};
  const callerContext = isObj(event.callerContext) ? event.callerContext : {};
  const clientId = typeof callerContext.clientId === 'string' ? callerContext.clientId : undefined;
  const userName = typeof event.userName === 'string' ? event.userName : undefined;
  const iss = `https://cognito-idp.${String(event.region)}.amazonaws.com/${String(event.userPoolId)}`;
  const groupConfiguration = isObj(request.groupConfiguration) ? request.groupConfiguration : {};

  const state: State = {
    groups: m2m ? [] : strings(groupConfiguration.groupsToOverride),
    roles: m2m ? [] : strings(groupConfiguration.iamRolesToOverride),
    preferredRole: m2m ? undefined : preferredRoleOf(groupConfiguration.preferredRole),
    scopes: version === 1 ? [ADMIN_SCOPE] : strings(request.scopes),
    clientId,
    warnings: [],
  };
  const { time, id } = TOKEN_PLACEHOLDERS;

  const idToken: TokenClaims | undefined = m2m
    ? undefined
    : {
        sub: attributes.sub,
        ...attributeClaims(attributes),
        iss,
        'cognito:username': userName,
        origin_jti: id,
        aud: clientId,
        event_id: id,
        token_use: 'id',
        auth_time: time,
        exp: time,
        iat: time,
        jti: id,
      };
  const accessToken: TokenClaims = m2m
    ? { sub: clientId, iss, client_id: clientId, token_use: 'access', scope: '', auth_time: time, exp: time, iat: time, version: 2, jti: id }
    : {
        sub: attributes.sub,
        iss,
        client_id: clientId,
        origin_jti: id,
        event_id: id,
        token_use: 'access',
        scope: '',
        auth_time: time,
        exp: time,
        iat: time,
        jti: id,
        username: userName,
        version: 2,
      };

  const response = responseOf(event, output);
  const base: PathSegment[] = ['response'];
  const idChanges: ClaimChange[] = [];
  const accessChanges: ClaimChange[] = [];

  if (isObj(response)) {
    if (version === 1) {
      wrongVersionKey(response, 'claimsAndScopeOverrideDetails', 'claimsOverrideDetails', 'V1_0', state);
      const details = response.claimsOverrideDetails;
      const path = [...base, 'claimsOverrideDetails'];
      if (isObj(details)) {
        if ('groupOverrideDetails' in details) overrideGroups(details.groupOverrideDetails, [...path, 'groupOverrideDetails'], state);
        idChanges.push({ add: details.claimsToAddOrOverride, suppress: details.claimsToSuppress, path });
      }
    } else {
      wrongVersionKey(response, 'claimsOverrideDetails', 'claimsAndScopeOverrideDetails', `V${version}_0`, state);
      const details = response.claimsAndScopeOverrideDetails;
      const path = [...base, 'claimsAndScopeOverrideDetails'];
      if (isObj(details)) {
        if ('groupOverrideDetails' in details) {
          if (m2m) ignoredForM2m(details.groupOverrideDetails, [...path, 'groupOverrideDetails'], 'groups', state);
          else overrideGroups(details.groupOverrideDetails, [...path, 'groupOverrideDetails'], state);
        }
        const idGen = details.idTokenGeneration;
        if (m2m) ignoredForM2m(idGen, [...path, 'idTokenGeneration'], 'an ID token', state);
        else if (isObj(idGen)) idChanges.push({ add: idGen.claimsToAddOrOverride, suppress: idGen.claimsToSuppress, path: [...path, 'idTokenGeneration'] });
        const accessGen = details.accessTokenGeneration;
        if (isObj(accessGen)) {
          const accessPath = [...path, 'accessTokenGeneration'];
          accessChanges.push({ add: accessGen.claimsToAddOrOverride, suppress: accessGen.claimsToSuppress, path: accessPath });
          changeScopes(accessGen.scopesToAdd, accessGen.scopesToSuppress, accessPath, state);
        }
      }
    }
  }

  if (idToken) {
    setGroupClaims(idToken, state, true);
    for (const change of idChanges) applyClaims(idToken, 'id', change, state);
  }
  if (!m2m) setGroupClaims(accessToken, state, false);
  accessToken.scope = state.scopes.join(' ');
  for (const change of accessChanges) applyClaims(accessToken, 'access', change, state);

  return {
    idToken: idToken && dropUndefined(idToken),
    accessToken: dropUndefined(accessToken),
    scopes: state.scopes,
    groups: state.groups,
    roles: state.roles,
    preferredRole: state.preferredRole,
    warnings: state.warnings,
  };
}

interface State {
  groups: string[];
  roles: string[];
  preferredRole: string | undefined;
  scopes: string[];
  clientId: string | undefined;
  warnings: ContractIssue[];
}

interface ClaimChange {
  add: unknown;
  suppress: unknown;
  path: PathSegment[];
}

function warn(state: State, rule: string, path: PathSegment[], message: string): void {
  state.warnings.push({ rule: `preview/${rule}`, severity: 'warning', path, message });
}

function responseOf(event: Obj, output: unknown): unknown {
  if (output === undefined) return event.response;
  if (isObj(output) && typeof output.kind === 'string' && 'requestId' in output && 'settledBy' in output) {
    // An invokeHandler outcome: only a returned one carries output.
    if (output.kind !== 'returned') {
      throw new KitUsageError(
        `the handler did not return output (outcome ${output.kind}): there are no tokens to preview`,
        'output',
        'no-output',
      );
    }
    return isObj(output.output) ? output.output.response : undefined;
  }
  if (isObj(output) && 'response' in output) return output.response;
  return output;
}

// The docs show preferredRole as an array (a doc bug, sheet §3.6); a capture shows "". Both read as
// "the first role named", or none.
function preferredRoleOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (Array.isArray(value) && typeof value[0] === 'string' && value[0] !== '') return value[0];
  return undefined;
}

/** The ID-token claims of the user attributes (every value is a string in the event, sheet §1.2). */
function attributeClaims(attributes: Obj): TokenClaims {
  const claims: TokenClaims = {};
  for (const [name, value] of Object.entries(attributes)) {
    // `sub` is placed first by the caller; cognito:user_status, cognito:email_alias, … are bookkeeping, not claims.
    if (name === 'sub' || name.startsWith('cognito:')) continue;
    if (typeof value !== 'string') {
      claims[name] = value;
    } else if ((name === 'email_verified' || name === 'phone_number_verified') && /^(true|false)$/i.test(value)) {
      claims[name] = value.toLowerCase() === 'true';
    } else if (name === 'updated_at' && /^\d+$/.test(value)) {
      claims[name] = Number(value);
    } else if (name === 'identities') {
      claims[name] = identitiesClaim(value);
    } else {
      claims[name] = value;
    }
  }
  return claims;
}

/** The `identities` attribute (JSON text, boolean `primary`, numeric `dateCreated`) in its ID-token form (strings). */
function identitiesClaim(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (!Array.isArray(parsed)) return parsed;
  return parsed.map((entry: unknown) => {
    if (!isObj(entry)) return entry;
    const out: Obj = { ...entry };
    for (const key of ['primary', 'dateCreated'] as const) {
      if (typeof out[key] === 'boolean' || typeof out[key] === 'number') out[key] = String(out[key]);
    }
    return out;
  });
}

function wrongVersionKey(response: Obj, wrong: string, right: string, lambdaVersion: string, state: State): void {
  if (response[wrong] === undefined || response[wrong] === null) return;
  warn(state, 'wrong-version-response', ['response', wrong], `a ${lambdaVersion} trigger reads ${right}, not ${wrong}: none of these changes reaches the tokens`);
}

function overrideGroups(details: unknown, path: PathSegment[], state: State): void {
  // groupOverrideDetails replaces the whole group configuration: what it leaves out is gone.
  const d = isObj(details) ? details : {};
  state.groups = strings(d.groupsToOverride);
  state.roles = strings(d.iamRolesToOverride);
  state.preferredRole = preferredRoleOf(d.preferredRole);
  if (state.groups.length === 0 && state.roles.length === 0 && state.preferredRole === undefined) {
    warn(
      state,
      'groups-removed',
      path,
      `groupOverrideDetails is ${details === null ? 'null' : 'empty'}: it replaces the groups, so the tokens carry no cognito:groups, cognito:roles or cognito:preferred_role (copy request.groupConfiguration to keep them)`,
    );
  }
}

function ignoredForM2m(value: unknown, path: PathSegment[], what: string, state: State): void {
  if (value === undefined || value === null || (isObj(value) && Object.keys(value).length === 0)) return;
  warn(state, 'client-credentials', path, `a client-credentials (M2M) grant issues no ${what === 'groups' ? 'user groups' : what}: this change is ignored`);
}

function setGroupClaims(token: TokenClaims, state: State, idToken: boolean): void {
  // Real tokens leave the claims out, rather than empty, for a user without groups.
  const groupClaims: TokenClaims = {};
  if (state.groups.length > 0) groupClaims['cognito:groups'] = [...state.groups];
  if (idToken && state.roles.length > 0) groupClaims['cognito:roles'] = [...state.roles];
  if (idToken && state.preferredRole !== undefined) groupClaims['cognito:preferred_role'] = state.preferredRole;
  // Rebuild with the group claims right after `sub`, where Cognito's own tokens show them.
  const sub = token.sub;
  const rest = Object.entries(token).filter(([k]) => k !== 'sub' && !(GROUP_CLAIMS as readonly string[]).includes(k));
  for (const k of Object.keys(token)) delete token[k];
  Object.assign(token, { sub }, groupClaims, Object.fromEntries(rest));
}

function changeScopes(add: unknown, suppress: unknown, path: PathSegment[], state: State): void {
  const suppressed = new Set(strings(suppress));
  if (Array.isArray(add)) {
    add.forEach((scope: unknown, i) => {
      const p = [...path, 'scopesToAdd', i];
      if (typeof scope !== 'string' || scope === '' || /\s/.test(scope)) {
        warn(state, 'invalid-scope', p, `${describeValue(scope)} is not a scope (a non-empty string without blank space): not added, and Cognito may reject the response`);
        return;
      }
      if (suppressed.has(scope)) {
        warn(state, 'suppressed-and-added', p, `scope ${scope} is also in scopesToSuppress: suppression wins, it is not in the token`);
        return;
      }
      if (!state.scopes.includes(scope)) state.scopes.push(scope);
    });
  }
  state.scopes = state.scopes.filter((s) => !suppressed.has(s));
}

function applyClaims(token: TokenClaims, kind: 'id' | 'access', change: ClaimChange, state: State): void {
  const tokenName = kind === 'id' ? 'ID token' : 'access token';
  const suppressList = Array.isArray(change.suppress) ? change.suppress : [];
  const suppressed = new Set(suppressList.filter((c): c is string => typeof c === 'string'));

  if (isObj(change.add)) {
    for (const [claim, value] of Object.entries(change.add)) {
      const p = [...change.path, 'claimsToAddOrOverride', claim];
      const refusal = addRefusal(kind, claim, value, state.clientId);
      if (refusal) {
        warn(state, refusal.rule, p, `${refusal.message}; the ${tokenName} keeps ${describeClaim(token[claim])}`);
        continue;
      }
      if (suppressed.has(claim)) {
        warn(state, 'suppressed-and-added', p, `${claim} is also in claimsToSuppress: suppression wins, the ${tokenName} does not carry it`);
        continue;
      }
      token[claim] = cloneJson(value);
    }
  }

  suppressList.forEach((claim: unknown, i) => {
    if (typeof claim !== 'string') return;
    const p = [...change.path, 'claimsToSuppress', i];
    const refusal = suppressRefusal(kind, claim);
    if (refusal) {
      warn(state, refusal.rule, p, `${refusal.message}; the ${tokenName} keeps ${describeClaim(token[claim])}`);
      return;
    }
    delete token[claim];
    // Suppressing the groups takes the roles with them (sheet §3.6, footnote 1).
    if (claim === 'cognito:groups' && kind === 'id') {
      delete token['cognito:roles'];
      delete token['cognito:preferred_role'];
    }
  });
}

interface Refusal {
  rule: string;
  message: string;
}

function addRefusal(kind: 'id' | 'access', claim: string, value: unknown, clientId: string | undefined): Refusal | undefined {
  if (claim === 'cognito:groups' || claim === 'cognito:roles' || claim === 'cognito:preferred_role') {
    return { rule: 'group-claim', message: `${claim} changes only through groupOverrideDetails, not claimsToAddOrOverride` };
  }
  if (kind === 'id') {
    if (isProtectedIdTokenClaim(claim)) return { rule: 'protected-claim', message: `${claim} cannot be added or changed in the ID token` };
    if (isDevClaim(claim)) return { rule: 'dev-claim', message: `${claim} is a developer-only attribute claim: it can be suppressed, not added or changed` };
    return undefined;
  }
  if (claim === 'aud') {
    return value === clientId
      ? undefined
      : { rule: 'access-token-aud', message: `aud can be added to the access token only with the app client id (${String(clientId)}), not ${describeValue(value)}` };
  }
  if (claim === 'scope') return { rule: 'scope-claim', message: 'scope changes only through scopesToAdd / scopesToSuppress' };
  if (isProtectedAccessTokenClaim(claim)) return { rule: 'protected-claim', message: `${claim} cannot be added or changed in the access token` };
  return undefined;
}

function suppressRefusal(kind: 'id' | 'access', claim: string): Refusal | undefined {
  if (claim === 'cognito:roles' || claim === 'cognito:preferred_role') {
    return { rule: 'group-claim', message: `${claim} cannot be suppressed on its own: suppress cognito:groups, or override the groups` };
  }
  if (kind === 'id') {
    if (isProtectedIdTokenClaim(claim)) return { rule: 'protected-claim', message: `${claim} cannot be suppressed from the ID token` };
    return undefined;
  }
  if (claim === 'scope') return { rule: 'scope-claim', message: 'scope changes only through scopesToAdd / scopesToSuppress' };
  if (isProtectedAccessTokenClaim(claim)) return { rule: 'protected-claim', message: `${claim} cannot be suppressed from the access token` };
  return undefined;
}

function describeClaim(value: unknown): string {
  return value === undefined ? 'no such claim' : `its value (${describeValue(value)})`;
}

function cloneJson(value: unknown): unknown {
  try {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  } catch {
    return value;
  }
}

function dropUndefined(token: TokenClaims): TokenClaims {
  return Object.fromEntries(Object.entries(token).filter(([, v]) => v !== undefined));
}

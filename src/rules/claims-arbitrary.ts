/**
 * Pre token generation outputs for the three versions, written once (like the claim and group
 * rules): claims a handler may touch, scopes without space, group overrides that keep or fully
 * restate the roles; invalid ones break exactly one claim, scope, version or group rule.
 *
 * Loads fast-check.
 */
import fc from 'fast-check';
import { ACCESS_TOKEN_PROTECTED_CLAIMS, GROUP_CLAIMS, ID_TOKEN_PROTECTED_CLAIMS } from '../shared/claims.js';
import { CLIENT_CREDENTIALS_SOURCE, SIMPLE_ID_TOKEN_CLAIMS } from '../shared/tokens.js';
import {
  cached,
  charsArb,
  groupArb,
  LOWER,
  nonStringArb,
  optionalField,
  record,
  roleArnArb,
  safeClaimArb,
  scopeArb,
  type InvalidResponseCase,
  type OutputGenContext,
  type ResponseGenerators,
} from './arbitrary.js';
import { DETAILS_KEY, type ClaimsVersion, type TokenKind } from './claims.js';
import { requestGroups } from './groups.js';
import { isObj, type JsonObject } from './json.js';

const SIMPLE = SIMPLE_ID_TOKEN_CLAIMS as readonly string[];
const isClientCredentials = (g: OutputGenContext): boolean => g.triggerSource === CLIENT_CREDENTIALS_SOURCE;
const clientIdOf = (g: OutputGenContext): unknown => (isObj(g.event.callerContext) ? g.event.callerContext.clientId : undefined);

/** A claim value: strings only in V1; any JSON in V2/V3, except strings for the four simple ID-token claims. */
const claimValueArb = cached((version: ClaimsVersion): fc.Arbitrary<unknown> =>
  version === 1 ? fc.string({ maxLength: 20 }) : fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 2 })),
);

const addArb = cached((token: TokenKind, version: ClaimsVersion): fc.Arbitrary<JsonObject> => {
  return fc.dictionary(fc.oneof(safeClaimArb(token), fc.constantFrom(...(token === 'id' ? SIMPLE : []), 'email')), claimValueArb(version), { maxKeys: 4 }).map((add) =>
    Object.fromEntries(
      Object.entries(add).map(([k, v]) => [k, token === 'id' && (version === 1 || SIMPLE.includes(k)) && typeof v !== 'string' ? JSON.stringify(v) : v]),
    ),
  );
});

const suppressArb = cached((token: TokenKind): fc.Arbitrary<string[]> => {
  const extra = token === 'id' ? fc.constantFrom('cognito:groups', 'dev:department', 'dev:internal_id', 'email', 'phone_number') : fc.constantFrom('cognito:groups', 'email');
  return fc.uniqueArray(fc.oneof(safeClaimArb(token), extra), { maxLength: 3 });
});

/** One token's section: claims to add, and claims to suppress that are not added (else the add is lost). */
function sectionArb(g: OutputGenContext, token: TokenKind, version: ClaimsVersion): fc.Arbitrary<JsonObject> {
  const clientId = clientIdOf(g);
  const aud = token === 'access' && typeof clientId === 'string' ? optionalField('aud', fc.constant(clientId)) : fc.constant({});
  return fc.tuple(addArb(token, version), aud, suppressArb(token)).chain(([add, audPart, suppress]) => {
    const claims = { ...add, ...audPart };
    const kept = suppress.filter((c) => !(c in claims));
    const parts = [optionalField('claimsToAddOrOverride', fc.constant(claims), { nullable: true }), optionalField('claimsToSuppress', fc.constant(kept), { nullable: true })];
    if (token === 'access') {
      parts.push(optionalField('scopesToAdd', fc.uniqueArray(scopeArb(), { maxLength: 3 }), { nullable: true }));
      parts.push(optionalField('scopesToSuppress', fc.uniqueArray(scopeArb(), { maxLength: 2 }), { nullable: true }));
    }
    return record(...parts);
  });
}

/** groupOverrideDetails that draw no warning: absent, a copy of the request, or a full restatement. */
function groupsArb(g: OutputGenContext): fc.Arbitrary<JsonObject> {
  const before = requestGroups(g.event);
  const copy = { groupsToOverride: before.groups, iamRolesToOverride: before.roles, preferredRole: before.preferredRole };
  const restated = fc
    .tuple(fc.uniqueArray(groupArb(), { maxLength: 4 }), fc.uniqueArray(roleArnArb(), { maxLength: 3 }), roleArnArb(), fc.boolean())
    .map(([groupsToOverride, iamRolesToOverride, role, nullRole]) => ({
      groupsToOverride,
      iamRolesToOverride,
      // null drops a preferred role the request had (roles-removed): only when it had none.
      preferredRole: nullRole && before.preferredRole === null ? null : role,
    }));
  return fc.oneof(fc.constant({}), fc.constant({ groupOverrideDetails: copy }), restated.map((groupOverrideDetails) => ({ groupOverrideDetails })));
}

function detailsArb(g: OutputGenContext, version: 1 | 2 | 3): fc.Arbitrary<JsonObject> {
  if (version === 1) return record(sectionArb(g, 'id', 1), groupsArb(g));
  const id = isClientCredentials(g) ? optionalField('idTokenGeneration', fc.constant(null)) : optionalField('idTokenGeneration', sectionArb(g, 'id', 2), { nullable: true });
  return record(id, optionalField('accessTokenGeneration', sectionArb(g, 'access', 2), { nullable: true }), groupsArb(g));
}

const detailsKey = (version: 1 | 2 | 3) => DETAILS_KEY[version === 1 ? 1 : 2];

/** A clean response that carries an override object (the invalid cases change one part of it). */
function objectResponseArb(g: OutputGenContext, version: 1 | 2 | 3): fc.Arbitrary<JsonObject> {
  return detailsArb(g, version).map((details) => ({ [detailsKey(version)]: details }));
}

/** The response with one token section replaced by `change(section)`. */
function changeSection(response: JsonObject, version: 1 | 2 | 3, token: TokenKind, change: (section: JsonObject) => JsonObject): JsonObject {
  const key = detailsKey(version);
  const details: JsonObject = isObj(response[key]) ? { ...response[key] } : {};
  if (version === 1) return { ...response, [key]: change(details) };
  const sectionKey = token === 'id' ? 'idTokenGeneration' : 'accessTokenGeneration';
  const section = isObj(details[sectionKey]) ? details[sectionKey] : {};
  return { ...response, [key]: { ...details, [sectionKey]: change({ ...section }) } };
}

const addsOf = (s: JsonObject): JsonObject => (isObj(s.claimsToAddOrOverride) ? s.claimsToAddOrOverride : {});
const suppressesOf = (s: JsonObject): string[] => (Array.isArray(s.claimsToSuppress) ? (s.claimsToSuppress as string[]) : []);

/** Adds `claim: value` to a section, making sure it is not also suppressed. */
function withAdded(claim: string, value: unknown) {
  return (s: JsonObject): JsonObject => ({ ...s, claimsToAddOrOverride: { ...addsOf(s), [claim]: value }, claimsToSuppress: suppressesOf(s).filter((c) => c !== claim) });
}

/** Suppresses `claim` in a section, making sure it is not also added. */
function withSuppressed(claim: string) {
  return (s: JsonObject): JsonObject => {
    const add = { ...addsOf(s) };
    delete add[claim];
    return { ...s, claimsToAddOrOverride: add, claimsToSuppress: [...suppressesOf(s).filter((c) => c !== claim), claim] };
  };
}

/** The tokens a case may change for this event (no ID token for client credentials). */
function tokensFor(g: OutputGenContext, version: 1 | 2 | 3, only?: TokenKind): TokenKind[] {
  const all: TokenKind[] = version === 1 ? ['id'] : isClientCredentials(g) ? ['access'] : ['id', 'access'];
  return only ? all.filter((t) => t === only) : all;
}

/** A case that changes one token section of a clean response. */
function sectionCase(
  what: string,
  version: 1 | 2 | 3,
  change: (g: OutputGenContext, token: TokenKind) => fc.Arbitrary<(s: JsonObject) => JsonObject>,
  only?: TokenKind,
): InvalidResponseCase {
  return {
    what,
    applies: (g) => tokensFor(g, version, only).length > 0,
    response: (g) =>
      fc
        .constantFrom(...tokensFor(g, version, only))
        .chain((token) => fc.tuple(objectResponseArb(g, version), change(g, token)).map(([r, fn]) => changeSection(r, version, token, fn))),
  };
}

const protectedFor = (token: TokenKind): string[] =>
  token === 'id' ? [...ID_TOKEN_PROTECTED_CLAIMS, 'cognito:email_alias', 'cognito:mfa_enabled'] : [...ACCESS_TOKEN_PROTECTED_CLAIMS, 'cognito:username'];

function cases(version: 1 | 2 | 3): InvalidResponseCase[] {
  const v: ClaimsVersion = version === 1 ? 1 : 2;
  const string = fc.string({ maxLength: 12 });
  const list: InvalidResponseCase[] = [
    sectionCase('non-overridable-claim', version, (_g, token) => fc.tuple(fc.constantFrom(...protectedFor(token)), string).map(([c, val]) => withAdded(c, val))),
    sectionCase('non-suppressible-claim', version, (_g, token) => fc.constantFrom(...protectedFor(token)).map((c) => withSuppressed(c))),
    sectionCase('group-claim-override', version, () => fc.tuple(fc.constantFrom(...GROUP_CLAIMS), string).map(([c, val]) => withAdded(c, val))),
    sectionCase('dev-claim-override', version, () => fc.tuple(charsArb('', LOWER, 1, 10).map((n) => `dev:${n}`), string).map(([c, val]) => withAdded(c, val)), 'id'),
    sectionCase('suppressed-and-added', version, (_g, token) =>
      fc.tuple(safeClaimArb(token), string).map(([c, val]) => (s: JsonObject) => ({ ...withAdded(c, val)(s), claimsToSuppress: [...suppressesOf(s).filter((x) => x !== c), c] })),
    ),
    {
      what: version === 1 ? 'v2-key-in-v1' : 'v1-key-in-v2',
      response: (g) => {
        const key = detailsKey(version);
        const foreignTop = version === 1 ? 'claimsAndScopeOverrideDetails' : 'claimsOverrideDetails';
        const foreignInside = version === 1 ? ['idTokenGeneration', 'accessTokenGeneration', 'scopesToAdd', 'scopesToSuppress'] : ['claimsToAddOrOverride', 'claimsToSuppress'];
        return fc.tuple(objectResponseArb(g, version), fc.boolean(), fc.constantFrom(...foreignInside)).map(([r, top, inside]) =>
          top
            ? { ...r, [foreignTop]: version === 1 ? { idTokenGeneration: { claimsToAddOrOverride: { tier: 'gold' } } } : { claimsToAddOrOverride: { tier: 'gold' } } }
            : { ...r, [key]: { ...(r[key] as JsonObject), [inside]: inside.startsWith('scopes') || inside === 'claimsToSuppress' ? ['tier'] : { tier: 'gold' } } },
        );
      },
    },
    {
      what: 'all-groups-removed',
      response: (g) =>
        fc
          .tuple(objectResponseArb(g, version), fc.constantFrom<unknown>(null, {}, { iamRolesToOverride: [], preferredRole: null }, { groupsToOverride: null }))
          .map(([r, god]) => ({ ...r, [detailsKey(version)]: { ...(r[detailsKey(version)] as JsonObject), groupOverrideDetails: god } })),
    },
    {
      what: 'roles-removed',
      applies: (g) => {
        const before = requestGroups(g.event);
        return before.roles.length > 0 || before.preferredRole !== null;
      },
      response: (g) =>
        fc
          .tuple(objectResponseArb(g, version), fc.uniqueArray(groupArb(), { maxLength: 3 }), fc.boolean())
          .map(([r, groupsToOverride, explicitNull]) => ({
            ...r,
            [detailsKey(version)]: {
              ...(r[detailsKey(version)] as JsonObject),
              groupOverrideDetails: explicitNull ? { groupsToOverride, iamRolesToOverride: null, preferredRole: null } : { groupsToOverride },
            },
          })),
    },
  ];
  if (v === 1) {
    list.push(sectionCase('claim-not-string', version, () => fc.tuple(safeClaimArb('id'), nonStringArb()).map(([c, val]) => withAdded(c, val))));
    return list;
  }
  list.push(
    sectionCase('simple-claim-not-string', version, () => fc.tuple(fc.constantFrom(...SIMPLE), nonStringArb()).map(([c, val]) => withAdded(c, val)), 'id'),
    sectionCase(
      'aud-not-client-id',
      version,
      (g) =>
        fc
          .oneof(fc.string({ maxLength: 30 }), fc.constant([clientIdOf(g)]), fc.integer())
          .filter((aud) => aud !== clientIdOf(g))
          .map((aud) => withAdded('aud', aud)),
      'access',
    ),
    sectionCase('scope-claim', version, () => fc.oneof(fc.constant(withSuppressed('scope')), fc.constantFrom<unknown>('openid email', ['openid']).map((val) => withAdded('scope', val))), 'access'),
    sectionCase(
      'invalid-scope',
      version,
      () =>
        fc.tuple(fc.constantFrom('scopesToAdd', 'scopesToSuppress'), fc.constantFrom('openid email', 'api/read write', 'say"cheese"', 'back\\slash', '', 'x'.repeat(257), 'tab\tscope')).map(
          ([field, bad]) =>
            (s: JsonObject): JsonObject => ({ ...s, [field]: [...(Array.isArray(s[field]) ? (s[field] as string[]) : []), bad] }),
        ),
      'access',
    ),
  );
  if (version === 3) {
    list.push({
      what: 'no-id-token',
      applies: isClientCredentials,
      response: (g) =>
        fc
          .tuple(objectResponseArb(g, 3), fc.oneof(fc.constant({}), sectionArb(g, 'id', 2)))
          .map(([r, id]) => ({ ...r, claimsAndScopeOverrideDetails: { ...(r.claimsAndScopeOverrideDetails as JsonObject), idTokenGeneration: id } })),
    });
  }
  return list;
}

/**
 * The output generators of the pre token slug of `version`.
 *
 * @example
 * preTokenOutputs(2).clean(g) // responses under claimsAndScopeOverrideDetails
 */
export function preTokenOutputs(version: 1 | 2 | 3): ResponseGenerators {
  const key = detailsKey(version);
  return {
    clean: (g) => fc.oneof(fc.constant({ [key]: null }), fc.constant({}), objectResponseArb(g, version)),
    invalid: cases(version),
  };
}

/**
 * Details of the pre token claim rules (`src/rules/claims.ts`) that the case table does not pin:
 * where each token section is read from, which claims each rule leaves to another, the reason
 * given for a bad scope, and the guidance in the messages. Written against the survivors of the
 * mutation run (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { checkResponse } from '../../src/rules/check.js';
import { tokenSections } from '../../src/rules/claims.js';
import type { ContractIssue } from '../../src/shared/issues.js';
import { answer, issuesOf, preToken } from './support.js';

const v1 = (details: unknown) => {
  const e = preToken(1);
  return checkResponse(e, answer(e, { claimsOverrideDetails: details }));
};
const v2 = (details: unknown) => {
  const e = preToken(2);
  return checkResponse(e, answer(e, { claimsAndScopeOverrideDetails: details }));
};

/** The single issue of `<slug>/<what>` in a result. */
function one(result: ReturnType<typeof checkResponse>, what: string): ContractIssue {
  const found = issuesOf(result, `${result.trigger}/${what}`);
  expect(found, JSON.stringify(result.issues)).toHaveLength(1);
  return found[0]!;
}

describe('tokenSections', () => {
  it('finds nothing in a response that is not an object or has no details', () => {
    expect(tokenSections(null, 1)).toEqual([]);
    expect(tokenSections('x', 2)).toEqual([]);
    expect(tokenSections({}, 1)).toEqual([]);
    expect(tokenSections({ claimsAndScopeOverrideDetails: {} }, 2)).toEqual([]);
    expect(tokenSections({ claimsAndScopeOverrideDetails: { idTokenGeneration: null } }, 2)).toEqual([]);
  });

  it('reads scopes from the access token section only', () => {
    const sections = tokenSections(
      { claimsAndScopeOverrideDetails: { idTokenGeneration: { scopesToAdd: ['a'], scopesToSuppress: ['d'] }, accessTokenGeneration: { scopesToAdd: ['b'], scopesToSuppress: ['c'] } } },
      2,
    );
    expect(sections.map((s) => [s.token, s.scopesToAdd, s.scopesToSuppress])).toEqual([
      ['id', undefined, undefined],
      ['access', ['b'], ['c']],
    ]);
  });
});

describe('non-overridable-claim messages', () => {
  it('tells where aud may go when it is added to the ID token', () => {
    const issue = one(v2({ idTokenGeneration: { claimsToAddOrOverride: { aud: 'x' } } }), 'non-overridable-claim');
    expect(issue.message).toBe('aud may be added only to the access token (V2_0/V3_0), and only with the app client id as value: Cognito keeps its own value');
  });

  it('names the token of any other protected claim', () => {
    expect(one(v2({ accessTokenGeneration: { claimsToAddOrOverride: { client_id: 'x' } } }), 'non-overridable-claim').message).toBe(
      'client_id is a claim Cognito sets in the access token and no trigger may add or change: Cognito keeps its own value',
    );
  });
});

describe('non-suppressible-claim', () => {
  it('leaves the group claims to the group rules, in either token', () => {
    const r = v2({ accessTokenGeneration: { claimsToSuppress: ['cognito:roles', 'cognito:preferred_role', 'cognito:groups'] } });
    expect(issuesOf(r, 'pre-token-generation-v2/non-suppressible-claim')).toEqual([]);
  });

  it('still refuses another cognito: claim in the access token', () => {
    expect(one(v2({ accessTokenGeneration: { claimsToSuppress: ['cognito:username'] } }), 'non-suppressible-claim').message).toBe(
      'cognito:username cannot be suppressed from the access token: Cognito always issues it',
    );
  });

  it('skips a non-string entry (the schema reports it) instead of failing', () => {
    const r = v1({ claimsToSuppress: [5, 'sub'] });
    expect(issuesOf(r, 'pre-token-generation/non-suppressible-claim').map((i) => i.path)).toEqual([['response', 'claimsOverrideDetails', 'claimsToSuppress', 1]]);
  });
});

describe('group-claim-override', () => {
  it('points each group claim at its own groupOverrideDetails field', () => {
    const r = v1({ claimsToAddOrOverride: { 'cognito:groups': 'a', 'cognito:roles': 'b', 'cognito:preferred_role': 'c' } });
    expect(issuesOf(r, 'pre-token-generation/group-claim-override').map((i) => /use groupOverrideDetails\.(\w+);/.exec(i.message)?.[1])).toEqual([
      'groupsToOverride',
      'iamRolesToOverride',
      'preferredRole',
    ]);
  });
});

describe('dev-claim-override', () => {
  it('judges the ID token only', () => {
    expect(issuesOf(v2({ accessTokenGeneration: { claimsToAddOrOverride: { 'dev:tier': 'gold' } } }), 'pre-token-generation-v2/dev-claim-override')).toEqual([]);
    expect(one(v2({ idTokenGeneration: { claimsToAddOrOverride: { 'dev:tier': 'gold' } } }), 'dev-claim-override').path).toEqual([
      'response',
      'claimsAndScopeOverrideDetails',
      'idTokenGeneration',
      'claimsToAddOrOverride',
      'dev:tier',
    ]);
  });
});

describe('simple-claim-not-string', () => {
  it('shows the string to write for a boolean, and nothing for another type', () => {
    expect(one(v2({ idTokenGeneration: { claimsToAddOrOverride: { email_verified: true } } }), 'simple-claim-not-string').message).toBe(
      'email_verified is the boolean true: in the ID token it must be a string ("true"); Cognito does not accept a complex value for it',
    );
    expect(one(v2({ idTokenGeneration: { claimsToAddOrOverride: { updated_at: 7 } } }), 'simple-claim-not-string').message).toBe(
      'updated_at is the number 7: in the ID token it must be a string; Cognito does not accept a complex value for it',
    );
  });
});

describe('scope-claim', () => {
  it('judges the access token only', () => {
    expect(issuesOf(v2({ idTokenGeneration: { claimsToAddOrOverride: { scope: 'x' } } }), 'pre-token-generation-v2/scope-claim')).toEqual([]);
    expect(one(v2({ accessTokenGeneration: { claimsToAddOrOverride: { scope: 'x' } } }), 'scope-claim').message).toMatch(/^scope cannot be set through claimsToAddOrOverride/);
  });
});

describe('invalid-scope reasons', () => {
  const reason = (scope: string) => one(v2({ accessTokenGeneration: { scopesToAdd: [scope] } }), 'invalid-scope').message;

  it('names what is wrong with the scope', () => {
    expect(reason('a b')).toBe('the scope "a b" contains blank space (one scope per array item: split "a b" into "a", "b"): Cognito rejects it');
    expect(reason('')).toBe('the scope "" is empty: Cognito rejects it');
    expect(reason('x'.repeat(257))).toMatch(/ is longer than 256 characters: Cognito rejects it$/);
    expect(reason('a"b')).toBe('the scope "a\\"b" contains " or \\ or a non-printable character: Cognito rejects it');
    expect(reason(`${'x'.repeat(255)}"`)).toMatch(/ contains " or \\ or a non-printable character: Cognito rejects it$/);
  });

  it('accepts a scope of exactly 256 characters, and leaves a non-string to the schema', () => {
    expect(issuesOf(v2({ accessTokenGeneration: { scopesToAdd: ['x'.repeat(256)] } }), 'pre-token-generation-v2/invalid-scope')).toEqual([]);
    expect(issuesOf(v2({ accessTokenGeneration: { scopesToSuppress: [5, {}, null] } }), 'pre-token-generation-v2/invalid-scope')).toEqual([]);
  });
});

describe('wrong-version keys', () => {
  it('says which layout the misplaced key belongs to', () => {
    expect(one(v1({ idTokenGeneration: {} }), 'v2-key-in-v1').message).toMatch(/^idTokenGeneration belongs to the V2_0\/V3_0 response: /);
    expect(one(v2({ claimsToSuppress: ['email'] }), 'v1-key-in-v2').message).toMatch(/^claimsToSuppress directly under claimsAndScopeOverrideDetails is the V1_0 layout: /);
  });
});

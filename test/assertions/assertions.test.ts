/**
 * The framework-agnostic assertions: assertResponse's message and stack, and the focused helpers
 * for an author's intent (answers, decisions, groups, claims).
 */
import { describe, expect, it } from 'vitest';
import {
  assertAnswerCorrect,
  assertAnswerIncorrect,
  assertAuthenticationFailed,
  assertChallengeRequested,
  assertClaimsUntouched,
  assertGroupsPreserved,
  assertGroupsSuppressed,
  assertResponse,
  assertTokensIssued,
  CognitoContractError,
  isValidResponse,
} from '../../src/assertions.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { answer, customMessage, defineAuthChallenge, preSignUp, preToken, verifyAuthChallenge } from '../rules/support.js';

/** The error a function throws (undefined when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (err) {
    return err;
  }
}

function contractError(fn: () => unknown): CognitoContractError {
  const err = thrown(fn);
  expect(err).toBeInstanceOf(CognitoContractError);
  return err as CognitoContractError;
}

describe('assertResponse', () => {
  const event = preToken(1);
  const broken = answer(event, { claimsOverrideDetails: { claimsToAddOrOverride: { sub: 'x', tier: 3 } } });

  it('returns the check result for a good output', () => {
    const r = assertResponse(event, answer(event, { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' } } }));
    expect(r.ok).toBe(true);
  });

  it('throws a CognitoContractError that reads like zod: a header with trigger and source, one line per issue', () => {
    const err = contractError(() => assertResponse(event, broken));
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('PreTokenGeneration (pre-token-generation / TokenGeneration_Authentication): 2 problems');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}✖ error response\.claimsOverrideDetails\.claimsToAddOrOverride\.sub: .*Cognito.* \[pre-token-generation\/non-overridable-claim\]$/),
      expect.stringMatching(/^ {2}✖ error response\.claimsOverrideDetails\.claimsToAddOrOverride\.tier: .* \[pre-token-generation\/claim-not-string\]$/),
    ]);
    expect(err.issues.map((i) => i.rule)).toEqual(['pre-token-generation/non-overridable-claim', 'pre-token-generation/claim-not-string']);
  });

  it('cuts the stack at the caller: the first frame is this test, not the kit', () => {
    const err = contractError(() => assertResponse(event, broken));
    const firstFrame = (err.stack ?? '').split('\n').find((l) => l.trimStart().startsWith('at '));
    expect(firstFrame).toMatch(/assertions\.test\.ts/);
  });

  it('says "1 problem" for one, and passes warnings unless strict', () => {
    const e = customMessage();
    const warned = answer(e, { smsMessage: 'Code {####}', emailSubject: 'Hi' });
    expect(assertResponse(e, warned).warnings).toHaveLength(1);
    const err = contractError(() => assertResponse(e, warned, { strict: true }));
    expect(err.message.split('\n')[0]).toBe('CustomMessage (custom-message / CustomMessage_SignUp): 1 problem');
    expect(err.message).toMatch(/✖ warning response\.emailSubject: .* \[custom-message\/email-needs-developer-account\]/);
  });

  it('isValidResponse answers yes or no', () => {
    expect(isValidResponse(event, broken)).toBe(false);
    expect(isValidResponse(preSignUp(), preSignUp())).toBe(true);
  });
});

describe('Verify helpers', () => {
  const e = verifyAuthChallenge();

  it('assertAnswerCorrect passes on true and fails on false or a broken output', () => {
    expect(() => assertAnswerCorrect(e, answer(e, { answerCorrect: true }))).not.toThrow();
    expect(contractError(() => assertAnswerCorrect(e, answer(e, { answerCorrect: false }))).message).toMatch(/expected answerCorrect true, got false \[assert\/answer-correct\]/);
    expect(contractError(() => assertAnswerCorrect(e, answer(e, { answerCorrect: 'true' }))).message).toMatch(/answer-not-boolean/);
  });

  it('assertAnswerIncorrect is the mirror', () => {
    expect(() => assertAnswerIncorrect(e, answer(e, { answerCorrect: false }))).not.toThrow();
    expect(() => assertAnswerIncorrect(e, answer(e, { answerCorrect: true }))).toThrow(/expected answerCorrect false/);
  });

  it('refuses another trigger with a KitUsageError', () => {
    expect(() => assertAnswerCorrect(preSignUp(), preSignUp())).toThrow(KitUsageError);
  });
});

describe('Define helpers', () => {
  const e = defineAuthChallenge();
  const tokens = answer(e, { issueTokens: true, failAuthentication: false });
  const fail = answer(e, { issueTokens: false, failAuthentication: true });
  const custom = answer(e, { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false });
  const srp = answer(e, { challengeName: 'PASSWORD_VERIFIER', issueTokens: false, failAuthentication: false });

  it('assertTokensIssued', () => {
    expect(() => assertTokensIssued(e, tokens)).not.toThrow();
    expect(() => assertTokensIssued(e, fail)).toThrow(/expected the handler to issue tokens, but it fails the authentication \[assert\/define-decision\]/);
  });

  it('assertAuthenticationFailed', () => {
    expect(() => assertAuthenticationFailed(e, fail)).not.toThrow();
    expect(() => assertAuthenticationFailed(e, custom)).toThrow(/but it asks for "CUSTOM_CHALLENGE"/);
  });

  it('assertChallengeRequested (CUSTOM_CHALLENGE by default, or a named one)', () => {
    expect(() => assertChallengeRequested(e, custom)).not.toThrow();
    expect(() => assertChallengeRequested(e, srp, 'PASSWORD_VERIFIER')).not.toThrow();
    expect(() => assertChallengeRequested(e, srp)).toThrow(/ask for CUSTOM_CHALLENGE, but it asks for "PASSWORD_VERIFIER"/);
    expect(() => assertChallengeRequested(e, tokens)).toThrow(/but it issues tokens/);
  });

  it('a contract error fails the helper even when the decision matches', () => {
    const both = answer(e, { issueTokens: true, failAuthentication: true });
    expect(() => assertTokensIssued(e, both)).toThrow(/conflicting-decision/);
  });
});

describe('group helpers', () => {
  const v1 = preToken(1);
  const v2 = preToken(2);
  const groups = (v1.request as { groupConfiguration: unknown }).groupConfiguration;

  it('assertGroupsPreserved: no override, or a copy of the request', () => {
    expect(() => assertGroupsPreserved(v1, answer(v1, { claimsOverrideDetails: null }))).not.toThrow();
    expect(() => assertGroupsPreserved(v1, answer(v1, { claimsOverrideDetails: { groupOverrideDetails: groups } }))).not.toThrow();
    expect(() => assertGroupsPreserved(v2, answer(v2, { claimsAndScopeOverrideDetails: { groupOverrideDetails: { ...(groups as object), groupsToOverride: ['editors', 'admins'] } } }))).not.toThrow();
  });

  it('assertGroupsPreserved fails when the groups are replaced, removed or suppressed', () => {
    expect(() => assertGroupsPreserved(v1, answer(v1, { claimsOverrideDetails: { groupOverrideDetails: {} } }))).toThrow(/groupOverrideDetails replaces the user's groups: groups \["admins","editors"\] become \[\]; roles .* become \[\]; preferredRole .* becomes null \[assert\/groups-preserved\]/);
    expect(() => assertGroupsPreserved(v1, answer(v1, { claimsOverrideDetails: { groupOverrideDetails: { ...(groups as object), groupsToOverride: ['admins'] } } }))).toThrow(/: groups \["admins","editors"\] become \["admins"\] \[assert\/groups-preserved\]/);
    expect(() => assertGroupsPreserved(v2, answer(v2, { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToSuppress: ['cognito:groups'] } } }))).toThrow(/suppressed from the access token/);
    expect(() => assertGroupsPreserved(v1, { claimsOverrideDetails: null })).toThrow(/output-not-event/);
  });

  it('assertGroupsSuppressed: an empty list, or cognito:groups suppressed from both tokens', () => {
    expect(() => assertGroupsSuppressed(v1, answer(v1, { claimsOverrideDetails: { groupOverrideDetails: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: 'arn:aws:iam::123456789012:role/Admin' } } }))).not.toThrow();
    const both = { claimsToSuppress: ['cognito:groups'] };
    expect(() => assertGroupsSuppressed(v2, answer(v2, { claimsAndScopeOverrideDetails: { idTokenGeneration: both, accessTokenGeneration: both } }))).not.toThrow();
  });

  it('assertGroupsSuppressed fails when a token keeps groups', () => {
    expect(() => assertGroupsSuppressed(v1, answer(v1, { claimsOverrideDetails: null }))).toThrow(/the ID token still carries cognito:groups/);
    // V1 suppresses only in the ID token; the access token keeps the groups.
    expect(() => assertGroupsSuppressed(v1, answer(v1, { claimsOverrideDetails: { claimsToSuppress: ['cognito:groups'] } }))).toThrow(/the access token still carries/);
    expect(() => assertGroupsSuppressed(v2, answer(v2, { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToSuppress: ['cognito:groups'] } } }))).toThrow(
      /access token still carries cognito:groups \["admins","editors"\]/,
    );
  });
});

describe('assertClaimsUntouched', () => {
  const v2 = preToken(2);

  it('without a list: fails on any claim Cognito protects, passes otherwise', () => {
    expect(() => assertClaimsUntouched(v2, answer(v2, { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { plan: 'pro' } } } }))).not.toThrow();
    expect(() => assertClaimsUntouched(v2, answer(v2, { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToSuppress: ['scope'] } } }))).toThrow(/scope-claim/);
  });

  it('with a list: fails when one of them is added or suppressed in any token', () => {
    const out = answer(v2, { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToSuppress: ['email'] }, idTokenGeneration: { claimsToAddOrOverride: { plan: 'pro' } } } });
    expect(() => assertClaimsUntouched(v2, out, ['name', 'phone_number'])).not.toThrow();
    const err = contractError(() => assertClaimsUntouched(v2, out, ['email', 'plan']));
    expect(err.issues.map((i) => i.message)).toEqual(['plan is added or overridden in the ID token', 'email is suppressed from the access token']);
  });
});

/**
 * The judgements behind the assertion helpers and matchers (`src/rules/verdicts.ts`), in the
 * detail a user reads: headers, the claim a negated matcher prints, the issue ids and messages,
 * and the edge cases of each intent. Written against the survivors of the mutation run
 * (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import {
  answerVerdict,
  claimsUntouchedVerdict,
  contractVerdict,
  decisionVerdict,
  eventVerdict,
  formatVerdict,
  groupsPreservedVerdict,
  groupsSuppressedVerdict,
} from '../../src/rules/verdicts.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { answer, defineAuthChallenge, preSignUp, preToken, verifyAuthChallenge } from '../rules/support.js';

const GROUPS = { groupsToOverride: ['admins', 'editors'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/Admin', 'arn:aws:iam::123456789012:role/Editor'], preferredRole: 'arn:aws:iam::123456789012:role/Admin' };
const v1 = (details: unknown) => {
  const e = preToken(1);
  return { e, out: answer(e, { claimsOverrideDetails: details }) };
};

describe('formatVerdict and the claims', () => {
  it('prints the header, then one marked line per issue', () => {
    const e = verifyAuthChallenge();
    const v = contractVerdict(e, answer(e, { answerCorrect: 'true' }));
    const lines = formatVerdict(v).split('\n');
    expect(lines[0]).toBe('VerifyAuthChallengeResponse (verify-auth-challenge-response / VerifyAuthChallengeResponse_Authentication): 1 problem');
    expect(lines[1]).toMatch(/^ {2}✖ error response\.answerCorrect: answerCorrect is the string "true"/);
    expect(lines).toHaveLength(2);
  });

  it('puts each issue on its own line', () => {
    const e = preToken(1);
    const v = contractVerdict(e, answer(e, { claimsOverrideDetails: { claimsToAddOrOverride: { sub: 'x', iss: 'y' } } }));
    expect(v.issues).toHaveLength(2);
    expect(formatVerdict(v).split('\n')).toHaveLength(3);
  });

  it('says what passing means, for a negated matcher', () => {
    const e = preSignUp();
    expect(contractVerdict(e, e).claim).toBe('the output satisfies the Cognito contract');
    expect(eventVerdict(e).claim).toBe('the event is a valid Cognito event');
    const verify = verifyAuthChallenge();
    expect(answerVerdict(verify, answer(verify, { answerCorrect: true }), true).claim).toBe('the output answers correctly');
    expect(answerVerdict(verify, answer(verify, { answerCorrect: false }), false).claim).toBe('the output answers incorrectly');
    const define = defineAuthChallenge();
    expect(decisionVerdict(define, define, { kind: 'issueTokens' }).claim).toBe('the output decides to issue tokens');
    expect(decisionVerdict(define, define, { kind: 'failAuthentication' }).claim).toBe('the output decides to fail the authentication');
    const { e: token, out } = v1(null);
    expect(groupsPreservedVerdict(token, out).claim).toBe('the output preserves the groups');
    expect(groupsSuppressedVerdict(token, out).claim).toBe('the output suppresses the groups');
    expect(claimsUntouchedVerdict(token, out).claim).toBe('the output leaves the claims untouched');
  });
});

describe('eventVerdict', () => {
  it('names the trigger and source, and counts the problems in the singular and plural', () => {
    const one = { ...preSignUp(), userPoolId: 7 };
    expect(eventVerdict(one).header).toBe('Invalid Cognito event (pre-signup / PreSignUp_SignUp): 1 problem');
    const two = { ...preSignUp(), userPoolId: 7, region: 8 };
    expect(eventVerdict(two).header).toBe('Invalid Cognito event (pre-signup / PreSignUp_SignUp): 2 problems');
  });

  it('names only the trigger for a target whose source the event lacks, and nothing for an unknown event', () => {
    const { triggerSource: _source, ...noSource } = preSignUp();
    expect(eventVerdict(noSource, { target: 'pre-signup' }).header).toMatch(/^Invalid Cognito event \(pre-signup\): \d+ problems?$/);
    expect(eventVerdict({}).header).toBe('Invalid Cognito event: 1 problem');
  });
});

describe('focused verdicts', () => {
  it('refuse an event of another trigger, naming the helper and the triggers it serves', () => {
    const e = preSignUp();
    let err: unknown;
    try {
      answerVerdict(e, e, true);
    } catch (caught) {
      err = caught;
    }
    expect(err).toBeInstanceOf(KitUsageError);
    expect((err as KitUsageError).message).toBe('assertAnswerCorrect is for verify-auth-challenge-response events; this event is pre-signup');
    expect((err as KitUsageError).path).toBe('event.triggerSource');
    expect((err as KitUsageError).rule).toBe('wrong-trigger');
  });

  it('name the helper in the refusal, for each of them', () => {
    const e = preSignUp();
    const message = (fn: () => unknown): string => {
      try {
        fn();
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    };
    const pre = 'is for pre-token-generation, pre-token-generation-v2, pre-token-generation-v3 events; this event is pre-signup';
    expect(message(() => answerVerdict(e, e, false))).toBe('assertAnswerIncorrect is for verify-auth-challenge-response events; this event is pre-signup');
    expect(message(() => decisionVerdict(e, e, { kind: 'issueTokens' }))).toBe('this Define assertion is for define-auth-challenge events; this event is pre-signup');
    expect(message(() => groupsPreservedVerdict(e, e))).toBe(`assertGroupsPreserved ${pre}`);
    expect(message(() => groupsSuppressedVerdict(e, e))).toBe(`assertGroupsSuppressed ${pre}`);
    expect(message(() => claimsUntouchedVerdict(e, e))).toBe(`assertClaimsUntouched ${pre}`);
  });

  it('judge the intent only once the output keeps the contract', () => {
    const e = verifyAuthChallenge();
    const v = answerVerdict(e, answer(e, { answerCorrect: 'true' }), true);
    expect(v.pass).toBe(false);
    expect(v.issues.map((i) => i.rule)).toEqual(['verify-auth-challenge-response/answer-not-boolean']);
  });

  it('report a wrong answer as an assert issue at answerCorrect', () => {
    const e = verifyAuthChallenge();
    const v = answerVerdict(e, answer(e, { answerCorrect: false }), true);
    expect(v.issues).toEqual([{ rule: 'assert/answer-correct', severity: 'error', path: ['response', 'answerCorrect'], message: 'expected answerCorrect true, got false' }]);
  });
});

describe('decisionVerdict', () => {
  const e = defineAuthChallenge();

  it('does not count a challenge as asked for when the output also issues tokens', () => {
    const out = answer(e, { challengeName: 'CUSTOM_CHALLENGE', issueTokens: true, failAuthentication: false });
    const v = decisionVerdict(e, out, { kind: 'challenge', challengeName: 'CUSTOM_CHALLENGE' });
    expect(v.pass).toBe(false);
    expect(v.issues).toEqual([{ rule: 'assert/define-decision', severity: 'error', path: ['response'], message: 'expected the handler to ask for CUSTOM_CHALLENGE, but it issues tokens' }]);
    expect(v.claim).toBe('the output decides to ask for CUSTOM_CHALLENGE');
  });
});

describe('groupsPreservedVerdict', () => {
  const copy = (groups: unknown) => v1({ groupOverrideDetails: groups });
  const R1 = 'arn:aws:iam::123456789012:role/Admin';
  const R2 = 'arn:aws:iam::123456789012:role/Editor';
  /** A user whose groups and roles Cognito lists in an order that is not sorted. */
  const unsorted = (groupOverrideDetails: unknown) => {
    const e = preToken(1, 'TokenGeneration_Authentication', { groupsToOverride: ['editors', 'admins'], iamRolesToOverride: [R2, R1], preferredRole: R1 });
    return { e, out: answer(e, { claimsOverrideDetails: { groupOverrideDetails } }) };
  };

  it('accepts a sorted copy of groups and roles the request listed unsorted', () => {
    const { e, out } = unsorted({ groupsToOverride: ['admins', 'editors'], iamRolesToOverride: [R1, R2], preferredRole: R1 });
    expect(groupsPreservedVerdict(e, out).issues).toEqual([]);
  });

  it('fails when only the preferred role changes, and names only that', () => {
    const { e, out } = unsorted({ groupsToOverride: ['admins', 'editors'], iamRolesToOverride: [R2, R1], preferredRole: R2 });
    expect(groupsPreservedVerdict(e, out).issues.map((i) => i.message)).toEqual([`groupOverrideDetails replaces the user's groups: preferredRole ${JSON.stringify(R1)} becomes ${JSON.stringify(R2)}`]);
  });

  it('names only the roles when the groups come back in another order', () => {
    const { e, out } = unsorted({ groupsToOverride: ['admins', 'editors'], iamRolesToOverride: [R1], preferredRole: R1 });
    expect(groupsPreservedVerdict(e, out).issues.map((i) => i.message)).toEqual([`groupOverrideDetails replaces the user's groups: roles ${JSON.stringify([R2, R1])} become ${JSON.stringify([R1])}`]);
  });

  it('accepts a copy of the request in another order', () => {
    const { e, out } = copy({ ...GROUPS, groupsToOverride: ['editors', 'admins'] });
    expect(groupsPreservedVerdict(e, out).issues).toEqual([]);
  });

  it('fails when a group is swapped for another, even with the same count', () => {
    const { e, out } = copy({ ...GROUPS, groupsToOverride: ['admins', 'viewers'] });
    const v = groupsPreservedVerdict(e, out);
    expect(v.issues.map((i) => i.rule)).toEqual(['assert/groups-preserved']);
    expect(v.issues[0]!.message).toBe('groupOverrideDetails replaces the user\'s groups: groups ["admins","editors"] become ["admins","viewers"]');
  });

  it('fails when only the roles change, and names only what changed', () => {
    const { e, out } = copy({ ...GROUPS, groupsToOverride: ['editors', 'admins'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/Admin'] });
    const v = groupsPreservedVerdict(e, out);
    expect(v.issues.map((i) => i.message)).toEqual([
      'groupOverrideDetails replaces the user\'s groups: roles ["arn:aws:iam::123456789012:role/Admin","arn:aws:iam::123456789012:role/Editor"] become ["arn:aws:iam::123456789012:role/Admin"]',
    ]);
  });

  it('reports a suppression per token', () => {
    const { e, out } = v1({ claimsToSuppress: ['cognito:groups'] });
    expect(groupsPreservedVerdict(e, out).issues).toEqual([{ rule: 'assert/groups-preserved', severity: 'error', path: ['response'], message: 'cognito:groups is suppressed from the ID token (claimsToSuppress)' }]);
  });
});

describe('groupsSuppressedVerdict', () => {
  it('names each token that keeps the groups', () => {
    const { e, out } = v1({});
    const v = groupsSuppressedVerdict(e, out);
    expect(v.issues.map((i) => [i.rule, i.path])).toEqual([
      ['assert/groups-suppressed', ['response']],
      ['assert/groups-suppressed', ['response']],
    ]);
    expect(v.issues[0]!.message).toBe(
      'the ID token still carries cognito:groups ["admins","editors"]: set groupOverrideDetails.groupsToOverride to [] (both tokens), or suppress cognito:groups',
    );
    expect(v.issues[1]!.message).toMatch(/^the access token still carries/);
  });
});

describe('claimsUntouchedVerdict', () => {
  it('without a list, ignores warnings that are not about claims', () => {
    const e = preToken(1);
    const out = { ...answer(e, { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' } } }), userName: 'changed' };
    expect(claimsUntouchedVerdict(e, out).pass).toBe(true);
  });

  it('with a list, finds a claim at any place in claimsToSuppress', () => {
    const { e, out } = v1({ claimsToSuppress: ['phone_number', 'email'], claimsToAddOrOverride: { plan: 'pro' } });
    const v = claimsUntouchedVerdict(e, out, ['email', 'plan']);
    expect(v.issues).toEqual([
      { rule: 'assert/claims-untouched', severity: 'error', path: ['response', 'claimsOverrideDetails', 'claimsToSuppress', 1], message: 'email is suppressed from the ID token' },
      { rule: 'assert/claims-untouched', severity: 'error', path: ['response', 'claimsOverrideDetails', 'claimsToAddOrOverride', 'plan'], message: 'plan is added or overridden in the ID token' },
    ]);
  });
});

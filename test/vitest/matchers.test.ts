/**
 * `cognito-trigger-kit/vitest`: importing it registers typed matchers on vitest's expect. Each
 * matcher passes, fails with the assertResponse lines, and supports `.not`.
 */
import { describe, expect, it } from 'vitest';
import '../../src/vitest.js';
import { cognitoMatchers } from '../../src/vitest.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { answer, customMessage, defineAuthChallenge, preSignUp, preToken, realEvent, verifyAuthChallenge } from '../rules/support.js';

describe('toSatisfyCognitoContract', () => {
  const e = verifyAuthChallenge();

  it('passes on a good output and fails with the rule id and path', () => {
    expect(answer(e, { answerCorrect: true })).toSatisfyCognitoContract(e);
    expect(() => expect(answer(e, { answerCorrect: 'true' })).toSatisfyCognitoContract(e)).toThrow(/verify-auth-challenge-response\/answer-not-boolean/);
    expect(() => expect(answer(e, { answerCorrect: 'true' })).toSatisfyCognitoContract(e)).toThrow(
      /VerifyAuthChallengeResponse \(verify-auth-challenge-response \/ VerifyAuthChallengeResponse_Authentication\): 1 problem\n {2}✖ error response\.answerCorrect: /,
    );
  });

  it('takes the check options', () => {
    const m = customMessage();
    const out = answer(m, { smsMessage: 'Code {####}', emailSubject: 'Hello' });
    expect(out).toSatisfyCognitoContract(m);
    expect(out).toSatisfyCognitoContract(m, { emailSendingAccount: 'DEVELOPER', strict: true });
    expect(() => expect(out).toSatisfyCognitoContract(m, { emailSendingAccount: 'COGNITO_DEFAULT' })).toThrow(/custom-message\/email-with-cognito-default/);
  });

  it('supports .not', () => {
    expect(answer(e, { answerCorrect: null })).not.toSatisfyCognitoContract(e);
    expect(() => expect(answer(e, { answerCorrect: true })).not.toSatisfyCognitoContract(e)).toThrow(/expected the opposite, but the output satisfies the Cognito contract/);
  });

  it('works on a resolved promise', async () => {
    await expect(Promise.resolve(answer(e, { answerCorrect: false }))).resolves.toSatisfyCognitoContract(e);
  });
});

describe('toBeValidCognitoEvent', () => {
  it('passes on a real event and fails on a broken one with its path', () => {
    expect(realEvent('github-captured-defineauthchallenge-first-call.json')).toBeValidCognitoEvent();
    expect(() => expect({ ...preSignUp(), region: 5 }).toBeValidCognitoEvent()).toThrow(/Invalid Cognito event \(pre-signup \/ PreSignUp_SignUp\): 1 problem\n {2}✖ error region: /);
    expect({ triggerSource: 'Nope' }).not.toBeValidCognitoEvent();
  });

  it('fails on realism warnings only with strict', () => {
    const fixture = realEvent('powertools-python-preauthentication.json');
    expect(fixture).toBeValidCognitoEvent();
    expect(() => expect(fixture).toBeValidCognitoEvent({ strict: true })).toThrow(/realism\//);
  });
});

describe('group matchers', () => {
  const v1 = preToken(1);
  const keep = answer(v1, { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' } } });
  const drop = answer(v1, { claimsOverrideDetails: { groupOverrideDetails: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: 'arn:aws:iam::123456789012:role/Admin' } } });

  it('toPreserveGroups', () => {
    expect(keep).toPreserveGroups(v1);
    expect(drop).not.toPreserveGroups(v1);
    expect(() => expect(drop).toPreserveGroups(v1)).toThrow(/assert\/groups-preserved/);
  });

  it('toSuppressGroups', () => {
    expect(drop).toSuppressGroups(v1);
    expect(keep).not.toSuppressGroups(v1);
    expect(() => expect(keep).toSuppressGroups(v1)).toThrow(/assert\/groups-suppressed/);
  });
});

describe('toLeaveClaimsUntouched', () => {
  const v2 = preToken(2);
  it('passes, fails with the claim, and takes a list', () => {
    const out = answer(v2, { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToSuppress: ['email'] } } });
    expect(out).toLeaveClaimsUntouched(v2);
    expect(out).toLeaveClaimsUntouched(v2, ['name']);
    expect(() => expect(out).toLeaveClaimsUntouched(v2, ['email'])).toThrow(/email is suppressed from the ID token \[assert\/claims-untouched\]/);
    expect(answer(v2, { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { sub: 'x' } } } })).not.toLeaveClaimsUntouched(v2);
  });
});

describe('Verify and Define matchers', () => {
  const v = verifyAuthChallenge();
  const d = defineAuthChallenge();

  it('toAnswerCorrectly / toAnswerIncorrectly', () => {
    expect(answer(v, { answerCorrect: true })).toAnswerCorrectly(v);
    expect(answer(v, { answerCorrect: false })).toAnswerIncorrectly(v);
    expect(() => expect(answer(v, { answerCorrect: false })).toAnswerCorrectly(v)).toThrow(/expected answerCorrect true, got false/);
    expect(() => expect(answer(v, { answerCorrect: true })).toAnswerIncorrectly(v)).toThrow(/assert\/answer-correct/);
  });

  it('toIssueTokens / toFailAuthentication / toRequestChallenge', () => {
    expect(answer(d, { issueTokens: true })).toIssueTokens(d);
    expect(answer(d, { failAuthentication: true })).toFailAuthentication(d);
    expect(answer(d, { challengeName: 'CUSTOM_CHALLENGE' })).toRequestChallenge(d);
    expect(answer(d, { challengeName: 'PASSWORD_VERIFIER' })).toRequestChallenge(d, 'PASSWORD_VERIFIER');
    expect(() => expect(answer(d, { failAuthentication: true })).toIssueTokens(d)).toThrow(/expected the handler to issue tokens, but it fails the authentication/);
    expect(() => expect(answer(d, { issueTokens: true })).toRequestChallenge(d)).toThrow(/assert\/define-decision/);
    expect(answer(d, { issueTokens: true })).not.toFailAuthentication(d);
  });

  it('a matcher used on the wrong trigger throws a usage error, not a failed expectation', () => {
    expect(() => expect(preSignUp()).toIssueTokens(preSignUp())).toThrow(KitUsageError);
  });
});

describe('registration', () => {
  it('exports the matcher table for a setup of your own', () => {
    expect(Object.keys(cognitoMatchers).sort()).toEqual(
      [
        'toAnswerCorrectly',
        'toAnswerIncorrectly',
        'toBeValidCognitoEvent',
        'toFailAuthentication',
        'toIssueTokens',
        'toLeaveClaimsUntouched',
        'toPreserveGroups',
        'toRequestChallenge',
        'toSatisfyCognitoContract',
        'toSuppressGroups',
      ].sort(),
    );
  });
});

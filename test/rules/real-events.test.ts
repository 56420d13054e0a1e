/**
 * The rules against real events (../shared/real-events): published handler outputs are judged,
 * and the documentation's custom message event is caught where it is wrong.
 */
import { describe, expect, it } from 'vitest';
import { checkResponse, checkResponseFor } from '../../src/rules/check.js';
import { formatPath } from '../../src/shared/issues.js';
import { answer, realEvent } from './support.js';

const rulesAt = (issues: { rule: string; path: (string | number)[] }[]) => issues.map((i) => `${i.rule} @ ${formatPath(i.path)}`);

describe('real events', () => {
  it('the docs custom message event ("None" for every message, Python repr) is caught at response.smsMessage', () => {
    const event = realEvent('awsdocs-custommessage-signup.json');
    const r = checkResponse(event, event);
    expect(r.ok).toBe(false);
    expect(rulesAt(r.errors)).toContain('custom-message/missing-code-placeholder @ response.smsMessage');
    expect(rulesAt(r.errors)).toContain('custom-message/missing-code-placeholder @ response.emailMessage');
  });

  it('the aws-lambda-go Define fixture answers with both flags true and a made-up challenge name', () => {
    const event = realEvent('awslambdago-defineauthchallenge.json');
    expect(rulesAt(checkResponse(event, event).errors).sort()).toEqual([
      'define-auth-challenge/conflicting-decision @ response.failAuthentication',
      'define-auth-challenge/unknown-challenge @ response.challengeName',
    ]);
  });

  it('the aws-lambda-go migrate-user fixture holds placeholders, not values Cognito accepts', () => {
    const event = realEvent('awslambdago-migrateuser-authentication.json');
    expect(rulesAt(checkResponse(event, event).errors)).toEqual([
      'user-migration/invalid-enum @ response.finalUserStatus',
      'user-migration/invalid-enum @ response.messageAction',
      'user-migration/invalid-enum @ response.desiredDeliveryMediums[0]',
      'user-migration/invalid-enum @ response.desiredDeliveryMediums[1]',
    ]);
  });

  it('published outputs that keep the contract pass', () => {
    for (const name of ['awslambdago-createauthchallenge.json', 'awslambdago-verifyauthchallengeresponse.json', 'awslambdago-pretokengen-v2-authentication.json', 'awslambdago-inboundfederation-saml.json', 'awslambdago-presignup-signup.json', 'github-captured-verifyauthchallengeresponse-clientmetadata.json']) {
      const event = realEvent(name);
      expect(checkResponse(event, event).errors, name).toEqual([]);
    }
  });

  it('complex V2 claim values (the .NET fixture) are fine as handler output', () => {
    const event = realEvent('dotnet-pretokengen-v2-complex-claims.json');
    expect(checkResponseFor('pre-token-generation-v2', event, event).errors).toEqual([]);
  });

  it('a captured AdminCreateUser invitation needs both placeholders', () => {
    const event = realEvent('github-captured-custommessage-admincreateuser.json');
    expect(checkResponse(event, answer(event, { smsMessage: 'Welcome {username}, your password is {####}' })).ok).toBe(true);
    expect(rulesAt(checkResponse(event, answer(event, { smsMessage: 'Your password is {####}' })).errors)).toEqual([
      'custom-message/missing-username-placeholder @ response.smsMessage',
    ]);
  });

  it('incoming captures are unanswered: accepted with requireDecision: false', () => {
    for (const name of ['github-captured-defineauthchallenge-first-call.json', 'github-captured-verifyauthchallengeresponse-otp.json', 'tutorial-migrateuser-authentication.json', 'github-captured-pretokengen-v1-refreshtokens.json']) {
      const event = realEvent(name);
      const r = checkResponse(event, event, { requireDecision: false });
      expect(r.unanswered, name).toBe(true);
      expect(r.errors, name).toEqual([]);
    }
  });
});

/**
 * Details of the per-trigger rules that the case table (cases.ts) does not pin: the guidance in
 * the messages, the edge values each rule must leave alone, and `providedAttributes`, which the
 * inbound federation rule builds on. Written against the survivors of the mutation run
 * (docs/mutation.md): each test has a case that breaks the rule's contract and one that
 * keeps it.
 */
import { describe, expect, it } from 'vitest';
import { checkResponse } from '../../src/rules/check.js';
import type { ContractIssue } from '../../src/shared/issues.js';
import { providedAttributes } from '../../src/triggers/inbound-federation/rules.js';
import { answer, createAuthChallenge, customMessage, defineAuthChallenge, inboundFederation, issuesOf, userMigration, verifyAuthChallenge, type Json } from './support.js';

/** The single issue of `rule` that the output draws. */
function only(event: Json, response: unknown, rule: string): ContractIssue {
  const result = checkResponse(event, answer(event, response));
  const found = issuesOf(result, rule);
  expect(found, JSON.stringify(result.issues)).toHaveLength(1);
  return found[0]!;
}

describe('verify-auth-challenge-response/answer-not-boolean messages', () => {
  const rule = 'verify-auth-challenge-response/answer-not-boolean';

  it('says "missing" for an absent key and "null" for null, and calls both no decision', () => {
    const missing = only(verifyAuthChallenge(), {}, rule).message;
    expect(missing).toMatch(/^answerCorrect is missing, not a JSON boolean: the handler made no decision/);
    const nulled = only(verifyAuthChallenge(), { answerCorrect: null }, rule).message;
    expect(nulled).toMatch(/^answerCorrect is null, not a JSON boolean: the handler made no decision/);
    expect(nulled).not.toContain('InvalidLambdaResponseException');
  });

  it('tells a quoted boolean to drop the quotes, and names the exception', () => {
    const quotedTrue = only(verifyAuthChallenge(), { answerCorrect: ' True ' }, rule).message;
    expect(quotedTrue).toContain('InvalidLambdaResponseException "Unrecognizable lambda output" (write true without quotes)');
    expect(only(verifyAuthChallenge(), { answerCorrect: 'no' }, rule).message).toContain('(write false without quotes)');
  });

  it('gives no quoting hint for a number', () => {
    const message = only(verifyAuthChallenge(), { answerCorrect: 1 }, rule).message;
    expect(message).toMatch(/Unrecognizable lambda output"$/);
  });
});

describe('user-migration messages', () => {
  it('adds why a finalUserStatus or messageAction is refused', () => {
    const status = only(userMigration(), { finalUserStatus: 'FORCE_CHANGE_PASSWORD' }, 'user-migration/invalid-enum').message;
    expect(status).toContain('is not one of CONFIRMED, RESET_REQUIRED (other user statuses cannot be set by migration): Cognito');
    const action = only(userMigration(), { messageAction: 'SEND' }, 'user-migration/invalid-enum').message;
    expect(action).toContain('is not one of SUPPRESS, RESEND (unset sends the welcome message): Cognito');
  });

  it('adds no note to a refused delivery medium', () => {
    const medium = only(userMigration(), { desiredDeliveryMediums: ['FAX'] }, 'user-migration/invalid-enum');
    expect(medium.path).toEqual(['response', 'desiredDeliveryMediums', 0]);
    expect(medium.message).toMatch(/"FAX" is not one of EMAIL, SMS: Cognito answers InvalidLambdaResponseException/);
  });

  it('names the alias attributes when a new username is refused', () => {
    const message = only(userMigration(), { userAttributes: { username: 'other', email: 'x@example.com' } }, 'user-migration/username-alias').message;
    expect(message).toContain('which is not stored in email, phone_number, preferred_username');
  });
});

describe('define-auth-challenge/unknown-challenge message', () => {
  it('lists the challenges Define can ask for, without the MFA ones', () => {
    const message = only(defineAuthChallenge(), { challengeName: 'MAGIC_LINK', issueTokens: false, failAuthentication: false }, 'define-auth-challenge/unknown-challenge').message;
    expect(message).toContain('(CUSTOM_CHALLENGE, SRP_A, PASSWORD_VERIFIER');
    for (const mfa of ['SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA', 'SMS_OTP']) expect(message).not.toContain(mfa);
  });
});

describe('create-auth-challenge/answer-leaked', () => {
  const rule = 'create-auth-challenge/answer-leaked';

  it('does not treat an empty private value as a secret', () => {
    const event = createAuthChallenge();
    const result = checkResponse(event, answer(event, { publicChallengeParameters: { hint: '' }, privateChallengeParameters: { answer: '' }, challengeMetadata: 'M' }));
    expect(issuesOf(result, rule)).toEqual([]);
  });

  it('still finds a non-empty private value in the public parameters', () => {
    const issue = only(createAuthChallenge(), { publicChallengeParameters: { hint: '5' }, privateChallengeParameters: { answer: '5' }, challengeMetadata: 'M' }, rule);
    expect(issue.path).toEqual(['response', 'publicChallengeParameters', 'hint']);
  });
});

describe('custom-message/missing-code-placeholder and the verification link', () => {
  const rule = 'custom-message/missing-code-placeholder';

  it('accepts a link instead of the code in the email of a sign-up', () => {
    const event = customMessage('CustomMessage_SignUp');
    const result = checkResponse(event, answer(event, { smsMessage: null, emailMessage: 'Confirm: {##Click Here##}', emailSubject: 'Welcome' }), { emailSendingAccount: 'DEVELOPER' });
    expect(issuesOf(result, rule)).toEqual([]);
  });

  it('does not accept a link in the SMS, which cannot verify by link', () => {
    const issue = only(customMessage('CustomMessage_SignUp'), { smsMessage: 'Confirm: {##Click Here##}', emailMessage: null, emailSubject: null }, rule);
    expect(issue.path).toEqual(['response', 'smsMessage']);
  });

  it('does not accept a link in the email of a source that verifies by code only', () => {
    const event = customMessage('CustomMessage_ForgotPassword');
    const result = checkResponse(event, answer(event, { smsMessage: null, emailMessage: 'Reset: {##Click Here##}', emailSubject: 'Reset' }), { emailSendingAccount: 'DEVELOPER' });
    expect(issuesOf(result, rule).map((i) => i.path)).toEqual([['response', 'emailMessage']]);
  });
});

describe('providedAttributes', () => {
  it('maps well-known SAML claim types to standard attributes, and ignores the others', () => {
    const event = inboundFederation({
      samlResponse: {
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': 'Doe',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'jane@example.com',
        'urn:example:department': 'Sales',
      },
    });
    expect(providedAttributes(event)).toEqual(['email', 'family_name']);
  });

  it('returns the attributes sorted, whatever order the provider sent them in', () => {
    expect(providedAttributes(inboundFederation({ userInfo: { phone_number: '+15555550100', email: 'jane@example.com', bio: 'x' } }))).toEqual(['email', 'phone_number']);
  });

  it('finds nothing in an event without request attributes', () => {
    expect(providedAttributes(null)).toEqual([]);
    expect(providedAttributes({})).toEqual([]);
    expect(providedAttributes({ request: {} })).toEqual([]);
    expect(providedAttributes({ request: { attributes: 'x' } })).toEqual([]);
  });

  it('names every dropped attribute in the warning', () => {
    const message = only(inboundFederation(), { userAttributesToMap: { nickname: 'jd' } }, 'inbound-federation/attributes-dropped').message;
    expect(message).toContain('it leaves out email, given_name, which the identity provider sent');
  });
});

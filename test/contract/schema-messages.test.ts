/**
 * The messages and issue codes of the schema refinements that say what Cognito requires: the
 * challenge-name lists, the V3 fields only client-credentials events may lack, the migration
 * password, the wording of the type errors, the output booleans and the length limits. Written
 * against the survivors of the mutation run, the static schema run included (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/validation/validate.js';
import { formatPath } from '../../src/shared/issues.js';
import { createAuthChallenge, defineAuthChallenge, preToken, userMigration } from '../rules/support.js';
import { mutatedEvent, parsePath } from './mutate.js';
import type { SampleName } from './samples.js';

describe('challenge names', () => {
  it('lists the known challenge names when the request holds another', () => {
    const r = validateEvent(createAuthChallenge('MAGIC'));
    const issue = r.errors.find((i) => i.path.join('.') === 'request.challengeName');
    expect(issue?.message).toMatch(/^"MAGIC" is not a Cognito challenge name \(known: [A-Z_]+(, [A-Z_]+)+\)/);
    expect(issue?.message).toContain('CUSTOM_CHALLENGE, ');
  });

  it('lists the challenges Define may ask for when its response names another', () => {
    const event = { ...defineAuthChallenge(), response: { challengeName: 'MAGIC', issueTokens: null, failAuthentication: null } };
    const issue = validateEvent(event).errors.find((i) => i.path.join('.') === 'response.challengeName');
    expect(issue?.message).toMatch(/^challengeName "MAGIC" is not a challenge Define can ask for \(one of CUSTOM_CHALLENGE, [A-Z_, ]+\); Cognito answers "Unrecognizable lambda output"/);
  });
});

describe('pre token V3: fields a user event must carry', () => {
  it('requires userName, userAttributes and groupConfiguration outside client credentials', () => {
    const event = preToken(3);
    const request = { ...(event.request as Record<string, unknown>) };
    delete request.userAttributes;
    delete request.groupConfiguration;
    const r = validateEvent({ ...event, userName: null, request });
    const custom = r.errors.filter((i) => i.rule === 'schema/custom');
    expect(custom.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['userName', 'userName is required (a string) for TokenGeneration_Authentication: only client-credentials events may lack it'],
      ['request.userAttributes', 'request.userAttributes is required (a map of strings) for TokenGeneration_Authentication: only client-credentials events may lack it'],
      ['request.groupConfiguration', 'request.groupConfiguration is required (an object) for TokenGeneration_Authentication: only client-credentials events may lack it'],
    ]);
  });
});

describe('user migration: the password', () => {
  it('is required for UserMigration_Authentication, with its own message', () => {
    const event = userMigration();
    const request = { ...(event.request as Record<string, unknown>) };
    delete request.password;
    const r = validateEvent({ ...event, request });
    expect(r.errors).toContainEqual({
      rule: 'schema/custom',
      severity: 'error',
      path: ['request', 'password'],
      message: 'request.password is required for UserMigration_Authentication: Cognito sends the password the user typed',
    });
    expect(validateEvent(userMigration('UserMigration_ForgotPassword')).errors).toEqual([]);
  });
});

/**
 * One field set to a wrong value (`bad`) and to a right one (`good`) in a valid sample: the wrong
 * value gives exactly one error, at `path`, worded `message`; the right one gives none.
 */
interface MessageCase {
  target: SampleName;
  path: string;
  bad: unknown;
  good: unknown;
  message: string;
}

function errorsFor(target: SampleName, path: string, value: unknown) {
  const { event } = mutatedEvent({ name: path, target, path, set: value, expectPath: null });
  return validateEvent(event).errors;
}

function expectOnlyMessage(c: MessageCase): void {
  const errors = errorsFor(c.target, c.path, c.bad);
  expect(errors.map((i) => [formatPath(i.path), i.message])).toEqual([[formatPath(parsePath(c.path)), c.message]]);
  expect(errorsFor(c.target, c.path, c.good)).toEqual([]);
}

const UNRECOGNIZABLE = 'Cognito answers "Unrecognizable lambda output"';

// The validator appends what the event held ("(got the number 1)") to a schema's own message.
describe('type errors say what Cognito sends', () => {
  const cases: Array<[string, MessageCase]> = [
    ['a map value that is not a string', {
      target: 'define-auth-challenge', path: 'request.clientMetadata.locale', bad: 1, good: 'fr',
      message: 'Cognito sends and accepts only string values here (booleans and numbers are strings too: "true", "42") (got the number 1)',
    }],
    ['a clientId that is not a string', {
      target: 'pre-signup', path: 'callerContext.clientId', bad: 123, good: 'CLIENT_ID_NOT_APPLICABLE',
      message: 'callerContext.clientId is the app client id (or CLIENT_ID_NOT_APPLICABLE for admin operations) (got the number 123)',
    }],
    ['a challengeResult that is a string', {
      target: 'define-auth-challenge', path: 'request.session[0].challengeResult', bad: 'false', good: true,
      message: 'challengeResult is a boolean: whether the user passed that challenge (got the string "false")',
    }],
    ['an IAM role in the incoming groupConfiguration that is not a string', {
      target: 'pre-token-generation', path: 'request.groupConfiguration.iamRolesToOverride[0]', bad: 1, good: 'arn:aws:iam::123456789012:role/editors',
      message: 'an IAM role ARN is a string (got the number 1)',
    }],
    ['a group name in groupOverrideDetails that is not a string', {
      target: 'pre-token-generation', path: 'response.claimsOverrideDetails.groupOverrideDetails.groupsToOverride[0]', bad: 7, good: 'admins',
      message: 'a group name is a string (got the number 7)',
    }],
    ['an IAM role in groupOverrideDetails that is not a string', {
      target: 'pre-token-generation-v2', path: 'response.claimsAndScopeOverrideDetails.groupOverrideDetails.iamRolesToOverride[0]', bad: 7, good: 'arn:aws:iam::123456789012:role/admins',
      message: 'an IAM role ARN is a string (got the number 7)',
    }],
    ['a claim name to suppress that is not a string', {
      target: 'pre-token-generation', path: 'response.claimsOverrideDetails.claimsToSuppress[0]', bad: 7, good: 'email',
      message: 'a claim name is a string (got the number 7)',
    }],
    ['a scope in the request that is not a string', {
      target: 'pre-token-generation-v2', path: 'request.scopes[0]', bad: 7, good: 'openid',
      message: 'a scope is a string (got the number 7)',
    }],
    ['a providerName that is not a string', {
      target: 'inbound-federation', path: 'request.providerName', bad: 7, good: 'Okta',
      message: 'providerName is the name of the identity provider, a string (got the number 7)',
    }],
    ['a newDeviceUsed that is a string', {
      target: 'post-authentication', path: 'request.newDeviceUsed', bad: 'true', good: true,
      message: 'newDeviceUsed is a boolean (got the string "true")',
    }],
    ['a V3 userName that is not a string', {
      target: 'pre-token-generation-v3', path: 'userName', bad: 7, good: 'jane',
      message: "userName is the pool's internal username, a string (got the number 7)",
    }],
    ['a migration password that is not a string', {
      target: 'user-migration', path: 'request.password', bad: 42, good: 'hunter2',
      message: 'password is the plaintext password the user typed, a string (got the number 42)',
    }],
  ];
  it.each(cases)('%s', (_name, c) => expectOnlyMessage(c));
});

describe('output booleans name the field, the value and what Cognito does', () => {
  const cases: Array<[SampleName, string, string]> = [
    ['pre-signup', 'autoConfirmUser', UNRECOGNIZABLE],
    ['pre-signup', 'autoVerifyEmail', UNRECOGNIZABLE],
    ['pre-signup', 'autoVerifyPhone', UNRECOGNIZABLE],
    ['define-auth-challenge', 'issueTokens', UNRECOGNIZABLE],
    ['define-auth-challenge', 'failAuthentication', UNRECOGNIZABLE],
    ['user-migration', 'forceAliasCreation', UNRECOGNIZABLE],
    ['user-migration', 'enableSMSMFA', UNRECOGNIZABLE],
    ['verify-auth-challenge-response', 'answerCorrect', `${UNRECOGNIZABLE} and the sign-in fails`],
  ];
  it.each(cases)('%s: response.%s', (target, field, consequence) => {
    expectOnlyMessage({ target, path: `response.${field}`, bad: 'true', good: true, message: `${field} must be a JSON boolean, not the string "true": ${consequence}` });
    expectOnlyMessage({ target, path: `response.${field}`, bad: 1, good: false, message: `${field} must be a JSON boolean, not the number 1: ${consequence}` });
  });
});

describe('length limits name the field, the length, the limit and what Cognito does', () => {
  const cases: Array<[string, number, string]> = [
    ['smsMessage', 140, 'Cognito rejects the message'],
    ['emailMessage', 20_000, 'Cognito rejects the message'],
    ['emailSubject', 140, 'Cognito rejects the subject'],
  ];
  it.each(cases)('response.%s', (field, max, consequence) => {
    // Code points, not UTF-16 units: the emoji counts once, so max emoji pass and one more fails.
    expectOnlyMessage({
      target: 'custom-message', path: `response.${field}`, bad: '😀'.repeat(max + 1), good: '😀'.repeat(max),
      message: `${field} is ${max + 1} characters; Cognito allows at most ${max} (${consequence})`,
    });
  });
});

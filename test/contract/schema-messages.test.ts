/**
 * The messages and issue codes of the schema refinements that say what Cognito requires: the
 * challenge-name lists, the V3 fields only client-credentials events may lack, and the migration
 * password. Written against the survivors of the mutation run (docs/drafts/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/validation/validate.js';
import { createAuthChallenge, defineAuthChallenge, preToken, userMigration } from '../rules/support.js';

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

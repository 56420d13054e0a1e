import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { assertResponse } from '../../src/assertions.js';
import { invokeHandler } from '../../src/harness.js';
import { createMigrationHandler, handler, type LegacyDirectory } from './handler.mjs';

const hex = (password: string) => createHash('sha256').update(password, 'utf8').digest('hex');

/** A legacy store that knows everyone, with the same password: lets the fuzzer reach the success path. */
const everyone: LegacyDirectory = {
  async find(userName) {
    return { email: `${userName.replace(/[^a-z0-9]/gi, '') || 'user'}@legacy.example.com`, passwordSha256: hex('hunter2') };
  },
};

describe('user migration', () => {
  it('migrates a known user with the right password, confirmed and without a welcome message', async () => {
    const event = buildEvent('UserMigration_Authentication', { userName: 'ADA', request: { password: 'correct horse battery staple' } });
    const output = await handler(event);
    assertResponse(event, output, { strict: true });
    expect(output.response).toMatchObject({
      userAttributes: { email: 'ada@example.com', email_verified: 'true' },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
    });
  });

  it('refuses a wrong password and an unknown user on purpose', async () => {
    for (const [userName, password, message] of [
      ['ada', 'wrong', 'Incorrect username or password.'],
      ['nobody', 'whatever', 'User does not exist.'],
    ] as const) {
      const outcome = await invokeHandler(handler, buildEvent('UserMigration_Authentication', { userName, request: { password } }));
      expect(outcome.kind === 'threw' && outcome.deliberate).toBe(true);
      expect(outcome.kind === 'threw' && outcome.cognitoError?.text).toBe(`UserLambdaValidationException: UserMigration failed with error ${message}.`);
    }
  });

  it('on forgot-password, migrates with a verified address so Cognito can send the reset code', async () => {
    const event = buildEvent('UserMigration_ForgotPassword', { userName: 'grace' });
    const output = await handler(event);
    assertResponse(event, output, { strict: true });
    expect(output.response.userAttributes).toEqual({ email: 'grace@example.org', email_verified: 'true', phone_number: '+15555550123', phone_number_verified: 'true' });
    expect(output.response.finalUserStatus ?? null).toBeNull();
  });

  it('keeps the contract on every generated event when the user exists (strict)', async () => {
    const report = await assertFuzzTrigger(createMigrationHandler(everyone), { trigger: 'user-migration', runs: 150, seed: 42, strict: true });
    expect(report.counts.held).toBeGreaterThan(0);
  });

  it('denies, never crashes, for users the legacy store does not know', async () => {
    const report = await assertFuzzTrigger(handler, { trigger: 'user-migration', runs: 100, seed: 42 });
    expect(report.counts.denied).toBe(100);
    expect(report.denials[0]?.message).toBe('UserLambdaValidationException: UserMigration failed with error User does not exist..');
  });
});

import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger, fuzzTrigger } from '../../src/fuzz.js';
import { checkResponse } from '../../src/assertions.js';
import { invokeHandler } from '../../src/harness.js';
import '../../src/vitest.js';
import { handler } from './handler.js';

async function outputOf(event: unknown) {
  const outcome = await invokeHandler(handler, event);
  if (outcome.kind !== 'returned') throw new Error(`the handler did not return: ${outcome.kind}`);
  return outcome.output as { response: { smsMessage: string; emailMessage: string; emailSubject: string } };
}

describe('custom message', () => {
  it('puts the code placeholder Cognito sent into every message', async () => {
    const event = buildEvent('CustomMessage_SignUp');
    const output = await outputOf(event);
    expect(output).toSatisfyCognitoContract(event, { strict: true, emailSendingAccount: 'DEVELOPER' });
    expect(output.response.smsMessage).toBe(`Acme verification code: ${event.request.codeParameter}`);
    expect(output.response.emailMessage).toContain(event.request.codeParameter);
  });

  it('includes the username placeholder in the invitation of an admin-created user', async () => {
    const event = buildEvent('CustomMessage_AdminCreateUser');
    const output = await outputOf(event);
    expect(output).toSatisfyCognitoContract(event, { strict: true, emailSendingAccount: 'DEVELOPER' });
    expect(output.response.smsMessage).toContain(event.request.usernameParameter ?? '{username}');
    expect(output.response.smsMessage.length).toBeLessThanOrEqual(140);
  });

  it('needs a pool that sends email through SES: under COGNITO_DEFAULT the email fields are an error', async () => {
    const event = buildEvent('CustomMessage_ForgotPassword');
    const issues = checkResponse(event, await outputOf(event), { emailSendingAccount: 'COGNITO_DEFAULT' }).errors;
    expect(issues.map((i) => i.rule)).toContain('custom-message/email-with-cognito-default');
  });

  it('keeps the contract on every generated event for an SES pool (strict)', async () => {
    await assertFuzzTrigger(handler, { trigger: 'custom-message', runs: 150, seed: 42, strict: true, emailSendingAccount: 'DEVELOPER' });
  });

  it('draws the email-needs-developer-account warning when the pool is not said', async () => {
    const report = await fuzzTrigger(handler, { trigger: 'custom-message', runs: 20, seed: 42 });
    expect(report.ok).toBe(true);
    expect(report.warnings.map((w) => w.rule)).toContain('custom-message/email-needs-developer-account');
  });
});

import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { invokeHandler, previewTokens } from '../../src/harness.js';
import '../../src/vitest.js';
import { handler } from './handler.cjs';

const event = buildEvent('TokenGeneration_Authentication', {
  request: { userAttributes: { email: 'jane@example.com', email_verified: 'true', 'custom:tenant_id': 'acme', 'custom:tier': '2' } },
});

describe('pre token V1 handler (callback style)', () => {
  it('answers through its callback with the claims added and the email suppressed', async () => {
    const outcome = await invokeHandler(handler, event);
    expect(outcome.style).toBe('callback');
    expect(outcome.settledBy).toBe('callback');
    expect(outcome.kind).toBe('returned');
    const output = outcome.kind === 'returned' ? outcome.output : undefined;
    expect(output).toSatisfyCognitoContract(event, { strict: true });
    expect(output).toPreserveGroups(event);
    // No protected claim (sub, cognito:*, …) is touched; only email and email_verified are.
    expect(output).toLeaveClaimsUntouched(event);

    const { idToken } = previewTokens(event, output);
    expect(idToken?.['tenant:id']).toBe('acme');
    expect(idToken?.['tenant:plan']).toBe('enterprise');
    expect(idToken).not.toHaveProperty('email');
  });

  it('gives the free plan to an unknown tier, even one named like a prototype member', async () => {
    const odd = buildEvent('TokenGeneration_Authentication', { request: { userAttributes: { 'custom:tier': 'constructor' } } });
    const outcome = await invokeHandler(handler, odd);
    const output = outcome.kind === 'returned' ? outcome.output : undefined;
    expect(previewTokens(odd, output).idToken?.['tenant:plan']).toBe('free');
  });

  it('keeps the contract on every generated event (strict)', async () => {
    await assertFuzzTrigger(handler, { trigger: 'pre-token-generation', runs: 150, seed: 42, strict: true });
  });
});

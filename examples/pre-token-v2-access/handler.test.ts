import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { invokeHandler, previewTokens } from '../../src/harness.js';
import '../../src/vitest.js';
import { handler } from './handler.js';

async function outputOf(event: unknown): Promise<unknown> {
  const outcome = await invokeHandler(handler, event);
  if (outcome.kind !== 'returned') throw new Error(`the handler did not return: ${outcome.kind}`);
  return outcome.output;
}

const event = buildEvent(
  'TokenGeneration_Authentication',
  {
    request: {
      userAttributes: { 'cognito:user_status': 'CONFIRMED', 'custom:tenant_id': 'acme' },
      groupConfiguration: { groupsToOverride: ['editors', 'admins'], iamRolesToOverride: [], preferredRole: null },
      scopes: ['openid', 'email'],
    },
  },
  { version: 2 },
);

describe('pre token V2 access-token handler', () => {
  it('puts tenant and roles into the access token and grants orders/read', async () => {
    const output = await outputOf(event);
    expect(output).toSatisfyCognitoContract(event, { strict: true });
    expect(output).toPreserveGroups(event);
    const tokens = previewTokens(event, output);
    expect(tokens.accessToken.tenant_id).toBe('acme');
    expect(tokens.accessToken.roles).toEqual(['admins', 'editors']);
    expect(tokens.scopes).toEqual(['openid', 'email', 'orders/read']);
    expect(tokens.idToken).not.toHaveProperty('tenant_id');
  });

  it('grants no scope to a user who has not confirmed', async () => {
    const pending = buildEvent('TokenGeneration_Authentication', { request: { userAttributes: { 'cognito:user_status': 'UNCONFIRMED' }, scopes: ['openid'] } }, { version: 2 });
    expect(previewTokens(pending, await outputOf(pending)).scopes).toEqual(['openid']);
  });

  it('keeps the V2 contract on every generated event (strict)', async () => {
    await assertFuzzTrigger(handler, { trigger: 'pre-token-generation-v2', runs: 150, seed: 42, strict: true });
  });
});

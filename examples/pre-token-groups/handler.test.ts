import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { previewTokens } from '../../src/harness.js';
import { assertGroupsPreserved } from '../../src/assertions.js';
import '../../src/vitest.js';
import { createGroupsHandler, handler } from './handler.mjs';

const NOW = Date.parse('2026-03-01T00:00:00Z');
const withGroups = (groups: string[], attributes: Record<string, string> = {}, version: 1 | 2 = 1) =>
  buildEvent(
    'TokenGeneration_Authentication',
    {
      request: {
        userAttributes: attributes,
        groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: ['arn:aws:iam::123456789012:role/reader'], preferredRole: 'arn:aws:iam::123456789012:role/reader' },
      },
    },
    { version },
  );

describe('pre token group membership', () => {
  const run = createGroupsHandler(() => NOW);

  it('adds everyone to "members" and keeps their groups and roles', async () => {
    const event = withGroups(['admins']);
    const output = await run(event);
    expect(output).toSatisfyCognitoContract(event, { strict: true });
    const tokens = previewTokens(event, output);
    expect(tokens.groups).toEqual(['admins', 'members']);
    expect(tokens.roles).toEqual(['arn:aws:iam::123456789012:role/reader']);
    expect(tokens.preferredRole).toBe('arn:aws:iam::123456789012:role/reader');
    expect(tokens.accessToken['cognito:groups']).toEqual(['admins', 'members']);
  });

  it('drops "support" once custom:support_until has passed, and only then', async () => {
    const expired = withGroups(['support'], { 'custom:support_until': '2026-02-01' });
    expect(previewTokens(expired, await run(expired)).groups).toEqual(['members']);
    const current = withGroups(['support'], { 'custom:support_until': '2026-04-01' });
    expect(previewTokens(current, await run(current)).groups).toEqual(['support', 'members']);
  });

  it('leaves a user already in "members" exactly as they were', async () => {
    const event = withGroups(['members']);
    assertGroupsPreserved(event, await run(event));
  });

  it('answers V2 events in the V2 response shape', async () => {
    const event = withGroups(['admins'], {}, 2);
    const output = await run(event);
    expect(output).toSatisfyCognitoContract(event, { strict: true });
    expect(output.response).toHaveProperty('claimsAndScopeOverrideDetails.groupOverrideDetails.groupsToOverride', ['admins', 'members']);
  });

  it.each(['pre-token-generation', 'pre-token-generation-v2', 'pre-token-generation-v3'] as const)('keeps the %s contract on every generated event (strict)', async (trigger) => {
    await assertFuzzTrigger(handler, { trigger, runs: 100, seed: 42, strict: true });
  });
});

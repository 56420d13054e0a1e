/** This handler is broken on purpose: the test proves the kit catches it, and how. */
import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger, fuzzTrigger } from '../../src/fuzz.js';
import { checkResponse } from '../../src/assertions.js';
import { invokeHandler, previewTokens } from '../../src/harness.js';
import '../../src/vitest.js';
import { handler } from './handler.js';

const event = buildEvent(
  'TokenGeneration_Authentication',
  { request: { groupConfiguration: { groupsToOverride: ['admins'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/admin'], preferredRole: null } } },
  { version: 2 },
);

async function outputOf(e: unknown): Promise<unknown> {
  const outcome = await invokeHandler(handler, e);
  return outcome.kind === 'returned' ? outcome.output : undefined;
}

describe('broken: an empty groupOverrideDetails wipes every group', () => {
  it('returns output Cognito accepts: no error, only a warning', async () => {
    const result = checkResponse(event, await outputOf(event));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((i) => i.rule)).toEqual(['pre-token-generation-v2/all-groups-removed']);
  });

  it('really does take the groups and roles out of the tokens', async () => {
    const output = await outputOf(event);
    expect(previewTokens(event, output).groups).toEqual([]);
    expect(previewTokens(event, output).roles).toEqual([]);
    expect(output).not.toPreserveGroups(event);
  });

  it('holds without strict (the warning is counted) and is caught with strict', async () => {
    const lax = await fuzzTrigger(handler, { trigger: 'pre-token-generation-v2', runs: 50, seed: 42 });
    expect(lax.ok).toBe(true);
    expect(lax.warnings).toEqual([expect.objectContaining({ rule: 'pre-token-generation-v2/all-groups-removed', count: 50 })]);

    await expect(assertFuzzTrigger(handler, { trigger: 'pre-token-generation-v2', runs: 50, seed: 42, strict: true })).rejects.toThrow(
      /rule: pre-token-generation-v2\/all-groups-removed/,
    );
  });
});

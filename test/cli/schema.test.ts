import { describe, expect, it } from 'vitest';
import { TRIGGER_SLUGS, TRIGGERS } from '../../src/triggers/registry.js';
import { toJsonSchema } from '../../src/validation/json-schema.js';
import { cli, expectOneParagraph } from './cli-helpers.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

describe('schema', () => {
  it('prints the input schema of a slug, pretty and newline-terminated', async () => {
    const r = await cli(['schema', 'pre-signup']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout).toContain('\n  "$schema": ');
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toEqual(toJsonSchema('pre-signup', 'input'));
    expect(doc.$schema).toBe(DRAFT);
    expect(doc.title).toBe('PreSignUpTriggerEventSchema');
  });

  it('resolves a triggerSource to its trigger', async () => {
    const doc = JSON.parse((await cli(['schema', 'UserMigration_ForgotPassword'])).stdout) as Record<string, unknown>;
    expect(doc.title).toBe('UserMigrationTriggerEventSchema');
  });

  it.each([
    [['TokenGeneration_Authentication'], 'PreTokenGenerationTriggerEventSchema'],
    [['TokenGeneration_Authentication', '--version', '2'], 'PreTokenGenerationV2TriggerEventSchema'],
    [['TokenGeneration_Authentication', '--version=3'], 'PreTokenGenerationV3TriggerEventSchema'],
    [['TokenGeneration_ClientCredentials'], 'PreTokenGenerationV3TriggerEventSchema'],
  ])('a TokenGeneration_* source picks the version: %j', async (args, title) => {
    const r = await cli(['schema', ...args]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe(title);
  });

  it('--io output prints the strict response schema', async () => {
    const r = await cli(['schema', 'verify-auth-challenge-response', '--io', 'output']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(doc).toEqual(toJsonSchema('verify-auth-challenge-response', 'output'));
    expect(doc.title).toBe('VerifyAuthChallengeResponseResponseSchema');
    expect(doc.additionalProperties).toBe(false);
  });

  it.each([['input'], ['output']])('all --io %s prints one JSON object keyed by slug', async (side) => {
    const r = await cli(['schema', 'all', '--io', side]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const all = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(all)).toEqual(TRIGGER_SLUGS);
    for (const t of TRIGGERS) {
      const doc = all[t.slug]!;
      expect(doc.$schema).toBe(DRAFT);
      expect(doc.title).toBe(side === 'input' ? t.schemaNames.event : t.schemaNames.response);
      expect(doc.$id).toBe(`urn:cognito-trigger-kit:schema:${t.slug}:${side}`);
    }
  });

  it.each([
    [['schema', 'pre-sigup'], 'did you mean pre-signup?'],
    [['schema', 'NotASource_X'], 'is not a trigger slug or triggerSource'],
    [['schema', 'pre-signup', '--io', 'both'], '--io must be input or output, got "both"'],
    [['schema', 'TokenGeneration_Authentication', '--version', '4'], '--version must be 1, 2 or 3'],
    [['schema', 'pre-token-generation', '--version', '2'], 'use pre-token-generation-v2 for version 2'],
    [['schema', 'TokenGeneration_ClientCredentials', '--version', '1'], 'only for a V3_0 trigger'],
    [['schema', 'all', '--version', '2'], '"all" already prints each of them'],
    [['schema'], 'schema needs a <target>'],
    [['schema', 'pre-signup', 'post-confirmation'], 'got the extra "post-confirmation"'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(message);
  });
});

/**
 * Runtime side of the type tests: the sample events the type tests reason about are accepted by
 * the kit's input schemas, and the values the overlay rejects (`@ts-expect-error` in
 * overlay-vs-types.test-d.ts) are rejected by the schemas too, so types and validation agree.
 */
import { describe, expect, test } from 'vitest';
import {
  CustomSMSSenderTriggerEventSchema,
  DefineAuthChallengeResponseSchema,
  PreTokenGenerationV2ResponseSchema,
  UserMigrationResponseSchema,
  resolveTarget,
} from '../../src/schemas.js';
import type { TokenVersion } from '../../src/schemas.js';
import {
  SAMPLE_EVENTS,
  customEmailForgotPassword,
  preSignUpNoValidation,
  v2ComplexClaimsResponse,
  v2StringClaimsResponse,
} from './samples.js';

function schemaFor(event: { triggerSource: string; version: string }) {
  return resolveTarget(event.triggerSource, { version: Number(event.version) as TokenVersion }).trigger.eventSchema;
}

interface Issue {
  path: PropertyKey[];
  code?: string;
  errors?: Issue[][];
}

function issuePaths(result: { success: boolean; error?: { issues: Issue[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

/** Paths of the leaf issues, looking inside union issues (zod reports a union failure at the union's path). */
function leafPaths(issues: readonly Issue[], prefix: PropertyKey[] = []): string[] {
  return issues.flatMap((i) =>
    i.code === 'invalid_union' && i.errors
      ? i.errors.flatMap((branch) => leafPaths(branch, [...prefix, ...i.path]))
      : [[...prefix, ...i.path].join('.')],
  );
}

describe('sample events of the type tests', () => {
  test.each(Object.entries(SAMPLE_EVENTS))('%s is accepted by its input schema', (_name, event) => {
    const result = schemaFor(event).safeParse(event);
    expect(issuePaths(result)).toEqual([]);
    expect(result.success).toBe(true);
  });

  test('the V2 responses (complex and string claims) are valid handler output', () => {
    expect(PreTokenGenerationV2ResponseSchema.safeParse(v2ComplexClaimsResponse).success).toBe(true);
    expect(PreTokenGenerationV2ResponseSchema.safeParse(v2StringClaimsResponse).success).toBe(true);
  });
});

describe('what the overlay rejects, the schemas reject', () => {
  test('a numeric version (deprecated @types CognitoUserPoolTriggerEvent)', () => {
    const result = schemaFor(preSignUpNoValidation).safeParse({ ...preSignUpNoValidation, version: 1 });
    expect(issuePaths(result)).toEqual(['version']);
  });

  test('a custom sender event with a response key', () => {
    const result = schemaFor(customEmailForgotPassword).safeParse({ ...customEmailForgotPassword, response: {} });
    expect(issuePaths(result)).toEqual(['response']);
  });

  test('a custom SMS sender event whose type is the email literal (Powertools fixture bug)', () => {
    const sms = {
      ...customEmailForgotPassword,
      triggerSource: 'CustomSMSSender_ForgotPassword',
      request: { ...customEmailForgotPassword.request, type: 'customEmailSenderRequestV1' },
    };
    expect(issuePaths(CustomSMSSenderTriggerEventSchema.safeParse(sms))).toEqual(['request.type']);
    const fixed = { ...sms, request: { ...sms.request, type: 'customSMSSenderRequestV1' } };
    expect(CustomSMSSenderTriggerEventSchema.safeParse(fixed).success).toBe(true);
  });

  test('a complex value for one of the four simple ID-token claims', () => {
    const bad = { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { email_verified: true } } } };
    const good = { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { email_verified: 'true' } } } };
    const result = PreTokenGenerationV2ResponseSchema.safeParse(bad);
    expect(result.success).toBe(false);
    // The object branch of the union fails on the claim itself (the other branch is the docs' []).
    expect(leafPaths(result.error?.issues ?? [])).toContain('claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.email_verified');
    expect(PreTokenGenerationV2ResponseSchema.safeParse(good).success).toBe(true);
  });

  test('finalUserStatus other than CONFIRMED | RESET_REQUIRED', () => {
    expect(issuePaths(UserMigrationResponseSchema.safeParse({ userAttributes: {}, finalUserStatus: 'UNCONFIRMED' }))).toEqual([
      'finalUserStatus',
    ]);
    expect(UserMigrationResponseSchema.safeParse({ userAttributes: {}, finalUserStatus: 'RESET_REQUIRED' }).success).toBe(true);
  });

  test('an unknown Define challengeName', () => {
    expect(issuePaths(DefineAuthChallengeResponseSchema.safeParse({ challengeName: 'MAGIC_LINK' }))).toEqual(['challengeName']);
    expect(DefineAuthChallengeResponseSchema.safeParse({ challengeName: 'CUSTOM_CHALLENGE' }).success).toBe(true);
  });
});

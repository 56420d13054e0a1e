/**
 * The JSON Schema export: one draft 2020-12 document per trigger and side, valid against the
 * 2020-12 meta-schema, titled after the zod schema it comes from, and — compiled with ajv — in
 * agreement with the zod schemas on the base samples and on mutations JSON Schema can express.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas, toJsonSchema, type JsonSchemaDocument } from '../../src/validation/json-schema.js';
import { prefilledResponse } from '../../src/validation/prefill.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import { SAMPLE_NAMES, sample, sampleSlug, type SampleName } from './samples.js';
import { mutatedEvent, type Mutation } from './mutate.js';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

const INPUT = allJsonSchemas('input');
const OUTPUT = allJsonSchemas('output');

function compiler() {
  // strict: true makes ajv refuse unknown keywords and ambiguous schemas instead of ignoring them.
  return new Ajv2020({ strict: true, allErrors: true });
}

function compileAll(docs: JsonSchemaDocument[]): Map<string, ValidateFunction> {
  const ajv = compiler();
  for (const d of docs) ajv.addSchema(d);
  return new Map(docs.map((d) => [d.$id as string, ajv.getSchema(d.$id as string) as ValidateFunction]));
}

const idOf = (slug: string, side: 'input' | 'output') => `urn:cognito-trigger-kit:schema:${slug}:${side}`;

describe('allJsonSchemas', () => {
  it.each([
    ['input', INPUT],
    ['output', OUTPUT],
  ] as const)('gives 15 %s documents, one per trigger in registry order', (side, docs) => {
    expect(docs).toHaveLength(15);
    expect(docs.map((d) => d.$id)).toEqual(TRIGGERS.map((t) => idOf(t.slug, side)));
    expect(new Set(docs.map((d) => d.$id)).size).toBe(15);
  });

  it.each(TRIGGERS.map((t, i) => [t.slug, t, i] as const))('titles the %s documents after its schema names', (_slug, t, i) => {
    expect(INPUT[i]?.title).toBe(t.schemaNames.event);
    expect(OUTPUT[i]?.title).toBe(t.schemaNames.response);
    expect(INPUT[i]?.description).toContain(t.docs);
    for (const s of t.sources) expect(INPUT[i]?.description).toContain(s.triggerSource);
  });

  it.each([...INPUT, ...OUTPUT].map((d) => [d.$id as string, d] as const))('%s declares draft 2020-12 and is valid against its meta-schema', (_id, doc) => {
    expect(doc.$schema).toBe(DRAFT_2020_12);
    const ajv = compiler();
    const valid = ajv.validateSchema(doc);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('compiles every document with ajv in strict mode, $ids unique', () => {
    expect(compileAll(INPUT).size).toBe(15);
    expect(compileAll(OUTPUT).size).toBe(15);
  });

  it('resolves a triggerSource target to its trigger document', () => {
    expect(toJsonSchema('TokenGeneration_ClientCredentials', 'input').title).toBe('PreTokenGenerationV3TriggerEventSchema');
    expect(toJsonSchema('TokenGeneration_Authentication', 'output', { version: 2 }).title).toBe('PreTokenGenerationV2ResponseSchema');
    expect(toJsonSchema('verify-auth-challenge-response', 'output').title).toBe('VerifyAuthChallengeResponseResponseSchema');
    expect(toJsonSchema('pre-signup').$id).toBe(idOf('pre-signup', 'input'));
  });
});

describe('ajv agrees with the zod schemas', () => {
  const inputs = compileAll(INPUT);
  const outputs = compileAll(OUTPUT);
  const inputFor = (slug: TriggerSlug) => inputs.get(idOf(slug, 'input')) as ValidateFunction;
  const outputFor = (slug: TriggerSlug) => outputs.get(idOf(slug, 'output')) as ValidateFunction;

  it.each(SAMPLE_NAMES)('the %s sample validates against its input schema', (name) => {
    const validate = inputFor(sampleSlug(name));
    expect(validate(sample(name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(SAMPLE_NAMES.filter((n) => TRIGGERS.find((t) => t.slug === sampleSlug(n))?.synchronous))(
    "the %s sample's response validates against its output schema",
    (name) => {
      const validate = outputFor(sampleSlug(name));
      expect(validate(sample(name).response), JSON.stringify(validate.errors)).toBe(true);
      expect(validate(prefilledResponse(sampleSlug(name)))).toBe(true);
    },
  );

  it('input documents tolerate unknown keys, as Cognito events may gain fields', () => {
    const m: Mutation = { name: 'extra', target: 'post-confirmation', path: 'request.futureField', set: 1, expectPath: null };
    expect(inputFor('post-confirmation')(mutatedEvent(m).event)).toBe(true);
    const top: Mutation = { name: 'extra', target: 'custom-sms-sender', path: 'eventId', set: 'x', expectPath: null };
    expect(inputFor('custom-sms-sender')(mutatedEvent(top).event)).toBe(true);
  });

  /** Mutations JSON Schema can express: rejected by both zod (the mutation suite) and ajv. */
  const REJECTED: Array<{ target: SampleName; path: string; set?: unknown; delete?: true; at: string }> = [
    { target: 'pre-signup', path: 'request.userAttributes.email_verified', set: true, at: '/request/userAttributes/email_verified' },
    { target: 'pre-token-generation-v2', path: 'version', set: '1', at: '/version' },
    { target: 'custom-message', path: 'triggerSource', set: 'CustomEmailSender_SignUp', at: '/triggerSource' },
    { target: 'custom-sms-sender', path: 'request.type', set: 'customEmailSenderRequestV1', at: '/request/type' },
    { target: 'custom-email-sender', path: 'response', set: {}, at: '/response' },
    { target: 'define-auth-challenge', path: 'request.session[0].challengeResult', set: 'true', at: '/request/session/0/challengeResult' },
    { target: 'verify-auth-challenge-response', path: 'request.challengeAnswer', set: 482913, at: '/request/challengeAnswer' },
    { target: 'pre-token-generation', path: 'request.groupConfiguration.preferredRole', set: ['arn:aws:iam::1:role/a'], at: '/request/groupConfiguration/preferredRole' },
    { target: 'inbound-federation', path: 'request.providerType', set: 'Okta', at: '/request/providerType' },
  ];

  it.each(REJECTED.map((r) => [`${r.target}: ${r.path}`, r] as const))('input document rejects %s', (_title, r) => {
    const validate = inputFor(sampleSlug(r.target));
    const { event } = mutatedEvent({ ...r, name: r.path, expectPath: r.path });
    expect(validate(event)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(r.at);
  });

  const RESPONSES: Array<{ slug: TriggerSlug; response: unknown; ok: boolean; why: string }> = [
    { slug: 'pre-signup', response: { autoConfirmUsers: true }, ok: false, why: 'unknown key' },
    { slug: 'pre-signup', response: { autoConfirmUser: true }, ok: true, why: 'boolean flag' },
    { slug: 'verify-auth-challenge-response', response: { answerCorrect: 'true' }, ok: false, why: 'boolean as a string' },
    { slug: 'define-auth-challenge', response: { challengeName: 'CUSTOM', issueTokens: false, failAuthentication: false }, ok: false, why: 'challenge outside the set' },
    { slug: 'pre-token-generation', response: { claimsOverrideDetails: { claimsToAddOrOverride: { tier: 3 } } }, ok: false, why: 'V1 claim a number' },
    { slug: 'pre-token-generation-v2', response: { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { tier: 3 } } } }, ok: true, why: 'V2 claim a number' },
    { slug: 'pre-token-generation-v2', response: { claimsAndScopeOverrideDetails: [] }, ok: true, why: 'the docs [] (UNVERIFIED)' },
    { slug: 'pre-token-generation-v3', response: { claimsAndScopeOverrideDetails: [{}] }, ok: false, why: 'a non-empty array' },
    { slug: 'pre-token-generation-v3', response: { claimsAndScopeOverrideDetails: { accessTokenGeneration: { scopesToAdd: ['a b'] } } }, ok: false, why: 'scope with a space' },
    { slug: 'pre-token-generation-v2', response: { claimsAndScopeOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { email_verified: { v: 1 } } } } }, ok: false, why: 'complex email_verified' },
    { slug: 'user-migration', response: { finalUserStatus: 'UNCONFIRMED' }, ok: false, why: 'finalUserStatus outside the enum' },
    { slug: 'user-migration', response: { desiredDeliveryMediums: ['FAX'] }, ok: false, why: 'medium outside the enum' },
    { slug: 'custom-message', response: { smsMessage: `{####}${'x'.repeat(135)}` }, ok: false, why: 'SMS of 141 characters' },
    // JSON Schema counts string length in code points, as Cognito does (zod's .max would not).
    { slug: 'custom-message', response: { smsMessage: `{####}${'😀'.repeat(134)}` }, ok: true, why: 'SMS of 140 emoji' },
    { slug: 'custom-message', response: { emailSubject: 's'.repeat(141) }, ok: false, why: 'subject of 141 characters' },
    { slug: 'inbound-federation', response: { userAttributesToMap: { age: 42 } }, ok: false, why: 'attribute value a number' },
    { slug: 'custom-email-sender', response: 'anything', ok: true, why: 'the result of an asynchronous trigger is ignored' },
  ];

  it.each(RESPONSES.map((r) => [`${r.slug}: ${r.why} → ${r.ok ? 'accepted' : 'rejected'}`, r] as const))('output document: %s', (_title, r) => {
    expect(outputFor(r.slug)(r.response)).toBe(r.ok);
  });

  // Refinements across fields cannot be expressed by the export (zod emits no if/then for them):
  // the JSON Schema is looser than the zod schema here. These tests pin that documented gap.
  it('does not express the migrate-user password refinement (zod rejects, JSON Schema accepts)', () => {
    const { event } = mutatedEvent({ name: 'no password', target: 'user-migration', path: 'request.password', delete: true, expectPath: 'request.password' });
    expect(inputFor('user-migration')(event)).toBe(true);
  });

  it('does not express the V3 user-source userName refinement (zod rejects, JSON Schema accepts)', () => {
    const { event } = mutatedEvent({ name: 'no userName', target: 'pre-token-generation-v3', path: 'userName', delete: true, expectPath: 'userName' });
    expect(inputFor('pre-token-generation-v3')(event)).toBe(true);
  });
});

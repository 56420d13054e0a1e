import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as builders from '../../src/builders.js';
import { buildEvent, clearBuildCache, DEFAULT_SEED } from '../../src/builders.js';
import { eventArb } from '../../src/arbitraries.js';
import { CognitoContractError, KitUsageError } from '../../src/shared/errors.js';
import { sampleOne } from '../../src/shared/sample.js';
import { TRIGGERS, type TokenVersion, type TriggerSlug, type TriggerSource } from '../../src/triggers/registry.js';
import { validateEvent } from '../../src/validation/validate.js';

const PAIRS = TRIGGERS.flatMap((t) =>
  t.sources.map((s) => ({
    slug: t.slug as TriggerSlug,
    source: s.triggerSource as TriggerSource,
    version: t.triggerName === 'PreTokenGeneration' ? (Number(t.version) as TokenVersion) : undefined,
  })),
);

/** The per-trigger builder of each slug, by the naming rule build<Trigger>Event. */
const SLUG_BUILDERS: Record<TriggerSlug, string> = {
  'pre-signup': 'buildPreSignUpEvent',
  'post-confirmation': 'buildPostConfirmationEvent',
  'pre-authentication': 'buildPreAuthenticationEvent',
  'post-authentication': 'buildPostAuthenticationEvent',
  'define-auth-challenge': 'buildDefineAuthChallengeEvent',
  'create-auth-challenge': 'buildCreateAuthChallengeEvent',
  'verify-auth-challenge-response': 'buildVerifyAuthChallengeResponseEvent',
  'pre-token-generation': 'buildPreTokenGenerationEvent',
  'pre-token-generation-v2': 'buildPreTokenGenerationV2Event',
  'pre-token-generation-v3': 'buildPreTokenGenerationV3Event',
  'user-migration': 'buildUserMigrationEvent',
  'custom-message': 'buildCustomMessageEvent',
  'custom-email-sender': 'buildCustomEmailSenderEvent',
  'custom-sms-sender': 'buildCustomSMSSenderEvent',
  'inbound-federation': 'buildInboundFederationEvent',
};

type AnyBuilder = (overrides?: unknown, options?: { seed?: number; triggerSource?: string; validate?: boolean }) => Record<string, unknown>;
const slugBuilder = (slug: TriggerSlug) => (builders as unknown as Record<string, AnyBuilder>)[SLUG_BUILDERS[slug]]!;

const json = (v: unknown) => JSON.stringify(v);

describe('buildEvent: determinism', () => {
  it.each(PAIRS)('$slug $source: same seed, same bytes; valid; no realism warning', ({ source, version }) => {
    const a = buildEvent(source, undefined, { seed: 123, version });
    clearBuildCache();
    const b = buildEvent(source, undefined, { seed: 123, version });
    expect(json(a)).toBe(json(b));
    expect(a.triggerSource).toBe(source);
    const check = validateEvent(a, { target: source, version, strict: true });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it.each(PAIRS)('$slug $source: is the first unbiased sample of the realistic arbitrary', ({ source, version }) => {
    const expected = sampleOne(eventArb(source, { profile: 'realistic', version }), 99);
    expect(json(buildEvent(source, undefined, { seed: 99, version }))).toBe(json(expected));
  });

  it('different seeds give different events, for every source', () => {
    for (const { source, version } of PAIRS) {
      expect(json(buildEvent(source, undefined, { seed: 1, version })), source).not.toBe(json(buildEvent(source, undefined, { seed: 2, version })));
    }
  });

  it('defaults to seed 42', () => {
    expect(DEFAULT_SEED).toBe(42);
    expect(json(buildEvent('PreSignUp_SignUp'))).toBe(json(buildEvent('PreSignUp_SignUp', undefined, { seed: 42 })));
  });

  it('ignores fast-check global settings', () => {
    const before = json(buildEvent('CustomMessage_SignUp', undefined, { seed: 5 }));
    clearBuildCache();
    fc.configureGlobal({ seed: 1, numRuns: 3, unbiased: true, randomType: 'mersenne' });
    try {
      expect(json(buildEvent('CustomMessage_SignUp', undefined, { seed: 5 }))).toBe(before);
    } finally {
      fc.resetConfigureGlobal();
    }
  });

  it('returns a fresh object each time: changing one built event does not change the next', () => {
    const a = buildEvent('PreSignUp_SignUp', undefined, { seed: 8 });
    const snapshot = json(a);
    (a.request.userAttributes as Record<string, string>).email = 'changed@example.com';
    a.response.autoConfirmUser = true;
    expect(json(buildEvent('PreSignUp_SignUp', undefined, { seed: 8 }))).toBe(snapshot);
    expect(buildEvent('PreSignUp_SignUp', undefined, { seed: 8 })).not.toBe(buildEvent('PreSignUp_SignUp', undefined, { seed: 8 }));
  });

  it('stays deterministic after the memo evicts old entries', () => {
    const first = json(buildEvent('PostAuthentication_Authentication', undefined, { seed: 0 }));
    for (let seed = 1; seed < 600; seed++) buildEvent('PostAuthentication_Authentication', undefined, { seed });
    expect(json(buildEvent('PostAuthentication_Authentication', undefined, { seed: 0 }))).toBe(first);
  });
});

describe('buildEvent: targets and versions', () => {
  it('a slug picks one of its sources with the seed', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) seen.add(buildEvent('custom-message', undefined, { seed }).triggerSource);
    expect(seen.size).toBeGreaterThan(1);
    for (const s of seen) expect(s).toMatch(/^CustomMessage_/);
  });

  it('a slug with a triggerSource override builds that source', () => {
    const e = buildEvent('pre-signup', { triggerSource: 'PreSignUp_AdminCreateUser' }, { seed: 3 });
    expect(json(e)).toBe(json(buildEvent('PreSignUp_AdminCreateUser', undefined, { seed: 3 })));
  });

  it('a triggerSource override that contradicts a source target is a contract error', () => {
    expect(() => buildEvent('PreSignUp_SignUp', { triggerSource: 'PreSignUp_AdminCreateUser' })).toThrow(/expected PreSignUp_SignUp/);
  });

  it('TokenGeneration_* is version 1 by default, 2 or 3 on request; client credentials are 3', () => {
    expect(buildEvent('TokenGeneration_RefreshTokens').version).toBe('1');
    expect(buildEvent('TokenGeneration_RefreshTokens', {}, { version: 2 }).version).toBe('2');
    expect(buildEvent('TokenGeneration_RefreshTokens', {}, { version: 3 }).version).toBe('3');
    expect(buildEvent('TokenGeneration_ClientCredentials').version).toBe('3');
    expect(buildEvent('pre-token-generation-v2').version).toBe('2');
  });

  it.each([
    ['an unknown target', () => buildEvent('PreSignUp_Signup' as never), /did you mean PreSignUp_SignUp/, 'target'],
    ['version 4', () => buildEvent('TokenGeneration_Authentication', undefined, { version: 4 } as never), /options\.version must be 1, 2 or 3/, 'options.version'],
    ['version 2 on a V1-only trigger', () => buildEvent('PreSignUp_SignUp', undefined, { version: 2 } as never), /applies only to pre token generation/, 'options.version'],
    ['version 2 for client credentials', () => buildEvent('TokenGeneration_ClientCredentials', undefined, { version: 2 } as never), /only for a V3_0 trigger/, 'version'],
    ['a fractional seed', () => buildEvent('PreSignUp_SignUp', {}, { seed: 1.5 }), /options\.seed must be an integer/, 'options.seed'],
    ['a seed beyond 32 bits', () => buildEvent('PreSignUp_SignUp', {}, { seed: 2 ** 32 }), /options\.seed must be an integer/, 'options.seed'],
    ['a string seed', () => buildEvent('PreSignUp_SignUp', {}, { seed: '7' as never }), /options\.seed must be an integer/, 'options.seed'],
    ['array overrides', () => buildEvent('PreSignUp_SignUp', [] as never), /overrides must be a plain object/, 'overrides'],
    ['null overrides', () => buildEvent('PreSignUp_SignUp', null as never), /overrides must be a plain object/, 'overrides'],
    ['non-boolean validate', () => buildEvent('PreSignUp_SignUp', {}, { validate: 'no' as never }), /validate must be a boolean/, 'options.validate'],
  ])('throws a KitUsageError for %s', (_name, call, message, path) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KitUsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as KitUsageError).path).toBe(path);
  });
});

describe('buildEvent: overrides', () => {
  const base = () => buildEvent('PreSignUp_SignUp', undefined, { seed: 4 });

  it('merges objects deeply and leaves the rest as generated', () => {
    const e = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'jane@example.com' } } }, { seed: 4 });
    const b = base();
    expect(e.request.userAttributes).toEqual({ ...b.request.userAttributes, email: 'jane@example.com' });
    expect(e.response).toEqual(b.response);
    expect(e.userPoolId).toBe(b.userPoolId);
  });

  it('replaces arrays whole', () => {
    const session = [{ challengeName: 'SRP_A' as const, challengeResult: true, challengeMetadata: null }];
    for (let seed = 0; seed < 10; seed++) {
      const e = buildEvent('DefineAuthChallenge_Authentication', { request: { session } }, { seed });
      expect(e.request.session).toEqual(session);
    }
  });

  it('null is a value and undefined deletes the key', () => {
    const withNull = buildEvent('PreSignUp_SignUp', { request: { validationData: null, clientMetadata: undefined } }, { seed: 4 });
    expect(withNull.request.validationData).toBeNull();
    expect('clientMetadata' in withNull.request).toBe(false);
    const withMap = buildEvent('PreSignUp_SignUp', { request: { clientMetadata: { step: '1' } } }, { seed: 4 });
    expect(withMap.request.clientMetadata).toEqual({ step: '1' });
  });

  it('does not keep references to the override objects', () => {
    const attrs = { email: 'jane@example.com' };
    const e = buildEvent('PreSignUp_SignUp', { request: { userAttributes: attrs } });
    (e.request.userAttributes as Record<string, string>).email = 'other@example.com';
    expect(attrs.email).toBe('jane@example.com');
  });

  it('overrides that break the contract throw a CognitoContractError naming the path', () => {
    let error: unknown;
    try {
      buildEvent('PreSignUp_SignUp', { request: { userAttributes: { 'custom:age': 42 as never } } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CognitoContractError);
    const issues = (error as CognitoContractError).issues;
    expect(issues.map((i) => i.path)).toContainEqual(['request', 'userAttributes', 'custom:age']);
    expect((error as Error).message).toContain('request.userAttributes["custom:age"]');
    expect((error as Error).message).toContain('buildEvent("PreSignUp_SignUp")');
  });

  it('a response that breaks the output contract throws too', () => {
    expect(() => buildEvent('VerifyAuthChallengeResponse_Authentication', { response: { answerCorrect: 'yes' as never } })).toThrow(
      /response\.answerCorrect/,
    );
  });

  it('validate: false builds the broken event as asked', () => {
    const e = buildEvent('PreSignUp_SignUp', { request: { userAttributes: null } }, { validate: false });
    expect(e.request.userAttributes).toBeNull();
    expect(validateEvent(e).ok).toBe(false);
  });

  it('a valid handler answer passes', () => {
    const e = buildEvent('PreSignUp_SignUp', { response: { autoConfirmUser: true, autoVerifyEmail: true } });
    expect(e.response).toEqual({ autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false });
  });
});

describe('per-trigger builders', () => {
  it('the entry point exports exactly one builder per slug, plus buildEvent', () => {
    const names = Object.keys(builders).filter((k) => /^build.*Event$/.test(k)).sort();
    expect(names).toEqual([...Object.values(SLUG_BUILDERS), 'buildEvent'].sort());
  });

  it.each(TRIGGERS.map((t) => t.slug as TriggerSlug))('%s: builds its own sources, deterministically', (slug) => {
    const build = slugBuilder(slug);
    const a = build(undefined, { seed: 17 });
    expect(json(a)).toBe(json(build(undefined, { seed: 17 })));
    const trigger = TRIGGERS.find((t) => t.slug === slug)!;
    expect(trigger.sources.map((s) => s.triggerSource)).toContain(a.triggerSource);
    expect(validateEvent(a, { target: slug }).errors).toEqual([]);
    expect(json(a)).toBe(json(buildEvent(slug, undefined, { seed: 17 })));
  });

  it.each(PAIRS)('$slug: options.triggerSource $source equals buildEvent of that source', ({ slug, source, version }) => {
    const e = slugBuilder(slug)(undefined, { triggerSource: source, seed: 21 });
    expect(json(e)).toBe(json(buildEvent(source, undefined, { seed: 21, version })));
  });

  it('rejects a triggerSource of another trigger', () => {
    expect(() => slugBuilder('pre-signup')(undefined, { triggerSource: 'CustomMessage_SignUp' })).toThrow(KitUsageError);
    expect(() => slugBuilder('pre-token-generation')(undefined, { triggerSource: 'TokenGeneration_ClientCredentials' })).toThrow(
      /not a triggerSource of pre-token-generation/,
    );
  });

  it('apply overrides and validation like buildEvent', () => {
    const e = slugBuilder('custom-message')({ request: { userAttributes: { email: 'jane@example.com' } } }, { triggerSource: 'CustomMessage_ForgotPassword' });
    expect((e.request as { userAttributes: Record<string, string> }).userAttributes.email).toBe('jane@example.com');
    expect(() => slugBuilder('custom-message')({ request: { codeParameter: 7 } })).toThrow(CognitoContractError);
  });
});

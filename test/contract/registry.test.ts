/**
 * The registry against the fact sheet (§2): 15 slugs, 41 triggerSources, who owns which source,
 * and the metadata every trigger must carry, with its @types/aws-lambda names checked against the
 * installed declaration files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  TRIGGERS,
  TRIGGER_SLUGS,
  TRIGGER_SOURCES,
  closestTarget,
  getTrigger,
  isTriggerSlug,
  isTriggerSource,
  resolveTarget,
  type TokenVersion,
} from '../../src/triggers/registry.js';
import { KitUsageError } from '../../src/shared/errors.js';

/** The slugs, exactly as the issue lists them. */
const SLUGS = [
  'pre-signup',
  'post-confirmation',
  'pre-authentication',
  'post-authentication',
  'define-auth-challenge',
  'create-auth-challenge',
  'verify-auth-challenge-response',
  'pre-token-generation',
  'pre-token-generation-v2',
  'pre-token-generation-v3',
  'user-migration',
  'custom-message',
  'custom-email-sender',
  'custom-sms-sender',
  'inbound-federation',
];

const MESSAGE_EVENTS = ['SignUp', 'ResendCode', 'ForgotPassword', 'UpdateUserAttribute', 'VerifyUserAttribute', 'AdminCreateUser', 'Authentication'];
const USER_TOKEN_SOURCES = [
  'TokenGeneration_HostedAuth',
  'TokenGeneration_Authentication',
  'TokenGeneration_NewPasswordChallenge',
  'TokenGeneration_AuthenticateDevice',
  'TokenGeneration_RefreshTokens',
];

/** The triggerSources of the sheet's §2 table, owner slug by owner slug (written out by hand). */
const SHEET_SOURCES: Record<string, string[]> = {
  'pre-signup': ['PreSignUp_SignUp', 'PreSignUp_AdminCreateUser', 'PreSignUp_ExternalProvider'],
  'post-confirmation': ['PostConfirmation_ConfirmSignUp', 'PostConfirmation_ConfirmForgotPassword'],
  'pre-authentication': ['PreAuthentication_Authentication'],
  'post-authentication': ['PostAuthentication_Authentication'],
  'define-auth-challenge': ['DefineAuthChallenge_Authentication'],
  'create-auth-challenge': ['CreateAuthChallenge_Authentication'],
  // DISAGREE (sheet §2): the docs' API table says VerifyAuthChallenge_Authentication, a typo.
  'verify-auth-challenge-response': ['VerifyAuthChallengeResponse_Authentication'],
  'pre-token-generation': USER_TOKEN_SOURCES,
  'pre-token-generation-v2': USER_TOKEN_SOURCES,
  'pre-token-generation-v3': [...USER_TOKEN_SOURCES, 'TokenGeneration_ClientCredentials'],
  'user-migration': ['UserMigration_Authentication', 'UserMigration_ForgotPassword'],
  'custom-message': MESSAGE_EVENTS.map((e) => `CustomMessage_${e}`),
  'custom-email-sender': [...MESSAGE_EVENTS.map((e) => `CustomEmailSender_${e}`), 'CustomEmailSender_AccountTakeOverNotification'],
  'custom-sms-sender': MESSAGE_EVENTS.map((e) => `CustomSMSSender_${e}`),
  'inbound-federation': ['InboundFederation_ExternalProvider'],
};

/** The @types/aws-lambda Cognito declaration files, read as text: `<slug>.d.ts` → contents. */
const TYPES_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@types/aws-lambda/package.json')),
  'trigger',
  'cognito-user-pool-trigger',
);
const TYPES_FILES = new Map(
  readdirSync(TYPES_DIR)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => [f.replace(/\.d\.ts$/, ''), readFileSync(join(TYPES_DIR, f), 'utf8')] as const),
);
const ALL_TYPES = [...TYPES_FILES.values()].join('\n');

/** The text of an exported interface or type declaration, up to the next export; undefined if absent. */
function declaration(text: string, name: string): string | undefined {
  const m = new RegExp(`export (?:interface|type) ${name}\\b`).exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const next = rest.search(/\nexport /);
  return next === -1 ? rest : rest.slice(0, next);
}

describe('slugs and triggerSources', () => {
  it('has the 15 slugs of the issue, in order', () => {
    expect(TRIGGER_SLUGS).toEqual(SLUGS);
    expect(new Set(TRIGGER_SLUGS).size).toBe(15);
  });

  it('has the 41 distinct triggerSources of the sheet §2', () => {
    const sheet = [...new Set(Object.values(SHEET_SOURCES).flat())];
    expect(sheet).toHaveLength(41);
    expect(TRIGGER_SOURCES).toHaveLength(41);
    expect([...TRIGGER_SOURCES].sort()).toEqual(sheet.sort());
  });

  it.each(SLUGS)('%s owns exactly the sources the sheet gives it', (slug) => {
    const t = TRIGGERS.find((x) => x.slug === slug);
    expect(t?.sources.map((s) => s.triggerSource).sort()).toEqual([...(SHEET_SOURCES[slug] ?? [])].sort());
  });

  it('gives every non-TokenGeneration source to exactly one slug', () => {
    for (const source of TRIGGER_SOURCES.filter((s) => !s.startsWith('TokenGeneration_'))) {
      const owners = TRIGGERS.filter((t) => t.sources.some((s) => s.triggerSource === source)).map((t) => t.slug);
      expect(owners, source).toHaveLength(1);
    }
  });

  it('gives the five user TokenGeneration sources to v1, v2 and v3, and ClientCredentials to v3 only', () => {
    for (const source of USER_TOKEN_SOURCES) {
      const owners = TRIGGERS.filter((t) => t.sources.some((s) => s.triggerSource === source)).map((t) => t.slug);
      expect(owners, source).toEqual(['pre-token-generation', 'pre-token-generation-v2', 'pre-token-generation-v3']);
    }
    const cc = TRIGGERS.filter((t) => t.sources.some((s) => s.triggerSource === 'TokenGeneration_ClientCredentials')).map((t) => t.slug);
    expect(cc).toEqual(['pre-token-generation-v3']);
  });

  it('knows neither the docs misspellings nor the sources the sheet calls nonexistent', () => {
    for (const s of ['CustomSmsSender_SignUp', 'VerifyAuthChallenge_Authentication', 'CustomSMSSender_AccountTakeOverNotification', '']) {
      expect(isTriggerSource(s), s).toBe(false);
    }
    expect(isTriggerSource('CustomSMSSender_SignUp')).toBe(true);
    expect(isTriggerSlug('pre-token-generation-v3')).toBe(true);
    expect(isTriggerSlug('PreSignUp_SignUp')).toBe(false);
    expect(isTriggerSlug(3)).toBe(false);
  });
});

describe('trigger metadata', () => {
  const TRIGGER_NAMES: Record<string, string> = {
    'pre-signup': 'PreSignUp',
    'post-confirmation': 'PostConfirmation',
    'pre-authentication': 'PreAuthentication',
    'post-authentication': 'PostAuthentication',
    'define-auth-challenge': 'DefineAuthChallenge',
    'create-auth-challenge': 'CreateAuthChallenge',
    'verify-auth-challenge-response': 'VerifyAuthChallengeResponse',
    'pre-token-generation': 'PreTokenGeneration',
    'pre-token-generation-v2': 'PreTokenGeneration',
    'pre-token-generation-v3': 'PreTokenGeneration',
    'user-migration': 'UserMigration',
    'custom-message': 'CustomMessage',
    'custom-email-sender': 'CustomEmailSender',
    'custom-sms-sender': 'CustomSMSSender',
    'inbound-federation': 'InboundFederation',
  };

  it.each(TRIGGERS.map((t) => [t.slug, t] as const))('%s has complete metadata', (slug, t) => {
    expect(t.triggerName).toBe(TRIGGER_NAMES[slug]);
    expect(t.title.length).toBeGreaterThan(3);
    const version = slug === 'pre-token-generation-v2' ? '2' : slug === 'pre-token-generation-v3' ? '3' : '1';
    expect(t.version).toBe(version);
    expect(t.acceptedVersions).toContain(t.version);
    expect(t.synchronous).toBe(slug !== 'custom-email-sender' && slug !== 'custom-sms-sender');
    expect(t.eventSchema).toBeInstanceOf(z.ZodType);
    expect(t.responseSchema).toBeInstanceOf(z.ZodType);
    expect(t.schemaNames.event).toMatch(/TriggerEventSchema$/);
    expect(t.schemaNames.response).toMatch(/ResponseSchema$/);
    expect(new URL(t.docs).hostname).toBe('docs.aws.amazon.com');
    expect(t.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/cognito\/latest\/developerguide\/user-pool-lambda-[a-z-]+\.html$/);
    for (const s of t.sources) expect(s.firesOn.length, s.triggerSource).toBeGreaterThan(5);
  });

  it('names schemas after the exports of the trigger schema modules', async () => {
    for (const t of TRIGGERS) {
      const mod = (await import(`../../src/triggers/${t.slug}/schema.ts`)) as Record<string, unknown>;
      expect(mod[t.schemaNames.event], `${t.slug} ${t.schemaNames.event}`).toBe(t.eventSchema);
      expect(mod[t.schemaNames.response], `${t.slug} ${t.schemaNames.response}`).toBe(t.responseSchema);
    }
  });

  it('reads the @types/aws-lambda declaration files (the checks below are not vacuous)', () => {
    expect(TYPES_FILES.size).toBeGreaterThanOrEqual(15);
    expect(declaration(ALL_TYPES, 'PreSignUpTriggerEvent')).toBeDefined();
    expect(declaration(ALL_TYPES, 'PreSignUpTriggerEventThatDoesNotExist')).toBeUndefined();
  });

  it.each(TRIGGERS.map((t) => [t.slug, t] as const))('%s names @types types that exist, in the file named after the slug', (slug, t) => {
    const file = TYPES_FILES.get(slug);
    expect(file, `${slug}.d.ts`).toBeDefined();
    expect(declaration(file as string, t.typesName), t.typesName).toBeDefined();
    expect(declaration(file as string, t.typesHandlerName), t.typesHandlerName).toBeDefined();
  });

  it.each(TRIGGERS.flatMap((t) => t.sources.map((s) => [`${t.slug} ${s.triggerSource}`, s.typesName, s.triggerSource] as const)))(
    '%s: its @types type exists and carries that triggerSource',
    (_title, typesName, triggerSource) => {
      const decl = declaration(ALL_TYPES, typesName);
      expect(decl, typesName).toBeDefined();
      expect(decl).toContain(`"${triggerSource}"`);
    },
  );
});

describe('resolveTarget', () => {
  it('resolves a slug to its trigger, with no triggerSource', () => {
    const r = resolveTarget('custom-message');
    expect(r.trigger.slug).toBe('custom-message');
    expect(r.triggerSource).toBeUndefined();
    expect(getTrigger('inbound-federation').triggerName).toBe('InboundFederation');
  });

  it.each([
    ['PreSignUp_AdminCreateUser', 'pre-signup'],
    ['PostConfirmation_ConfirmForgotPassword', 'post-confirmation'],
    ['VerifyAuthChallengeResponse_Authentication', 'verify-auth-challenge-response'],
    ['UserMigration_ForgotPassword', 'user-migration'],
    ['CustomEmailSender_AccountTakeOverNotification', 'custom-email-sender'],
    ['CustomSMSSender_Authentication', 'custom-sms-sender'],
    ['InboundFederation_ExternalProvider', 'inbound-federation'],
  ])('resolves the source %s to %s', (source, slug) => {
    const r = resolveTarget(source);
    expect(r.trigger.slug).toBe(slug);
    expect(r.triggerSource).toBe(source);
  });

  it.each([
    [undefined, 'pre-token-generation'],
    [1, 'pre-token-generation'],
    [2, 'pre-token-generation-v2'],
    [3, 'pre-token-generation-v3'],
    ['2', 'pre-token-generation-v2'],
  ] as const)('resolves a user TokenGeneration source with version %s to %s', (version, slug) => {
    const r = resolveTarget('TokenGeneration_RefreshTokens', { version: version as TokenVersion | undefined });
    expect(r.trigger.slug).toBe(slug);
    expect(r.triggerSource).toBe('TokenGeneration_RefreshTokens');
  });

  it('makes TokenGeneration_ClientCredentials imply version 3', () => {
    expect(resolveTarget('TokenGeneration_ClientCredentials').trigger.slug).toBe('pre-token-generation-v3');
    expect(resolveTarget('TokenGeneration_ClientCredentials', { version: 3 }).trigger.slug).toBe('pre-token-generation-v3');
  });

  it.each([1, 2] as const)('refuses TokenGeneration_ClientCredentials with version %s', (version) => {
    const run = () => resolveTarget('TokenGeneration_ClientCredentials', { version });
    expect(run).toThrow(KitUsageError);
    expect(run).toThrow(/only for a V3_0 trigger/);
  });

  it('refuses a pre-token slug with a different version, and an out-of-range version', () => {
    expect(() => resolveTarget('pre-token-generation-v2', { version: 3 })).toThrow(/use pre-token-generation-v3 for version 3/);
    expect(() => resolveTarget('pre-token-generation-v2', { version: 2 })).not.toThrow();
    expect(() => resolveTarget('pre-signup', { version: 4 as TokenVersion })).toThrow(/version must be 1, 2 or 3/);
  });

  it.each([
    ['CustomSmsSender_SignUp', 'CustomSMSSender_SignUp'],
    ['presignup', 'pre-signup'],
    ['PreSignUp_Signup', 'PreSignUp_SignUp'],
    ['post-authentification', 'post-authentication'],
    ['TokenGeneration_ClientCredential', 'TokenGeneration_ClientCredentials'],
  ])('rejects %s with a KitUsageError suggesting %s', (target, near) => {
    let caught: unknown;
    try {
      resolveTarget(target);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(KitUsageError);
    const err = caught as KitUsageError;
    expect(err.message).toContain(`"${target}" is not a trigger slug or triggerSource`);
    expect(err.message).toContain(`did you mean ${near}?`);
    expect(err.path).toBe('target');
    expect(err.rule).toBe('unknown-target');
  });

  it('offers no suggestion for a name far from every target', () => {
    expect(closestTarget('zzzzzzzzzzzz')).toBeUndefined();
    expect(() => resolveTarget('zzzzzzzzzzzz')).toThrow(/^(?!.*did you mean)/s);
    expect(() => resolveTarget('zzzzzzzzzzzz')).toThrow(KitUsageError);
  });
});

describe('documentation aliases', () => {
  it('points the docs typo VerifyAuthChallenge_Authentication to the real source', () => {
    expect(closestTarget('VerifyAuthChallenge_Authentication')).toBe('VerifyAuthChallengeResponse_Authentication');
    expect(() => resolveTarget('VerifyAuthChallenge_Authentication')).toThrow(/did you mean VerifyAuthChallengeResponse_Authentication\?/);
  });
  it('does not resolve an alias silently: the typo stays an unknown target', () => {
    expect(() => resolveTarget('VerifyAuthChallenge_Authentication')).toThrow(KitUsageError);
  });
});

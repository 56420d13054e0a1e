/**
 * REALISM_RULES against the validator: the ids `realismWarnings` writes are exactly the table's
 * keys, every id is drawn by an event built to break it (and not by the untouched sample), and no
 * id is drawn on an event outside the scope the table (and the docs) give it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { LIMITS } from '../../src/shared/patterns.js';
import { resolveTarget } from '../../src/triggers/registry.js';
import { REALISM_RULES, realismRuleApplies, type RealismRuleId } from '../../src/validation/realism.js';
import { validateEvent } from '../../src/validation/validate.js';
import { sample, SAMPLE_NAMES, type JsonObject, type SampleName } from '../contract/samples.js';

const SUB = '26e2d294-80b1-709e-51e1-27beb70d3cee';
const IDS = Object.keys(REALISM_RULES) as RealismRuleId[];

const isObj = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const req = (e: JsonObject): JsonObject => e.request as JsonObject;
const caller = (e: JsonObject): JsonObject => e.callerContext as JsonObject;

/** Changes `e.request.userAttributes` when the sample has such an object. */
function attrs(e: JsonObject, change: (a: JsonObject) => void): void {
  const a = req(e).userAttributes;
  if (isObj(a)) change(a);
}

/**
 * Per id: the sample that draws it once broken, and the change that breaks it. The changes are
 * also applied to every other sample, to check that the id stays within its scope.
 */
const BREAKS: Record<RealismRuleId, readonly [SampleName, (e: JsonObject) => void]> = {
  'region-format': ['pre-signup', (e) => void (e.region = 'moon-1')],
  'pool-id-format': ['pre-signup', (e) => void (e.userPoolId = 'local_pool')],
  'pool-id-region': ['post-confirmation', (e) => void (e.region = 'us-east-1')],
  'aws-sdk-version': ['pre-authentication', (e) => void delete caller(e).awsSdkVersion],
  'client-id-format': ['post-authentication', (e) => void (caller(e).clientId = 'CLIENT')],
  'missing-sub': ['post-confirmation', (e) => attrs(e, (a) => delete a.sub)],
  'sub-format': ['custom-sms-sender', (e) => attrs(e, (a) => (a.sub = 'user-1'))],
  'missing-user-status': ['pre-token-generation-v2', (e) => attrs(e, (a) => delete a['cognito:user_status'])],
  'user-not-created': ['pre-signup', (e) => attrs(e, (a) => (a.sub = SUB))],
  'attribute-length': ['pre-signup', (e) => attrs(e, (a) => (a.name = 'x'.repeat(LIMITS.attributeValue + 1)))],
  'prefilled-response': ['custom-message', (e) => void (e.response = {})],
  'session-metadata': [
    'define-auth-challenge',
    (e) => void (req(e).session = [{ challengeName: 'SRP_A', challengeResult: true }]),
  ],
  'client-metadata-first-round': [
    'create-auth-challenge',
    (e) => {
      req(e).session = [];
      req(e).clientMetadata = { locale: 'en' };
    },
  ],
  'create-challenge-name': ['create-auth-challenge', (e) => void (req(e).challengeName = 'SRP_A')],
  'validation-data': ['user-migration', (e) => void delete req(e).validationData],
  'client-metadata-pre-auth': ['pre-authentication', (e) => void (req(e).clientMetadata = { locale: 'en' })],
  'version-fields': ['pre-token-generation', (e) => void (req(e).scopes = ['openid'])],
  'migration-password': ['user-migration/forgot-password', (e) => void (req(e).password = 'c0rrect-Horse')],
  'code-parameter': ['custom-message', (e) => void (req(e).codeParameter = '####')],
  'link-parameter': ['custom-message/admin-create-user', (e) => void delete req(e).linkParameter],
  'username-parameter': ['custom-message', (e) => void (req(e).usernameParameter = '{username}')],
  'federated-username': ['inbound-federation', (e) => void (e.userName = 'testuser')],
  'sender-code': ['custom-email-sender', (e) => void (req(e).code = '123456')],
};

function broken(name: SampleName, id: RealismRuleId): JsonObject {
  const event = sample(name);
  BREAKS[id][1](event);
  return event;
}

const realismIds = (event: JsonObject): string[] => validateEvent(event).warnings.map((w) => w.rule);

describe('REALISM_RULES', () => {
  it('holds exactly the ids realismWarnings writes (read from its source)', () => {
    const source = readFileSync(new URL('../../src/validation/realism.ts', import.meta.url), 'utf8');
    const written = new Set([...source.matchAll(/\bwarn\(\s*'([a-z-]+)'/g)].map((m) => m[1]!));
    expect(written.size).toBeGreaterThan(20);
    expect([...written].sort()).toEqual([...IDS].sort());
  });

  it('gives every id a one-line summary and a scope', () => {
    for (const id of IDS) {
      const rule = REALISM_RULES[id];
      expect(rule.summary, id).toMatch(/^\S.*\.$/);
      expect(rule.summary.includes('\n'), id).toBe(false);
      expect(rule.triggers === 'all' || rule.triggers.length > 0, id).toBe(true);
    }
  });

  it('names only slugs and triggerSources of the registry in its scopes', () => {
    for (const id of IDS) {
      const scope = REALISM_RULES[id].triggers;
      if (scope !== 'all') for (const target of scope) expect(() => resolveTarget(target), `${id}: ${target}`).not.toThrow();
    }
  });

  it('is exported from the root entry point, with realismRuleApplies', () => {
    expect(root.REALISM_RULES).toBe(REALISM_RULES);
    expect(root.realismRuleApplies('migration-password', 'user-migration', 'UserMigration_ForgotPassword')).toBe(true);
    expect(root.realismRuleApplies('migration-password', 'user-migration', 'UserMigration_Authentication')).toBe(false);
    expect(root.realismRuleApplies('region-format', 'pre-signup', 'PreSignUp_SignUp')).toBe(true);
    expect(root.realismRuleApplies('sender-code', 'pre-signup', 'PreSignUp_SignUp')).toBe(false);
  });
});

describe('every realism id is drawn by an event that breaks it', () => {
  it.each(IDS)('realism/%s', (id) => {
    const [name] = BREAKS[id];
    expect(realismIds(sample(name)), `untouched ${name}`).not.toContain(`realism/${id}`);
    const event = broken(name, id);
    const r = validateEvent(event);
    expect(r.errors, `${name} broken for ${id} must stay valid`).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.rule)).toContain(`realism/${id}`);
    expect(r.warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(validateEvent(event, { realism: false }).warnings).toEqual([]);
    expect(validateEvent(event, { strict: true }).ok).toBe(false);
  });
});

describe('realism ids stay within their scope', () => {
  // Every break applied to every sample: whatever realism warning comes out must be one of the
  // table's ids and apply to the event's trigger and source.
  const cases = IDS.flatMap((id) => SAMPLE_NAMES.map((name) => [id, name] as const));

  it('draws only table ids, each on an event its scope covers', () => {
    let drawn = 0;
    const outside: string[] = [];
    for (const [id, name] of cases) {
      const event = broken(name, id);
      const r = validateEvent(event);
      for (const w of r.warnings) {
        const rule = w.rule.slice('realism/'.length);
        expect(w.rule.startsWith('realism/') && rule in REALISM_RULES, w.rule).toBe(true);
        drawn++;
        if (!realismRuleApplies(rule as RealismRuleId, r.trigger!, r.triggerSource!)) outside.push(`${w.rule} on ${name} (break ${id})`);
      }
    }
    expect(drawn).toBeGreaterThan(IDS.length);
    expect(outside).toEqual([]);
  });

  it('keeps the scoped checks off the triggers they do not name', () => {
    // Breaks that a loose input schema lets through on other triggers, which the scope gate must ignore.
    const scoped = (['session-metadata', 'client-metadata-pre-auth', 'version-fields', 'migration-password', 'code-parameter', 'sender-code'] as const).map(
      (id) => [id, broken('post-authentication', id)] as const,
    );
    for (const [id, event] of scoped) {
      const r = validateEvent(event);
      expect(r.errors, id).toEqual([]);
      expect(r.warnings.map((w) => w.rule), id).not.toContain(`realism/${id}`);
    }
    const authentication = broken('user-migration', 'migration-password');
    expect(realismIds(authentication)).not.toContain('realism/migration-password');
  });
});

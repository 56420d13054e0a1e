/**
 * Cognito's invariants (sheet §1–§3), as properties of the generated events.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventArb } from '../../src/arbitraries.js';
import {
  AWS_SDK_VERSION,
  CLIENT_ID_NOT_APPLICABLE,
  CLIENT_ID_REAL,
  REGION,
  SUB,
  USERNAME,
  USER_POOL_ID_REAL,
} from '../../src/shared/patterns.js';
import { TRIGGERS } from '../../src/triggers/registry.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RUNS = 300;
const sample = (arb: fc.Arbitrary<unknown>, numRuns = RUNS, seed = 7): Json[] => fc.sample(arb, { numRuns, seed }) as Json[];
const ALL_SOURCES = TRIGGERS.flatMap((t) => t.sources.map((s) => ({ source: s.triggerSource, version: Number(t.version) as 1 | 2 | 3 })));
const realisticEvents = (n: number) => ALL_SOURCES.flatMap(({ source, version }) => sample(eventArb(source, { version, profile: 'realistic' }), n));

describe('envelope', () => {
  const events = realisticEvents(40);

  it('uses real id formats: region, <region>_<9 alnum> pool id, 25–26 char client id, aws-sdk-<platform>-<version>', () => {
    for (const e of events) {
      expect(e.region).toMatch(REGION);
      expect(e.userPoolId).toMatch(USER_POOL_ID_REAL);
      expect(e.userPoolId.startsWith(`${e.region}_`)).toBe(true);
      expect(e.callerContext.awsSdkVersion).toMatch(AWS_SDK_VERSION);
      if (e.callerContext.clientId !== CLIENT_ID_NOT_APPLICABLE) expect(e.callerContext.clientId).toMatch(CLIENT_ID_REAL);
    }
  });

  it('sends CLIENT_ID_NOT_APPLICABLE exactly for the AdminCreateUser sources', () => {
    const admin = new Set(['PreSignUp_AdminCreateUser', 'CustomMessage_AdminCreateUser', 'CustomEmailSender_AdminCreateUser', 'CustomSMSSender_AdminCreateUser']);
    for (const e of events) expect(e.callerContext.clientId === CLIENT_ID_NOT_APPLICABLE).toBe(admin.has(e.triggerSource));
  });

  it('gives every user that exists a sub of 8-4-4-4-12 lowercase hex, in v4 and newer (non-v4) forms', () => {
    const subs = events.map((e) => e.request?.userAttributes?.sub).filter((s): s is string => typeof s === 'string');
    for (const s of subs) expect(s).toMatch(SUB);
    expect(subs.some((s) => s[14] === '4')).toBe(true);
    expect(subs.some((s) => s[14] !== '4')).toBe(true);
  });

  it('keeps userName within the API username pattern (1–128 letters, marks, symbols, numbers, punctuation)', () => {
    const all = ALL_SOURCES.flatMap(({ source, version }) => sample(eventArb(source, { version }), 40));
    for (const e of all) if (typeof e.userName === 'string') expect(e.userName).toMatch(USERNAME);
  });

  it('reaches the 128-character username boundary in adversarial events', () => {
    const names = sample(eventArb('pre-signup', { profile: 'adversarial' }), 2000).map((e) => [...(e.userName as string)].length);
    expect(Math.max(...names)).toBe(128);
  });
});

describe('users', () => {
  it('equal userName and sub when the pool uses email or phone as the username attribute, and only then look like a sub', () => {
    const events = sample(eventArb('post-confirmation', { profile: 'realistic', federated: false }), 600);
    const subNamed = events.filter((e) => SUB.test(e.userName));
    expect(subNamed.length).toBeGreaterThan(50);
    for (const e of subNamed) {
      expect(e.userName).toBe(e.request.userAttributes.sub);
      expect(e.request.userAttributes.email ?? e.request.userAttributes.phone_number).toBeDefined();
    }
  });

  it('federated users: <Provider>_<id> userName, EXTERNAL_PROVIDER, identities JSON string, group <poolId>_<Provider>', () => {
    for (const profile of ['realistic', 'adversarial'] as const) {
      const events = sample(eventArb('TokenGeneration_HostedAuth', { federated: true, profile }), 400);
      for (const e of events) {
        const attrs = e.request.userAttributes;
        if (profile === 'adversarial' && attrs.identities === undefined) continue; // an adversarial {} attribute map
        expect(attrs['cognito:user_status']).toBe('EXTERNAL_PROVIDER');
        const identities = JSON.parse(attrs.identities) as Json[];
        expect(identities).toHaveLength(1);
        const id = identities[0]!;
        expect(typeof id.primary).toBe('boolean');
        expect(typeof id.dateCreated).toBe('number');
        expect(id.issuer === null || typeof id.issuer === 'string').toBe(true);
        expect(e.userName.toLowerCase()).toBe(`${id.providerName}_${id.userId}`.toLowerCase());
        expect(e.request.groupConfiguration.groupsToOverride?.[0] ?? `${e.userPoolId}_${id.providerName}`).toBe(`${e.userPoolId}_${id.providerName}`);
        expect(e.callerContext.awsSdkVersion).toBe('aws-sdk-unknown-unknown');
      }
    }
  });

  it('pre sign-up users have no sub and no cognito:user_status yet, in every profile', () => {
    for (const e of sample(eventArb('pre-signup'), 1000)) {
      expect(e.request.userAttributes.sub).toBeUndefined();
      expect(e.request.userAttributes['cognito:user_status']).toBeUndefined();
    }
  });

  it('a user not found has {} attributes', () => {
    for (const target of ['pre-authentication', 'define-auth-challenge', 'create-auth-challenge', 'verify-auth-challenge-response'] as const) {
      for (const e of sample(eventArb(target, { userNotFound: true }), 100)) {
        expect(e.request.userNotFound).toBe(true);
        expect(e.request.userAttributes).toEqual({});
      }
    }
  });

  it('message and sender events carry the contact they go to', () => {
    for (const e of sample(eventArb('custom-email-sender'), 500)) expect(typeof e.request.userAttributes.email).toBe('string');
    for (const e of sample(eventArb('custom-sms-sender'), 500)) expect(typeof e.request.userAttributes.phone_number).toBe('string');
  });
});

describe('pre sign-up, pre authentication, migrate user', () => {
  it('validationData: null or a map for SignUp/AdminCreateUser, {} for ExternalProvider (realistic)', () => {
    for (const e of sample(eventArb('pre-signup', { profile: 'realistic' }), 600)) {
      const v = e.request.validationData;
      if (e.triggerSource === 'PreSignUp_ExternalProvider') expect(v).toEqual({});
      else expect(v === null || Object.keys(v).length > 0).toBe(true);
    }
  });

  it('pre authentication: validationData {} or a map, no clientMetadata (realistic)', () => {
    for (const e of sample(eventArb('pre-authentication', { profile: 'realistic' }), 500)) {
      expect(e.request.validationData).toBeTypeOf('object');
      expect(e.request.validationData).not.toBeNull();
      expect('clientMetadata' in e.request).toBe(false);
    }
  });

  it('migrate user: a password only for _Authentication, userAttributes null, validationData null or a map (realistic)', () => {
    for (const e of sample(eventArb('user-migration', { profile: 'realistic' }), 500)) {
      expect(typeof e.request.password === 'string').toBe(e.triggerSource === 'UserMigration_Authentication');
      expect(e.request.userAttributes).toBeNull();
      expect(e.request.validationData === null || Object.keys(e.request.validationData).length > 0).toBe(true);
    }
    for (const e of sample(eventArb('UserMigration_ForgotPassword'), 300)) expect('password' in e.request).toBe(false);
  });
});

describe('custom authentication', () => {
  const sessions = (['define-auth-challenge', 'create-auth-challenge'] as const).flatMap((slug) => sample(eventArb(slug), 1500));

  it('sessions run in Cognito order: SRP_A first, then PASSWORD_VERIFIER, built-in steps before custom rounds', () => {
    let srp = 0;
    for (const e of sessions) {
      const names: string[] = e.request.session.map((s: Json) => s.challengeName);
      if (names[0] === 'SRP_A') {
        srp++;
        if (names.length > 1) expect(names[1]).toBe('PASSWORD_VERIFIER');
      }
      expect(names.indexOf('SRP_A')).toBeLessThanOrEqual(0);
      const firstCustom = names.indexOf('CUSTOM_CHALLENGE');
      if (firstCustom >= 0) expect(names.slice(firstCustom).every((n) => n === 'CUSTOM_CHALLENGE')).toBe(true);
    }
    expect(srp).toBeGreaterThan(0);
  });

  it('challengeMetadata is null on every non-custom entry', () => {
    for (const e of sessions) for (const s of e.request.session) if (s.challengeName !== 'CUSTOM_CHALLENGE') expect(s.challengeMetadata).toBeNull();
  });

  it('the first round (session [] or [SRP_A]) never carries clientMetadata', () => {
    let first = 0;
    for (const e of sessions) {
      const names = e.request.session.map((s: Json) => s.challengeName);
      if (names.length === 0 || (names.length === 1 && names[0] === 'SRP_A')) {
        first++;
        expect(e.request.clientMetadata ?? null).toBeNull();
      }
    }
    expect(first).toBeGreaterThan(100);
  });

  it('Create is asked for CUSTOM_CHALLENGE', () => {
    for (const e of sample(eventArb('create-auth-challenge'), 300)) expect(e.request.challengeName).toBe('CUSTOM_CHALLENGE');
  });

  it('Verify: privateChallengeParameters as a Create output, a string answer that is right or wrong', () => {
    let right = 0;
    let wrong = 0;
    for (const e of sample(eventArb('verify-auth-challenge-response', { profile: 'realistic' }), 500)) {
      expect(typeof e.request.challengeAnswer).toBe('string');
      const params = e.request.privateChallengeParameters as Record<string, string>;
      expect(Object.keys(params).length).toBeGreaterThan(0);
      for (const v of Object.values(params)) expect(typeof v).toBe('string');
      if (Object.values(params).includes(e.request.challengeAnswer) || e.request.challengeAnswer === '__dummy__') right++;
      else wrong++;
    }
    expect(right).toBeGreaterThan(100);
    expect(wrong).toBeGreaterThan(100);
  });
});

describe('pre token generation', () => {
  it('version "1" without scopes, "2" and "3" with scopes per flow', () => {
    for (const e of sample(eventArb('pre-token-generation', { profile: 'realistic' }), 300)) {
      expect(e.version).toBe('1');
      expect('scopes' in e.request).toBe(false);
    }
    for (const version of [2, 3] as const) {
      for (const e of sample(eventArb(`pre-token-generation-v${version}`, { profile: 'realistic' }), 600)) {
        expect(e.version).toBe(String(version));
        const scopes: string[] = e.request.scopes;
        switch (e.triggerSource) {
          case 'TokenGeneration_HostedAuth':
            expect(scopes).toContain('openid');
            break;
          case 'TokenGeneration_ClientCredentials':
            expect(scopes.length).toBeGreaterThan(0);
            for (const s of scopes) expect(s).toMatch(/^[^/\s]+(\/\/[^/\s]+)?\/[^/\s]+$/);
            break;
          case 'TokenGeneration_RefreshTokens':
            expect(scopes.length).toBeGreaterThan(0);
            break;
          default:
            expect(scopes).toEqual(['aws.cognito.signin.user.admin']);
        }
      }
    }
  });

  it('client credentials (V3): userAttributes {}, an empty groupConfiguration (realistic)', () => {
    for (const e of sample(eventArb('TokenGeneration_ClientCredentials', { profile: 'realistic' }), 200)) {
      expect(e.version).toBe('3');
      expect(e.request.userAttributes).toEqual({});
      expect(e.request.groupConfiguration).toEqual({ groupsToOverride: [], iamRolesToOverride: [], preferredRole: null });
    }
  });

  it('groupConfiguration: preferredRole is one of the roles, or null without roles', () => {
    for (const e of sample(eventArb('pre-token-generation', { profile: 'realistic' }), 500)) {
      const g = e.request.groupConfiguration;
      if (g.iamRolesToOverride.length === 0) expect(g.preferredRole).toBeNull();
      else expect(g.iamRolesToOverride).toContain(g.preferredRole);
    }
  });
});

describe('messages and senders', () => {
  it('custom message placeholders: {####}, {##Click Here##}, {username} only for AdminCreateUser', () => {
    for (const e of sample(eventArb('custom-message'), 700)) {
      expect(e.request.codeParameter).toBe('{####}');
      expect(e.request.linkParameter).toBe('{##Click Here##}');
      expect(e.request.usernameParameter).toBe(e.triggerSource === 'CustomMessage_AdminCreateUser' ? '{username}' : null);
    }
  });

  it('custom senders: type, base64 AYADe… ciphertext code, no response key', () => {
    for (const [slug, type] of [
      ['custom-email-sender', 'customEmailSenderRequestV1'],
      ['custom-sms-sender', 'customSMSSenderRequestV1'],
    ] as const) {
      for (const e of sample(eventArb(slug), 500)) {
        expect(e.request.type).toBe(type);
        expect('response' in e).toBe(false);
        if (e.triggerSource === 'CustomEmailSender_AccountTakeOverNotification') {
          expect(e.request.code ?? null).toBeNull();
          continue;
        }
        expect(e.request.code).toMatch(/^AYADe[A-Za-z0-9+/]+={0,2}$/);
        const bytes = Buffer.from(e.request.code, 'base64');
        expect([...bytes.subarray(0, 4)]).toEqual([0x01, 0x80, 0x03, 0x78]);
        expect(bytes.includes(Buffer.from('aws-crypto-public-key'))).toBe(true);
      }
    }
  });

  it('clientMetadata of the email sender: a map only for SignUp, ForgotPassword and Authentication, never for account takeover', () => {
    const allowed = new Set(['CustomEmailSender_SignUp', 'CustomEmailSender_ForgotPassword', 'CustomEmailSender_Authentication']);
    let maps = 0;
    for (const e of sample(eventArb('custom-email-sender'), 1500)) {
      const m = e.request.clientMetadata;
      if (m !== null && m !== undefined && Object.keys(m).length > 0) {
        maps++;
        expect(allowed.has(e.triggerSource)).toBe(true);
      }
    }
    expect(maps).toBeGreaterThan(50);
  });
});

describe('inbound federation', () => {
  it('userName is <providerName>_<id>; OIDC and social send tokens, SAML a samlResponse; every value a string', () => {
    for (const e of sample(eventArb('inbound-federation'), 600)) {
      expect(e.userName.startsWith(`${e.request.providerName}_`)).toBe(true);
      const a = e.request.attributes;
      if (e.request.providerType === 'SAML') expect(Object.keys(a)).toEqual(['samlResponse']);
      else {
        expect(a.samlResponse).toBeUndefined();
        expect(a.idToken).toBeDefined();
      }
      for (const group of Object.values(a) as Json[]) for (const v of Object.values(group)) expect(typeof v).toBe('string');
      expect(e.request.userAttributes).toBeUndefined();
      expect(e.request.clientMetadata).toBeUndefined();
    }
  });
});

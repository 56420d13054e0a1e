/**
 * The generation atoms in src/shared/gen: each one's format and its constraints.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWS_SDK_VERSIONS,
  adversarialStringArb,
  awsSdkVersionArb,
  challengeSessionArb,
  clientIdArb,
  customChallengeArb,
  federatedIdentityArb,
  isFirstRound,
  metadataArb,
  regionArb,
  scopesArb,
  senderCodeArb,
  subArb,
  userArb,
  userAttributesArb,
  userPoolIdArb,
} from '../../src/arbitraries.js';
import { AWS_SDK_VERSION, CLIENT_ID_NOT_APPLICABLE, CLIENT_ID_REAL, REGION, SCOPE, SUB, USERNAME, USER_POOL_ID_REAL, codePointLength } from '../../src/shared/patterns.js';
import { SeededRandom } from '../../src/shared/gen/random.js';

const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 500): T[] => fc.sample(arb, { numRuns, seed: 31 });

describe('ids', () => {
  it('regionArb: region codes, GovCloud only when allowed', () => {
    const all = sample(regionArb(), 2000);
    for (const r of all) expect(r).toMatch(REGION);
    expect(all.some((r) => r.startsWith('us-gov-'))).toBe(true);
    expect(sample(regionArb({ withGovCloud: false }), 2000).some((r) => r.startsWith('us-gov-'))).toBe(false);
  });

  it('userPoolIdArb: <region>_<9 alphanumerics>, in the region asked for', () => {
    for (const id of sample(userPoolIdArb())) expect(id).toMatch(USER_POOL_ID_REAL);
    for (const id of sample(userPoolIdArb({ region: 'eu-west-1' }))) expect(id).toMatch(/^eu-west-1_[0-9A-Za-z]{9}$/);
  });

  it('clientIdArb: 25–26 of [a-z0-9], CLIENT_ID_NOT_APPLICABLE only when asked', () => {
    const ids = sample(clientIdArb(), 1000);
    for (const id of ids) expect(id).toMatch(CLIENT_ID_REAL);
    expect(new Set(ids.map((i) => i.length))).toEqual(new Set([25, 26]));
    expect(sample(clientIdArb({ withNotApplicable: true }))).toContain(CLIENT_ID_NOT_APPLICABLE);
  });

  it('subArb: 8-4-4-4-12 lowercase hex; v4 has version 4 and the RFC variant, v7 version 7', () => {
    for (const s of sample(subArb({ forms: ['v4'] }))) expect(s).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const v7 = sample(subArb({ forms: ['v7'] }));
    for (const s of v7) expect(s).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(v7.some((s) => !/[89ab]/.test(s[19]!))).toBe(true);
    for (const s of sample(subArb({ forms: ['hex'] }))) expect(s).toMatch(SUB);
  });

  it('awsSdkVersionArb: the observed values, mostly aws-sdk-unknown-unknown', () => {
    const values = sample(awsSdkVersionArb(), 1000);
    for (const v of values) expect(v).toMatch(AWS_SDK_VERSION);
    expect(new Set(values)).toEqual(new Set(AWS_SDK_VERSIONS));
    expect(values.filter((v) => v === 'aws-sdk-unknown-unknown').length).toBeGreaterThan(500);
    expect(new Set(sample(awsSdkVersionArb({ unknownOnly: true })))).toEqual(new Set(['aws-sdk-unknown-unknown']));
  });

  it('senderCodeArb: base64 ciphertext with the Encryption SDK header and a KMS key ARN in the region', () => {
    for (const code of sample(senderCodeArb({ region: 'eu-central-1' }), 200)) {
      expect(code).toMatch(/^AYADe[A-Za-z0-9+/]+={0,2}$/);
      const bytes = Buffer.from(code, 'base64');
      expect(bytes.toString('base64')).toBe(code);
      expect(bytes.toString('latin1')).toMatch(/arn:aws:kms:eu-central-1:\d{12}:key\/[0-9a-f-]{36}/);
    }
  });
});

describe('adversarialStringArb', () => {
  it('values: at most 2,048 characters, reaching the boundary, with unicode and tricky literals', () => {
    const values = sample(adversarialStringArb(), 5000);
    const lengths = values.map(codePointLength);
    expect(Math.max(...lengths)).toBe(2048);
    expect(values).toContain('');
    expect(values.some((v) => /\p{Extended_Pictographic}/u.test(v))).toBe(true);
    expect(values.some((v) => /[\u0590-\u06ff]/.test(v))).toBe(true);
    expect(values.some((v) => /\p{M}/u.test(v))).toBe(true);
  });

  it('usernames: the API pattern, 1–128 characters, reaching 128', () => {
    const names = sample(adversarialStringArb({ kind: 'username' }), 5000);
    for (const n of names) expect(n).toMatch(USERNAME);
    expect(Math.max(...names.map(codePointLength))).toBe(128);
  });

  it('maxLength lowers the limit', () => {
    for (const v of sample(adversarialStringArb({ maxLength: 10 }), 1000)) expect(codePointLength(v)).toBeLessThanOrEqual(10);
  });
});

describe('metadataArb', () => {
  it('draws exactly the forms asked for', () => {
    const kinds = (forms: Parameters<typeof metadataArb>[0]) =>
      new Set(sample(metadataArb(forms)).map((v) => (v === undefined ? 'absent' : v === null ? 'null' : Object.keys(v).length === 0 ? 'empty' : 'map')));
    expect(kinds({})).toEqual(new Set(['absent', 'null', 'empty', 'map']));
    expect(kinds({ forms: ['null', 'map'], profile: 'realistic' })).toEqual(new Set(['null', 'map']));
    expect(kinds({ forms: ['absent'] })).toEqual(new Set(['absent']));
  });

  it('realistic SDK validation data holds the cognito:* device keys the iOS SDK sends', () => {
    const maps = sample(metadataArb({ forms: ['map'], profile: 'realistic', flavour: 'sdk-validation-data' })) as Record<string, string>[];
    expect(maps.some((m) => m['cognito:systemName'] === 'iOS')).toBe(true);
  });
});

describe('challengeSessionArb', () => {
  it('stays within the length range and keeps Cognito order', () => {
    for (const s of sample(challengeSessionArb({ minLength: 2, maxLength: 5 }), 1000)) {
      expect(s.length).toBeGreaterThanOrEqual(2);
      expect(s.length).toBeLessThanOrEqual(5);
      for (const e of s) if (e.challengeName !== 'CUSTOM_CHALLENGE') expect(e.challengeMetadata).toBeNull();
    }
  });

  it('withFirstRound: false never yields [] or [SRP_A]', () => {
    const sessions = sample(challengeSessionArb({ withFirstRound: false, maxLength: 2 }), 1000);
    for (const s of sessions) expect(isFirstRound(s)).toBe(false);
    expect(sample(challengeSessionArb({ maxLength: 2 }), 1000).some(isFirstRound)).toBe(true);
  });

  it('adversarial sessions reach long lengths', () => {
    expect(Math.max(...sample(challengeSessionArb({ profile: 'adversarial' }), 1000).map((s) => s.length))).toBeGreaterThanOrEqual(35);
  });
});

describe('customChallengeArb', () => {
  it('realistic challenges hold string maps and an answer that passes', () => {
    for (const c of sample(customChallengeArb({ profile: 'realistic' }))) {
      expect(c.privateChallengeParameters).not.toBeNull();
      for (const v of Object.values({ ...c.publicChallengeParameters, ...c.privateChallengeParameters })) expect(typeof v).toBe('string');
      expect(c.correctAnswer === '__dummy__' || Object.values(c.privateChallengeParameters!).includes(c.correctAnswer)).toBe(true);
    }
  });
});

describe('scopesArb', () => {
  it('API sign-ins get aws.cognito.signin.user.admin only; managed login starts with openid; scopes match ScopeType', () => {
    expect(new Set(sample(scopesArb({ triggerSource: 'TokenGeneration_Authentication' })).map((s) => s.join(' ')))).toEqual(
      new Set(['aws.cognito.signin.user.admin']),
    );
    for (const s of sample(scopesArb())) {
      expect(s[0]).toBe('openid');
      for (const scope of s) expect(scope).toMatch(SCOPE);
    }
  });
});

describe('userArb and userAttributesArb', () => {
  it('sub-named users equal their sub; federated users follow <Provider>_<id>', () => {
    for (const u of sample(userArb(), 1000)) {
      if (u.usernameKind === 'sub') expect(u.userName).toBe(u.sub);
      if (u.usernameKind === 'federated') {
        expect(u.identity).toBeDefined();
        expect(u.userName).toBe(`${u.identity!.usernamePrefix}_${u.identity!.userId}`);
        expect(u.groups[0]).toBe(`${u.userPoolId}_${u.identity!.providerName}`);
      }
      expect(u.userPoolId.startsWith(`${u.region}_`)).toBe(true);
    }
  });

  it('a fixed pool id is kept', () => {
    for (const u of sample(userArb({ userPoolId: 'ap-south-1_6WrPu5wo5' }), 50)) {
      expect(u.userPoolId).toBe('ap-south-1_6WrPu5wo5');
      expect(u.region).toBe('ap-south-1');
    }
  });

  it('statuses and stages are honoured', () => {
    for (const u of sample(userArb({ federated: false, statuses: ['FORCE_CHANGE_PASSWORD'] }), 200)) {
      if (Object.keys(u.attributes).length > 0) expect(u.attributes['cognito:user_status']).toBe('FORCE_CHANGE_PASSWORD');
    }
    for (const u of sample(userArb({ stage: 'not-found' }), 200)) {
      expect(u.attributes).toEqual({});
      expect(u.sub).toBeUndefined();
    }
  });

  it('realistic names and emails agree; attribute counts stay in range', () => {
    for (const a of sample(userAttributesArb({ profile: 'realistic', minAttributes: 4, maxAttributes: 4 }))) {
      const slots = Object.keys(a).filter((k) => !k.endsWith('_verified'));
      expect(slots).toHaveLength(4);
      if (a.email && a.given_name && a.family_name && !/'/.test(a.given_name + a.family_name)) {
        expect(a.email.startsWith(`${a.given_name.toLowerCase()}.${a.family_name.toLowerCase()}`)).toBe(true);
      }
    }
    for (const a of sample(userAttributesArb({ profile: 'adversarial', minAttributes: 2, maxAttributes: 3 }))) {
      expect(Object.keys(a).length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(a).length).toBeLessThanOrEqual(3);
    }
  });

  it('adversarial attributes include keys that look like reserved claims', () => {
    const keys = sample(userAttributesArb({ profile: 'adversarial' }), 1000).flatMap((a) => Object.keys(a));
    expect(keys).toContain('custom:sub');
    expect(keys.some((k) => k.startsWith('custom:') && /[^\x20-\x7e]/.test(k))).toBe(true);
  });

  it('federatedIdentityArb: ids in each provider format', () => {
    for (const i of sample(federatedIdentityArb({ providerTypes: ['Google'], profile: 'realistic' }), 100)) {
      expect(i.userId).toMatch(/^\d{21}$/);
      expect(i.issuer).toBeNull();
    }
    for (const i of sample(federatedIdentityArb({ providerTypes: ['SAML'], profile: 'realistic' }), 100)) expect(typeof i.issuer).toBe('string');
  });
});

describe('SeededRandom', () => {
  it('replays a sequence from its seed and spreads neighbouring seeds apart', () => {
    const seq = (seed: number) => {
      const r = new SeededRandom(seed);
      return Array.from({ length: 8 }, () => r.int(1000));
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
    const r = new SeededRandom(3);
    const draws = Array.from({ length: 10_000 }, () => r.next());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

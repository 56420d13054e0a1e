/**
 * One violating and one passing case (or more) for every rule id in the catalog. `rules.test.ts`
 * fails when a catalog id has no entry here, so a new rule cannot land without both cases.
 */
import type { PathSegment } from '../../src/shared/issues.js';
import type { CheckOptions } from '../../src/rules/types.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import {
  answer,
  clientCredentials,
  createAuthChallenge,
  customMessage,
  defineAuthChallenge,
  inboundFederation,
  postAuthentication,
  postConfirmation,
  preAuthentication,
  preSignUp,
  preToken,
  userMigration,
  verifyAuthChallenge,
  type Json,
} from './support.js';

export interface Violation {
  /** What the case shows. */
  name: string;
  event: Json;
  output: unknown;
  path: PathSegment[];
  options?: CheckOptions;
}

export interface Pass {
  name: string;
  event: Json;
  output: unknown;
  options?: CheckOptions;
}

export interface RuleCases {
  bad: Violation[];
  good: Pass[];
}

/** A base event and a clean response per synchronous slug. */
export const BASES: Partial<Record<TriggerSlug, { event: () => Json; clean: Json }>> = {
  'pre-signup': { event: () => preSignUp(), clean: { autoConfirmUser: true, autoVerifyEmail: true, autoVerifyPhone: false } },
  'post-confirmation': { event: postConfirmation, clean: {} },
  'pre-authentication': { event: preAuthentication, clean: {} },
  'post-authentication': { event: postAuthentication, clean: {} },
  'define-auth-challenge': { event: defineAuthChallenge, clean: { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false } },
  'create-auth-challenge': {
    event: () => createAuthChallenge(),
    clean: { publicChallengeParameters: { question: '2 + 3?' }, privateChallengeParameters: { answer: '5' }, challengeMetadata: 'MATH' },
  },
  'verify-auth-challenge-response': { event: verifyAuthChallenge, clean: { answerCorrect: true } },
  'pre-token-generation': { event: () => preToken(1), clean: { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' }, claimsToSuppress: ['email'] } } },
  'pre-token-generation-v2': {
    event: () => preToken(2),
    clean: {
      claimsAndScopeOverrideDetails: {
        idTokenGeneration: { claimsToAddOrOverride: { plan: 'pro', email_verified: 'true' } },
        accessTokenGeneration: { claimsToAddOrOverride: { tier: 3, aud: '3vhuvd93e78a25rbpu1voha2ik' }, scopesToAdd: ['api/read'] },
      },
    },
  },
  'pre-token-generation-v3': {
    event: () => preToken(3),
    clean: { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { tenant: { id: 7 } }, scopesToSuppress: ['phone'] } } },
  },
  'user-migration': {
    event: () => userMigration(),
    clean: { userAttributes: { email: 'jane@example.com', email_verified: 'true' }, finalUserStatus: 'CONFIRMED', messageAction: 'SUPPRESS' },
  },
  'custom-message': { event: () => customMessage(), clean: { smsMessage: 'Your code is {####}', emailMessage: null, emailSubject: null } },
  'inbound-federation': { event: () => inboundFederation(), clean: { userAttributesToMap: {} } },
};

const base = (slug: TriggerSlug) => BASES[slug]!;
const ok = (slug: TriggerSlug, name = 'the event with a clean response'): Pass => ({ name, event: base(slug).event(), output: answer(base(slug).event(), base(slug).clean) });
const bad = (slug: TriggerSlug, name: string, response: unknown, path: PathSegment[], options?: CheckOptions, event = base(slug).event()): Violation => ({
  name,
  event,
  output: answer(event, response),
  path,
  ...(options ? { options } : {}),
});

class Wrapper {
  constructor(values: Json) {
    Object.assign(this, values);
  }
}

/** A handler that fills `event.response` and returns the same object: event and output are one. */
function mutatedInPlace(make: () => Json, clean: Json): Pass {
  const event = make();
  return { name: 'the same event object mutated in place', event, output: Object.assign(event, { response: clean }) };
}

/** The shared output rules, for one slug. */
function outputCases(slug: TriggerSlug): Record<string, RuleCases> {
  const { event: make, clean } = base(slug);
  const e = make();
  const cyclic: Json = answer(e, clean);
  cyclic.self = cyclic;
  return {
    [`${slug}/output-not-json`]: {
      bad: [
        { name: 'undefined (a missing return)', event: e, output: undefined, path: [] },
        { name: 'a cycle', event: e, output: cyclic, path: [] },
        { name: 'a BigInt', event: e, output: answer(e, { ...clean, n: BigInt(1) }), path: [] },
      ],
      good: [ok(slug)],
    },
    [`${slug}/output-not-event`]: {
      bad: [
        { name: 'the bare response', event: e, output: { ...clean, extra: true }, path: ['response'] },
        { name: 'null', event: e, output: null, path: [] },
        { name: 'a string', event: e, output: 'ok', path: [] },
        { name: 'response null', event: e, output: answer(e, null), path: ['response'] },
        { name: 'response an array', event: e, output: answer(e, []), path: ['response'] },
        { name: 'a promise not awaited', event: e, output: Promise.resolve(answer(e, clean)), path: [] },
      ],
      good: [ok(slug)],
    },
    [`${slug}/output-changed-by-json`]: {
      bad: [
        { name: 'an object with toJSON', event: e, output: { ...answer(e, clean), region: { toJSON: () => e.region } }, path: ['region'] },
        { name: 'a class instance', event: e, output: { ...answer(e, clean), callerContext: new Wrapper(e.callerContext as Json) }, path: ['callerContext'] },
      ],
      good: [ok(slug), { name: 'an undefined property (simply absent)', event: e, output: { ...answer(e, clean), unused: undefined }, }],
    },
    [`${slug}/trigger-source-changed`]: {
      bad: [{ name: 'another source', event: e, output: { ...answer(e, clean), triggerSource: 'PreSignUp_ExternalProvider_X' }, path: ['triggerSource'] }],
      good: [ok(slug)],
    },
    [`${slug}/event-changed`]: {
      bad: [
        { name: 'userName changed', event: e, output: { ...answer(e, clean), userName: 'someone-else' }, path: ['userName'] },
        { name: 'an attribute added to the request', event: e, output: { ...answer(e, clean), request: { ...(e.request as Json), note: 'x' } }, path: ['request', 'note'] },
      ],
      good: [ok(slug), mutatedInPlace(make, clean)],
    },
  };
}

/** The claim and group rules of one pre token slug. */
function preTokenCases(slug: 'pre-token-generation' | 'pre-token-generation-v2' | 'pre-token-generation-v3'): Record<string, RuleCases> {
  const v1 = slug === 'pre-token-generation';
  const key = v1 ? 'claimsOverrideDetails' : 'claimsAndScopeOverrideDetails';
  const version = v1 ? 1 : slug === 'pre-token-generation-v2' ? 2 : 3;
  const id = (section: Json): Json => (v1 ? { [key]: section } : { [key]: { idTokenGeneration: section } });
  const idBase: PathSegment[] = v1 ? ['response', key] : ['response', key, 'idTokenGeneration'];
  const access = (section: Json): Json => ({ [key]: { accessTokenGeneration: section } });
  const accessBase: PathSegment[] = ['response', key, 'accessTokenGeneration'];
  const god = (g: unknown): Json => ({ [key]: { groupOverrideDetails: g } });
  const godPath: PathSegment[] = ['response', key, 'groupOverrideDetails'];
  const e = () => preToken(version);
  const noGroups = () => preToken(version, 'TokenGeneration_Authentication', { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null });
  const cases: Record<string, RuleCases> = {
    [`${slug}/non-overridable-claim`]: {
      bad: [
        bad(slug, 'sub in the ID token', id({ claimsToAddOrOverride: { sub: 'x' } }), [...idBase, 'claimsToAddOrOverride', 'sub']),
        bad(slug, 'cognito:username', id({ claimsToAddOrOverride: { 'cognito:username': 'x' } }), [...idBase, 'claimsToAddOrOverride', 'cognito:username']),
        bad(slug, 'aud in the ID token', id({ claimsToAddOrOverride: { aud: '3vhuvd93e78a25rbpu1voha2ik' } }), [...idBase, 'claimsToAddOrOverride', 'aud']),
        ...(v1 ? [] : [bad(slug, 'client_id in the access token', access({ claimsToAddOrOverride: { client_id: 'x' } }), [...accessBase, 'claimsToAddOrOverride', 'client_id'])]),
      ],
      good: [
        ok(slug),
        { name: 'email and custom claims in the ID token', event: e(), output: answer(e(), id({ claimsToAddOrOverride: { email: 'j@example.com', 'custom:plan': 'pro' } })) },
        ...(v1 ? [] : [{ name: 'at_hash is only protected in the ID token', event: e(), output: answer(e(), access({ claimsToAddOrOverride: { at_hash: 'x' } })) }]),
      ],
    },
    [`${slug}/non-suppressible-claim`]: {
      bad: [
        bad(slug, 'sub', id({ claimsToSuppress: ['sub'] }), [...idBase, 'claimsToSuppress', 0]),
        bad(slug, 'cognito:username', id({ claimsToSuppress: ['email', 'cognito:username'] }), [...idBase, 'claimsToSuppress', 1]),
        ...(v1 ? [] : [bad(slug, 'username in the access token', access({ claimsToSuppress: ['username'] }), [...accessBase, 'claimsToSuppress', 0])]),
      ],
      good: [
        ok(slug),
        { name: 'cognito:groups and dev:* may be suppressed', event: e(), output: answer(e(), id({ claimsToSuppress: ['cognito:groups', 'dev:internal', 'email'] })) },
      ],
    },
    [`${slug}/group-claim-override`]: {
      bad: [
        bad(slug, 'cognito:groups', id({ claimsToAddOrOverride: { 'cognito:groups': 'admins' } }), [...idBase, 'claimsToAddOrOverride', 'cognito:groups']),
        bad(slug, 'cognito:preferred_role', id({ claimsToAddOrOverride: { 'cognito:preferred_role': 'arn:x' } }), [...idBase, 'claimsToAddOrOverride', 'cognito:preferred_role']),
      ],
      good: [ok(slug), { name: 'through groupOverrideDetails', event: e(), output: answer(e(), god({ groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: 'arn:x' })) }],
    },
    [`${slug}/dev-claim-override`]: {
      bad: [bad(slug, 'dev:department added', id({ claimsToAddOrOverride: { 'dev:department': 'x' } }), [...idBase, 'claimsToAddOrOverride', 'dev:department'])],
      good: [ok(slug), { name: 'dev:department suppressed', event: e(), output: answer(e(), id({ claimsToSuppress: ['dev:department'] })) }],
    },
    [`${slug}/suppressed-and-added`]: {
      bad: [bad(slug, 'plan both added and suppressed', id({ claimsToAddOrOverride: { plan: 'pro' }, claimsToSuppress: ['plan'] }), [...idBase, 'claimsToAddOrOverride', 'plan'])],
      good: [ok(slug)],
    },
    [`${slug}/all-groups-removed`]: {
      bad: [
        bad(slug, 'null', god(null), godPath),
        bad(slug, '{}', god({}), godPath),
        bad(slug, 'roles without groupsToOverride', god({ iamRolesToOverride: [] }), godPath),
      ],
      good: [
        ok(slug),
        { name: 'an explicit empty list is deliberate', event: e(), output: answer(e(), god({ groupsToOverride: [], iamRolesToOverride: [], preferredRole: 'arn:aws:iam::123456789012:role/Admin' })) },
        { name: 'a copy of the request', event: e(), output: answer(e(), god((e().request as Json).groupConfiguration)) },
      ],
    },
    [`${slug}/roles-removed`]: {
      bad: [
        bad(slug, 'iamRolesToOverride left out', god({ groupsToOverride: ['admins'], preferredRole: 'arn:aws:iam::123456789012:role/Admin' }), [...godPath, 'iamRolesToOverride']),
        bad(slug, 'preferredRole null', god({ groupsToOverride: ['admins'], iamRolesToOverride: ['arn:x'], preferredRole: null }), [...godPath, 'preferredRole']),
      ],
      good: [
        ok(slug),
        { name: 'the request had no roles', event: noGroups(), output: answer(noGroups(), god({ groupsToOverride: ['readers'] })) },
      ],
    },
  };
  if (v1) {
    cases[`${slug}/claim-not-string`] = {
      bad: [
        bad(slug, 'a number', id({ claimsToAddOrOverride: { tier: 3 } }), [...idBase, 'claimsToAddOrOverride', 'tier']),
        bad(slug, 'an object', id({ claimsToAddOrOverride: { tenant: { id: 1 } } }), [...idBase, 'claimsToAddOrOverride', 'tenant']),
      ],
      good: [ok(slug), { name: 'a JSON string', event: e(), output: answer(e(), id({ claimsToAddOrOverride: { tenant: '{"id":1}' } })) }],
    };
    cases[`${slug}/v2-key-in-v1`] = {
      bad: [
        bad(slug, 'the V2 response key', { claimsAndScopeOverrideDetails: { idTokenGeneration: {} } }, ['response', 'claimsAndScopeOverrideDetails']),
        bad(slug, 'idTokenGeneration inside', { claimsOverrideDetails: { idTokenGeneration: { claimsToAddOrOverride: { a: 'b' } } } }, ['response', key, 'idTokenGeneration']),
        bad(slug, 'scopesToAdd inside', { claimsOverrideDetails: { scopesToAdd: ['api/read'] } }, ['response', key, 'scopesToAdd']),
      ],
      good: [ok(slug)],
    };
    return cases;
  }
  cases[`${slug}/simple-claim-not-string`] = {
    bad: [
      bad(slug, 'email_verified a boolean', id({ claimsToAddOrOverride: { email_verified: true } }), [...idBase, 'claimsToAddOrOverride', 'email_verified']),
      bad(slug, 'address an object', id({ claimsToAddOrOverride: { address: { street: 'x' } } }), [...idBase, 'claimsToAddOrOverride', 'address']),
    ],
    good: [
      ok(slug),
      { name: 'a boolean in the access token', event: e(), output: answer(e(), access({ claimsToAddOrOverride: { email_verified: true } })) },
      { name: 'complex values for other ID claims', event: e(), output: answer(e(), id({ claimsToAddOrOverride: { roles: ['a', 'b'], n: 1.7976931348623157e308, tenant: { id: 7 } } })) },
    ],
  };
  cases[`${slug}/aud-not-client-id`] = {
    bad: [
      bad(slug, 'another client', access({ claimsToAddOrOverride: { aud: 'someotherclient' } }), [...accessBase, 'claimsToAddOrOverride', 'aud']),
      bad(slug, 'an array', access({ claimsToAddOrOverride: { aud: ['3vhuvd93e78a25rbpu1voha2ik'] } }), [...accessBase, 'claimsToAddOrOverride', 'aud']),
    ],
    good: [ok(slug), { name: 'the client id', event: e(), output: answer(e(), access({ claimsToAddOrOverride: { aud: '3vhuvd93e78a25rbpu1voha2ik' } })) }],
  };
  cases[`${slug}/scope-claim`] = {
    bad: [
      bad(slug, 'scope added as a claim', access({ claimsToAddOrOverride: { scope: 'openid api/read' } }), [...accessBase, 'claimsToAddOrOverride', 'scope']),
      bad(slug, 'scope suppressed as a claim', access({ claimsToSuppress: ['scope'] }), [...accessBase, 'claimsToSuppress', 0]),
    ],
    good: [ok(slug), { name: 'scopesToAdd and scopesToSuppress', event: e(), output: answer(e(), access({ scopesToAdd: ['api/read'], scopesToSuppress: ['phone'] })) }],
  };
  cases[`${slug}/invalid-scope`] = {
    bad: [
      bad(slug, 'two scopes in one string', access({ scopesToAdd: ['api/read api/write'] }), [...accessBase, 'scopesToAdd', 0]),
      bad(slug, 'a quote', access({ scopesToSuppress: ['ok', 'say"x"'] }), [...accessBase, 'scopesToSuppress', 1]),
      bad(slug, 'empty', access({ scopesToAdd: [''] }), [...accessBase, 'scopesToAdd', 0]),
    ],
    good: [ok(slug), { name: 'a URL scope', event: e(), output: answer(e(), access({ scopesToAdd: ['https://api.example.com/items.read'] })) }],
  };
  cases[`${slug}/v1-key-in-v2`] = {
    bad: [
      bad(slug, 'the V1 response key', { claimsOverrideDetails: { claimsToAddOrOverride: { a: 'b' } } }, ['response', 'claimsOverrideDetails']),
      bad(slug, 'V1 layout inside', { claimsAndScopeOverrideDetails: { claimsToSuppress: ['email'] } }, ['response', key, 'claimsToSuppress']),
    ],
    good: [ok(slug)],
  };
  if (version === 3) {
    const cc = clientCredentials;
    cases[`${slug}/no-id-token`] = {
      bad: [bad(slug, 'idTokenGeneration on client credentials', { [key]: { idTokenGeneration: { claimsToAddOrOverride: { a: 'b' } } } }, ['response', key, 'idTokenGeneration'], undefined, cc())],
      good: [
        { name: 'access token claims on client credentials', event: cc(), output: answer(cc(), access({ claimsToAddOrOverride: { tenant: 'acme' }, scopesToAdd: ['orders/write'] })) },
        { name: 'idTokenGeneration on a user flow', event: e(), output: answer(e(), id({ claimsToAddOrOverride: { a: 'b' } })) },
      ],
    };
  }
  return cases;
}

const signUp = 'pre-signup';
const DEF = 'define-auth-challenge';
const CREATE = 'create-auth-challenge';
const VERIFY = 'verify-auth-challenge-response';
const MIGRATE = 'user-migration';
const MSG = 'custom-message';
const FED = 'inbound-federation';

const noEmail = () => preSignUp('PreSignUp_SignUp', { phone_number: '+15555550100' });
const noPhone = () => preSignUp('PreSignUp_SignUp', { email: 'jane@example.com', phone_number: '' });
const adminSignUp = () => preSignUp('PreSignUp_AdminCreateUser', {});
const acu = () => customMessage('CustomMessage_AdminCreateUser');
const forgot = () => userMigration('UserMigration_ForgotPassword');

/** Every rule's cases, by rule id. */
export const RULE_CASES: Record<string, RuleCases> = {
  ...Object.fromEntries(TRIGGERS.filter((t) => t.synchronous).flatMap((t) => Object.entries(outputCases(t.slug as TriggerSlug)))),

  'pre-signup/flag-not-boolean': {
    bad: [
      bad(signUp, 'the string "true"', { autoConfirmUser: 'true' }, ['response', 'autoConfirmUser']),
      bad(signUp, 'null', { autoConfirmUser: false, autoVerifyEmail: null }, ['response', 'autoVerifyEmail']),
    ],
    good: [ok(signUp), { name: 'flags left out', event: preSignUp(), output: answer(preSignUp(), {}) }],
  },
  'pre-signup/auto-verify-email-without-email': {
    bad: [bad(signUp, 'no email attribute', { autoVerifyEmail: true }, ['response', 'autoVerifyEmail'], undefined, noEmail())],
    good: [ok(signUp), { name: 'no email, no auto-verify', event: noEmail(), output: answer(noEmail(), { autoConfirmUser: true, autoVerifyPhone: true }) }],
  },
  'pre-signup/auto-verify-phone-without-phone': {
    bad: [bad(signUp, 'an empty phone_number', { autoVerifyPhone: true }, ['response', 'autoVerifyPhone'], undefined, noPhone())],
    good: [{ name: 'a phone number', event: noEmail(), output: answer(noEmail(), { autoVerifyPhone: true }) }],
  },
  'pre-signup/flags-ignored': {
    bad: [bad(signUp, 'autoConfirmUser on AdminCreateUser', { autoConfirmUser: true }, ['response', 'autoConfirmUser'], undefined, adminSignUp())],
    good: [{ name: 'false flags on AdminCreateUser', event: adminSignUp(), output: answer(adminSignUp(), { autoConfirmUser: false, autoVerifyEmail: false }) }],
  },

  'define-auth-challenge/flag-not-boolean': {
    bad: [bad(DEF, 'the string "true"', { challengeName: null, issueTokens: 'true', failAuthentication: false }, ['response', 'issueTokens'])],
    good: [ok(DEF), { name: 'null flags with a challenge', event: defineAuthChallenge(), output: answer(defineAuthChallenge(), { challengeName: 'CUSTOM_CHALLENGE', issueTokens: null, failAuthentication: null }) }],
  },
  'define-auth-challenge/conflicting-decision': {
    bad: [bad(DEF, 'both true', { challengeName: null, issueTokens: true, failAuthentication: true }, ['response', 'failAuthentication'])],
    good: [{ name: 'issue tokens only', event: defineAuthChallenge(), output: answer(defineAuthChallenge(), { issueTokens: true, failAuthentication: false }) }],
  },
  'define-auth-challenge/no-decision': {
    bad: [
      bad(DEF, 'both false, no challenge', { challengeName: null, issueTokens: false, failAuthentication: false }, ['response', 'challengeName']),
      bad(DEF, "Cognito's pre-fill returned unchanged", { challengeName: null, issueTokens: null, failAuthentication: null }, ['response', 'challengeName']),
    ],
    good: [
      ok(DEF),
      { name: 'fail', event: defineAuthChallenge(), output: answer(defineAuthChallenge(), { failAuthentication: true }) },
      {
        name: 'the pre-fill with requireDecision: false',
        event: defineAuthChallenge(),
        output: answer(defineAuthChallenge(), { challengeName: null, issueTokens: null, failAuthentication: null }),
        options: { requireDecision: false },
      },
    ],
  },
  'define-auth-challenge/unknown-challenge': {
    bad: [bad(DEF, 'a made-up name', { challengeName: 'challengeName', issueTokens: false, failAuthentication: false }, ['response', 'challengeName'])],
    good: [{ name: 'PASSWORD_VERIFIER', event: defineAuthChallenge(), output: answer(defineAuthChallenge(), { challengeName: 'PASSWORD_VERIFIER', issueTokens: false, failAuthentication: false }) }],
  },
  'define-auth-challenge/mfa-challenge': {
    bad: [
      bad(DEF, 'SMS_MFA', { challengeName: 'SMS_MFA', issueTokens: false, failAuthentication: false }, ['response', 'challengeName']),
      bad(DEF, 'SMS_OTP (not even a Define name)', { challengeName: 'SMS_OTP', issueTokens: false, failAuthentication: false }, ['response', 'challengeName']),
    ],
    good: [ok(DEF)],
  },

  'create-auth-challenge/parameters-not-strings': {
    bad: [
      bad(CREATE, 'a number', { publicChallengeParameters: { question: 'x' }, privateChallengeParameters: { answer: 5 } }, ['response', 'privateChallengeParameters', 'answer']),
      bad(CREATE, 'an array for the map', { publicChallengeParameters: [], privateChallengeParameters: { answer: '5' } }, ['response', 'publicChallengeParameters']),
    ],
    good: [ok(CREATE)],
  },
  'create-auth-challenge/metadata-not-string': {
    bad: [bad(CREATE, 'an object', { publicChallengeParameters: { q: 'x' }, privateChallengeParameters: { answer: '5' }, challengeMetadata: { round: 1 } }, ['response', 'challengeMetadata'])],
    good: [ok(CREATE), { name: 'null metadata', event: createAuthChallenge(), output: answer(createAuthChallenge(), { privateChallengeParameters: { answer: '5' }, challengeMetadata: null }) }],
  },
  'create-auth-challenge/answer-leaked': {
    bad: [bad(CREATE, 'the answer in the public map', { publicChallengeParameters: { hint: '5' }, privateChallengeParameters: { answer: '5' } }, ['response', 'publicChallengeParameters', 'hint'])],
    good: [
      ok(CREATE),
      { name: 'an empty value in both', event: createAuthChallenge(), output: answer(createAuthChallenge(), { publicChallengeParameters: { hint: '' }, privateChallengeParameters: { answer: '5', extra: '' } }) },
    ],
  },
  'create-auth-challenge/no-challenge-parameters': {
    bad: [bad(CREATE, 'both maps null', { publicChallengeParameters: null, privateChallengeParameters: {}, challengeMetadata: 'X' }, ['response', 'privateChallengeParameters'])],
    good: [
      ok(CREATE),
      { name: 'not a CUSTOM_CHALLENGE', event: createAuthChallenge('PASSWORD_VERIFIER'), output: answer(createAuthChallenge('PASSWORD_VERIFIER'), { publicChallengeParameters: null, privateChallengeParameters: null }) },
    ],
  },

  'verify-auth-challenge-response/answer-not-boolean': {
    bad: [
      bad(VERIFY, 'the string "true"', { answerCorrect: 'true' }, ['response', 'answerCorrect']),
      bad(VERIFY, "null (Cognito's pre-fill)", { answerCorrect: null }, ['response', 'answerCorrect']),
      bad(VERIFY, 'missing', {}, ['response', 'answerCorrect']),
    ],
    good: [
      ok(VERIFY),
      { name: 'false', event: verifyAuthChallenge(), output: answer(verifyAuthChallenge(), { answerCorrect: false }) },
      { name: 'null with requireDecision: false', event: verifyAuthChallenge(), output: answer(verifyAuthChallenge(), { answerCorrect: null }), options: { requireDecision: false } },
    ],
  },

  ...preTokenCases('pre-token-generation'),
  ...preTokenCases('pre-token-generation-v2'),
  ...preTokenCases('pre-token-generation-v3'),

  'user-migration/user-attributes-required': {
    bad: [
      bad(MIGRATE, 'a status but no attributes', { userAttributes: null, finalUserStatus: 'CONFIRMED' }, ['response', 'userAttributes']),
      bad(MIGRATE, "Cognito's pre-fill returned unchanged", { userAttributes: null, forceAliasCreation: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null }, [
        'response',
        'userAttributes',
      ]),
    ],
    good: [
      ok(MIGRATE),
      { name: 'an empty map', event: forgot(), output: answer(forgot(), { userAttributes: {} }) },
      {
        name: 'the pre-fill with requireDecision: false',
        event: userMigration(),
        output: answer(userMigration(), { userAttributes: null, forceAliasCreation: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null }),
        options: { requireDecision: false },
      },
    ],
  },
  'user-migration/attribute-not-string': {
    bad: [bad(MIGRATE, 'email_verified a boolean', { userAttributes: { email: 'jane@example.com', email_verified: true }, finalUserStatus: 'CONFIRMED' }, ['response', 'userAttributes', 'email_verified'])],
    good: [ok(MIGRATE)],
  },
  'user-migration/flag-not-boolean': {
    bad: [bad(MIGRATE, 'forceAliasCreation "true"', { userAttributes: {}, finalUserStatus: 'CONFIRMED', forceAliasCreation: 'true' }, ['response', 'forceAliasCreation'])],
    good: [ok(MIGRATE), { name: 'null flags', event: userMigration(), output: answer(userMigration(), { userAttributes: {}, finalUserStatus: 'CONFIRMED', forceAliasCreation: null, enableSMSMFA: null }) }],
  },
  'user-migration/invalid-enum': {
    bad: [
      bad(MIGRATE, 'FORCE_CHANGE_PASSWORD', { userAttributes: {}, finalUserStatus: 'FORCE_CHANGE_PASSWORD' }, ['response', 'finalUserStatus']),
      bad(MIGRATE, 'a PHONE medium', { userAttributes: {}, finalUserStatus: 'CONFIRMED', desiredDeliveryMediums: ['EMAIL', 'PHONE'] }, ['response', 'desiredDeliveryMediums', 1]),
      bad(MIGRATE, 'messageAction SEND', { userAttributes: {}, finalUserStatus: 'CONFIRMED', messageAction: 'SEND' }, ['response', 'messageAction']),
    ],
    good: [ok(MIGRATE), { name: 'RESET_REQUIRED, EMAIL and SMS', event: userMigration(), output: answer(userMigration(), { userAttributes: {}, finalUserStatus: 'RESET_REQUIRED', desiredDeliveryMediums: ['EMAIL', 'SMS'] }) }],
  },
  'user-migration/sms-mfa-without-phone': {
    bad: [bad(MIGRATE, 'no phone_number', { userAttributes: { email: 'jane@example.com' }, finalUserStatus: 'CONFIRMED', enableSMSMFA: true }, ['response', 'enableSMSMFA'])],
    good: [{ name: 'a phone number', event: userMigration(), output: answer(userMigration(), { userAttributes: { phone_number: '+15555550100' }, finalUserStatus: 'CONFIRMED', enableSMSMFA: true }) }],
  },
  'user-migration/username-alias': {
    bad: [
      bad(MIGRATE, 'a new username, typed value not stored', { userAttributes: { username: 'jane-legacy-42', email: 'other@example.com' }, finalUserStatus: 'CONFIRMED' }, [
        'response',
        'userAttributes',
        'username',
      ]),
      bad(
        MIGRATE,
        'a new username for a typed plain username',
        { userAttributes: { username: 'jane2' }, finalUserStatus: 'CONFIRMED' },
        ['response', 'userAttributes', 'username'],
        undefined,
        userMigration('UserMigration_Authentication', 'jane'),
      ),
    ],
    good: [
      { name: 'the typed email in email, a new username', event: userMigration(), output: answer(userMigration(), { userAttributes: { username: 'u-0001', email: 'jane@example.com' }, finalUserStatus: 'CONFIRMED' }) },
      { name: 'the typed username returned', event: userMigration(), output: answer(userMigration(), { userAttributes: { username: 'jane@example.com' }, finalUserStatus: 'CONFIRMED' }) },
    ],
  },
  'user-migration/status-defaults-to-reset': {
    bad: [bad(MIGRATE, 'finalUserStatus left out', { userAttributes: { email: 'jane@example.com' } }, ['response', 'finalUserStatus'])],
    good: [ok(MIGRATE), { name: 'ForgotPassword resets anyway', event: forgot(), output: answer(forgot(), { userAttributes: { email: 'jane@example.com' } }) }],
  },

  'custom-message/missing-code-placeholder': {
    bad: [
      bad(MSG, 'the code hard-coded away', { smsMessage: 'Welcome!', emailMessage: null, emailSubject: null }, ['response', 'smsMessage']),
      bad(MSG, 'an email without the code', { emailMessage: '<p>Hi</p>' }, ['response', 'emailMessage'], { emailSendingAccount: 'DEVELOPER' }),
    ],
    good: [
      ok(MSG),
      { name: 'a link placeholder in a sign-up email', event: customMessage(), output: answer(customMessage(), { emailMessage: 'Click {##Verify Email##}' }), options: { emailSendingAccount: 'DEVELOPER' } },
    ],
  },
  'custom-message/missing-username-placeholder': {
    bad: [bad(MSG, 'an invitation without the username', { smsMessage: 'Your temporary password is {####}' }, ['response', 'smsMessage'], undefined, acu())],
    good: [{ name: 'both placeholders', event: acu(), output: answer(acu(), { smsMessage: 'User {username}, password {####}' }) }],
  },
  'custom-message/too-long': {
    bad: [
      bad(MSG, 'an SMS of 141 characters', { smsMessage: `{####}${'x'.repeat(135)}` }, ['response', 'smsMessage']),
      bad(MSG, 'a subject of 141 characters', { emailSubject: 'ü'.repeat(141) }, ['response', 'emailSubject'], { emailSendingAccount: 'DEVELOPER' }),
    ],
    good: [{ name: 'an SMS of 140 characters (emoji count as one)', event: customMessage(), output: answer(customMessage(), { smsMessage: `{####}${'👋'.repeat(134)}` }) }],
  },
  'custom-message/email-needs-developer-account': {
    bad: [bad(MSG, 'an email message, account unknown', { emailMessage: 'Code: {####}', emailSubject: null }, ['response', 'emailMessage'])],
    good: [{ name: 'the developer account', event: customMessage(), output: answer(customMessage(), { emailMessage: 'Code: {####}', emailSubject: 'Hi' }), options: { emailSendingAccount: 'DEVELOPER' } }],
  },
  'custom-message/email-with-cognito-default': {
    bad: [bad(MSG, 'a subject with COGNITO_DEFAULT', { emailSubject: 'Welcome' }, ['response', 'emailSubject'], { emailSendingAccount: 'COGNITO_DEFAULT' })],
    good: [{ name: 'SMS only with COGNITO_DEFAULT', event: customMessage(), output: answer(customMessage(), { smsMessage: 'Code {####}' }), options: { emailSendingAccount: 'COGNITO_DEFAULT' } }],
  },

  'inbound-federation/attribute-not-string': {
    bad: [bad(FED, 'a boolean', { userAttributesToMap: { email: 'jane@example.com', given_name: 'Jane', email_verified: true } }, ['response', 'userAttributesToMap', 'email_verified'])],
    good: [ok(FED)],
  },
  'inbound-federation/attributes-dropped': {
    bad: [bad(FED, 'given_name left out', { userAttributesToMap: { email: 'jane@example.com' } }, ['response', 'userAttributesToMap'])],
    good: [ok(FED), { name: 'every provided attribute kept', event: inboundFederation(), output: answer(inboundFederation(), { userAttributesToMap: { email: 'j@example.com', given_name: 'J', 'custom:tier': 'gold' } }) }],
  },
  'inbound-federation/value-too-long': {
    bad: [bad(FED, '2049 characters', { userAttributesToMap: { email: 'jane@example.com', given_name: 'x'.repeat(2049) } }, ['response', 'userAttributesToMap', 'given_name'])],
    good: [{ name: '2048 characters', event: inboundFederation(), output: answer(inboundFederation(), { userAttributesToMap: { email: 'jane@example.com', given_name: 'x'.repeat(2048) } }) }],
  },
};

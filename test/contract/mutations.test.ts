/**
 * Targeted mutations: for every constrained field of every input and output schema, an event that
 * breaks only that constraint must fail with an error at exactly that path, and the forms Cognito
 * really sends (nulls, empty sessions, absent keys, unknown extra keys) must pass.
 */
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/validation/validate.js';
import { prefilledResponse } from '../../src/validation/prefill.js';
import { formatPath } from '../../src/shared/issues.js';
import { TRIGGERS, TRIGGER_SLUGS, type TriggerSlug } from '../../src/triggers/registry.js';
import { SAMPLE_NAMES, sample, sampleSlug, type SampleName } from './samples.js';
import { mutatedEvent, normalisePath, parsePath, type Edit, type Mutation } from './mutate.js';
import { constrainedFields, formatPattern, matchesPattern, type Pattern } from './schema-walk.js';

// ---------------------------------------------------------------------------------------------
// Which versions each contract accepts, written out here from the sheet (§1.1, §3.6) rather than
// read from the registry, so a wrong registry row fails the test.
const ACCEPTED_VERSIONS: Record<TriggerSlug, readonly string[]> = {
  'pre-signup': ['1'],
  'post-confirmation': ['1'],
  'pre-authentication': ['1'],
  'post-authentication': ['1'],
  'define-auth-challenge': ['1'],
  'create-auth-challenge': ['1'],
  'verify-auth-challenge-response': ['1'],
  'pre-token-generation': ['1'],
  'pre-token-generation-v2': ['2'],
  // UNVERIFIED: only @types declares "3"; the docs say V3 events are identical to V2.
  'pre-token-generation-v3': ['3', '2'],
  'user-migration': ['1'],
  'custom-message': ['1'],
  'custom-email-sender': ['1'],
  'custom-sms-sender': ['1'],
  'inbound-federation': ['1'],
};

/** A triggerSource of some other trigger, to put in an event of `slug`. */
const FOREIGN_SOURCE: Record<TriggerSlug, string> = {
  'pre-signup': 'PostConfirmation_ConfirmSignUp',
  'post-confirmation': 'PreSignUp_SignUp',
  'pre-authentication': 'PostAuthentication_Authentication',
  'post-authentication': 'PreAuthentication_Authentication',
  'define-auth-challenge': 'CreateAuthChallenge_Authentication',
  'create-auth-challenge': 'DefineAuthChallenge_Authentication',
  'verify-auth-challenge-response': 'CreateAuthChallenge_Authentication',
  // V1 and V2 never receive client credentials (V3_0 only, sheet §2).
  'pre-token-generation': 'TokenGeneration_ClientCredentials',
  'pre-token-generation-v2': 'TokenGeneration_ClientCredentials',
  'pre-token-generation-v3': 'UserMigration_Authentication',
  'user-migration': 'PreAuthentication_Authentication',
  'custom-message': 'CustomEmailSender_SignUp',
  'custom-email-sender': 'CustomMessage_SignUp',
  // The common docs page's spelling (sheet §2, DISAGREE): not a source.
  'custom-sms-sender': 'CustomSmsSender_SignUp',
  'inbound-federation': 'PreSignUp_ExternalProvider',
};

// ---------------------------------------------------------------------------------------------
// Generic mutations, applied to every sample whose schema has the field.
interface Template extends Edit {
  /** The field pattern (as formatPattern prints it) a sample's schema must have. */
  field: string;
  name: string;
  expectPath?: string | null;
  message?: RegExp;
}

const TEMPLATES: Template[] = [
  { field: 'version', name: 'version as a number (the deprecated @types combined type)', path: 'version', set: 1 },
  { field: 'version', name: 'version missing', path: 'version', delete: true },
  { field: 'triggerSource', name: 'triggerSource missing', path: 'triggerSource', delete: true },
  { field: 'region', name: 'region a number', path: 'region', set: 42 },
  { field: 'region', name: 'region missing', path: 'region', delete: true },
  { field: 'userPoolId', name: 'userPoolId null', path: 'userPoolId', set: null },
  { field: 'userPoolId', name: 'userPoolId a number', path: 'userPoolId', set: 123456789 },
  { field: 'userName', name: 'userName a number', path: 'userName', set: 7 },
  { field: 'callerContext', name: 'callerContext a string', path: 'callerContext', set: 'aws-sdk-unknown-unknown' },
  { field: 'callerContext.awsSdkVersion', name: 'awsSdkVersion a number', path: 'callerContext.awsSdkVersion', set: 2 },
  { field: 'callerContext.clientId', name: 'clientId a number', path: 'callerContext.clientId', set: 123 },
  { field: 'callerContext.clientId', name: 'clientId missing', path: 'callerContext.clientId', delete: true },
  { field: 'callerContext.clientId', name: 'clientId null', path: 'callerContext.clientId', set: null },
  { field: 'request', name: 'request an array', path: 'request', set: [] },
  { field: 'request', name: 'request missing', path: 'request', delete: true, message: /^missing: an object is required here$/ },
  { field: 'request.userAttributes', name: 'userAttributes a string', path: 'request.userAttributes', set: 'email=jane@example.com' },
  {
    field: 'request.userAttributes.*',
    name: 'userAttributes value a boolean',
    path: 'request.userAttributes.email_verified',
    set: true,
    message: /every user attribute value is a string/,
  },
  { field: 'request.userAttributes.*', name: 'userAttributes value a number', path: 'request.userAttributes.custom:age', set: 42 },
  { field: 'request.userAttributes.*', name: 'userAttributes value null', path: 'request.userAttributes.email', set: null },
  { field: 'request.clientMetadata', name: 'clientMetadata an array', path: 'request.clientMetadata', set: ['locale', 'en'] },
  { field: 'request.clientMetadata', name: 'clientMetadata a string', path: 'request.clientMetadata', set: '{"locale":"en"}' },
  { field: 'request.clientMetadata.*', name: 'clientMetadata value a number', path: 'request.clientMetadata.retries', set: 1 },
  { field: 'request.clientMetadata.*', name: 'clientMetadata value an object', path: 'request.clientMetadata.ctx', set: { a: 'b' } },
  { field: 'request.clientMetadata', name: 'clientMetadata null passes', path: 'request.clientMetadata', set: null, expectPath: null },
  { field: 'request.clientMetadata', name: 'clientMetadata absent passes', path: 'request.clientMetadata', delete: true, expectPath: null },
  { field: 'request.clientMetadata', name: 'clientMetadata {} passes', path: 'request.clientMetadata', set: {}, expectPath: null },
  {
    field: 'request.validationData',
    name: 'validationData an array (the SignUp API form, before Cognito maps it)',
    path: 'request.validationData',
    set: [{ Name: 'deviceKey', Value: 'x' }],
  },
  { field: 'request.validationData.*', name: 'validationData value a boolean', path: 'request.validationData.recaptcha', set: false },
  { field: 'request.validationData', name: 'validationData null passes', path: 'request.validationData', set: null, expectPath: null },
  { field: 'request.validationData', name: 'validationData {} passes', path: 'request.validationData', set: {}, expectPath: null },
  { field: 'request.userNotFound', name: 'userNotFound a string', path: 'request.userNotFound', set: 'false' },
  { field: 'request.userNotFound', name: 'userNotFound absent passes', path: 'request.userNotFound', delete: true, expectPath: null },
  { field: 'request.userNotFound', name: 'userNotFound true passes', path: 'request.userNotFound', set: true, expectPath: null },
  { field: 'request.session', name: 'session not an array', path: 'request.session', set: { challengeName: 'SRP_A' } },
  { field: 'request.session[]', name: 'session entry a string', path: 'request.session[0]', set: 'CUSTOM_CHALLENGE' },
  {
    field: 'request.session[].challengeName',
    name: 'session entry with an unknown challengeName',
    path: 'request.session[0].challengeName',
    set: 'OTP',
    message: /"OTP" is not a Cognito challenge name/,
  },
  { field: 'request.session[].challengeResult', name: 'session challengeResult a string', path: 'request.session[0].challengeResult', set: 'true' },
  { field: 'request.session[].challengeMetadata', name: 'session challengeMetadata a number', path: 'request.session[0].challengeMetadata', set: 42 },
  { field: 'request.session', name: 'session [] passes (first passwordless round)', path: 'request.session', set: [], expectPath: null },
  { field: 'request.session[].challengeMetadata', name: 'session challengeMetadata null passes', path: 'request.session[0].challengeMetadata', set: null, expectPath: null },
  {
    field: 'request.session[].challengeMetadata',
    name: 'session entry without challengeMetadata passes (library fixtures; a realism warning)',
    path: 'request.session[0].challengeMetadata',
    delete: true,
    expectPath: null,
  },
  { field: 'request.groupConfiguration', name: 'groupConfiguration an array', path: 'request.groupConfiguration', set: ['admins'] },
  { field: 'request.groupConfiguration.groupsToOverride', name: 'groupsToOverride a string', path: 'request.groupConfiguration.groupsToOverride', set: 'admins' },
  {
    field: 'request.groupConfiguration.groupsToOverride[]',
    name: 'group name a number',
    path: 'request.groupConfiguration.groupsToOverride[0]',
    set: 1,
    message: /a group name is a string \(got the number 1\)/,
  },
  { field: 'request.groupConfiguration.iamRolesToOverride', name: 'iamRolesToOverride an object', path: 'request.groupConfiguration.iamRolesToOverride', set: {} },
  { field: 'request.groupConfiguration.iamRolesToOverride[]', name: 'role ARN a number', path: 'request.groupConfiguration.iamRolesToOverride[0]', set: 5 },
  {
    field: 'request.groupConfiguration.preferredRole',
    name: 'preferredRole an array (the docs example)',
    path: 'request.groupConfiguration.preferredRole',
    set: ['arn:aws:iam::123456789012:role/admins'],
    message: /never sends an array/,
  },
  { field: 'request.groupConfiguration.preferredRole', name: 'preferredRole null passes', path: 'request.groupConfiguration.preferredRole', set: null, expectPath: null },
  { field: 'request.groupConfiguration.preferredRole', name: 'preferredRole "" passes (one capture)', path: 'request.groupConfiguration.preferredRole', set: '', expectPath: null },
  { field: 'request.scopes', name: 'scopes a string', path: 'request.scopes', set: 'openid email' },
  { field: 'request.scopes[]', name: 'scope a number', path: 'request.scopes[0]', set: 1 },
  { field: 'response', name: 'response a string', path: 'response', set: 'none' },
];

/** The field patterns of a slug: its input schema and its output schema (under `response`). */
function fieldsOf(slug: TriggerSlug): Pattern[] {
  const t = TRIGGERS.find((x) => x.slug === slug);
  if (!t) throw new Error(slug);
  return [...constrainedFields(t.eventSchema), ...constrainedFields(t.responseSchema, ['response'])];
}

function generated(): Mutation[] {
  const out: Mutation[] = [];
  for (const target of SAMPLE_NAMES) {
    const slug = sampleSlug(target);
    const fields = new Set(fieldsOf(slug).map(formatPattern));
    const trigger = TRIGGERS.find((t) => t.slug === slug);
    for (const t of TEMPLATES) {
      if (!fields.has(t.field)) continue;
      if (t.path.startsWith('request.session[0]') && (sample(target).request as { session: unknown[] }).session.length === 0) continue;
      const { field: _field, ...rest } = t;
      out.push({ ...rest, target, expectPath: t.expectPath === undefined ? t.path : t.expectPath });
    }
    for (const v of ['1', '2', '3']) {
      const ok = ACCEPTED_VERSIONS[slug].includes(v);
      out.push({
        name: `version "${v}" ${ok ? 'accepted' : 'rejected'}`,
        target,
        path: 'version',
        set: v,
        expectPath: ok ? null : 'version',
        ...(ok ? {} : { message: /^version must be / }),
      });
    }
    out.push({ name: 'triggerSource of another trigger', target, path: 'triggerSource', set: FOREIGN_SOURCE[slug], expectPath: 'triggerSource' });
    out.push({ name: 'unknown top-level key passes (tolerant input)', target, path: 'eventId', set: { added: 'later' }, expectPath: null });
    out.push({ name: 'unknown request key passes (tolerant input)', target, path: 'request.futureField', set: [1, { a: null }], expectPath: null });
    if (trigger?.synchronous) {
      out.push({ name: 'unknown response key', target, path: 'response.extraDecision', set: true, expectPath: 'response.extraDecision', message: /unknown key "extraDecision"/ });
      out.push({ name: 'response missing', target, path: 'response', delete: true, expectPath: 'response' });
      out.push({ name: "Cognito's pre-filled response passes", target, path: 'response', set: prefilledResponse(slug), expectPath: null });
    }
  }
  return out;
}

/** Group override mutations, the same shape under V1 and V2/V3 responses. */
function groupOverrides(target: SampleName, at: string): Mutation[] {
  const g = `${at}.groupOverrideDetails`;
  return [
    { name: 'groupOverrideDetails a string', target, path: g, set: 'admins', expectPath: g },
    { name: 'groupOverrideDetails.groupsToOverride a string', target, path: `${g}.groupsToOverride`, set: 'admins', expectPath: `${g}.groupsToOverride` },
    { name: 'groupOverrideDetails group name a number', target, path: `${g}.groupsToOverride`, set: ['admins', 2], expectPath: `${g}.groupsToOverride[1]` },
    { name: 'groupOverrideDetails.iamRolesToOverride a string', target, path: `${g}.iamRolesToOverride`, set: 'arn:aws:iam::123456789012:role/a', expectPath: `${g}.iamRolesToOverride` },
    { name: 'groupOverrideDetails role a number', target, path: `${g}.iamRolesToOverride`, set: [3], expectPath: `${g}.iamRolesToOverride[0]` },
    {
      name: 'groupOverrideDetails.preferredRole an array',
      target,
      path: `${g}.preferredRole`,
      set: ['arn:aws:iam::123456789012:role/a'],
      expectPath: `${g}.preferredRole`,
      message: /single role ARN/,
    },
    { name: 'groupOverrideDetails unknown key', target, path: `${g}.preferredRoles`, set: 'arn:aws:iam::123456789012:role/a', expectPath: `${g}.preferredRoles`, message: /did you mean "preferredRole"/ },
    { name: 'groupOverrideDetails null passes (suppresses every group)', target, path: g, set: null, expectPath: null },
    { name: 'groupOverrideDetails {} passes (suppresses every group)', target, path: g, set: {}, expectPath: null },
    { name: 'groupOverrideDetails preferredRole null passes', target, path: g, set: { groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: null }, expectPath: null },
  ];
}

/** V2 and V3 share one response contract: the same mutations run against both. */
function v2v3Response(target: SampleName): Mutation[] {
  const d = 'response.claimsAndScopeOverrideDetails';
  const id = `${d}.idTokenGeneration`;
  const ac = `${d}.accessTokenGeneration`;
  return [
    { name: 'claimsAndScopeOverrideDetails a string', target, path: d, set: 'none', expectPath: d, message: /is an object .* or null.*\(got the string "none"\)/ },
    { name: 'claimsAndScopeOverrideDetails a non-empty array', target, path: d, set: [{ idTokenGeneration: {} }], expectPath: d },
    { name: 'claimsAndScopeOverrideDetails [] passes (docs form, UNVERIFIED)', target, path: d, set: [], expectPath: null },
    { name: 'claimsAndScopeOverrideDetails absent passes', target, path: d, delete: true, expectPath: null },
    { name: 'claimsAndScopeOverrideDetails {} passes', target, path: d, set: {}, expectPath: null },
    {
      name: 'claimsOverrideDetails (the V1 key) in a V2/V3 response',
      target,
      path: 'response.claimsOverrideDetails',
      set: { claimsToAddOrOverride: { plan: 'pro' } },
      expectPath: 'response.claimsOverrideDetails',
      message: /that is the V1 response/,
    },
    { name: 'unknown key inside claimsAndScopeOverrideDetails', target, path: `${d}.idTokenGenerations`, set: {}, expectPath: `${d}.idTokenGenerations`, message: /did you mean "idTokenGeneration"/ },
    { name: 'idTokenGeneration a string', target, path: id, set: 'x', expectPath: id },
    { name: 'idTokenGeneration.claimsToAddOrOverride an array', target, path: `${id}.claimsToAddOrOverride`, set: ['plan'], expectPath: `${id}.claimsToAddOrOverride` },
    {
      name: 'ID-token email_verified with a complex value',
      target,
      path: `${id}.claimsToAddOrOverride.email_verified`,
      set: { value: true },
      expectPath: `${id}.claimsToAddOrOverride.email_verified`,
      message: /does not accept a complex value/,
    },
    { name: 'ID-token phone_number_verified a boolean', target, path: `${id}.claimsToAddOrOverride.phone_number_verified`, set: true, expectPath: `${id}.claimsToAddOrOverride.phone_number_verified` },
    { name: 'ID-token updated_at a number', target, path: `${id}.claimsToAddOrOverride.updated_at`, set: 1_700_000_000, expectPath: `${id}.claimsToAddOrOverride.updated_at` },
    { name: 'ID-token address an object', target, path: `${id}.claimsToAddOrOverride.address`, set: { street_address: '1 Main St' }, expectPath: `${id}.claimsToAddOrOverride.address` },
    { name: 'ID-token email_verified a string passes', target, path: `${id}.claimsToAddOrOverride.email_verified`, set: 'true', expectPath: null },
    {
      name: 'ID-token other claims with complex values pass',
      target,
      path: `${id}.claimsToAddOrOverride`,
      set: { tier: 3, beta: true, roles: ['a', 1, false], profile: { level: 3, tags: ['x'] }, big: JSON.parse('9223372036854775807') as number },
      expectPath: null,
    },
    { name: 'idTokenGeneration.claimsToSuppress a string', target, path: `${id}.claimsToSuppress`, set: 'email', expectPath: `${id}.claimsToSuppress` },
    { name: 'idTokenGeneration.claimsToSuppress entry a number', target, path: `${id}.claimsToSuppress`, set: ['email', 1], expectPath: `${id}.claimsToSuppress[1]` },
    { name: 'accessTokenGeneration a number', target, path: ac, set: 1, expectPath: ac },
    { name: 'accessTokenGeneration.claimsToAddOrOverride a string', target, path: `${ac}.claimsToAddOrOverride`, set: 'tier=3', expectPath: `${ac}.claimsToAddOrOverride` },
    { name: 'access-token claim value a number passes (V2 allows JSON values)', target, path: `${ac}.claimsToAddOrOverride`, set: { tier: 3 }, expectPath: null },
    { name: 'accessTokenGeneration.claimsToSuppress an object', target, path: `${ac}.claimsToSuppress`, set: { email: true }, expectPath: `${ac}.claimsToSuppress` },
    { name: 'accessTokenGeneration.claimsToSuppress entry null', target, path: `${ac}.claimsToSuppress`, set: [null], expectPath: `${ac}.claimsToSuppress[0]` },
    { name: 'scopesToAdd a string', target, path: `${ac}.scopesToAdd`, set: 'orders/read', expectPath: `${ac}.scopesToAdd` },
    {
      name: 'scopesToAdd entry with a space',
      target,
      path: `${ac}.scopesToAdd`,
      set: ['orders/read', 'orders write'],
      expectPath: `${ac}.scopesToAdd[1]`,
      message: /without blank space/,
    },
    { name: 'scopesToAdd entry empty', target, path: `${ac}.scopesToAdd`, set: [''], expectPath: `${ac}.scopesToAdd[0]` },
    { name: 'scopesToAdd entry of 257 characters', target, path: `${ac}.scopesToAdd`, set: ['s'.repeat(257)], expectPath: `${ac}.scopesToAdd[0]` },
    { name: 'scopesToAdd entry of 256 characters passes', target, path: `${ac}.scopesToAdd`, set: ['s'.repeat(256)], expectPath: null },
    { name: 'scopesToSuppress a boolean', target, path: `${ac}.scopesToSuppress`, set: true, expectPath: `${ac}.scopesToSuppress` },
    { name: 'scopesToSuppress entry with a quote', target, path: `${ac}.scopesToSuppress`, set: ['"openid"'], expectPath: `${ac}.scopesToSuppress[0]` },
    {
      name: 'a full V2 override passes',
      target,
      path: d,
      set: {
        idTokenGeneration: { claimsToAddOrOverride: { email_verified: 'true', plan: 'pro' }, claimsToSuppress: ['family_name'] },
        accessTokenGeneration: { claimsToAddOrOverride: { tier: 3 }, claimsToSuppress: [], scopesToAdd: ['orders/read'], scopesToSuppress: ['phone'] },
        groupOverrideDetails: { groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: null },
      },
      expectPath: null,
    },
    ...groupOverrides(target, d),
  ];
}

const SPECIFIC: Mutation[] = [
  // Envelope forms the sheet calls DISAGREE or UNVERIFIED: accepted on input (realism may warn).
  {
    name: 'callerContext.awsSdk instead of awsSdkVersion passes (old docs typo, DISAGREE)',
    target: 'post-confirmation',
    also: [{ path: 'callerContext.awsSdk', set: 'aws-sdk-unknown-unknown' }],
    path: 'callerContext.awsSdkVersion',
    delete: true,
    expectPath: null,
  },
  { name: 'attribute value "True" with a capital passes', target: 'pre-token-generation', path: 'request.userAttributes.phone_number_verified', set: 'True', expectPath: null },
  {
    name: 'identities as a JSON-encoded string passes',
    target: 'post-authentication',
    path: 'request.userAttributes.identities',
    set: JSON.stringify([{ userId: '110348861498301234567', providerName: 'Google', providerType: 'Google', issuer: null, primary: true, dateCreated: 1700000000000 }]),
    expectPath: null,
  },
  {
    name: 'identities as a parsed array fails (the attribute is a string)',
    target: 'post-authentication',
    path: 'request.userAttributes.identities',
    set: [{ userId: '1', providerName: 'Google', primary: true }],
    expectPath: 'request.userAttributes.identities',
  },
  { name: 'clientId CLIENT_ID_NOT_APPLICABLE passes', target: 'pre-signup', also: [{ path: 'triggerSource', set: 'PreSignUp_AdminCreateUser' }], path: 'callerContext.clientId', set: 'CLIENT_ID_NOT_APPLICABLE', expectPath: null },
  { name: 'pre-auth clientMetadata passes (@types declares it; DISAGREE)', target: 'pre-authentication', path: 'request.clientMetadata', set: { locale: 'en' }, expectPath: null },
  { name: 'version "string" (the inbound federation docs placeholder)', target: 'inbound-federation', path: 'version', set: 'string', expectPath: 'version', message: /version must be "1" for this trigger, got "string"/ },
  { name: 'userName missing', target: 'pre-signup', path: 'userName', delete: true, expectPath: 'userName' },

  // Pre sign-up.
  {
    name: 'unknown response key close to a real one',
    target: 'pre-signup',
    path: 'response.autoConfirmUsers',
    set: true,
    expectPath: 'response.autoConfirmUsers',
    message: /did you mean "autoConfirmUser"\?/,
  },
  { name: 'autoConfirmUser the string "true"', target: 'pre-signup', path: 'response.autoConfirmUser', set: 'true', expectPath: 'response.autoConfirmUser', message: /must be a JSON boolean, not the string "true"/ },
  { name: 'autoVerifyEmail a number', target: 'pre-signup', path: 'response.autoVerifyEmail', set: 1, expectPath: 'response.autoVerifyEmail' },
  { name: 'autoVerifyPhone the string "false"', target: 'pre-signup', path: 'response.autoVerifyPhone', set: 'false', expectPath: 'response.autoVerifyPhone' },
  { name: 'autoConfirmUser true passes', target: 'pre-signup', path: 'response.autoConfirmUser', set: true, expectPath: null },
  { name: 'flags absent pass', target: 'pre-signup', path: 'response', set: {}, expectPath: null },

  // Post authentication.
  { name: 'newDeviceUsed a string', target: 'post-authentication', path: 'request.newDeviceUsed', set: 'false', expectPath: 'request.newDeviceUsed' },
  { name: 'newDeviceUsed absent passes', target: 'post-authentication', path: 'request.newDeviceUsed', delete: true, expectPath: null },
  { name: 'a key in the empty response', target: 'post-authentication', path: 'response.newDeviceUsed', set: true, expectPath: 'response.newDeviceUsed', message: /Cognito reads no key here/ },

  // Define auth challenge.
  {
    name: 'Define challengeName outside the set',
    target: 'define-auth-challenge',
    path: 'response.challengeName',
    set: 'CUSTOM',
    expectPath: 'response.challengeName',
    message: /not a challenge Define can ask for/,
  },
  { name: 'Define challengeName an API-only name (SELECT_MFA_TYPE)', target: 'define-auth-challenge', path: 'response.challengeName', set: 'SELECT_MFA_TYPE', expectPath: 'response.challengeName' },
  { name: 'issueTokens the string "true"', target: 'define-auth-challenge', path: 'response.issueTokens', set: 'true', expectPath: 'response.issueTokens' },
  { name: 'failAuthentication a number', target: 'define-auth-challenge', path: 'response.failAuthentication', set: 0, expectPath: 'response.failAuthentication' },
  { name: 'challengeName a number', target: 'define-auth-challenge', path: 'response.challengeName', set: 1, expectPath: 'response.challengeName' },
  {
    name: 'a decided Define response passes',
    target: 'define-auth-challenge',
    path: 'response',
    set: { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false },
    expectPath: null,
  },
  { name: 'Define may ask for SRP_A', target: 'define-auth-challenge', path: 'response.challengeName', set: 'SRP_A', expectPath: null },
  { name: 'Define may ask for NEW_PASSWORD_REQUIRED (Create page list)', target: 'define-auth-challenge', path: 'response.challengeName', set: 'NEW_PASSWORD_REQUIRED', expectPath: null },
  { name: 'session entry EMAIL_OTP passes (union of the lists)', target: 'define-auth-challenge', path: 'request.session[0].challengeName', set: 'EMAIL_OTP', also: [{ path: 'request.session[0].challengeMetadata', set: null }], expectPath: null },

  // Create auth challenge.
  { name: 'Create request challengeName unknown', target: 'create-auth-challenge', path: 'request.challengeName', set: 'CAPTCHA', expectPath: 'request.challengeName', message: /not a Cognito challenge name/ },
  { name: 'Create request challengeName missing', target: 'create-auth-challenge', path: 'request.challengeName', delete: true, expectPath: 'request.challengeName' },
  { name: 'publicChallengeParameters a string', target: 'create-auth-challenge', path: 'response.publicChallengeParameters', set: 'url', expectPath: 'response.publicChallengeParameters' },
  { name: 'publicChallengeParameters value a number', target: 'create-auth-challenge', path: 'response.publicChallengeParameters', set: { digits: 6 }, expectPath: 'response.publicChallengeParameters.digits' },
  { name: 'privateChallengeParameters an array', target: 'create-auth-challenge', path: 'response.privateChallengeParameters', set: ['482913'], expectPath: 'response.privateChallengeParameters' },
  { name: 'privateChallengeParameters value a boolean', target: 'create-auth-challenge', path: 'response.privateChallengeParameters', set: { answer: '1', strict: true }, expectPath: 'response.privateChallengeParameters.strict' },
  { name: 'response challengeMetadata a number', target: 'create-auth-challenge', path: 'response.challengeMetadata', set: 7, expectPath: 'response.challengeMetadata', message: /challengeMetadata must be a string/ },
  { name: 'misspelled challengeMetaData', target: 'create-auth-challenge', path: 'response.challengeMetaData', set: 'OTP', expectPath: 'response.challengeMetaData', message: /did you mean "challengeMetadata"/ },
  {
    name: 'a filled Create response passes',
    target: 'create-auth-challenge',
    path: 'response',
    set: { publicChallengeParameters: { email: 'j***@example.com' }, privateChallengeParameters: { answer: '482913' }, challengeMetadata: 'EMAIL_OTP' },
    expectPath: null,
  },

  // Verify auth challenge response.
  { name: 'challengeAnswer a number', target: 'verify-auth-challenge-response', path: 'request.challengeAnswer', set: 482913, expectPath: 'request.challengeAnswer', message: /always a string/ },
  { name: 'challengeAnswer missing', target: 'verify-auth-challenge-response', path: 'request.challengeAnswer', delete: true, expectPath: 'request.challengeAnswer' },
  { name: 'privateChallengeParameters a string', target: 'verify-auth-challenge-response', path: 'request.privateChallengeParameters', set: '482913', expectPath: 'request.privateChallengeParameters' },
  { name: 'privateChallengeParameters value a number', target: 'verify-auth-challenge-response', path: 'request.privateChallengeParameters.answer', set: 482913, expectPath: 'request.privateChallengeParameters.answer' },
  { name: 'privateChallengeParameters null passes (UNVERIFIED)', target: 'verify-auth-challenge-response', path: 'request.privateChallengeParameters', set: null, expectPath: null },
  {
    name: 'answerCorrect the string "true"',
    target: 'verify-auth-challenge-response',
    path: 'response.answerCorrect',
    set: 'true',
    expectPath: 'response.answerCorrect',
    message: /answerCorrect must be a JSON boolean, not the string "true"/,
  },
  { name: 'answerCorrect true passes', target: 'verify-auth-challenge-response', path: 'response.answerCorrect', set: true, expectPath: null },

  // Pre token generation V1.
  { name: 'claimsOverrideDetails a string', target: 'pre-token-generation', path: 'response.claimsOverrideDetails', set: 'none', expectPath: 'response.claimsOverrideDetails' },
  { name: 'V1 claimsToAddOrOverride an array', target: 'pre-token-generation', path: 'response.claimsOverrideDetails.claimsToAddOrOverride', set: ['plan'], expectPath: 'response.claimsOverrideDetails.claimsToAddOrOverride' },
  {
    name: 'V1 claim value a number',
    target: 'pre-token-generation',
    path: 'response.claimsOverrideDetails.claimsToAddOrOverride',
    set: { plan: 'pro', tier: 3 },
    expectPath: 'response.claimsOverrideDetails.claimsToAddOrOverride.tier',
    message: /V1_0 allows strings only/,
  },
  { name: 'V1 claim value a string passes', target: 'pre-token-generation', path: 'response.claimsOverrideDetails.claimsToAddOrOverride', set: { tier: '3' }, expectPath: null },
  { name: 'V1 claimsToSuppress a string', target: 'pre-token-generation', path: 'response.claimsOverrideDetails.claimsToSuppress', set: 'email', expectPath: 'response.claimsOverrideDetails.claimsToSuppress' },
  { name: 'V1 claimsToSuppress entry a number', target: 'pre-token-generation', path: 'response.claimsOverrideDetails.claimsToSuppress', set: [1], expectPath: 'response.claimsOverrideDetails.claimsToSuppress[0]' },
  {
    name: 'claimsAndScopeOverrideDetails (the V2 key) in a V1 response',
    target: 'pre-token-generation',
    path: 'response.claimsAndScopeOverrideDetails',
    set: {},
    expectPath: 'response.claimsAndScopeOverrideDetails',
    message: /V2\/V3 response/,
  },
  { name: 'V1 claimsOverrideDetails {} passes', target: 'pre-token-generation', path: 'response.claimsOverrideDetails', set: {}, expectPath: null },
  ...groupOverrides('pre-token-generation', 'response.claimsOverrideDetails'),

  // Pre token generation V2 / V3.
  ...v2v3Response('pre-token-generation-v2'),
  ...v2v3Response('pre-token-generation-v3'),
  { name: 'V3 user source without userName', target: 'pre-token-generation-v3', path: 'userName', delete: true, expectPath: 'userName', message: /only client-credentials events may lack it/ },
  { name: 'V3 user source without userAttributes', target: 'pre-token-generation-v3', path: 'request.userAttributes', delete: true, expectPath: 'request.userAttributes' },
  { name: 'V3 user source with groupConfiguration null', target: 'pre-token-generation-v3', path: 'request.groupConfiguration', set: null, expectPath: 'request.groupConfiguration' },
  { name: 'V3 client credentials without userName passes (UNVERIFIED)', target: 'pre-token-generation-v3/client-credentials', path: 'userName', delete: true, expectPath: null },
  { name: 'V3 client credentials without userAttributes passes (UNVERIFIED)', target: 'pre-token-generation-v3/client-credentials', path: 'request.userAttributes', delete: true, expectPath: null },
  { name: 'V3 client credentials without groupConfiguration passes (UNVERIFIED)', target: 'pre-token-generation-v3/client-credentials', path: 'request.groupConfiguration', delete: true, expectPath: null },
  { name: 'V2 user source without userName', target: 'pre-token-generation-v2', path: 'userName', delete: true, expectPath: 'userName' },
  { name: 'V2 scopes absent passes', target: 'pre-token-generation-v2', path: 'request.scopes', delete: true, expectPath: null },

  // Migrate user.
  { name: 'password a number', target: 'user-migration', path: 'request.password', set: 12345678, expectPath: 'request.password' },
  {
    name: 'password missing for UserMigration_Authentication',
    target: 'user-migration',
    path: 'request.password',
    delete: true,
    expectPath: 'request.password',
    message: /required for UserMigration_Authentication/,
  },
  {
    name: 'password absent for UserMigration_ForgotPassword passes',
    target: 'user-migration',
    also: [{ path: 'triggerSource', set: 'UserMigration_ForgotPassword' }],
    path: 'request.password',
    delete: true,
    expectPath: null,
  },
  { name: 'request.userAttributes absent passes', target: 'user-migration/forgot-password', path: 'request.userAttributes', delete: true, expectPath: null },
  { name: 'request.userAttributes a map passes', target: 'user-migration/forgot-password', path: 'request.userAttributes', set: { email: 'jane@example.com' }, expectPath: null },
  { name: 'response.userAttributes a string', target: 'user-migration', path: 'response.userAttributes', set: 'email=jane@example.com', expectPath: 'response.userAttributes' },
  { name: 'response.userAttributes value a boolean', target: 'user-migration', path: 'response.userAttributes', set: { email: 'jane@example.com', email_verified: true }, expectPath: 'response.userAttributes.email_verified' },
  {
    name: 'finalUserStatus UNCONFIRMED',
    target: 'user-migration',
    path: 'response.finalUserStatus',
    set: 'UNCONFIRMED',
    expectPath: 'response.finalUserStatus',
    message: /must be "CONFIRMED" or "RESET_REQUIRED", got "UNCONFIRMED"/,
  },
  { name: 'finalUserStatus RESET_REQUIRED passes', target: 'user-migration', path: 'response.finalUserStatus', set: 'RESET_REQUIRED', expectPath: null },
  { name: 'messageAction NOPE', target: 'user-migration', path: 'response.messageAction', set: 'NOPE', expectPath: 'response.messageAction' },
  { name: 'messageAction RESEND passes (@types allows it)', target: 'user-migration', path: 'response.messageAction', set: 'RESEND', expectPath: null },
  { name: 'messageAction SUPPRESS passes', target: 'user-migration', path: 'response.messageAction', set: 'SUPPRESS', expectPath: null },
  { name: 'desiredDeliveryMediums a string', target: 'user-migration', path: 'response.desiredDeliveryMediums', set: 'EMAIL', expectPath: 'response.desiredDeliveryMediums' },
  { name: 'desiredDeliveryMediums ["FAX"]', target: 'user-migration', path: 'response.desiredDeliveryMediums', set: ['FAX'], expectPath: 'response.desiredDeliveryMediums[0]', message: /"EMAIL" or "SMS", got "FAX"/ },
  { name: 'forceAliasCreation the string "true"', target: 'user-migration', path: 'response.forceAliasCreation', set: 'true', expectPath: 'response.forceAliasCreation' },
  { name: 'enableSMSMFA a string', target: 'user-migration', path: 'response.enableSMSMFA', set: 'yes', expectPath: 'response.enableSMSMFA' },
  {
    name: 'a full migration response passes',
    target: 'user-migration',
    path: 'response',
    set: {
      userAttributes: { email: 'jane@example.com', email_verified: 'true' },
      finalUserStatus: 'CONFIRMED',
      messageAction: 'SUPPRESS',
      desiredDeliveryMediums: ['EMAIL', 'SMS'],
      forceAliasCreation: false,
      enableSMSMFA: false,
    },
    expectPath: null,
  },

  // Custom message.
  { name: 'codeParameter missing', target: 'custom-message', path: 'request.codeParameter', delete: true, expectPath: 'request.codeParameter', message: /codeParameter is the code placeholder/ },
  { name: 'codeParameter a number', target: 'custom-message', path: 'request.codeParameter', set: 123456, expectPath: 'request.codeParameter' },
  { name: 'linkParameter a number', target: 'custom-message', path: 'request.linkParameter', set: 1, expectPath: 'request.linkParameter' },
  { name: 'linkParameter absent passes (undocumented key)', target: 'custom-message', path: 'request.linkParameter', delete: true, expectPath: null },
  { name: 'usernameParameter a boolean', target: 'custom-message/admin-create-user', path: 'request.usernameParameter', set: false, expectPath: 'request.usernameParameter' },
  { name: 'SMS of 141 characters', target: 'custom-message', path: 'response.smsMessage', set: `Code {####} ${'x'.repeat(129)}`, expectPath: 'response.smsMessage', message: /is 141 characters; Cognito allows at most 140/ },
  { name: 'SMS of 140 emoji passes (counted in code points, not UTF-16 units)', target: 'custom-message', path: 'response.smsMessage', set: `{####}${'😀'.repeat(134)}`, expectPath: null },
  { name: 'SMS of 141 emoji fails', target: 'custom-message', path: 'response.smsMessage', set: `{####}${'😀'.repeat(135)}`, expectPath: 'response.smsMessage' },
  { name: 'SMS a number', target: 'custom-message', path: 'response.smsMessage', set: 482913, expectPath: 'response.smsMessage' },
  { name: 'email of 20,001 characters', target: 'custom-message', path: 'response.emailMessage', set: `<p>{####}</p>${'x'.repeat(20_001 - 13)}`, expectPath: 'response.emailMessage', message: /at most 20000/ },
  { name: 'email of 20,000 characters passes', target: 'custom-message', path: 'response.emailMessage', set: `<p>{####}</p>${'x'.repeat(20_000 - 13)}`, expectPath: null },
  { name: 'subject of 141 characters', target: 'custom-message', path: 'response.emailSubject', set: 's'.repeat(141), expectPath: 'response.emailSubject' },
  { name: 'subject of 140 characters passes', target: 'custom-message', path: 'response.emailSubject', set: 's'.repeat(140), expectPath: null },
  {
    name: 'an answered AdminCreateUser message passes',
    target: 'custom-message/admin-create-user',
    path: 'response',
    set: { smsMessage: 'User {username}, password {####}', emailMessage: '<p>User {username}, password {####}</p>', emailSubject: 'Welcome' },
    expectPath: null,
  },

  // Custom senders.
  { name: 'email sender with the SMS type', target: 'custom-email-sender', path: 'request.type', set: 'customSMSSenderRequestV1', expectPath: 'request.type', message: /must be "customEmailSenderRequestV1"/ },
  { name: 'SMS sender with the email type (Powertools fixture bug)', target: 'custom-sms-sender', path: 'request.type', set: 'customEmailSenderRequestV1', expectPath: 'request.type', message: /must be "customSMSSenderRequestV1"/ },
  { name: 'email sender type missing', target: 'custom-email-sender', path: 'request.type', delete: true, expectPath: 'request.type' },
  { name: 'email sender code a number', target: 'custom-email-sender', path: 'request.code', set: 123456, expectPath: 'request.code' },
  { name: 'SMS sender code an object', target: 'custom-sms-sender', path: 'request.code', set: { ciphertext: 'AYAD' }, expectPath: 'request.code' },
  { name: 'email sender code null passes (UNVERIFIED, account takeover)', target: 'custom-email-sender', path: 'request.code', set: null, expectPath: null },
  {
    name: 'account takeover notification without code passes (UNVERIFIED)',
    target: 'custom-email-sender',
    also: [{ path: 'triggerSource', set: 'CustomEmailSender_AccountTakeOverNotification' }, { path: 'request.clientMetadata', delete: true }],
    path: 'request.code',
    delete: true,
    expectPath: null,
  },
  { name: 'response on an email sender event', target: 'custom-email-sender', path: 'response', set: {}, expectPath: 'response', message: /asynchronously/ },
  { name: 'response null on an SMS sender event', target: 'custom-sms-sender', path: 'response', set: null, expectPath: 'response', message: /no response key/ },

  // Inbound federation.
  { name: 'providerName a number', target: 'inbound-federation', path: 'request.providerName', set: 5, expectPath: 'request.providerName' },
  { name: 'providerName missing', target: 'inbound-federation', path: 'request.providerName', delete: true, expectPath: 'request.providerName' },
  { name: 'providerType unknown', target: 'inbound-federation', path: 'request.providerType', set: 'Okta', expectPath: 'request.providerType', message: /"Okta" is not one of OIDC, SAML/ },
  { name: 'providerType SignInWithApple passes', target: 'inbound-federation', path: 'request.providerType', set: 'SignInWithApple', expectPath: null },
  { name: 'attributes a string', target: 'inbound-federation', path: 'request.attributes', set: 'id_token', expectPath: 'request.attributes' },
  { name: 'tokenResponse an array', target: 'inbound-federation', path: 'request.attributes.tokenResponse', set: [], expectPath: 'request.attributes.tokenResponse' },
  { name: 'tokenResponse expires_in a number', target: 'inbound-federation', path: 'request.attributes.tokenResponse.expires_in', set: 3599, expectPath: 'request.attributes.tokenResponse.expires_in' },
  { name: 'idToken a string (undecoded JWT)', target: 'inbound-federation', path: 'request.attributes.idToken', set: 'eyJhbGciOi', expectPath: 'request.attributes.idToken' },
  { name: 'idToken claim a boolean', target: 'inbound-federation', path: 'request.attributes.idToken.email_verified', set: true, expectPath: 'request.attributes.idToken.email_verified' },
  { name: 'userInfo a number', target: 'inbound-federation', path: 'request.attributes.userInfo', set: 0, expectPath: 'request.attributes.userInfo' },
  { name: 'userInfo value an object', target: 'inbound-federation', path: 'request.attributes.userInfo.address', set: { locality: 'Paris' }, expectPath: 'request.attributes.userInfo.address' },
  { name: 'samlResponse a string', target: 'inbound-federation', path: 'request.attributes.samlResponse', set: '<saml/>', expectPath: 'request.attributes.samlResponse' },
  { name: 'samlResponse value a list', target: 'inbound-federation', path: 'request.attributes.samlResponse.groups', set: ['a', 'b'], expectPath: 'request.attributes.samlResponse.groups' },
  { name: 'userInfo {} passes (may be empty)', target: 'inbound-federation', path: 'request.attributes.userInfo', set: {}, expectPath: null },
  { name: 'userAttributesToMap a string', target: 'inbound-federation', path: 'response.userAttributesToMap', set: 'email', expectPath: 'response.userAttributesToMap' },
  { name: 'userAttributesToMap value a number', target: 'inbound-federation', path: 'response.userAttributesToMap', set: { email: 'jane@example.com', age: 42 }, expectPath: 'response.userAttributesToMap.age' },
  { name: 'userAttributesToMap filled passes', target: 'inbound-federation', path: 'response.userAttributesToMap', set: { email: 'jane@example.com', name: 'Jane Doe' }, expectPath: null },
];

/**
 * A generated "passes" case that leaves the sample unchanged (e.g. version "1" on a V1 sample) is
 * the base case itself, already tested above; it is dropped rather than run as a vacuous test.
 */
function changesSample(m: Mutation): boolean {
  const { base, event } = mutatedEvent(m);
  return JSON.stringify(base) !== JSON.stringify(event);
}

const MUTATIONS: Mutation[] = [...generated().filter((m) => m.expectPath !== null || changesSample(m)), ...SPECIFIC];

// ---------------------------------------------------------------------------------------------

/** zod's own default texts; every message the kit prints must be rewritten in plain words. */
const ZOD_DEFAULT = /^(Invalid input|Invalid option|Invalid element|Invalid key|Unrecognized key|Too (big|small))/;

function run(m: Mutation) {
  const slug = sampleSlug(m.target);
  const { base, event } = mutatedEvent(m);
  return { slug, base, event, result: validateEvent(event, { target: slug }) };
}

describe('base samples', () => {
  it.each(SAMPLE_NAMES)('%s passes with no error and no realism warning', (name) => {
    const r = validateEvent(sample(name), { target: sampleSlug(name), strict: true });
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.unanswered).toBe(true);
  });

  it('covers every trigger slug', () => {
    expect([...new Set(SAMPLE_NAMES.map(sampleSlug))].sort()).toEqual([...TRIGGER_SLUGS].sort());
  });
});

describe('targeted mutations', () => {
  const failing = MUTATIONS.filter((m) => m.expectPath !== null);
  const passing = MUTATIONS.filter((m) => m.expectPath === null);

  it.each(failing.map((m) => [`${m.target}: ${m.name} → error at ${m.expectPath}`, m] as const))('%s', (_title, m) => {
    const { base, event, result } = run(m);
    expect(validateEvent(base, { target: sampleSlug(m.target) }).errors, 'the unmutated event passes').toEqual([]);
    expect(JSON.stringify(event), 'the mutation changes the event').not.toBe(JSON.stringify(base));
    expect(result.ok).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    const expected = normalisePath(m.expectPath as string);
    expect(result.errors.map((e) => formatPath(e.path))).toEqual(result.errors.map(() => expected));
    for (const e of result.errors) {
      expect(e.message).not.toMatch(ZOD_DEFAULT);
      expect(e.message.length).toBeGreaterThan(15);
      expect(e.rule).toMatch(/^schema\//);
    }
    if (m.message) expect(result.errors.map((e) => e.message).join('\n')).toMatch(m.message);
  });

  it.each(passing.map((m) => [`${m.target}: ${m.name}`, m] as const))('%s', (_title, m) => {
    const { base, event, result } = run(m);
    expect(JSON.stringify(event), 'the mutation changes the event').not.toBe(JSON.stringify(base));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('mutation coverage', () => {
  it.each([...TRIGGER_SLUGS])('every constrained field of %s has a failing mutation', (slug) => {
    const fields = fieldsOf(slug);
    expect(fields.length).toBeGreaterThan(8);
    const failing = MUTATIONS.filter((m) => m.expectPath !== null && sampleSlug(m.target) === slug);
    const uncovered = fields
      .filter((f) => !failing.some((m) => matchesPattern(parsePath(m.expectPath as string), f)))
      .map(formatPattern);
    expect(uncovered).toEqual([]);
  });

  it('the field walker sees nested constraints (a walker that saw nothing would cover everything)', () => {
    const fields = fieldsOf('pre-token-generation-v2').map(formatPattern);
    expect(fields).toContain('response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride.email_verified');
    expect(fields).toContain('request.groupConfiguration.preferredRole');
    expect(fields).toContain('request.scopes[]');
    expect(fieldsOf('define-auth-challenge').map(formatPattern)).toContain('request.session[].challengeMetadata');
  });
});

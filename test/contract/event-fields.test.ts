/**
 * The fields of the event envelope and the request that each contract checks, written out here
 * from the sheet (§1.1, §3, §4.3) rather than read from the schemas. The targeted-mutation suite
 * (mutations.test.ts) draws its cases from the schemas' own field lists, so a schema that lost a
 * field would also lose that field's cases; the static schema mutants of the mutation run
 * (docs/mutation.md) did exactly that. Each case breaks one field of a valid sample and expects
 * exactly one error, at that field, and a right value there to pass.
 */
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/shared/issues.js';
import { validateEvent } from '../../src/validation/validate.js';
import { mutatedEvent, type Edit } from './mutate.js';
import { SAMPLE_NAMES, sample, type SampleName } from './samples.js';

/** The paths of the errors `validateEvent` reports for the sample with `edit` applied. */
function errorPaths(target: SampleName, edit: Edit): string[] {
  const { event } = mutatedEvent({ name: edit.path, target, expectPath: null, ...edit });
  return validateEvent(event).errors.map((i) => formatPath(i.path));
}

describe('the samples', () => {
  it.each(SAMPLE_NAMES)('%s is valid as written', (target) => {
    expect(validateEvent(sample(target)).errors).toEqual([]);
  });
});

describe('callerContext', () => {
  it.each(SAMPLE_NAMES)('%s: clientId is required and a string', (target) => {
    expect(errorPaths(target, { path: 'callerContext.clientId', delete: true })).toEqual(['callerContext.clientId']);
    expect(errorPaths(target, { path: 'callerContext.clientId', set: 42 })).toEqual(['callerContext.clientId']);
    expect(errorPaths(target, { path: 'callerContext.clientId', set: 'CLIENT_ID_NOT_APPLICABLE' })).toEqual([]);
  });

  it.each(SAMPLE_NAMES)('%s: awsSdkVersion, when present, is a string', (target) => {
    expect(errorPaths(target, { path: 'callerContext.awsSdkVersion', set: 3 })).toEqual(['callerContext.awsSdkVersion']);
    expect(errorPaths(target, { path: 'callerContext.awsSdkVersion', set: 'aws-sdk-js-3.0.0' })).toEqual([]);
  });
});

/** Samples whose event carries no `request.userAttributes` map Cognito fills (inbound federation). */
const WITHOUT_USER_ATTRIBUTES: readonly SampleName[] = ['inbound-federation'];

/**
 * Samples where `request.userAttributes` may be absent: a migrated user does not exist yet (null in a
 * capture), and a client-credentials token has no user (UNVERIFIED, sheet §3.6).
 */
const USER_ATTRIBUTES_OPTIONAL: readonly SampleName[] = [
  'user-migration',
  'user-migration/forgot-password',
  'pre-token-generation-v3/client-credentials',
];

describe('request.userAttributes', () => {
  const withAttributes = SAMPLE_NAMES.filter((n) => !WITHOUT_USER_ATTRIBUTES.includes(n));

  it.each(withAttributes)('%s: every value is a string', (target) => {
    expect(errorPaths(target, { path: 'request.userAttributes.email', set: 42 })).toEqual(['request.userAttributes.email']);
    expect(errorPaths(target, { path: 'request.userAttributes.email_verified', set: true })).toEqual(['request.userAttributes.email_verified']);
    expect(errorPaths(target, { path: 'request.userAttributes.email', set: 'jane@example.org' })).toEqual([]);
  });

  it.each(withAttributes.filter((n) => !USER_ATTRIBUTES_OPTIONAL.includes(n)))('%s: required', (target) => {
    expect(errorPaths(target, { path: 'request.userAttributes', delete: true })).toEqual(['request.userAttributes']);
  });

  it.each(USER_ATTRIBUTES_OPTIONAL)('%s: may be absent', (target) => {
    expect(errorPaths(target, { path: 'request.userAttributes', delete: true })).toEqual([]);
  });

  it('inbound federation: no userAttributes of its own, so any value there is an unknown key', () => {
    expect(errorPaths('inbound-federation', { path: 'request.userAttributes', set: { email: 42 } })).toEqual([]);
  });
});

/** The samples whose request has a `clientMetadata` map (every trigger but inbound federation, sheet §4.3). */
const WITH_CLIENT_METADATA = SAMPLE_NAMES.filter((n) => n !== 'inbound-federation');

/** The samples whose request has a `validationData` map (sheet §4.3). */
const WITH_VALIDATION_DATA: readonly SampleName[] = ['pre-signup', 'pre-authentication', 'user-migration', 'user-migration/forgot-password'];

describe('request.clientMetadata and request.validationData', () => {
  it.each(WITH_CLIENT_METADATA)('%s: clientMetadata holds strings, and may be null or absent', (target) => {
    expect(errorPaths(target, { path: 'request.clientMetadata.source', set: 1 })).toEqual(['request.clientMetadata.source']);
    expect(errorPaths(target, { path: 'request.clientMetadata', set: 'web' })).toEqual(['request.clientMetadata']);
    expect(errorPaths(target, { path: 'request.clientMetadata', set: { source: 'web' } })).toEqual([]);
    expect(errorPaths(target, { path: 'request.clientMetadata', set: null })).toEqual([]);
    expect(errorPaths(target, { path: 'request.clientMetadata', delete: true })).toEqual([]);
  });

  it('inbound federation: no clientMetadata, so any value there is an unknown key', () => {
    expect(errorPaths('inbound-federation', { path: 'request.clientMetadata', set: { source: 1 } })).toEqual([]);
  });

  it.each(WITH_VALIDATION_DATA)('%s: validationData holds strings, and may be null', (target) => {
    expect(errorPaths(target, { path: 'request.validationData.captcha', set: false })).toEqual(['request.validationData.captcha']);
    expect(errorPaths(target, { path: 'request.validationData', set: { captcha: 'ok' } })).toEqual([]);
    expect(errorPaths(target, { path: 'request.validationData', set: null })).toEqual([]);
  });
});

/** The pre token samples, with the request fields each version has (V1 has no `scopes`, sheet §3.6). */
const PRE_TOKEN: ReadonlyArray<[SampleName, boolean]> = [
  ['pre-token-generation', false],
  ['pre-token-generation-v2', true],
  ['pre-token-generation-v3', true],
  ['pre-token-generation-v3/client-credentials', true],
];

describe('pre token generation: groupConfiguration and scopes', () => {
  it.each(PRE_TOKEN)('%s: groupConfiguration holds string lists and one preferred role', (target) => {
    expect(errorPaths(target, { path: 'request.groupConfiguration', set: 'admins' })).toEqual(['request.groupConfiguration']);
    expect(errorPaths(target, { path: 'request.groupConfiguration.groupsToOverride', set: 'admins' })).toEqual(['request.groupConfiguration.groupsToOverride']);
    expect(errorPaths(target, { path: 'request.groupConfiguration.preferredRole', set: ['arn:aws:iam::123456789012:role/a'] })).toEqual([
      'request.groupConfiguration.preferredRole',
    ]);
    expect(errorPaths(target, { path: 'request.groupConfiguration.preferredRole', set: 'arn:aws:iam::123456789012:role/a' })).toEqual([]);
    expect(errorPaths(target, { path: 'request.groupConfiguration.preferredRole', set: null })).toEqual([]);
  });

  it.each(PRE_TOKEN)('%s: scopes is a list of strings where the version has it (%s)', (target, hasScopes) => {
    // V1 has no scopes: the key is unknown there, and unknown keys pass on input.
    expect(errorPaths(target, { path: 'request.scopes', set: 'openid' })).toEqual(hasScopes ? ['request.scopes'] : []);
    expect(errorPaths(target, { path: 'request.scopes', set: ['openid', 'orders/read'] })).toEqual([]);
  });

  it('V3: a user source must carry groupConfiguration, a client-credentials event may lack it', () => {
    expect(errorPaths('pre-token-generation-v3', { path: 'request.groupConfiguration', delete: true })).toEqual(['request.groupConfiguration']);
    expect(errorPaths('pre-token-generation-v3/client-credentials', { path: 'request.groupConfiguration', delete: true })).toEqual([]);
  });
});

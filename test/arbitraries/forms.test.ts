/**
 * In 1,000 samples of a slug (default constraints: both profiles), every source appears and every
 * optional field shows each form the sheet allows (§4.3, §4.5, §6 point 1). The expected forms are
 * written here from the sheet, not read from the generators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_ARBITRARIES } from '../../src/arbitraries.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import { at, formOf } from './runs.js';

const ALL_MAP_FORMS = ['absent', 'null', 'empty', 'map'];
const USER_NOT_FOUND = ['absent', 'false', 'true'];

/** Field path → forms that must all appear. `*` in a path means "any element of the list". */
const EXPECTED: Record<TriggerSlug, Record<string, string[]>> = {
  'pre-signup': { 'request.clientMetadata': ALL_MAP_FORMS, 'request.validationData': ALL_MAP_FORMS },
  'post-confirmation': { 'request.clientMetadata': ALL_MAP_FORMS },
  'pre-authentication': {
    'request.validationData': ALL_MAP_FORMS,
    'request.userNotFound': USER_NOT_FOUND,
    'request.userAttributes': ['empty', 'map'],
    'request.clientMetadata': ['absent', 'null', 'map'],
  },
  'post-authentication': { 'request.clientMetadata': ALL_MAP_FORMS, 'request.newDeviceUsed': ['absent', 'false', 'true'] },
  'define-auth-challenge': {
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.userNotFound': USER_NOT_FOUND,
    'request.session': ['empty', 'list'],
    'request.session.*.challengeMetadata': ['null', 'string'],
    'request.session.*.challengeResult': ['true', 'false'],
  },
  'create-auth-challenge': {
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.userNotFound': USER_NOT_FOUND,
    'request.session': ['empty', 'list'],
    'request.session.*.challengeMetadata': ['null', 'string'],
  },
  'verify-auth-challenge-response': {
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.userNotFound': USER_NOT_FOUND,
    'request.privateChallengeParameters': ['null', 'map'],
  },
  'pre-token-generation': {
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.groupConfiguration.groupsToOverride': ['empty', 'list'],
    'request.groupConfiguration.preferredRole': ['null', 'string'],
  },
  'pre-token-generation-v2': {
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.groupConfiguration.preferredRole': ['null', 'string'],
    'request.scopes': ['empty', 'list'],
  },
  'pre-token-generation-v3': {
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.groupConfiguration': ['null', 'empty', 'map'],
    'request.userAttributes': ['absent', 'empty', 'map'],
    userName: ['absent', 'null', 'string'],
    'request.scopes': ['empty', 'list'],
  },
  'user-migration': {
    'request.password': ['absent', 'string'],
    'request.validationData': ALL_MAP_FORMS,
    'request.clientMetadata': ALL_MAP_FORMS,
    'request.userAttributes': ['absent', 'null', 'empty'],
  },
  'custom-message': { 'request.clientMetadata': ALL_MAP_FORMS, 'request.usernameParameter': ['null', 'string'] },
  'custom-email-sender': { 'request.clientMetadata': ALL_MAP_FORMS, 'request.code': ['absent', 'null', 'string'] },
  'custom-sms-sender': { 'request.clientMetadata': ALL_MAP_FORMS, 'request.code': ['string'] },
  'inbound-federation': {
    'request.attributes.userInfo': ['absent', 'empty', 'map'],
    'request.attributes.samlResponse': ['absent', 'map'],
    'request.attributes.tokenResponse': ['absent', 'map'],
  },
};

function formsAt(events: readonly unknown[], path: string): Set<string> {
  const seen = new Set<string>();
  const star = path.indexOf('.*.');
  for (const event of events) {
    if (star === -1) {
      const { present, value } = at(event, path);
      seen.add(formOf(value, present));
      continue;
    }
    const list = at(event, path.slice(0, star)).value;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const { present, value } = at(item, path.slice(star + 3));
      seen.add(formOf(value, present));
    }
  }
  return seen;
}

describe.each(TRIGGERS.map((t) => t.slug as TriggerSlug))('%s: 1,000 samples', (slug) => {
  const events = fc.sample(EVENT_ARBITRARIES[slug]() as fc.Arbitrary<unknown>, { numRuns: 1000, seed: 20_260_101 }) as Record<string, unknown>[];

  it('show every source of the slug', () => {
    const expected = TRIGGERS.find((t) => t.slug === slug)!.sources.map((s) => s.triggerSource);
    expect(new Set(events.map((e) => e.triggerSource))).toEqual(new Set(expected));
  });

  it.each(Object.entries(EXPECTED[slug]))('show every form of %s', (path, forms) => {
    const seen = formsAt(events, path);
    for (const form of forms) expect(seen, `${path} never ${form}`).toContain(form);
  });

  it('is the pre-filled response Cognito sends, or none for the custom senders', () => {
    const sender = slug === 'custom-email-sender' || slug === 'custom-sms-sender';
    for (const event of events) expect('response' in event).toBe(!sender);
  });
});

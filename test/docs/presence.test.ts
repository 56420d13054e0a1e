import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/docs/fields.js';
import { fieldOfPath, formsAt, observePresence, ruleFields, samplePresence } from '../../src/docs/presence.js';
import { getTrigger } from '../../src/triggers/registry.js';

describe('formsAt', () => {
  it.each([
    [{ request: {} }, 'absent'],
    [{ request: { clientMetadata: undefined } }, 'absent'],
    [{ request: { clientMetadata: null } }, 'null'],
    [{ request: { clientMetadata: {} } }, 'empty'],
    [{ request: { clientMetadata: { k: 'v' } } }, 'value'],
  ] as const)('%j → %s', (event, form) => {
    expect([...formsAt(event, ['request', 'clientMetadata'])]).toEqual([form]);
  });

  it('observes nothing when the parent is missing', () => {
    expect([...formsAt({}, ['request', 'clientMetadata'])]).toEqual([]);
    expect([...formsAt({ request: null }, ['request', 'clientMetadata'])]).toEqual([]);
  });

  it('walks every element for []', () => {
    const event = { request: { session: [{ challengeMetadata: null }, { challengeMetadata: 'Q' }, {}] } };
    expect([...formsAt(event, ['request', 'session', '[]', 'challengeMetadata'])].sort()).toEqual(['absent', 'null', 'value']);
    expect([...formsAt({ request: { session: [] } }, ['request', 'session', '[]', 'challengeMetadata'])]).toEqual([]);
  });
});

describe('observePresence', () => {
  it('collects the forms across events in a fixed order', () => {
    const seen = observePresence([{ a: 'x' }, {}, { a: null }, { a: '' }], [{ path: ['a'] }, { path: ['b'] }]);
    expect(seen.get('a')).toEqual(['absent', 'null', 'empty', 'value']);
    expect(seen.get('b')).toEqual(['absent']);
  });
});

describe('samplePresence', () => {
  it('reads the generators: migrate user sends a password only for UserMigration_Authentication', () => {
    const t = getTrigger('user-migration');
    const fields = schemaFields(t.eventSchema).filter((f) => f.path.join('.') === 'request.password');
    const presence = samplePresence(t, fields, { seed: 1, runs: 40 });
    expect(presence.get('UserMigration_Authentication')?.get('request.password')).toEqual(['value']);
    expect(presence.get('UserMigration_ForgotPassword')?.get('request.password')).toEqual(['absent']);
  });

  it('is deterministic for a seed', () => {
    const t = getTrigger('custom-email-sender');
    const fields = schemaFields(t.eventSchema).filter((f) => f.path[0] === 'request');
    const a = samplePresence(t, fields, { seed: 7, runs: 30 });
    const b = samplePresence(t, fields, { seed: 7, runs: 30 });
    expect([...a].map(([s, m]) => [s, [...m]])).toEqual([...b].map(([s, m]) => [s, [...m]]));
  });
});

describe('fieldOfPath', () => {
  const fields = [{ path: ['response'] }, { path: ['response', 'claims'] }, { path: ['response', 'claims', '*'] }, { path: ['response', 'claims', 'address'] }];

  it('picks the longest pattern, a declared key before the catch-all', () => {
    expect(fieldOfPath(['response', 'claims', 'address'], fields)?.path).toEqual(['response', 'claims', 'address']);
    expect(fieldOfPath(['response', 'claims', 'custom:tier'], fields)?.path).toEqual(['response', 'claims', '*']);
    expect(fieldOfPath(['response', 'other'], fields)?.path).toEqual(['response']);
    expect(fieldOfPath(['request'], fields)).toBeUndefined();
  });
});

describe('ruleFields', () => {
  it('maps a rule to the response field its issues land on', () => {
    const t = getTrigger('verify-auth-challenge-response');
    const fields = schemaFields(t.responseSchema).map((f) => ({ ...f, path: ['response', ...f.path] }));
    expect(ruleFields(t, fields, { seed: 3, runs: 40 }).get('verify-auth-challenge-response/answer-not-boolean')).toEqual(['response.answerCorrect']);
  });

  it('has nothing for an asynchronous trigger', () => {
    const t = getTrigger('custom-sms-sender');
    expect(ruleFields(t, schemaFields(t.eventSchema)).size).toBe(0);
  });
});

/**
 * Details of the event validator (`src/validation/validate.ts`), the pre-fill check
 * (`src/validation/prefill.ts`) and the zod issue translation (`src/validation/zod-issues.ts`)
 * that the other contract suites do not pin: which trigger is picked, when realism runs, what
 * counts as unanswered, and the wording of each kind of schema issue. Written against the
 * survivors of the mutation run (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CognitoContractError } from '../../src/shared/errors.js';
import { getTrigger } from '../../src/triggers/registry.js';
import { isUnanswered, prefilledResponse } from '../../src/validation/prefill.js';
import { parseEvent, responseIssues, triggerForEvent, validateEvent } from '../../src/validation/validate.js';
import { fromZodIssues } from '../../src/validation/zod-issues.js';
import { customEmailSender, preSignUp, preToken } from '../rules/support.js';

describe('triggerForEvent and validateEvent: picking the trigger', () => {
  it('names a missing triggerSource and an unknown one, with their rule', () => {
    const missing = validateEvent({ version: '1' });
    expect(missing.errors).toEqual([
      { rule: 'schema/unknown_trigger_source', severity: 'error', path: ['triggerSource'], message: 'triggerSource is missing: every Cognito event names its triggerSource' },
    ]);
    expect(missing.unanswered).toBe(false);
    expect(missing.trigger).toBeUndefined();
    expect(validateEvent({ triggerSource: 'Nope' }).errors[0]!.message).toBe('"Nope" is not one of the 41 Cognito triggerSources');
  });

  it('lets options.version win over the event version for a TokenGeneration source', () => {
    const picked = triggerForEvent(preToken(1), { version: 2 });
    expect('trigger' in picked && picked.trigger.slug).toBe('pre-token-generation-v2');
  });

  it('reads no version from an event of another trigger', () => {
    const picked = triggerForEvent({ ...preSignUp(), version: '2' });
    expect('trigger' in picked && picked.trigger.slug).toBe('pre-signup');
  });

  it('reports an event that is not an object, once a target names the trigger', () => {
    const r = validateEvent('not an event', { target: 'pre-signup' });
    expect(r.errors).toEqual([{ rule: 'schema/invalid_type', severity: 'error', path: [], message: 'an event must be a JSON object' }]);
    expect(r.trigger).toBe('pre-signup');
    expect(r.unanswered).toBe(false);
  });

  it('reports an event whose triggerSource is another source of the named target', () => {
    const event = preSignUp('PreSignUp_AdminCreateUser');
    const r = validateEvent(event, { target: 'PreSignUp_SignUp' });
    expect(r.errors).toContainEqual({ rule: 'schema/trigger_source_mismatch', severity: 'error', path: ['triggerSource'], message: 'expected PreSignUp_SignUp, got "PreSignUp_AdminCreateUser"' });
    expect(validateEvent(event, { target: 'pre-signup' }).errors).toEqual([]);
  });
});

describe('validateEvent: realism', () => {
  const odd = { ...preSignUp(), region: 'moon-1' };

  it('warns about an unrealistic value of a valid event, unless realism is off', () => {
    expect(validateEvent(odd).warnings.map((w) => w.rule)).toContain('realism/region-format');
    expect(validateEvent(odd, { realism: false }).warnings).toEqual([]);
  });

  it('adds no realism warning to an event that already has an error', () => {
    const broken = validateEvent({ ...odd, userPoolId: 7 });
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(broken.warnings).toEqual([]);
  });
});

describe('responseIssues', () => {
  it('judges only the object response of a synchronous trigger', () => {
    expect(responseIssues(getTrigger('pre-signup'), null)).toEqual([]);
    expect(responseIssues(getTrigger('pre-signup'), 'yes')).toEqual([]);
    expect(responseIssues(getTrigger('custom-email-sender'), { anything: 1 })).toEqual([]);
    expect(responseIssues(getTrigger('pre-signup'), { autoConfirmUser: 'yes' }).map((i) => i.path)).toEqual([['response', 'autoConfirmUser']]);
  });
});

describe('parseEvent', () => {
  it('names the trigger alone in the header when the event lacks a source, and nothing when no trigger is known', () => {
    const header = (fn: () => unknown): string => {
      try {
        fn();
      } catch (err) {
        expect(err).toBeInstanceOf(CognitoContractError);
        return (err as CognitoContractError).header;
      }
      throw new Error('expected a CognitoContractError');
    };
    expect(header(() => parseEvent('x', { target: 'pre-signup' }))).toBe('Invalid Cognito event (pre-signup):');
    expect(header(() => parseEvent({}))).toBe('Invalid Cognito event:');
  });

  it('cuts the stack at the caller', () => {
    let stack = '';
    try {
      parseEvent({});
    } catch (err) {
      stack = (err as Error).stack ?? '';
    }
    const firstFrame = stack.split('\n').find((l) => l.trimStart().startsWith('at '));
    expect(firstFrame).toMatch(/validation-details\.test\.ts/);
  });
});

describe('isUnanswered', () => {
  it('is true for a custom sender only without a response', () => {
    expect(isUnanswered('custom-email-sender', undefined)).toBe(true);
    expect(isUnanswered('custom-email-sender', {})).toBe(false);
    expect(isUnanswered('custom-email-sender', customEmailSender().response)).toBe(true);
  });

  it('is false for a response that is not an object', () => {
    for (const response of [null, undefined, 'x', [], [null]]) expect(isUnanswered('define-auth-challenge', response)).toBe(false);
  });

  it('accepts nulls, absent keys and the pre-filled values, and nothing else', () => {
    expect(isUnanswered('define-auth-challenge', {})).toBe(true);
    expect(isUnanswered('define-auth-challenge', { challengeName: null, issueTokens: undefined })).toBe(true);
    expect(isUnanswered('define-auth-challenge', { issueTokens: false })).toBe(false);
    expect(isUnanswered('pre-signup', { autoConfirmUser: false, autoVerifyEmail: false })).toBe(true);
    expect(isUnanswered('pre-signup', { autoConfirmUser: null })).toBe(true);
    expect(isUnanswered('pre-signup', { autoConfirmUser: true })).toBe(false);
    expect(isUnanswered('pre-signup', { somethingElse: null })).toBe(false);
    expect(isUnanswered('inbound-federation', { userAttributesToMap: {} })).toBe(true);
    expect(isUnanswered('inbound-federation', { userAttributesToMap: { email: 'x' } })).toBe(false);
  });

  it('accepts the docs\' [] for the V2/V3 details only', () => {
    expect(isUnanswered('pre-token-generation-v2', { claimsAndScopeOverrideDetails: [] })).toBe(true);
    expect(isUnanswered('pre-token-generation-v3', { claimsAndScopeOverrideDetails: ['x'] })).toBe(false);
    expect(isUnanswered('pre-token-generation', { claimsOverrideDetails: [] })).toBe(false);
  });

  it('hands out a fresh copy of the pre-fill, or undefined for a sender', () => {
    const a = prefilledResponse('pre-signup');
    a!.autoConfirmUser = true;
    expect(prefilledResponse('pre-signup')).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false });
    expect(prefilledResponse('custom-sms-sender')).toBeUndefined();
  });
});

describe('fromZodIssues', () => {
  const issuesOf = (schema: z.ZodType, value: unknown, base: Array<string | number> = [], options: Parameters<typeof fromZodIssues>[3] = {}) => {
    const r = schema.safeParse(value);
    expect(r.success).toBe(false);
    return fromZodIssues(r.error!.issues, value, base, options);
  };
  const messageOf = (schema: z.ZodType, value: unknown): string => issuesOf(schema, value)[0]!.message;

  it('says what type was expected, with an article, and what was there', () => {
    expect(issuesOf(z.object({ a: z.string() }), {})).toEqual([{ rule: 'schema/invalid_type', severity: 'error', path: ['a'], message: 'missing: a string is required here' }]);
    expect(messageOf(z.object({ a: z.number() }), { a: 'x' })).toBe('expected a number, got the string "x"');
    expect(messageOf(z.object({ a: z.array(z.string()) }), { a: 'x' })).toBe('expected an array, got the string "x"');
    expect(messageOf(z.object({ a: z.object({}) }), { a: 1 })).toBe('expected an object, got the number 1');
    expect(messageOf(z.object({ a: z.record(z.string(), z.string()) }), { a: 1 })).toBe('expected an object, got the number 1');
    expect(messageOf(z.object({ a: z.never() }), { a: 1 })).toBe('expected nothing (the key must be absent), got the number 1');
  });

  it('words a wrong literal and the length limits of strings and arrays', () => {
    expect(messageOf(z.literal('x'), 'y')).toBe('expected "x", got the string "y"');
    expect(messageOf(z.string().max(3), 'abcd')).toBe('too long: at most 3 characters');
    expect(messageOf(z.array(z.string()).max(1), ['a', 'b'])).toBe('too long: at most 1 items');
    expect(messageOf(z.string().min(2), 'a')).toBe('too short: at least 2 characters');
    expect(messageOf(z.array(z.string()).min(2), ['a'])).toBe('too short: at least 2 items');
  });

  it('reports the union branch that got furthest, or that no form matched', () => {
    const union = z.union([z.object({ a: z.string() }), z.object({ b: z.object({ c: z.number() }) })]);
    expect(issuesOf(union, { b: { c: 'x' } }, ['response'])).toEqual([
      { rule: 'schema/invalid_type', severity: 'error', path: ['response', 'b', 'c'], message: 'expected a number, got the string "x"' },
    ]);
    expect(issuesOf(z.union([z.string(), z.number()]), true)).toEqual([
      { rule: 'schema/invalid_union', severity: 'error', path: [], message: 'the boolean true matches none of the allowed forms' },
    ]);
  });

  it('appends the value found to a schema\'s own message, unless it already says it', () => {
    const custom = z.object({ g: z.string({ error: 'a group name is a string' }) });
    expect(messageOf(custom, { g: 5 })).toBe('a group name is a string (got the number 5)');
    expect(messageOf(custom, {})).toBe('a group name is a string (the key is absent)');
    expect(messageOf(z.object({ g: z.string({ error: 'expected a string, got something else' }) }), { g: 5 })).toBe('expected a string, got something else');
    expect(messageOf(z.object({ g: z.string({ error: 'the number 5 is not a name' }) }), { g: 5 })).toBe('the number 5 is not a name');
    expect(messageOf(z.string().max(1, { error: 'one letter at most' }), 'ab')).toBe('one letter at most');
    expect(messageOf(z.string().regex(/^a/, { error: 'a name starts with a' }), 'b')).toBe('a name starts with a (got the string "b")');
  });

  it('keeps zod\'s message for a refinement without one of its own', () => {
    expect(issuesOf(z.string().refine(() => false), 'x')).toEqual([{ rule: 'schema/custom', severity: 'error', path: [], message: 'Invalid input' }]);
  });

  it('names each unknown key, the keys Cognito reads there, and the key it probably meant', () => {
    const strict = z.strictObject({ autoConfirmUser: z.boolean().optional() });
    const known = { knownKeys: () => ['autoConfirmUser', 'autoVerifyEmail'] };
    expect(issuesOf(strict, { autoconfirmuser: true, zzz: 1 }, ['response'], known)).toEqual([
      {
        rule: 'schema/unrecognized_key',
        severity: 'error',
        path: ['response', 'autoconfirmuser'],
        message: 'unknown key "autoconfirmuser": Cognito reads only autoConfirmUser, autoVerifyEmail here and silently ignores it (did you mean "autoConfirmUser"?)',
      },
      { rule: 'schema/unrecognized_key', severity: 'error', path: ['response', 'zzz'], message: 'unknown key "zzz": Cognito reads only autoConfirmUser, autoVerifyEmail here and silently ignores it' },
    ]);
    expect(issuesOf(z.strictObject({}), { x: 1 })[0]!.message).toBe('unknown key "x": Cognito reads no key here and silently ignores it');
    expect(issuesOf(z.strictObject({}), { x: 1 }, [], { hints: { x: 'x is a V1 key' } })[0]!.message).toBe('unknown key "x": Cognito reads no key here and silently ignores it (x is a V1 key)');
  });

  it('suggests the first of equally near keys, and allows more edits for a longer key', () => {
    const at = (key: string, known: string[]) => issuesOf(z.strictObject({}), { [key]: 1 }, [], { knownKeys: () => known })[0]!.message;
    expect(at('ax', ['ab', 'ac'])).toMatch(/\(did you mean "ab"\?\)$/);
    // 12 characters allow 3 edits; 11 allow only 2.
    expect(at('abcdefghijkl', ['abcdefghi'])).toMatch(/\(did you mean "abcdefghi"\?\)$/);
    expect(at('abcdefghijk', ['abcdefgh'])).not.toMatch(/did you mean/);
  });

  it('drops symbol path segments, which JSON paths cannot hold', () => {
    const issue = { code: 'custom', path: [Symbol('s'), 'a'], message: 'bad', input: 1 } as unknown as z.core.$ZodIssue;
    expect(fromZodIssues([issue], { a: 1 })).toEqual([{ rule: 'schema/custom', severity: 'error', path: ['a'], message: 'bad' }]);
  });
});

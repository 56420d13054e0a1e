/**
 * The value-type rule factories (`src/rules/values.ts`) in detail: the quoting hint of the boolean
 * rule, a null response given to the map rule on its own, and the two helpers other rules build
 * their messages and preconditions from. Written against the survivors of the mutation run
 * (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { checkResponse } from '../../src/rules/check.js';
import type { RuleContext } from '../../src/rules/types.js';
import { booleanFlagsRule, consequence, nonEmptyString, stringMapsRule } from '../../src/rules/values.js';
import { answer, preSignUp } from './support.js';

const flagMessage = (value: unknown): string => {
  const event = preSignUp();
  const result = checkResponse(event, answer(event, { autoConfirmUser: value, autoVerifyEmail: false, autoVerifyPhone: false }));
  const issue = result.issues.find((i) => i.rule === 'pre-signup/flag-not-boolean');
  expect(issue, JSON.stringify(result.issues)).toBeDefined();
  return issue!.message;
};

describe('booleanFlagsRule', () => {
  it('tells a quoted "true" to drop the quotes, whatever its case and spacing', () => {
    expect(flagMessage('true')).toContain('(write true without quotes)');
    expect(flagMessage(' TRUE ')).toContain('(write true without quotes)');
  });

  it('tells any other string to write false', () => {
    expect(flagMessage('false')).toContain('(write false without quotes)');
    expect(flagMessage('yes')).toContain('(write false without quotes)');
  });

  it('gives no quoting hint for a value that is not a string', () => {
    const message = flagMessage(1);
    expect(message).not.toContain('without quotes');
    expect(message).toMatch(/^autoConfirmUser is .*not a JSON boolean: Cognito answers InvalidLambdaResponseException/);
  });

  it('ends each message with what Cognito does, as a clause', () => {
    expect(flagMessage('true')).toMatch(/: Cognito answers InvalidLambdaResponseException "Unrecognizable lambda output" and the sign-up fails$/);
  });

  it('accepts null only where the rule allows it', () => {
    const rule = booleanFlagsRule({ what: 'flag', fields: ['a'], unset: 'absent', cognitoDoes: 'Fails.' });
    const nullable = booleanFlagsRule({ what: 'flag', fields: ['a'], unset: 'absent-or-null', cognitoDoes: 'Fails.' });
    const ctx = { response: { a: null } } as unknown as RuleContext;
    expect(rule.check(ctx).map((f) => f.path)).toEqual([['response', 'a']]);
    expect(nullable.check(ctx)).toEqual([]);
  });

  it('derives a summary from the fields when none is given, and is an error that replaces the type issue', () => {
    const rule = booleanFlagsRule({ what: 'flag', fields: ['a', 'b'], unset: 'absent', cognitoDoes: 'Fails.' });
    expect(rule.summary).toBe('a, b must be JSON booleans.');
    expect(rule.severity).toBe('error');
    expect(rule.replacesSchema).toEqual(['schema/invalid_type']);
  });
});

describe('stringMapsRule', () => {
  const rule = stringMapsRule({ what: 'not-string', fields: ['m'], cognitoDoes: 'Rejects it.' });

  it('finds nothing when used on its own without a response', () => {
    expect(rule.check({ response: undefined } as unknown as RuleContext)).toEqual([]);
  });

  it('reports each non-string value at its key, and a non-map at the field', () => {
    expect(rule.check({ response: { m: { a: 'x', b: 2 } } } as unknown as RuleContext).map((f) => f.path)).toEqual([['response', 'm', 'b']]);
    expect(rule.check({ response: { m: ['x'] } } as unknown as RuleContext).map((f) => f.path)).toEqual([['response', 'm']]);
  });

  it('derives a summary from the fields and passes appliesTo through only when given', () => {
    const two = stringMapsRule({ what: 'w', fields: ['a', 'b'], cognitoDoes: 'x' });
    expect(two.summary).toBe('a and b must map strings to strings.');
    expect(two.severity).toBe('error');
    expect(two.replacesSchema).toEqual(['schema/invalid_type']);
    expect(two.appliesTo).toBeUndefined();
    const gated = stringMapsRule({ what: 'w', fields: ['a'], cognitoDoes: 'x', appliesTo: () => false });
    expect(gated.appliesTo?.({} as RuleContext)).toBe(false);
  });
});

describe('consequence', () => {
  it('turns a catalog sentence into a clause starting with "Cognito"', () => {
    expect(consequence('Answers X.')).toBe('Cognito answers X');
    expect(consequence('Rejects the call')).toBe('Cognito rejects the call');
  });

  it('drops only the final full stop', () => {
    expect(consequence('Stores a.b.')).toBe('Cognito stores a.b');
  });
});

describe('nonEmptyString', () => {
  it('returns a string with content as it is', () => {
    expect(nonEmptyString({ email: ' jane@example.com ' }, 'email')).toBe(' jane@example.com ');
  });

  it('treats a blank, a non-string or a missing key as absent', () => {
    expect(nonEmptyString({ email: '   ' }, 'email')).toBeUndefined();
    expect(nonEmptyString({ email: '' }, 'email')).toBeUndefined();
    expect(nonEmptyString({ email: 1 }, 'email')).toBeUndefined();
    expect(nonEmptyString({}, 'email')).toBeUndefined();
    expect(nonEmptyString(null, 'email')).toBeUndefined();
  });
});

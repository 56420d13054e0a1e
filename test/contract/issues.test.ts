/**
 * The issue helpers every report prints through (`formatPath`, `dedupeIssues`, `describeValue`,
 * `formatIssue`, `valueAt`), and `parseEvent`, which throws a `CognitoContractError` naming paths.
 */
import { describe, expect, it } from 'vitest';
import {
  dedupeIssues,
  describeValue,
  formatIssue,
  formatPath,
  valueAt,
  type ContractIssue,
} from '../../src/shared/issues.js';
import { CognitoContractError, KitUsageError } from '../../src/shared/errors.js';
import { parseEvent, validateEvent } from '../../src/validation/validate.js';
import { sample } from './samples.js';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['version'], 'version'],
    [['response', 'answerCorrect'], 'response.answerCorrect'],
    [['request', 'session', 0, 'challengeName'], 'request.session[0].challengeName'],
    [['request', 'userAttributes', 'custom:plan'], 'request.userAttributes["custom:plan"]'],
    [['request', 'userAttributes', 'cognito:user_status'], 'request.userAttributes["cognito:user_status"]'],
    [['response', 'desiredDeliveryMediums', 1], 'response.desiredDeliveryMediums[1]'],
    [[0, 'triggerSource'], '[0].triggerSource'],
    [['a b'], '["a b"]'],
    [['$ok', '_x1'], '$ok._x1'],
    [['1abc'], '["1abc"]'],
    [['say "hi"'], '["say \\"hi\\""]'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'nothing (the key is absent)'],
    [[], 'an empty array'],
    [['a'], 'an array'],
    ['true', 'the string "true"'],
    ['', 'the string ""'],
    [42, 'the number 42'],
    [0, 'the number 0'],
    [false, 'the boolean false'],
    [{ a: 1 }, 'an object'],
  ] as const)('%j → %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('names the JavaScript type of a value JSON cannot hold', () => {
    expect(describeValue(10n)).toBe('a bigint');
    expect(describeValue(() => 1)).toBe('a function');
  });

  it('shortens long strings to 40 characters with an ellipsis', () => {
    const long = 'x'.repeat(100);
    const text = describeValue(long);
    expect(text).toBe(`the string "${'x'.repeat(37)}..."`);
    expect(describeValue('y'.repeat(40))).toBe(`the string "${'y'.repeat(40)}"`);
  });
});

describe('dedupeIssues', () => {
  const issue = (path: ContractIssue['path'], message: string, severity: ContractIssue['severity'] = 'error', rule = 'schema/invalid_type'): ContractIssue => ({
    rule,
    severity,
    path,
    message,
  });

  it('drops an issue that repeats the severity, path and message of an earlier one, keeping order', () => {
    const a = issue(['response', 'answerCorrect'], 'must be a boolean');
    const b = issue(['version'], 'must be "1"');
    const aAgain = issue(['response', 'answerCorrect'], 'must be a boolean', 'error', 'schema/other_rule');
    expect(dedupeIssues([a, b, aAgain])).toEqual([a, b]);
  });

  it('keeps issues that differ in path, message or severity', () => {
    const base = issue(['response', 'answerCorrect'], 'must be a boolean');
    const list = [
      base,
      issue(['response', 'answerCorrects'], 'must be a boolean'),
      issue(['response', 'answerCorrect'], 'must be a JSON boolean'),
      issue(['response', 'answerCorrect'], 'must be a boolean', 'warning'),
    ];
    expect(dedupeIssues(list)).toEqual(list);
  });

  it('treats paths that print alike as one ("0" key vs index 0 do not print alike)', () => {
    const byIndex = issue(['request', 'session', 0], 'x');
    const byKey = issue(['request', 'session', '0'], 'x');
    expect(dedupeIssues([byIndex, byKey])).toHaveLength(2);
    expect(dedupeIssues([])).toEqual([]);
  });

  it('merges the duplicate that the input and output schemas both report on a response field', () => {
    const event = sample('verify-auth-challenge-response');
    (event.response as Record<string, unknown>).answerCorrect = 'true';
    const r = validateEvent(event);
    expect(r.errors).toHaveLength(1);
    expect(formatPath(r.errors[0]?.path ?? [])).toBe('response.answerCorrect');
  });
});

describe('formatIssue and valueAt', () => {
  it('prints severity, path, message and rule on one line', () => {
    expect(formatIssue({ rule: 'schema/invalid_type', severity: 'error', path: ['response', 'answerCorrect'], message: 'expected a boolean' })).toBe(
      'error response.answerCorrect: expected a boolean [schema/invalid_type]',
    );
  });

  it('reads nested values and returns undefined past a missing step', () => {
    const event = sample('define-auth-challenge');
    expect(valueAt(event, ['request', 'session', 0, 'challengeName'])).toBe('CUSTOM_CHALLENGE');
    expect(valueAt(event, ['request', 'session', 5, 'challengeName'])).toBeUndefined();
    expect(valueAt(event, ['version', 'length', 'x'])).toBeUndefined();
    expect(valueAt(event, [])).toBe(event);
  });
});

describe('parseEvent', () => {
  it('returns a valid event unchanged', () => {
    const event = sample('pre-signup');
    expect(parseEvent(event)).toBe(event);
  });

  it('throws a CognitoContractError whose message names the trigger, the path and the rule', () => {
    const event = sample('user-migration');
    (event.response as Record<string, unknown>).finalUserStatus = 'UNCONFIRMED';
    (event.request as Record<string, unknown>).validationData = { retries: 3 };
    let caught: unknown;
    try {
      parseEvent(event);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CognitoContractError);
    const err = caught as CognitoContractError;
    expect(err.name).toBe('CognitoContractError');
    expect(err.header).toBe('Invalid Cognito event (user-migration / UserMigration_Authentication):');
    expect(err.message.split('\n')[0]).toBe(err.header);
    expect(err.message).toContain('response.finalUserStatus:');
    expect(err.message).toContain('request.validationData.retries:');
    expect(err.message).toContain('[schema/invalid_value]');
    expect(err.issues.map((i) => formatPath(i.path)).sort()).toEqual(['request.validationData.retries', 'response.finalUserStatus']);
    expect(err.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('names an unknown triggerSource with a did-you-mean', () => {
    const event = sample('custom-sms-sender');
    event.triggerSource = 'CustomSmsSender_SignUp';
    expect(() => parseEvent(event)).toThrow(CognitoContractError);
    expect(() => parseEvent(event)).toThrow(/triggerSource: "CustomSmsSender_SignUp" is not one of the 41 Cognito triggerSources \(did you mean CustomSMSSender_SignUp\?\)/);
  });

  it('throws on realism warnings only when strict, and then lists them', () => {
    const event = sample('post-confirmation');
    delete (event.request as { userAttributes: Record<string, unknown> }).userAttributes.sub;
    expect(() => parseEvent(event)).not.toThrow();
    expect(() => parseEvent(event, { strict: true })).toThrow(/warning request\.userAttributes\.sub: .*\[realism\/missing-sub\]/);
  });

  it('throws a KitUsageError, not a contract error, for a bad target option', () => {
    expect(() => parseEvent(sample('pre-signup'), { target: 'pre-sign-up-x' as never })).toThrow(KitUsageError);
  });

  it('rejects a value that is not an object at the root path', () => {
    expect(() => parseEvent('{"version":"1"}')).toThrow(/\(root\): an event must be a JSON object/);
    expect(() => parseEvent(null, { target: 'pre-signup' })).toThrow(CognitoContractError);
  });
});

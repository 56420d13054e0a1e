import { describe, expect, it } from 'vitest';
import { KitUsageError } from '../../src/shared/errors.js';
import { parseOverride, parseOverridePath, parseOverrideValue, setAtPath } from '../../src/shared/override-path.js';

describe('parseOverridePath', () => {
  it.each([
    ['request.userAttributes.email', ['request', 'userAttributes', 'email']],
    ['request.userAttributes.custom:plan', ['request', 'userAttributes', 'custom:plan']],
    ['request.userAttributes["cognito:user_status"]', ['request', 'userAttributes', 'cognito:user_status']],
    ["request.userAttributes['cognito:user_status']", ['request', 'userAttributes', 'cognito:user_status']],
    ['request.session[0].challengeResult', ['request', 'session', 0, 'challengeResult']],
    ['request.session[12]', ['request', 'session', 12]],
    ['a["x.y"]["[z]"]', ['a', 'x.y', '[z]']],
    ['a["say \\"hi\\""]', ['a', 'say "hi"']],
    ["a['it\\'s']", ['a', "it's"]],
    ['matrix[1][2]', ['matrix', 1, 2]],
    ['userName', ['userName']],
    ['["top"].x', ['top', 'x']],
  ])('%s', (text, expected) => {
    expect(parseOverridePath(text)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['.a', 'starts with a dot'],
    ['a..b', 'two dots'],
    ['a.', 'ends with a dot'],
    ['a.[0]', 'a dot cannot come before ['],
    ['a[x]', 'index'],
    ['a[-1]', 'index'],
    ['a["x"', 'expected ]'],
    ['a["x', 'not closed'],
    ["a['x", 'not closed'],
    ['a[0]b', 'between two keys'],
    ['a]b', 'unexpected'],
  ])('rejects %j (%s)', (text, fragment) => {
    let error: unknown;
    try {
      parseOverridePath(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KitUsageError);
    expect((error as KitUsageError).rule).toBe('override-path/syntax');
    expect((error as Error).message).toContain(fragment);
  });
});

describe('parseOverrideValue', () => {
  it.each([
    ['42', 42],
    ['true', true],
    ['null', null],
    ['"42"', '42'],
    ['{"a":[1]}', { a: [1] }],
    ['a@b.co', 'a@b.co'],
    ['+15555550100', '+15555550100'],
    ['01234', '01234'],
    ['', ''],
  ])('%j', (text, expected) => {
    expect(parseOverrideValue(text)).toEqual(expected);
  });
});

describe('parseOverride', () => {
  it('splits at the first = outside a quoted key', () => {
    expect(parseOverride('request.userAttributes.email="a@b.co"')).toEqual({ path: ['request', 'userAttributes', 'email'], value: 'a@b.co' });
    expect(parseOverride('request.clientMetadata["a=b"]=x=y')).toEqual({ path: ['request', 'clientMetadata', 'a=b'], value: 'x=y' });
    expect(parseOverride('request.userAttributes.custom:plan=pro')).toEqual({ path: ['request', 'userAttributes', 'custom:plan'], value: 'pro' });
  });

  it('needs an =', () => {
    expect(() => parseOverride('request.userAttributes.email')).toThrow(/has no "="/);
    expect(() => parseOverride('request.userAttributes.email')).toThrow(KitUsageError);
  });

  it('needs a path before the =', () => {
    expect(() => parseOverride('=1')).toThrow(/path is empty/);
  });
});

describe('setAtPath', () => {
  const event = () => ({
    request: { userAttributes: { email: 'a@example.com' } as Record<string, unknown>, session: [{ challengeName: 'SRP_A' }] as unknown[] },
    response: { claimsOverrideDetails: null as unknown },
  });

  it('sets a nested key, including colon keys', () => {
    const e = event();
    setAtPath(e, ['request', 'userAttributes', 'custom:plan'], 'pro');
    expect(e.request.userAttributes['custom:plan']).toBe('pro');
  });

  it('sets inside an array element and appends at the end', () => {
    const e = event();
    setAtPath(e, ['request', 'session', 0, 'challengeResult'], true);
    setAtPath(e, ['request', 'session', 1], { challengeName: 'CUSTOM_CHALLENGE' });
    expect(e.request.session).toEqual([{ challengeName: 'SRP_A', challengeResult: true }, { challengeName: 'CUSTOM_CHALLENGE' }]);
  });

  it('creates containers through null and missing keys', () => {
    const e = event();
    setAtPath(e, ['response', 'claimsOverrideDetails', 'claimsToSuppress', 0], 'email');
    expect(e.response.claimsOverrideDetails).toEqual({ claimsToSuppress: ['email'] });
    setAtPath(e, ['request', 'clientMetadata', 'step'], '2');
    expect((e.request as Record<string, unknown>).clientMetadata).toEqual({ step: '2' });
  });

  it('refuses to step into a string', () => {
    expect(() => setAtPath(event(), ['request', 'userAttributes', 'email', 'x'], 1)).toThrow(
      /request\.userAttributes\.email holds the string "a@example\.com", not an object or array/,
    );
  });

  it('refuses a name on an array, an index on an object, and holes', () => {
    expect(() => setAtPath(event(), ['request', 'session', 'x'], 1)).toThrow(/is an array/);
    expect(() => setAtPath(event(), ['request', 'userAttributes', 0], 1)).toThrow(/is an object/);
    expect(() => setAtPath(event(), ['request', 'session', 5], 1)).toThrow(/would leave a hole/);
  });

  it('stores a __proto__ key as data', () => {
    const e = event();
    setAtPath(e, ['request', 'userAttributes', '__proto__'], 'x');
    expect(Object.getPrototypeOf(e.request.userAttributes)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(e.request.userAttributes, '__proto__')).toBe(true);
  });

  it('errors carry the rule id', () => {
    try {
      setAtPath(event(), ['request', 'userAttributes', 'email', 'x'], 1);
      expect.unreachable();
    } catch (e) {
      expect((e as KitUsageError).rule).toBe('override-path/not-an-object');
    }
  });
});

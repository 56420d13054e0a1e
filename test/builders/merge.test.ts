import { describe, expect, it } from 'vitest';
import { KitUsageError } from '../../src/shared/errors.js';
import { copyData, isPlainObject, mergeInto, mergeOverrides } from '../../src/shared/merge.js';

describe('mergeOverrides', () => {
  const base = () => ({
    request: { userAttributes: { email: 'a@example.com', name: 'A' }, session: [{ n: 1 }, { n: 2 }], clientMetadata: { k: 'v' } },
    response: { flag: false },
  });

  it('merges plain objects key by key, recursively', () => {
    const out = mergeOverrides(base(), { request: { userAttributes: { email: 'b@example.com' } } });
    expect(out.request.userAttributes).toEqual({ email: 'b@example.com', name: 'A' });
    expect(out.request.session).toEqual([{ n: 1 }, { n: 2 }]);
    expect(out.response).toEqual({ flag: false });
  });

  it('replaces arrays whole instead of merging them index by index', () => {
    const out = mergeOverrides(base(), { request: { session: [{ n: 9 }] } });
    expect(out.request.session).toEqual([{ n: 9 }]);
  });

  it('treats null as a value that replaces an object', () => {
    const out = mergeOverrides(base(), { request: { clientMetadata: null } } as never);
    expect(out.request.clientMetadata).toBeNull();
    expect(Object.keys(out.request)).toContain('clientMetadata');
  });

  it('deletes a key whose override is undefined', () => {
    const out = mergeOverrides(base(), { request: { clientMetadata: undefined } });
    expect(out.request).not.toHaveProperty('clientMetadata');
    expect(JSON.stringify(out)).not.toContain('clientMetadata');
  });

  it('replaces a null or primitive base value with a copy of an override object', () => {
    const over = { inner: { a: 1 } };
    const out = mergeOverrides({ x: null as unknown, y: 'str' as unknown }, { x: over, y: { b: 2 } });
    expect(out).toEqual({ x: { inner: { a: 1 } }, y: { b: 2 } });
    expect(out.x).not.toBe(over);
    (out.x as { inner: { a: number } }).inner.a = 5;
    expect(over.inner.a).toBe(1);
  });

  it('adds keys the base does not have', () => {
    const out = mergeOverrides(base(), { request: { userNotFound: true } } as never);
    expect((out.request as Record<string, unknown>).userNotFound).toBe(true);
  });

  it('never changes the base, nor shares objects with it', () => {
    const b = base();
    const before = JSON.stringify(b);
    const out = mergeOverrides(b, { request: { userAttributes: { email: 'x@example.com' } } });
    expect(JSON.stringify(b)).toBe(before);
    expect(out.request.session).not.toBe(b.request.session);
    expect(out.request.session[0]).not.toBe(b.request.session[0]);
  });

  it('does not share the override arrays with the result', () => {
    const session = [{ n: 3 }];
    const out = mergeOverrides(base(), { request: { session } });
    out.request.session[0]!.n = 4;
    expect(session[0]!.n).toBe(3);
  });

  it('keeps a "__proto__" key as data instead of changing the prototype', () => {
    const overrides = JSON.parse('{"request":{"userAttributes":{"__proto__":{"polluted":"yes"}}}}') as object;
    const out = mergeOverrides(base(), overrides as never);
    const attrs = out.request.userAttributes as Record<string, unknown>;
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(attrs, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toContain('"__proto__":{"polluted":"yes"}');
  });

  it('returns a copy when overrides are undefined', () => {
    const b = base();
    const out = mergeOverrides(b, undefined);
    expect(out).toEqual(b);
    expect(out).not.toBe(b);
  });
});

describe('mergeInto', () => {
  it('changes the target in place and returns it', () => {
    const target = { a: { b: 1 } };
    expect(mergeInto(target, { a: { c: 2 } })).toBe(target);
    expect(target).toEqual({ a: { b: 1, c: 2 } });
  });

  it.each([
    ['an array', [1]],
    ['null', null],
    ['a string', 'x'],
  ])('throws a KitUsageError when the overrides are %s', (_name, overrides) => {
    expect(() => mergeInto({ a: 1 }, overrides)).toThrow(KitUsageError);
  });
});

describe('copyData / isPlainObject', () => {
  it('drops undefined members of objects (they mean "absent")', () => {
    expect(copyData({ a: undefined, b: [1, { c: undefined, d: null }] })).toEqual({ b: [1, { d: null }] });
  });

  it('recognises plain objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
  });
});

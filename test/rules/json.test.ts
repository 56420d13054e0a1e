/**
 * The JSON helpers the output rules stand on (`src/rules/json.ts`) and the placeholder readers of
 * the custom message rules (`src/rules/placeholders.ts`), case by case. Written against the
 * survivors of the mutation run (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { firstDifference, jsonCopy, jsonLosses, serialize } from '../../src/rules/json.js';
import { codePlaceholder, DEFAULT_CODE_PLACEHOLDER, DEFAULT_USERNAME_PLACEHOLDER, usernamePlaceholder } from '../../src/rules/placeholders.js';

describe('serialize', () => {
  it('returns the JSON text of a value it can write', () => {
    expect(serialize({ a: 1 })).toEqual({ ok: true, text: '{"a":1}' });
  });

  it('says why it cannot: undefined, a function, a BigInt, a cycle', () => {
    expect(serialize(undefined)).toEqual({ ok: false, reason: 'the handler returned undefined' });
    expect(serialize(() => 1)).toEqual({ ok: false, reason: 'the handler returned function' });
    const big = serialize(10n);
    expect(big.ok).toBe(false);
    expect(!big.ok && big.reason).toMatch(/BigInt/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const cycle = serialize(cyclic);
    expect(cycle.ok).toBe(false);
    expect(!cycle.ok && cycle.reason).toMatch(/circular/i);
  });

  it('reports a thrown non-Error as its string', () => {
    const value = {
      toJSON() {
        throw 'nope';
      },
    };
    expect(serialize(value)).toEqual({ ok: false, reason: 'nope' });
  });
});

describe('jsonLosses', () => {
  class Account {
    id = 1;
  }

  it('names each value JSON changes, at its path', () => {
    expect(
      jsonLosses({
        nan: Number.NaN,
        inf: Number.POSITIVE_INFINITY,
        fn: () => 1,
      }),
    ).toEqual([
      { path: ['nan'], loss: 'NaN becomes null' },
      { path: ['inf'], loss: 'Infinity becomes null' },
      { path: ['fn'], loss: 'a function is dropped' },
    ]);
    expect(jsonLosses({ sym: Symbol('s'), at: new Date(0), custom: { toJSON: () => 'x' } })).toEqual([
      { path: ['sym'], loss: 'a symbol is dropped' },
      { path: ['at'], loss: 'a Date becomes its ISO string' },
      { path: ['custom'], loss: 'an object with toJSON() becomes what toJSON returns' },
    ]);
  });

  it('tells a Map or Set from any other class instance', () => {
    expect(jsonLosses({ m: new Map(), s: new Set(), a: new Account() })).toEqual([
      { path: ['m'], loss: 'a Map becomes {}' },
      { path: ['s'], loss: 'a Set becomes {}' },
      { path: ['a'], loss: 'a Account instance becomes a plain object' },
    ]);
  });

  it('names an instance without a constructor "object", and keeps a null-prototype object', () => {
    const orphan = Object.create(Object.create(null) as object) as object;
    expect(jsonLosses({ orphan })).toEqual([{ path: ['orphan'], loss: 'a object instance becomes a plain object' }]);
    expect(jsonLosses({ bare: Object.create(null) as object })).toEqual([]);
  });

  it('inside an array, reads a hole-maker as null rather than dropped', () => {
    expect(jsonLosses({ list: ['a', undefined, () => 1, Symbol('s')] })).toEqual([
      { path: ['list', 1], loss: 'undefined becomes null' },
      { path: ['list', 2], loss: 'a function becomes null' },
      { path: ['list', 3], loss: 'a symbol becomes null' },
    ]);
  });

  it('leaves an undefined property (simply absent) and plain JSON values alone, at the top too', () => {
    expect(jsonLosses({ a: undefined, b: 'x', c: [1, null, true], d: { e: 2 } })).toEqual([]);
    expect(jsonLosses(undefined)).toEqual([]);
    expect(jsonLosses(() => 1)).toEqual([{ path: [], loss: 'a function is dropped' }]);
  });

  it('walks nested arrays and objects', () => {
    expect(jsonLosses({ a: [{ b: [Number.NaN] }] })).toEqual([{ path: ['a', 0, 'b', 0], loss: 'NaN becomes null' }]);
  });

  it('stops at the limit (5 by default)', () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, Number.NaN]));
    expect(jsonLosses(many)).toHaveLength(5);
    expect(jsonLosses(many, 2).map((l) => l.path)).toEqual([['k0'], ['k1']]);
  });

  it('visits a shared object once and survives a cycle', () => {
    const shared = { n: Number.NaN };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    expect(jsonLosses(cyclic)).toEqual([{ path: ['a', 'n'], loss: 'NaN becomes null' }]);
  });
});

describe('firstDifference', () => {
  it('is undefined for equal values', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBeUndefined();
    expect(firstDifference([], [])).toBeUndefined();
  });

  it('finds a difference inside an array, including a longer one', () => {
    expect(firstDifference({ a: [1, 2] }, { a: [1, 3] })).toEqual(['a', 1]);
    expect(firstDifference([1], [1, 2])).toEqual([1]);
    expect(firstDifference([[0, 1]], [[0, 2]])).toEqual([0, 1]);
  });

  it('finds a nested object difference and a key present on one side only', () => {
    expect(firstDifference({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } })).toEqual(['a', 'b', 'c']);
    expect(firstDifference({ a: { b: 1 } }, { a: { b: 1, c: undefined } })).toEqual(['a', 'c']);
  });

  it('reports the path itself when the kinds differ (array against object)', () => {
    expect(firstDifference({ a: [] }, { a: {} })).toEqual(['a']);
    expect(firstDifference({ a: {} }, { a: [] })).toEqual(['a']);
    expect(firstDifference([1], { 0: 1 }, ['x'])).toEqual(['x']);
  });

  it('prefixes the path it is given', () => {
    expect(firstDifference(1, 2, ['request'])).toEqual(['request']);
    expect(firstDifference({ a: 1 }, { a: 2 }, ['request'])).toEqual(['request', 'a']);
  });
});

describe('jsonCopy', () => {
  it('is the JSON round trip, or undefined when there is none', () => {
    expect(jsonCopy({ a: undefined, b: Number.NaN, c: new Date(0) })).toEqual({ b: null, c: '1970-01-01T00:00:00.000Z' });
    expect(jsonCopy(10n)).toBeUndefined();
  });
});

describe('placeholders', () => {
  const event = (request: unknown) => ({ triggerSource: 'CustomMessage_SignUp', request });

  it('reads the code and username placeholders the event carries', () => {
    expect(codePlaceholder(event({ codeParameter: '{code}' }))).toBe('{code}');
    expect(usernamePlaceholder(event({ usernameParameter: '{user}' }))).toBe('{user}');
  });

  it('falls back to the defaults for a missing, empty or non-string parameter', () => {
    for (const request of [{}, { codeParameter: '' }, { codeParameter: 7 }, { codeParameter: null }, 'x', null]) {
      expect(codePlaceholder(event(request))).toBe(DEFAULT_CODE_PLACEHOLDER);
    }
    for (const request of [{}, { usernameParameter: '' }, { usernameParameter: 7 }, { usernameParameter: null }]) {
      expect(usernamePlaceholder(event(request))).toBe(DEFAULT_USERNAME_PLACEHOLDER);
    }
    expect(codePlaceholder(null)).toBe('{####}');
    expect(usernamePlaceholder('x')).toBe('{username}');
  });
});

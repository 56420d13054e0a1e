import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonRoundTrip } from '../../src/shared/json-copy.js';

/** What Lambda's runtime does: the reference the fast copy must match exactly. */
function reference(value: unknown): { value: unknown } | { threw: true } {
  try {
    const text = JSON.stringify(value);
    return { value: text === undefined ? undefined : (JSON.parse(text) as unknown) };
  } catch {
    return { threw: true };
  }
}

function fast(value: unknown): { value: unknown } | { threw: true } {
  try {
    return { value: jsonRoundTrip(value) };
  } catch {
    return { threw: true };
  }
}

/** Same result, including own-property layout (`toStrictEqual` ignores neither undefined keys nor prototypes). */
function expectSame(value: unknown): void {
  const want = reference(value);
  const got = fast(value);
  expect(got).toStrictEqual(want);
  if ('value' in want && 'value' in got) expect(JSON.stringify(got.value)).toBe(JSON.stringify(want.value));
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
  get sum(): number {
    return this.x + this.y;
  }
}

describe('jsonRoundTrip', () => {
  it('matches JSON.parse(JSON.stringify(v)) on any value fast-check can build', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, withTypedArray: true }), (v) => {
        expectSame(v);
      }),
      { numRuns: 2_000 },
    );
  });

  it('matches on JSON values, keeping every key in order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(Object.keys(jsonRoundTrip(v) ?? {})).toStrictEqual(Object.keys((JSON.parse(JSON.stringify(v)) as object | null) ?? {}));
        expectSame(v);
      }),
    );
  });

  it('turns -0, NaN and the infinities into 0 and null, drops undefined keys, nulls array holes', () => {
    const a: unknown[] = [undefined, () => 1, Symbol('y')];
    a[4] = 1; // index 3 stays a hole
    const v = { z: -0, n: NaN, p: Infinity, m: -Infinity, u: undefined, f: () => 1, s: Symbol('x'), a };
    expectSame(v);
    expect(jsonRoundTrip(v)).toStrictEqual({ z: 0, n: null, p: null, m: null, a: [null, null, null, null, 1] });
    expect(Object.is((jsonRoundTrip({ z: -0 }) as { z: number }).z, 0)).toBe(true);
  });

  it('calls toJSON with the property key (array indexes as strings), once', () => {
    const keys: unknown[] = [];
    const item = {
      toJSON(key: unknown) {
        keys.push(key);
        return { key };
      },
    };
    expect(jsonRoundTrip({ a: item, list: [item, item] })).toStrictEqual({ a: { key: 'a' }, list: [{ key: '0' }, { key: '1' }] });
    expect(keys).toStrictEqual(['a', '0', '1']);
    expectSame({ at: new Date(0), invalid: new Date(Number.NaN) });
  });

  it('unwraps boxed primitives, keeps a boxed symbol as {}, reads getters and ignores prototypes', () => {
    expectSame({ n: new Number(3), s: new String('x'), b: new Boolean(false), sym: Object(Symbol('q')) });
    expectSame(new Point(1, 2));
    expectSame({ map: new Map([[1, 2]]), set: new Set([1]), bytes: new Uint8Array([1, 2]) });
  });

  it('keeps a __proto__ key as an own property, as JSON.parse does', () => {
    const v = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as unknown;
    const copy = jsonRoundTrip(v) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toStrictEqual(['__proto__', 'a']);
    expectSame(v);
  });

  it('throws where JSON.stringify throws: BigInt, cycles, a throwing getter', () => {
    expect(() => jsonRoundTrip({ n: 1n })).toThrow(TypeError);
    expect(() => jsonRoundTrip(Object(1n))).toThrow(TypeError);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    expect(() => jsonRoundTrip(cycle)).toThrow(TypeError);
    expect(() =>
      jsonRoundTrip({
        get boom(): never {
          throw new Error('boom');
        },
      }),
    ).toThrow('boom');
  });

  it('copies the same object twice when it is shared, not cyclic', () => {
    const shared = { x: 1 };
    const copy = jsonRoundTrip({ a: shared, b: [shared] }) as { a: object; b: object[] };
    expect(copy).toStrictEqual({ a: { x: 1 }, b: [{ x: 1 }] });
    expect(copy.a).not.toBe(shared);
    expect(copy.a).not.toBe(copy.b[0]);
  });

  it('returns undefined where JSON.stringify does (top-level undefined, function, symbol)', () => {
    expect(jsonRoundTrip(undefined)).toBeUndefined();
    expect(jsonRoundTrip(() => 1)).toBeUndefined();
    expect(jsonRoundTrip(Symbol('x'))).toBeUndefined();
    expect(jsonRoundTrip(null)).toBeNull();
  });

  it('handles nesting deeper than its own recursion limit', () => {
    let deep: unknown = { leaf: [1, NaN] };
    for (let i = 0; i < 1_000; i++) deep = i % 2 === 0 ? { next: deep } : [deep];
    expectSame(deep);
  });

  it('reads the same properties in the same order as JSON.stringify (proxy traps)', () => {
    const trace = (log: string[]) =>
      new Proxy(
        { b: 1, a: { c: [2, { d: 3 }] } },
        {
          get(target, key, receiver) {
            log.push(`get ${String(key)}`);
            return Reflect.get(target, key, receiver) as unknown;
          },
          ownKeys(target) {
            log.push('ownKeys');
            return Reflect.ownKeys(target);
          },
        },
      );
    const viaJson: string[] = [];
    const viaCopy: string[] = [];
    JSON.parse(JSON.stringify(trace(viaJson)));
    jsonRoundTrip(trace(viaCopy));
    expect(viaCopy).toStrictEqual(viaJson);
  });
});

/**
 * Cognito receives the handler's output as JSON. These helpers find what JSON would lose or change
 * in a handler's return value, and where two JSON values first differ.
 */
import type { PathSegment } from '../shared/issues.js';
import { jsonRoundTrip } from '../shared/json-copy.js';

/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/**
 * True for a non-null, non-array object.
 *
 * @example
 * isObj([]) // false
 */
export const isObj = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a nested key of a JSON object, or undefined when any step is missing or not an object.
 *
 * @example
 * dig(event, 'request', 'userAttributes', 'email') // 'jane@example.com'
 */
export function dig(root: unknown, ...path: string[]): unknown {
  let cur = root;
  for (const key of path) {
    if (!isObj(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/**
 * True when `key` is an own property of `obj` (JSON parsing creates own data properties only).
 *
 * @example
 * hasKey({ a: undefined }, 'a') // true
 */
export const hasKey = (obj: unknown, key: string): boolean => isObj(obj) && Object.prototype.hasOwnProperty.call(obj, key);

/** The result of serializing a handler output the way the Lambda runtime does. */
export type Serialized = { ok: true; text: string } | { ok: false; reason: string };

/**
 * `JSON.stringify`, reporting why it fails (undefined output, BigInt, a cycle).
 *
 * @example
 * serialize(undefined) // { ok: false, reason: 'the handler returned undefined' }
 */
export function serialize(value: unknown): Serialized {
  try {
    const text = JSON.stringify(value);
    if (text === undefined) {
      return { ok: false, reason: value === undefined ? 'the handler returned undefined' : `the handler returned ${typeof value}` };
    }
    return { ok: true, text };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** Why JSON changes a value, or undefined when it keeps it as it is. */
function lossOf(value: unknown, inArray: boolean): string | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? undefined : `${String(value)} becomes null`;
    case 'function':
      return inArray ? 'a function becomes null' : 'a function is dropped';
    case 'symbol':
      return inArray ? 'a symbol becomes null' : 'a symbol is dropped';
    case 'undefined':
      // An undefined property is simply absent, which is what the handler meant; in an array it turns into null.
      return inArray ? 'undefined becomes null' : undefined;
    case 'object': {
      if (value === null || Array.isArray(value)) return undefined;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        return value instanceof Date ? 'a Date becomes its ISO string' : 'an object with toJSON() becomes what toJSON returns';
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
        return value instanceof Map || value instanceof Set ? `a ${name} becomes {}` : `a ${name} instance becomes a plain object`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Paths where JSON serialization changes the handler's value (NaN, Infinity, a Date, a Map, a
 * class instance, undefined inside an array). At most `limit` are returned.
 *
 * @example
 * jsonLosses({ at: new Date(0) }) // [{ path: ['at'], loss: 'a Date becomes its ISO string' }]
 */
export function jsonLosses(value: unknown, limit = 5): Array<{ path: PathSegment[]; loss: string }> {
  const out: Array<{ path: PathSegment[]; loss: string }> = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: PathSegment[], inArray: boolean): void => {
    if (out.length >= limit) return;
    const loss = lossOf(v, inArray);
    if (loss !== undefined) {
      out.push({ path, loss });
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i], true));
    else for (const [k, item] of Object.entries(v)) walk(item, [...path, k], false);
  };
  walk(value, [], false);
  return out;
}

/**
 * The path of the first difference between two JSON values, or undefined when they are equal.
 *
 * @example
 * firstDifference({ a: [1, 2] }, { a: [1, 3] }) // ['a', 1]
 */
export function firstDifference(a: unknown, b: unknown, path: PathSegment[] = []): PathSegment[] | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d) return d;
    }
    return undefined;
  }
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (hasKey(a, k) !== hasKey(b, k)) return [...path, k];
      const d = firstDifference(a[k], b[k], [...path, k]);
      if (d) return d;
    }
    return undefined;
  }
  return path;
}

/**
 * The JSON round trip of a value, or undefined when it cannot be serialized.
 *
 * @example
 * jsonCopy({ a: undefined, b: NaN }) // { b: null }
 */
export function jsonCopy(value: unknown): unknown {
  try {
    return jsonRoundTrip(value);
  } catch {
    return undefined;
  }
}

/**
 * The JSON round trip Lambda puts between Cognito and a handler, without the text in between.
 * `JSON.parse(JSON.stringify(value))` of a 2 KB event spends most of its time escaping and
 * unescaping long strings and then collecting them; a direct copy shares the (immutable) strings
 * and is several times faster, which matters when the fuzzer makes two copies per run.
 */
import { types } from 'node:util';

/** Deeper than this, a subtree is handed to the real `JSON.stringify`/`JSON.parse` (recursion depth). */
const MAX_DEPTH = 200;

/**
 * What `JSON.parse(JSON.stringify(value))` returns, or `undefined` where `JSON.stringify` returns
 * `undefined` (a top-level `undefined`, function or symbol). Throws where `JSON.stringify` throws
 * (a BigInt, a cycle, a throwing getter or `toJSON`).
 *
 * It follows the serialization steps of the spec (SerializeJSONProperty): the same property reads
 * in the same order, `toJSON(key)` called once per object that has it, boxed primitives unwrapped,
 * non-finite numbers and `-0` turned into `null` and `0`, `undefined`/functions/symbols dropped from
 * objects and turned into `null` in arrays; the copy is built of fresh plain objects and arrays, a
 * `__proto__` key staying an own property as `JSON.parse` leaves it.
 *
 * @example
 * jsonRoundTrip({ at: new Date(0), n: NaN, skip: undefined, list: [undefined] })
 * // { at: '1970-01-01T00:00:00.000Z', n: null, list: [null] }
 */
export function jsonRoundTrip(value: unknown): unknown {
  return serializeProperty(value, '', [], 0);
}

/** `key` is the property name, or an array index (made a string only for a `toJSON` call). */
function serializeProperty(input: unknown, key: string | number, stack: object[], depth: number): unknown {
  let value = input;
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') value = (toJSON as (this: unknown, key: string) => unknown).call(value, String(key));
  }
  if (typeof value === 'object' && value !== null && types.isBoxedPrimitive(value)) value = unbox(value);
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0, and NaN and the infinities as null.
      return Number.isFinite(value) ? value + 0 : null;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      if (value === null) return null;
      if (depth >= MAX_DEPTH) return JSON.parse(JSON.stringify(value) as string) as unknown;
      if (stack.includes(value)) throw new TypeError('Converting circular structure to JSON');
      stack.push(value);
      try {
        return Array.isArray(value) ? serializeArray(value, stack, depth + 1) : serializeObject(value, stack, depth + 1);
      } finally {
        stack.pop();
      }
    default:
      // undefined, a function or a symbol: no JSON value.
      return undefined;
  }
}

function serializeObject(value: object, stack: object[], depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const copy = serializeProperty((value as Record<string, unknown>)[key], key, stack, depth);
    if (copy === undefined) continue;
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, writable: true, enumerable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

function serializeArray(value: readonly unknown[], stack: object[], depth: number): unknown[] {
  const length = value.length;
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const copy = serializeProperty(value[i], i, stack, depth);
    out.push(copy === undefined ? null : copy);
  }
  return out;
}

/** The primitive inside a `new Number(…)`, `new String(…)`, `new Boolean(…)` or `Object(1n)`; a boxed symbol stays an object. */
function unbox(value: object): unknown {
  if (types.isNumberObject(value)) return Number(value);
  if (types.isStringObject(value)) return String(value);
  if (types.isBooleanObject(value)) return Boolean.prototype.valueOf.call(value);
  if (types.isBigIntObject(value)) return BigInt.prototype.valueOf.call(value);
  return value;
}

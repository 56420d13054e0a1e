/**
 * Deep-partial overrides for generated events. The rules are chosen for Cognito events, where the
 * difference between a key that is absent, a key that is `null` and a key that holds `{}` matters
 * (sheet §1.4 and §6: `clientMetadata` absent vs `null`, `validationData` `null` vs `{}`):
 *
 * - plain objects merge key by key, recursively;
 * - arrays replace the base array whole (a partial `session` entry would be a different event);
 * - `null` is a value: it replaces whatever the base held;
 * - `undefined` deletes the key, so a test can build an event without `clientMetadata`;
 * - any other value replaces the base value.
 *
 * The result never shares objects with the overrides: they are copied, so mutating a built event
 * cannot change the caller's override object (or the next event built from it).
 */
import { KitUsageError } from './errors.js';
import { formatPath, type PathSegment } from './issues.js';

/**
 * A value as an override may hold it: every leaf may also be `null` (Cognito sends `null` where
 * @types/aws-lambda says a key is absent or typed), every object field may be left out.
 */
export type Loose<T> = T extends readonly (infer E)[]
  ? readonly Loose<E>[] | null
  : T extends object
    ? { [K in keyof T]: Loose<T[K]> } | null
    : T | null;

/**
 * Deep-partial overrides of an event type: objects partial at every depth, arrays whole (they
 * replace), `null` allowed everywhere, `undefined` to delete a key.
 *
 * @example
 * const o: DeepPartialOverrides<PreSignUpTriggerEvent> = { request: { userAttributes: { email: 'a@b.co' } } };
 */
export type DeepPartialOverrides<T> = T extends readonly unknown[]
  ? Loose<T>
  : T extends object
    ? { [K in keyof T]?: OverrideValue<T[K]> }
    : T | null;

type OverrideValue<V> = V extends readonly unknown[]
  ? Loose<V> | undefined
  : V extends object
    ? DeepPartialOverrides<V> | null | undefined
    : V | null | undefined;

/** True for a plain object (the only thing that merges): not an array, not null, not a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Sets an own property even for the key `__proto__`, which plain assignment would turn into a
 * prototype change (JSON.parse produces such keys from untrusted `--set` input).
 */
export function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    (target as Record<string | number, unknown>)[key] = value;
  }
}

/** A deep copy of JSON-like data (plain objects and arrays; other values are kept as they are). */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => copyData(v)) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, copyData(v));
    return out as T;
  }
  return value;
}

/**
 * Merges `overrides` into `target` in place, with the rules in this module's comment, and returns
 * `target`. `target` must be owned by the caller (for example a fresh `structuredClone`).
 *
 * @example
 * const event = mergeInto(structuredClone(base), { request: { clientMetadata: undefined }, response: null });
 */
export function mergeInto<T extends Record<string, unknown>>(target: T, overrides: unknown, path: PathSegment[] = []): T {
  if (!isPlainObject(overrides)) {
    throw new KitUsageError(
      `overrides${path.length ? ` at ${formatPath(path)}` : ''} must be a plain object of fields to change, got ${
        Array.isArray(overrides) ? 'an array' : overrides === null ? 'null' : typeof overrides
      }`,
      path.length ? formatPath(path) : 'overrides',
      'overrides/not-an-object',
    );
  }
  const t = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) {
      delete t[key];
      continue;
    }
    const current = Object.prototype.hasOwnProperty.call(t, key) ? t[key] : undefined;
    if (isPlainObject(value) && isPlainObject(current)) {
      mergeInto(current, value, [...path, key]);
    } else {
      setOwn(t, key, copyData(value));
    }
  }
  return target;
}

/**
 * Returns a new object: a deep copy of `base` with `overrides` merged on top. `base` is not changed.
 *
 * @example
 * mergeOverrides({ a: { b: 1, c: [1, 2] } }, { a: { c: [3] } }) // { a: { b: 1, c: [3] } }
 */
export function mergeOverrides<T extends Record<string, unknown>>(base: T, overrides: DeepPartialOverrides<T> | undefined): T {
  const copy = copyData(base);
  return overrides === undefined ? copy : mergeInto(copy, overrides);
}

/**
 * Type-level helpers for the type tests. Nothing here exists at runtime.
 */

/**
 * Drops the `[key: string]: unknown` index signature that `z.looseObject` adds, at every depth.
 * Index signatures with a real value type (string maps, JSON catch-alls) are kept: they are part of
 * the contract.
 */
export type StripLoose<T> = T extends unknown ? StripOne<T> : never;

type StripOne<T> = [T] extends [Json]
  ? T // no loose object can hide in a JSON value; stopping here also ends the recursion of JSON types
  : T extends readonly []
    ? T
    : T extends readonly (infer U)[]
      ? StripLoose<U>[]
      : T extends object
        ? { [K in keyof T as IsLooseIndex<T, K> extends true ? never : K]: StripLoose<T[K]> }
        : T;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

type IsLooseIndex<T, K extends keyof T> = string extends K
  ? unknown extends T[K]
    ? true
    : false
  : number extends K
    ? unknown extends T[K]
      ? true
      : false
    : false;

/** True when A and B are assignable to each other (not necessarily identical). */
export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** True when A is assignable to B. */
export type Assignable<A, B> = [A] extends [B] ? true : false;

/** Replaces the `version` of an event type (the overlay pins the literal; @types says `string`). */
export type WithVersion<E, V extends string> = E extends unknown ? Omit<E, 'version'> & { version: V } : never;

/** The variant of a union whose `triggerSource` is S. */
export type Variant<E, S extends string> = Extract<E, { triggerSource: S }>;

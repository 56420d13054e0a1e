/**
 * Shared pieces of the output arbitraries (valid handler outputs, and outputs that break exactly
 * one rule). The per-trigger generators live in `src/triggers/<slug>/output-arbitrary.ts`; this
 * module holds what several of them use, and the cases of the shared output rules.
 *
 * Loads fast-check: never import it from the rules or the checker.
 */
import fc from 'fast-check';
import { isProtectedAccessTokenClaim, isProtectedIdTokenClaim, isCognitoClaim, isDevClaim } from '../shared/claims.js';
import { TRIGGER_SOURCES, type TriggerSlug } from '../triggers/registry.js';
import type { JsonObject } from './json.js';
import type { CheckOptions } from './types.js';

/** What a generator knows about the event it answers. */
export interface OutputGenContext {
  /** The event, JSON round-tripped. */
  readonly event: JsonObject;
  /** `event.request`, or `{}`. */
  readonly request: JsonObject;
  readonly triggerSource: string;
  readonly slug: TriggerSlug;
  /** The check options the outputs will be judged with. */
  readonly options: CheckOptions;
}

/** A way to break exactly one rule of a trigger through its `response`. */
export interface InvalidResponseCase {
  /** The `<what>` of the rule broken (the id is `<slug>/<what>`). */
  readonly what: string;
  /** Whether this event allows breaking the rule (e.g. only AdminCreateUser has a username placeholder). */
  readonly applies?: (g: OutputGenContext) => boolean;
  /** Options the rule needs to fire (merged over the generator's options). */
  readonly options?: CheckOptions;
  /** Responses that break the rule and nothing else. */
  response(g: OutputGenContext): fc.Arbitrary<unknown>;
}

/** A way to break exactly one shared output rule, given clean responses. */
export interface InvalidOutputCase {
  readonly what: string;
  output(g: OutputGenContext, clean: fc.Arbitrary<JsonObject>): fc.Arbitrary<unknown>;
}

/** The generators of one trigger. */
export interface ResponseGenerators {
  /** Responses that draw no issue at all under `g.options`. */
  clean(g: OutputGenContext): fc.Arbitrary<JsonObject>;
  /** One case per rule of the trigger (beyond the shared output rules). */
  readonly invalid: readonly InvalidResponseCase[];
}

/**
 * Memoizes an arbitrary factory by its arguments: building arbitraries costs more than drawing
 * from them, and the generators build them for every event.
 *
 * @example
 * const scopes = cached(() => fc.array(scopeArb()));
 */
export function cached<A extends readonly (string | number | boolean)[], T>(factory: (...args: A) => T): (...args: A) => T {
  const memo = new Map<string, T>();
  return (...args: A): T => {
    const key = args.join('\u0000');
    let value = memo.get(key);
    if (value === undefined) {
      value = factory(...args);
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * The event with `response` replaced: what a handler returns.
 *
 * @example
 * withResponse(event, { answerCorrect: true }) // { ...event, response: { answerCorrect: true } }
 */
export function withResponse(event: JsonObject, response: unknown): JsonObject {
  return { ...event, response };
}

/**
 * An optional field: absent, `null` (where Cognito pre-fills null) or a value. Returns entries to
 * spread into a response.
 *
 * @example
 * optionalField('challengeMetadata', fc.string(), { nullable: true }) // {} | { challengeMetadata: null } | { challengeMetadata: '…' }
 */
export function optionalField<T>(key: string, value: fc.Arbitrary<T>, forms: { absent?: boolean; nullable?: boolean } = {}): fc.Arbitrary<JsonObject> {
  const options: Array<fc.Arbitrary<JsonObject>> = [value.map((v) => ({ [key]: v }))];
  if (forms.absent !== false) options.push(fc.constant({}));
  if (forms.nullable) options.push(fc.constant({ [key]: null }));
  return fc.oneof(...options);
}

/**
 * Merges records drawn from several arbitraries into one response.
 *
 * @example
 * record(fc.constant({ a: 1 }), optionalField('b', fc.boolean())) // { a: 1 } or { a: 1, b: true }
 */
export function record(...parts: Array<fc.Arbitrary<JsonObject>>): fc.Arbitrary<JsonObject> {
  return fc.tuple(...parts).map((ps) => Object.assign({}, ...ps) as JsonObject);
}

const range = (from: string, to: string): string =>
  String.fromCharCode(...Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => from.charCodeAt(0) + i));
const LOWER = range('a', 'z');
const UPPER = range('A', 'Z');
const DIGITS = range('0', '9');

/**
 * A string of `first` followed by `min`–`max` characters of `rest` (a cheap stand-in for
 * `fc.stringMatching`, whose construction parses the regex every time and is slow inside `chain`).
 *
 * @example
 * charsArb('abc', '0123456789', 0, 4) // 'a', 'b17', …
 */
export function charsArb(first: string, rest: string, min: number, max: number): fc.Arbitrary<string> {
  const tail = fc.string({ unit: fc.constantFrom(...rest), minLength: min, maxLength: max });
  return first === '' ? tail : fc.tuple(fc.constantFrom(...first), tail).map(([a, b]) => a + b);
}

/** Printable ASCII without blank space, `"` or `\` (the API ScopeType alphabet). */
const SCOPE_CHARS = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

const WORDS = ['Your', 'code', 'is', 'Welcome', 'to', 'Example', 'verify', 'account', 'sign', 'in', 'with', 'please', 'use', 'thanks', 'team', 'app', 'reset', 'password', 'héllo', 'über', '日本', '👋'];

/** Character sets for {@link charsArb}. */
export { LOWER, UPPER, DIGITS };

const wordsOf = cached((minWords: number, maxWords: number) => {
  return fc.array(fc.constantFrom(...WORDS), { minLength: minWords, maxLength: maxWords }).map((ws) => ws.join(' '));
});

/**
 * Short human text made of words (no placeholder characters), up to `maxWords` words.
 *
 * @example
 * fc.sample(wordsArb(1, 3), 1) // ['Your code']
 */
export function wordsArb(minWords = 1, maxWords = 8): fc.Arbitrary<string> {
  return wordsOf(minWords, maxWords);
}

const valuesOf = cached((maxLength: number) => {
  return fc.oneof(fc.string({ minLength: 1, maxLength }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), charsArb('', DIGITS, 4, 8));
});

/**
 * A non-empty string value of a map (any unicode), for challenge parameters and attributes.
 *
 * @example
 * fc.sample(valueArb(), 1) // ['4821']
 */
export function valueArb(maxLength = 24): fc.Arbitrary<string> {
  return valuesOf(maxLength);
}

const keys = cached(() => {
  return fc.oneof(fc.constantFrom('answer', 'question', 'captchaUrl', 'email', 'hint', 'step', 'otp'), charsArb(LOWER, `${LOWER}${UPPER}${DIGITS}_.:-`, 0, 15));
});

/**
 * A map key as handlers write them: identifiers, `custom:` names, dotted names.
 *
 * @example
 * fc.sample(keyArb(), 1) // ['answer']
 */
export function keyArb(): fc.Arbitrary<string> {
  return keys();
}

/**
 * A map of string to string.
 *
 * @example
 * fc.sample(stringMapArb(1, 2), 1) // [{ answer: '5' }]
 */
export function stringMapArb(minKeys = 0, maxKeys = 4, value?: fc.Arbitrary<string>): fc.Arbitrary<Record<string, string>> {
  return value ? fc.dictionary(keyArb(), value, { minKeys, maxKeys }) : stringMapsOf(minKeys, maxKeys);
}

const stringMapsOf = cached((minKeys: number, maxKeys: number) => fc.dictionary(keyArb(), valueArb(), { minKeys, maxKeys }));

const nonStrings = cached(() => {
  return fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({ nested: 'x' }), fc.double({ noNaN: true, noDefaultInfinity: true }));
});

/**
 * A non-string JSON value (what a handler mistakenly puts where a string belongs).
 *
 * @example
 * fc.sample(nonStringArb(), 1) // [42]
 */
export function nonStringArb(): fc.Arbitrary<unknown> {
  return nonStrings();
}

const REALISTIC_CLAIMS = ['email', 'name', 'given_name', 'family_name', 'locale', 'picture', 'custom:plan', 'custom:tenant', 'tenant_id', 'department', 'role', 'plan', 'org'];

const safeClaimsOf = cached((token: 'id' | 'access') => {
  return fc
    .oneof(fc.constantFrom(...REALISTIC_CLAIMS), charsArb(LOWER, `${LOWER}${DIGITS}_`, 0, 12), charsArb(LOWER, `${LOWER}${DIGITS}`, 0, 8).map((n) => `custom:${n}`))
    .filter((c) => isSafeClaim(token, c));
});

/**
 * A claim name a handler may add to (or suppress from) `token`.
 *
 * @example
 * fc.sample(safeClaimArb('access'), 1) // ['tenant_id']
 */
export function safeClaimArb(token: 'id' | 'access'): fc.Arbitrary<string> {
  return safeClaimsOf(token);
}

/**
 * True for a claim a handler may freely add or suppress in `token` (no rule concerns it).
 *
 * @example
 * isSafeClaim('id', 'sub') // false
 */
export function isSafeClaim(token: 'id' | 'access', claim: string): boolean {
  if (isCognitoClaim(claim) || isDevClaim(claim)) return false;
  if (token === 'id') return !isProtectedIdTokenClaim(claim);
  return !isProtectedAccessTokenClaim(claim) && claim !== 'aud' && claim !== 'scope';
}

const REALISTIC_SCOPES = ['openid', 'email', 'profile', 'phone', 'aws.cognito.signin.user.admin', 'api/read', 'orders:write', 'https://api.example.com/items.read'];

const scopes = cached(() => {
  return fc.oneof(fc.constantFrom(...REALISTIC_SCOPES), charsArb('', SCOPE_CHARS, 1, 40));
});

/**
 * A scope Cognito accepts (API ScopeType, no blank space).
 *
 * @example
 * fc.sample(scopeArb(), 1) // ['api/read']
 */
export function scopeArb(): fc.Arbitrary<string> {
  return scopes();
}

const groups = cached(() => {
  return fc.oneof(fc.constantFrom('admins', 'editors', 'readers', 'us-east-1_AbCdEfGhI_Google'), charsArb('', `${LOWER}${UPPER}${DIGITS}_-`, 1, 20));
});

/**
 * A group name.
 *
 * @example
 * fc.sample(groupArb(), 1) // ['editors']
 */
export function groupArb(): fc.Arbitrary<string> {
  return groups();
}

const roleArns = cached(() => {
  return charsArb('', `${LOWER}${UPPER}${DIGITS}_+=,.@-`, 1, 20).map((name) => `arn:aws:iam::123456789012:role/${name}`);
});

/**
 * An IAM role ARN.
 *
 * @example
 * fc.sample(roleArnArb(), 1) // ['arn:aws:iam::123456789012:role/Admin']
 */
export function roleArnArb(): fc.Arbitrary<string> {
  return roleArns();
}

/**
 * Some other triggerSource than `source` (a handler that answered another event).
 *
 * @example
 * fc.sample(otherSourceArb('PreSignUp_SignUp'), 1) // ['CustomMessage_SignUp']
 */
export function otherSourceArb(source: string): fc.Arbitrary<string> {
  return fc.constantFrom(...TRIGGER_SOURCES.filter((s) => s !== source));
}

class HandlerState {
  constructor(values: JsonObject) {
    Object.assign(this, values);
  }
}

/**
 * The cases of the shared output rules: undefined or unserializable output, not an event, values
 * JSON changes, another triggerSource, changes outside `response`.
 *
 * @example
 * OUTPUT_CASES.map((c) => c.what) // ['output-not-json', 'output-not-event', …]
 */
export const OUTPUT_CASES: readonly InvalidOutputCase[] = [
  {
    what: 'output-not-json',
    output: (g, clean) =>
      fc.oneof(
        fc.constant(undefined),
        clean.map((r) => withResponse(g.event, { ...r, debug: BigInt(1) })),
        clean.map((r) => {
          const out: JsonObject = withResponse(g.event, r);
          out.self = out;
          return out;
        }),
      ),
  },
  {
    what: 'output-not-event',
    output: (g, clean) =>
      fc.oneof(
        clean,
        fc.constantFrom<unknown>(null, true, 'ok', 42, []),
        fc.constantFrom<unknown>(null, 'ok', [], 7).map((response) => withResponse(g.event, response)),
        fc.constant(Object.fromEntries(Object.entries(g.event).filter(([k]) => k !== 'response'))),
      ),
  },
  {
    what: 'output-changed-by-json',
    output: (g, clean) =>
      fc.oneof(
        clean.map((r) => ({ ...withResponse(g.event, r), region: { toJSON: () => g.event.region } })),
        clean.map((r) => ({ ...withResponse(g.event, r), callerContext: new HandlerState(g.event.callerContext as JsonObject) })),
      ),
  },
  {
    what: 'trigger-source-changed',
    output: (g, clean) => fc.tuple(clean, otherSourceArb(g.triggerSource)).map(([r, source]) => ({ ...withResponse(g.event, r), triggerSource: source })),
  },
  {
    what: 'event-changed',
    output: (g, clean) =>
      fc.oneof(
        fc.tuple(clean, fc.string({ minLength: 1, maxLength: 8 })).map(([r, s]) => ({ ...withResponse(g.event, r), userName: `${String(g.event.userName ?? '')}${s}` })),
        clean.map((r) => ({ ...withResponse(g.event, r), request: { ...g.request, handlerNote: 'changed' } })),
      ),
  },
];

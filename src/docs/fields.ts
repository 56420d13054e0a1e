/**
 * Reads a zod 4 schema as a list of documented fields: path, type, whether the key may be absent
 * or `null`, and the `.meta({ description })` of the field. The contract docs are drawn from this
 * list, so a field added to a schema shows up in the docs without anyone writing it down twice.
 */
import { z } from 'zod';
import { JsonValueSchema } from '../shared/atoms.js';

/** A path pattern segment standing for any key of a record or an object's catch-all. */
export const ANY_KEY = '*';
/** A path pattern segment standing for any array element. */
export const ANY_INDEX = '[]';

/** One documented field of a schema. */
export interface FieldRow {
  /** Path pattern from the schema root, e.g. `['request', 'session', '[]', 'challengeName']`. */
  readonly path: readonly string[];
  /** The type in words, e.g. `string`, `map<string, string>`, `"SUPPRESS" | "RESEND"`. */
  readonly type: string;
  /** The key may be left out. */
  readonly optional: boolean;
  /** The value may be `null`. */
  readonly nullable: boolean;
  /** The field's `.meta({ description })`; the outermost wrapper that has one wins. */
  readonly description: string | undefined;
}

interface Unwrapped {
  readonly core: z.ZodType;
  readonly optional: boolean;
  readonly nullable: boolean;
  readonly description: string | undefined;
}

/** Peels optional / nullable / default / pipe wrappers, keeping what they said. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let nullable = false;
  let description = schema.description;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodNullable) {
      nullable = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      break;
    }
    // The outermost description wins: a trigger may describe a shared atom in its own words.
    description = description ?? current.description;
  }
  if (current instanceof z.ZodUnion) {
    // `object | null` written as a union: fold the null into the flags.
    const options = current.options as z.ZodType[];
    const rest = options.filter((o) => !(o instanceof z.ZodNull));
    if (rest.length < options.length) nullable = true;
    if (rest.length === 1) {
      const inner = unwrap(rest[0]!);
      return {
        core: inner.core,
        optional: optional || inner.optional,
        nullable: nullable || inner.nullable,
        description: description ?? inner.description,
      };
    }
  }
  return { core: current, optional, nullable, description };
}

const quote = (v: unknown): string => JSON.stringify(v);

/**
 * The type of a schema in words, ignoring optional / nullable wrappers.
 *
 * @example
 * typeLabel(z.record(z.string(), z.string())) // 'map<string, string>'
 * typeLabel(z.enum(['EMAIL', 'SMS']).array()) // '("EMAIL" | "SMS")[]'
 */
export function typeLabel(schema: z.ZodType): string {
  const { core } = unwrap(schema);
  if (core === JsonValueSchema) return 'JSON value';
  if (core instanceof z.ZodString) {
    const max = (core.meta() as { maxLength?: unknown } | undefined)?.maxLength;
    return typeof max === 'number' ? `string (≤ ${max} characters)` : 'string';
  }
  if (core instanceof z.ZodBoolean) return 'boolean';
  if (core instanceof z.ZodNumber) return 'number';
  if (core instanceof z.ZodNull) return 'null';
  if (core instanceof z.ZodEnum) return (core.options as unknown[]).map(quote).join(' | ');
  if (core instanceof z.ZodLiteral) return [...(core.values as Set<unknown>)].map(quote).join(' | ');
  if (core instanceof z.ZodRecord) return `map<string, ${typeLabel(core.valueType as z.ZodType)}>`;
  if (core instanceof z.ZodArray) {
    const element = typeLabel(core.element as z.ZodType);
    return element.includes(' ') ? `(${element})[]` : `${element}[]`;
  }
  if (core instanceof z.ZodTuple) {
    const items = core._zod.def.items as z.ZodType[];
    return `[${items.map(typeLabel).join(', ')}]`;
  }
  if (core instanceof z.ZodObject) return 'object';
  if (core instanceof z.ZodUnion) return (core.options as z.ZodType[]).map(typeLabel).join(' | ');
  if (core instanceof z.ZodNever) return 'never';
  if (core instanceof z.ZodUnknown || core instanceof z.ZodAny) return 'any';
  if (core instanceof z.ZodLazy) return 'recursive';
  return core._zod.def.type;
}

/** The object variants inside a (possibly wrapped, possibly union) schema. */
function objectsIn(schema: z.ZodType): z.ZodObject[] {
  const { core } = unwrap(schema);
  if (core instanceof z.ZodObject) return [core];
  if (core instanceof z.ZodUnion) return (core.options as z.ZodType[]).flatMap(objectsIn);
  return [];
}

/** The child to descend into for arrays and records whose elements are objects. */
function containerChild(schema: z.ZodType): [segment: string, child: z.ZodType] | undefined {
  const { core } = unwrap(schema);
  if (core instanceof z.ZodArray && objectsIn(core.element as z.ZodType).length > 0) return [ANY_INDEX, core.element as z.ZodType];
  if (core instanceof z.ZodRecord && objectsIn(core.valueType as z.ZodType).length > 0) return [ANY_KEY, core.valueType as z.ZodType];
  return undefined;
}

function row(path: readonly string[], schema: z.ZodType): FieldRow {
  const u = unwrap(schema);
  return { path, type: typeLabel(schema), optional: u.optional, nullable: u.nullable, description: u.description };
}

/**
 * Every field of a schema, depth first in declaration order. Objects are descended into (the
 * variants of a union are merged, first declaration wins); records and arrays only when their
 * values are objects (`*` and `[]` in the path); an object's catch-all appears as `*` unless it is
 * `unknown` (a loose object). Maps of strings stay one row.
 *
 * @example
 * schemaFields(PreSignUpTriggerEventSchema).map((f) => f.path.join('.'))
 * // ['version', 'triggerSource', …, 'request', 'request.userAttributes', …, 'response.autoConfirmUser', …]
 */
export function schemaFields(schema: z.ZodType): FieldRow[] {
  const out = new Map<string, FieldRow>();
  const visit = (s: z.ZodType, at: readonly string[]): void => {
    for (const object of objectsIn(s)) {
      for (const [key, child] of Object.entries(object.shape as Record<string, z.ZodType>)) {
        const here = [...at, key];
        const id = here.join('\u0000');
        if (!out.has(id)) out.set(id, row(here, child));
        visit(child, here);
      }
      const catchall = object._zod.def.catchall as z.ZodType | undefined;
      if (catchall !== undefined && !(catchall instanceof z.ZodUnknown) && !(catchall instanceof z.ZodNever)) {
        const here = [...at, ANY_KEY];
        const id = here.join('\u0000');
        if (!out.has(id)) out.set(id, { ...row(here, catchall), optional: true });
        visit(catchall, here);
      }
    }
    const container = containerChild(s);
    if (container !== undefined) {
      const here = [...at, container[0]];
      visit(container[1], here);
    }
  };
  visit(schema, []);
  return [...out.values()];
}

/**
 * A path pattern as the docs print it.
 *
 * @example
 * formatFieldPath(['request', 'session', '[]', 'challengeName']) // 'request.session[].challengeName'
 */
export function formatFieldPath(path: readonly string[]): string {
  return path.reduce((acc, seg) => (seg === ANY_INDEX ? `${acc}[]` : acc === '' ? seg : `${acc}.${seg}`), '');
}

/**
 * True when a concrete path (an issue path) lies at or below a pattern.
 *
 * @example
 * pathUnder(['response', 'claimsAndScopeOverrideDetails', 'idTokenGeneration'], ['response', 'claimsAndScopeOverrideDetails']) // true
 */
export function pathUnder(path: readonly (string | number)[], pattern: readonly string[]): boolean {
  if (path.length < pattern.length) return false;
  return pattern.every((seg, i) => {
    const p = path[i];
    if (seg === ANY_INDEX) return typeof p === 'number';
    if (seg === ANY_KEY) return typeof p === 'string';
    return p === seg;
  });
}

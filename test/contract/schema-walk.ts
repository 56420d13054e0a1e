/**
 * Walks a zod schema and lists every field that carries a constraint, as path patterns: `*` stands
 * for any key of a record (or an object's catch-all), `[]` for any array index. The mutation suite
 * uses the list to prove that every constrained field of every input and output schema has at
 * least one targeted failing mutation, so a field added to a schema without a test fails the suite.
 */
import { z } from 'zod';
import type { PathSegment } from '../../src/shared/issues.js';

export type PatternSegment = string;
export type Pattern = readonly PatternSegment[];

/** A key pattern segment standing for any key of a record. */
export const ANY_KEY = '*';
/** A pattern segment standing for any array index. */
export const ANY_INDEX = '[]';

function variants(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return variants(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(variants);
  if (schema instanceof z.ZodPipe) return variants(schema.in as z.ZodType);
  return [schema];
}

/** A schema that every JSON value satisfies: no mutation can break it. */
function unconstrained(schema: z.ZodType): boolean {
  return variants(schema).some((v) => v instanceof z.ZodUnknown || v instanceof z.ZodAny || v instanceof z.ZodLazy);
}

/** Every constrained field path inside `schema`, each prefixed with `prefix`. */
export function constrainedFields(schema: z.ZodType, prefix: Pattern = []): Pattern[] {
  const out = new Map<string, Pattern>();
  const visit = (s: z.ZodType, at: Pattern) => {
    for (const v of variants(s)) {
      if (v instanceof z.ZodObject) {
        for (const [key, child] of Object.entries(v.shape as Record<string, z.ZodType>)) {
          const here = [...at, key];
          if (unconstrained(child)) continue;
          out.set(here.join('\u0000'), here);
          visit(child, here);
        }
        const catchall = v._zod.def.catchall as z.ZodType | undefined;
        if (catchall && !unconstrained(catchall) && !(catchall instanceof z.ZodNever)) {
          const here = [...at, ANY_KEY];
          out.set(here.join('\u0000'), here);
          visit(catchall, here);
        }
      } else if (v instanceof z.ZodRecord) {
        const value = v.valueType as z.ZodType;
        if (unconstrained(value)) continue;
        const here = [...at, ANY_KEY];
        out.set(here.join('\u0000'), here);
        visit(value, here);
      } else if (v instanceof z.ZodArray) {
        const element = v.element as z.ZodType;
        if (unconstrained(element)) continue;
        const here = [...at, ANY_INDEX];
        out.set(here.join('\u0000'), here);
        visit(element, here);
      }
    }
  };
  visit(schema, prefix);
  return [...out.values()];
}

/** True when a concrete path matches a pattern segment by segment. */
export function matchesPattern(path: readonly PathSegment[], pattern: Pattern): boolean {
  if (path.length !== pattern.length) return false;
  return pattern.every((seg, i) => {
    const p = path[i];
    if (seg === ANY_INDEX) return typeof p === 'number';
    if (seg === ANY_KEY) return typeof p === 'string';
    return p === seg;
  });
}

/** `request.session[].challengeName`, `request.userAttributes.*`. */
export function formatPattern(pattern: Pattern): string {
  return pattern.reduce((acc, seg) => (seg === ANY_INDEX ? `${acc}[]` : acc === '' ? seg : `${acc}.${seg}`), '');
}

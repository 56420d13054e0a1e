/** Walks a zod schema along a JSON path, to name the keys an object accepts at that path. */
import { z } from 'zod';
import type { PathSegment } from '../shared/issues.js';

function unwrap(schema: z.ZodType): z.ZodType[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(unwrap);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return [schema];
}

/** The declared keys of the object schema found at `path` inside `schema` (empty when none). */
export function keysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.ZodType[] = unwrap(schema);
  for (const seg of path) {
    const next: z.ZodType[] = [];
    for (const s of current) {
      if (s instanceof z.ZodObject && typeof seg === 'string') {
        const child = (s.shape as Record<string, z.ZodType>)[seg];
        if (child) next.push(...unwrap(child));
      } else if (s instanceof z.ZodArray && typeof seg === 'number') {
        next.push(...unwrap(s.element as z.ZodType));
      } else if (s instanceof z.ZodRecord) {
        next.push(...unwrap(s.valueType as z.ZodType));
      }
    }
    current = next;
  }
  const keys = new Set<string>();
  for (const s of current) if (s instanceof z.ZodObject) for (const k of Object.keys(s.shape)) keys.add(k);
  return [...keys];
}

/**
 * Hot schemas run through zod's ahead-of-time compiler. Validating thousands of events (the fuzzer,
 * `validate` over an NDJSON file) parses the same 30 schemas again and again; `z.compile` (zod
 * 4.6+) turns a schema into generated code that accepts a valid value several times faster and
 * falls back to the schema's own parser for an invalid one, so issues and messages are unchanged.
 */
import { z } from 'zod';

/**
 * Uses of a schema before it is compiled. Compiling costs a few milliseconds per schema: a CLI
 * run that checks one event should not pay it, a fuzz run of hundreds should.
 */
const COMPILE_AFTER = 32;

interface Slot {
  uses: number;
  schema: z.ZodType;
}

const slots = new WeakMap<z.ZodType, Slot>();

type Compile = (schema: z.ZodType) => z.ZodType;

/** zod's compiler, when the installed zod has one (the peer range starts at 4.0, which has none). */
const compile: Compile | undefined = (() => {
  const candidate = (z as unknown as { compile?: unknown }).compile;
  return typeof candidate === 'function' ? (candidate as Compile) : undefined;
})();

function compiledOrSelf(schema: z.ZodType): z.ZodType {
  if (compile === undefined) return schema;
  try {
    // Never throws for a schema it cannot model (z.json()'s recursion): it returns the schema.
    return compile(schema);
  } catch {
    return schema;
  }
}

/**
 * `schema.safeParse(value)`, through the compiled schema once the schema has been used
 * {@link COMPILE_AFTER} times. Same result either way: the compiled schema re-parses an invalid
 * value with the original parser to report its issues.
 *
 * @example
 * const parsed = hotSafeParse(trigger.eventSchema, event);
 * if (!parsed.success) console.log(parsed.error.issues);
 */
export function hotSafeParse(schema: z.ZodType, value: unknown): z.ZodSafeParseResult<unknown> {
  let slot = slots.get(schema);
  if (slot === undefined) {
    slot = { uses: 0, schema };
    slots.set(schema, slot);
  }
  if (slot.uses < COMPILE_AFTER) {
    slot.uses++;
    if (slot.uses === COMPILE_AFTER) slot.schema = compiledOrSelf(schema);
  }
  return slot.schema.safeParse(value);
}

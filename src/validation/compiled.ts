/**
 * Hot schemas run through zod's ahead-of-time compiler. Validating thousands of events (the fuzzer,
 * `validate` over an NDJSON file) checks the same 30 schemas again and again; `z.compile` (zod
 * 4.6+) turns a schema into generated code that answers "valid" several times faster than the
 * runtime parser. Only a value it rejects goes through the schema's own `safeParse`, so issues and
 * messages are exactly the runtime's.
 */
import { z } from 'zod';

/**
 * Uses of a schema before it is compiled. Compiling costs a few milliseconds per schema: a CLI
 * run that checks one event should not pay it, a fuzz run of hundreds should.
 */
const COMPILE_AFTER = 32;

interface Slot {
  uses: number;
  compiled: z.ZodType | undefined;
}

const slots = new WeakMap<z.ZodType, Slot>();

type Compile = (schema: z.ZodType) => z.ZodType;
type Validate = (schema: z.ZodType, value: unknown) => boolean;

/** zod's compiler and its standalone check, when the installed zod has them (4.0–4.5 do not). */
const compiler: { compile: Compile; validate: Validate } | undefined = (() => {
  const compile = (z as unknown as { compile?: unknown }).compile;
  const validate = (z.core as unknown as { validate?: unknown }).validate;
  return typeof compile === 'function' && typeof validate === 'function' ? { compile: compile as Compile, validate: validate as Validate } : undefined;
})();

function compiledOf(schema: z.ZodType): z.ZodType | undefined {
  let slot = slots.get(schema);
  if (slot === undefined) {
    slot = { uses: 0, compiled: undefined };
    slots.set(schema, slot);
  }
  if (slot.uses < COMPILE_AFTER) {
    slot.uses++;
    if (slot.uses === COMPILE_AFTER && compiler !== undefined) {
      try {
        // A schema the compiler cannot model (z.json()'s recursion) comes back as it is.
        slot.compiled = compiler.compile(schema);
      } catch {
        slot.compiled = undefined;
      }
    }
  }
  return slot.compiled;
}

/**
 * The issues of `schema.safeParse(value)`, or `undefined` when the value is valid. Once the schema
 * has been used {@link COMPILE_AFTER} times, a valid value is recognised by the compiled schema
 * without building a parsed copy; anything it rejects is parsed by the schema itself, which has
 * the last word and reports the issues.
 *
 * @example
 * const issues = schemaIssues(trigger.eventSchema, event);
 * if (issues) console.log(issues.map((i) => i.message));
 */
export function schemaIssues(schema: z.ZodType, value: unknown): readonly z.core.$ZodIssue[] | undefined {
  const compiled = compiledOf(schema);
  if (compiled !== undefined && compiler!.validate(compiled, value)) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues;
}

/**
 * schemaIssues gives the runtime parser's answer before and after a schema is compiled: the
 * compiled check may only say "valid" where `safeParse` would, and every issue comes from
 * `safeParse` itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventArb } from '../../src/arbitraries.js';
import { TRIGGERS } from '../../src/triggers/registry.js';
import { schemaIssues } from '../../src/validation/compiled.js';

/** Breaks one field of an event in a way the input schema rejects (or leaves it valid). */
function mutate(event: Record<string, unknown>, k: number): unknown {
  const copy = structuredClone(event);
  const request = copy.request as Record<string, unknown>;
  switch (k % 6) {
    case 0:
      copy.version = 7;
      break;
    case 1:
      request.userAttributes = { email: 42 };
      break;
    case 2:
      delete copy.callerContext;
      break;
    case 3:
      copy.triggerSource = 'Nope';
      break;
    case 4:
      copy.region = null;
      break;
    default:
      // Left valid.
      break;
  }
  return copy;
}

describe('schemaIssues', () => {
  it.each(TRIGGERS.map((t) => [t.slug, t] as const))('%s: same verdict and issues as safeParse, before and after compiling', (_slug, trigger) => {
    const events = fc.sample(eventArb(trigger.slug as never), { numRuns: 20, seed: 7 }) as Record<string, unknown>[];
    const values = events.flatMap((e, i) => [e, mutate(e, i), e.response, { ...(e.response as object), unknown: 1 }]);
    // Enough uses to cross the compile threshold several times over.
    for (let pass = 0; pass < 3; pass++) {
      for (const value of values) {
        for (const schema of [trigger.eventSchema, trigger.responseSchema]) {
          const parsed = schema.safeParse(value);
          expect(schemaIssues(schema, value)).toStrictEqual(parsed.success ? undefined : parsed.error.issues);
        }
      }
    }
  });
});

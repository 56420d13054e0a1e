/**
 * The common envelope of every trigger event (sheet §1.1), and the helpers the per-trigger
 * schemas use to build their input (tolerant) and output (strict) schemas.
 */
import { z } from 'zod';
import { CallerContextSchema } from '../shared/atoms.js';

/** The envelope fields shared by every event. `userName` may be overridden (V3 client credentials). */
export function envelope<const S extends readonly [string, ...string[]], const V extends readonly [string, ...string[]]>(
  sources: S,
  versions: V,
) {
  return {
    version: z.enum(versions, {
      error: (iss) =>
        `version must be ${versions.map((v) => JSON.stringify(v)).join(' or ')} for this trigger, got ${JSON.stringify(iss.input)}`,
    }).meta({ description: 'The event format version.' }),
    triggerSource: z.enum(sources, {
      error: (iss) => `${JSON.stringify(iss.input)} is not a triggerSource of this trigger (expected ${sources.join(', ')})`,
    }).meta({ description: 'What made Cognito call the trigger (see Sources).' }),
    region: z.string({ error: 'region is the AWS region code of the user pool, a string such as "us-east-1"' }).meta({ description: 'The AWS region of the user pool.' }),
    userPoolId: z.string({ error: 'userPoolId is a string such as "us-east-1_AbCdEfGhI"' }).meta({ description: 'The user pool id: the region, an underscore and nine letters or digits.' }),
    userName: z.string({ error: "userName is the pool's internal username, a string" }).meta({ description: "The pool's internal username, which is not always what the user typed (a federated user's is <providerName>_<id>)." }),
    callerContext: CallerContextSchema,
  };
}

/** The response Cognito pre-fills, as an input: the output shape, but tolerant of keys Cognito may add. */
export function incomingResponse<T extends z.ZodObject>(output: T): z.ZodObject<T['shape'], z.core.$loose> {
  return output.loose() as z.ZodObject<T['shape'], z.core.$loose>;
}

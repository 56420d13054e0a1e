/**
 * `event <target> [--seed N] [--count N] [--version 1|2|3] [--set path=JSON]...`: realistic, valid
 * events on stdout, one pretty JSON object, or NDJSON when --count > 1.
 */
import type { Writable } from 'node:stream';
import { formatIssue } from '../../shared/issues.js';
import { parseOverride, setAtPath, type ParsedOverride } from '../../shared/override-path.js';
import { DEFAULT_SEED, checkSeed, sampleStream } from '../../shared/sample.js';
import { loadEventArbitrary } from '../../triggers/arbitrary-loaders.js';
import { planBuild } from '../../triggers/build-plan.js';
import { planEventArb } from '../../triggers/event-arb-plan.js';
import { validateEvent } from '../../validation/validate.js';
import { defineCommand, versionOption } from '../args.js';
import { UsageError } from '../errors.js';
import { writeText } from '../io.js';

/**
 * Reads `--seed N`: a 32-bit signed integer, as fast-check keeps only 32 bits of a seed.
 *
 * @example
 * seedOption('7') // 7
 */
export function seedOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SEED;
  if (!/^-?\d+$/.test(value)) {
    throw new UsageError(`--seed must be an integer (a fast-check seed, e.g. --seed 7), got ${JSON.stringify(value)}.`);
  }
  try {
    return checkSeed(Number(value), '--seed');
  } catch (error) {
    throw new UsageError(`${(error as Error).message}.`);
  }
}

/**
 * Reads `--count N`: how many events, at least 1.
 *
 * @example
 * countOption('1000') // 1000
 */
export function countOption(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(
      `--count must be a whole number of events, 1 or more (1 prints one pretty JSON object, more print NDJSON), got ${JSON.stringify(value)}.`,
    );
  }
  return n;
}

/** Output is gathered into chunks of about this many characters before each write. */
const CHUNK_CHARS = 64 * 1024;

function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' || (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STREAM_DESTROYED';
}

/** Applies every `--set` to an event, naming the override that went wrong. */
function applySets(event: Record<string, unknown>, sets: readonly (ParsedOverride & { spec: string })[]): void {
  for (const set of sets) setAtPath(event, set.path, set.value);
}

/** Options of {@link writeEvents}. */
export interface WriteEventsOptions {
  readonly target: string;
  readonly seed: number;
  readonly count: number;
  readonly version?: 1 | 2 | 3 | undefined;
  /** Raw `path=value` overrides, applied to every event in order. */
  readonly sets?: readonly string[] | undefined;
}

/**
 * Writes `count` events for `target` to `out`: one pretty JSON object for a count of 1, NDJSON
 * otherwise. Events are drawn one at a time from one seeded fast-check stream, written in chunks
 * that wait for `drain` when the stream is full, so memory stays flat for any count. The first
 * event is the builder's event for the same target and seed. Every event is checked against the
 * input contract before it is written.
 *
 * @example
 * await writeEvents(process.stdout, { target: 'PreSignUp_SignUp', seed: 7, count: 1000 });
 */
export async function writeEvents(out: Writable, options: WriteEventsOptions): Promise<void> {
  const sets = (options.sets ?? []).map((spec) => ({ ...parseOverride(spec), spec }));
  // `--set triggerSource=X` on a slug target means "that source", as a builder override does.
  const sourceSet = sets.findLast((s) => s.path.length === 1 && s.path[0] === 'triggerSource');
  const plan = planBuild(options.target, options.version, sourceSet ? { triggerSource: sourceSet.value } : undefined, 'event');
  const pretty = options.count === 1;
  let chunk = '';
  let written = 0;
  // The arbitrary buildEvent samples (realistic profile), with only this trigger's generator loaded.
  const arbPlan = planEventArb(plan.target, { profile: 'realistic', version: plan.version });
  const arb = (await loadEventArbitrary(arbPlan.slug))(arbPlan.constraints);
  for (const generated of sampleStream(arb, options.seed)) {
    // Arbitraries may share constant sub-objects between values: copy before changing anything.
    const event = (sets.length > 0 ? structuredClone(generated) : generated) as Record<string, unknown>;
    if (sets.length > 0) applySets(event, sets);
    const check = validateEvent(event, { target: plan.target, version: plan.version, realism: false });
    if (check.errors.length > 0) {
      const problems = check.errors.map(formatIssue).join('; ');
      if (sets.length > 0) {
        throw new UsageError(
          `the --set override${sets.length > 1 ? 's' : ''} (${sets.map((s) => s.spec).join(', ')}) make event #${written} of ${plan.target} invalid: ${problems}. ` +
            'Values are parsed as JSON (so 42 is a number and true a boolean); to pass a string that looks like JSON, quote it: --set \'request.userAttributes.custom:age="42"\'.',
        );
      }
      throw new Error(`generated event #${written} of ${plan.target} with seed ${options.seed} breaks the contract (a bug in cognito-trigger-kit): ${problems}`);
    }
    chunk += pretty ? `${JSON.stringify(event, null, 2)}\n` : `${JSON.stringify(event)}\n`;
    written += 1;
    if (written === options.count) break;
    if (chunk.length >= CHUNK_CHARS) {
      await writeText(out, chunk);
      chunk = '';
    }
  }
  if (chunk !== '') await writeText(out, chunk);
}

/** The `event` command. */
export const eventCommand = defineCommand({
  name: 'event',
  summary: 'Realistic valid event(s) for a trigger: pretty JSON, or NDJSON with --count.',
  usage: 'event <target> [--seed N] [--count N] [--version 1|2|3] [--set path=JSON]...',
  description: `
Prints a realistic event that Cognito could send for <target> (a slug or a triggerSource): the
event the builders return for the same target and seed. The same seed always prints the same
bytes. With --count N above 1, prints N events as NDJSON (one per line), streamed in constant
memory; the first is the event --count 1 prints.

--set path=value overrides a field in every event. The path uses dots, [n] for array indexes and
quotes for keys holding dots (request.userAttributes["cognito:user_status"]); keys with colons
work as written (request.userAttributes.custom:plan). The value is parsed as JSON, else taken as a
string: --set request.userAttributes.email=jane@example.com, --set request.userNotFound=true,
--set 'request.clientMetadata={"step":"2"}'. An override that breaks the contract is an error.

Write one to a file for sam local invoke (PreSignUpFunction being the function's logical ID):
  cognito-trigger-kit event PreSignUp_SignUp --seed 7 > event.json
  sam local invoke PreSignUpFunction -e event.json`,
  options: {
    seed: { type: 'string', valueName: 'N', description: `fast-check seed, a 32-bit integer (default ${DEFAULT_SEED}).` },
    count: { type: 'string', valueName: 'N', description: 'Number of events (default 1); above 1 the output is NDJSON.' },
    version: { type: 'string', valueName: '1|2|3', description: 'Pre token generation event version for a TokenGeneration_* target.' },
    set: { type: 'string', multiple: true, valueName: 'path=JSON', description: 'Override a field in every event (repeatable).' },
  },
  positionals: { min: 1, max: 1, name: 'a <target> (a slug or a triggerSource)' },
  async run({ values, positionals }, io) {
    const seed = seedOption(values.seed);
    const count = countOption(values.count);
    const version = versionOption(values.version);
    // Parse every --set before the first byte is written, so a typo never leaves half an output.
    for (const spec of values.set) parseOverride(spec);
    try {
      await writeEvents(io.stdout, { target: positionals[0]!, seed, count, version, sets: values.set });
    } catch (error) {
      // A reader that went away (`| head -1`) is not a failure of ours.
      if (isBrokenPipe(error)) return 0;
      throw error;
    }
    return 0;
  },
});

/**
 * `fuzz <module>[#export] --trigger <target> [--runs N] [--seed N] [--path P] [--timeout-ms N]
 * [--strict] [--json] [--shard K/N]`: feeds a handler generated events and checks every outcome.
 */
import type { Writable } from 'node:stream';
import { format } from 'node:util';
import { fuzzTrigger, type FuzzReport } from '../../fuzz/fuzz-trigger.js';
import { formatCounts, formatFuzzReport, fuzzReportJson } from '../../fuzz/report.js';
import { resolveTarget, type TriggerTarget } from '../../triggers/registry.js';
import { defineCommand, versionOption } from '../args.js';
import { UsageError } from '../errors.js';
import { writeText } from '../io.js';
import { loadHandler } from '../load-handler.js';
import type { AnyHandler } from '../../harness/invoke.js';

/** Reads a whole number option, with a minimum. */
export function intOption(name: string, value: string | undefined, fallback: number | undefined, min: number): number | undefined {
  if (value === undefined) return fallback;
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number ${min > 0 ? `of at least ${min}` : `≥ ${min}`}, got ${JSON.stringify(value)}.`);
  }
  return n;
}

/** Reads `--seed N`: a 32-bit integer, as fast-check keeps 32 bits of a seed. */
export function fuzzSeedOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < -(2 ** 31) || n >= 2 ** 32) {
    throw new UsageError(`--seed must be an integer (a fast-check seed such as the one a failing run prints), got ${JSON.stringify(value)}.`);
  }
  return n;
}

/** Reads `--shard K/N` (1 ≤ K ≤ N). */
export function shardOption(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N (e.g. --shard 2/4 runs the second quarter), got ${JSON.stringify(value)}.`);
  }
  return { index, count };
}

/**
 * The runs and seed of one shard: the runs are split as evenly as possible and each shard draws
 * from its own seed, derived from the base seed and the shard number, so N jobs together run
 * `runs` distinct events and every shard replays alone with the seed it prints.
 *
 * @example
 * shardPlan(1000, 42, { index: 2, count: 4 }) // { runs: 250, seed: <derived> }
 */
export function shardPlan(runs: number, seed: number, shard: { index: number; count: number } | undefined): { runs: number; seed: number } {
  if (!shard || shard.count === 1) return { runs, seed };
  const base = Math.floor(runs / shard.count);
  const extra = shard.index <= runs % shard.count ? 1 : 0;
  // A fixed odd multiplier spreads shard seeds apart (Knuth's multiplicative hash), kept in 32 bits.
  const derived = (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(shard.index, 0x85ebca6b)) | 0;
  return { runs: base + extra, seed: derived };
}

function defaultSeed(): number {
  // The only non-seeded value in the fuzzer: the seed itself when none is given. It is printed, so
  // the run replays.
  return Date.now() % 2 ** 31;
}

/**
 * Sends what the handler prints with `console.log` / `info` / `debug` to stderr while it is fuzzed:
 * stdout carries the report, and with --json it must stay one parseable document however chatty
 * the handler is. Returns the function that puts the console back.
 */
function consoleToStderr(stderr: Writable): () => void {
  const saved = { log: console.log, info: console.info, debug: console.debug };
  const write = (...args: unknown[]): void => {
    stderr.write(`${format(...args)}\n`);
  };
  console.log = write;
  console.info = write;
  console.debug = write;
  return () => {
    console.log = saved.log;
    console.info = saved.info;
    console.debug = saved.debug;
  };
}

/** Quotes one argument for a POSIX shell, only when it needs it (replay commands are copy-pasted). */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./#-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export const fuzzCommand = defineCommand({
  name: 'fuzz',
  summary: "Fuzz a handler module against its trigger's contract.",
  usage: 'fuzz <module>[#export] --trigger <target> [--runs N] [--seed N] [--path P] [--timeout-ms N] [--strict] [--json] [--shard K/N]',
  description: `
Loads the handler module (.js, .mjs, .cjs or .ts; the export "handler" unless #export names another;
async, promise or callback style), feeds it generated events of <target> (a slug or triggerSource;
TokenGeneration_* sources are version 1 unless --version 2|3) and checks every outcome as Cognito
would: crashes (TypeError, ReferenceError, …), timeouts (5 s), output Cognito cannot read, and output
rules. An Error thrown on purpose is a denial, not a failure: the report counts denials and shows
the message the client sees.

Exit 0 if no run broke the contract; 1 with the smallest event that breaks it, the rule, and the
--seed/--path that replays it. --strict turns warnings into failures. --shard K/N runs the K-th of N
deterministic slices of the runs, for a CI matrix.`,
  options: {
    trigger: { type: 'string', valueName: '<target>', description: 'Trigger slug or triggerSource (required).' },
    version: { type: 'string', valueName: '1|2|3', description: 'Pre token generation event version for a TokenGeneration_* target.' },
    runs: { type: 'string', valueName: 'N', description: 'Number of generated events (default 100).' },
    seed: { type: 'string', valueName: 'N', description: 'fast-check seed (default: from the clock, printed).' },
    path: { type: 'string', valueName: 'P', description: 'fast-check path of a counterexample to replay (with --seed).' },
    'timeout-ms': { type: 'string', valueName: 'N', description: "Per-invocation limit (default 5000, Cognito's)." },
    strict: { type: 'boolean', description: 'Warnings break the contract too.' },
    json: { type: 'boolean', description: 'Print one machine-readable report.' },
    shard: { type: 'string', valueName: 'K/N', description: 'Run the K-th of N deterministic slices of the runs.' },
  },
  positionals: { min: 1, max: 1, name: 'a handler <module>[#export]' },
  async run({ values, positionals }, io) {
    if (values.trigger === undefined) {
      throw new UsageError('--trigger is required: the slug or triggerSource of the handler, e.g. --trigger pre-signup (run "cognito-trigger-kit list" for all).');
    }
    const version = versionOption(values.version);
    const target = values.trigger as TriggerTarget;
    resolveTarget(target, { version });
    const runs = intOption('runs', values.runs, 100, 1)!;
    const timeoutMs = intOption('timeout-ms', values['timeout-ms'], 5_000, 1)!;
    const shard = shardOption(values.shard);
    const givenSeed = fuzzSeedOption(values.seed);
    if (values.path !== undefined && givenSeed === undefined) {
      throw new UsageError('--path replays a counterexample only together with the --seed that produced it.');
    }
    if (values.path !== undefined && !/^\d+(:\d+)*$/.test(values.path)) {
      throw new UsageError(`--path must be a fast-check path such as 3:1:0, got ${JSON.stringify(values.path)}.`);
    }
    if (shard && runs < shard.count) {
      throw new UsageError(`--runs ${runs} cannot be split into ${shard.count} shards: give at least one run per shard (--runs ${shard.count} or more).`);
    }
    if (values.path !== undefined && shard) {
      throw new UsageError('--path replays one counterexample: drop --shard and use the --seed printed by the failing shard.');
    }
    const plan = shardPlan(runs, givenSeed ?? defaultSeed(), shard);
    const moduleSpec = positionals[0]!;
    const loaded = await loadHandler(moduleSpec, io.cwd);

    const progress = io.isTTY && !values.json && plan.runs >= 50;
    let lastDraw = 0;
    const restoreConsole = consoleToStderr(io.stderr);
    const report: FuzzReport = await fuzzTrigger(loaded.handler as AnyHandler, {
      trigger: target,
      version,
      runs: plan.runs,
      seed: plan.seed,
      path: values.path,
      timeoutMs,
      strict: values.strict,
      onProgress: progress
        ? (p) => {
            const now = Date.now();
            if (now - lastDraw < 100 && p.done < p.total) return;
            lastDraw = now;
            io.stderr.write(`\r\x1b[2Kfuzz ${target}: ${p.done}/${p.total} runs · ${formatCounts(p.counts)}`);
          }
        : undefined,
    }).finally(restoreConsole);
    if (progress) io.stderr.write('\r\x1b[2K');

    const replay = (seed: number, path: string): string =>
      ['npx', 'cognito-trigger-kit', 'fuzz', moduleSpec, '--trigger', target, ...(version ? ['--version', String(version)] : []), '--seed', String(seed), '--path', path, ...(values.strict ? ['--strict'] : []), ...(timeoutMs !== 5_000 ? ['--timeout-ms', String(timeoutMs)] : [])]
        .map(shellQuote)
        .join(' ');
    if (values.json) {
      const json = fuzzReportJson(report);
      const ce = report.counterexample;
      await writeText(
        io.stdout,
        `${JSON.stringify({ module: moduleSpec, shard: shard ? `${shard.index}/${shard.count}` : null, ...json, replay: ce ? replay(ce.seed, ce.path) : null }, null, 2)}\n`,
      );
    } else {
      const shardNote = shard ? ` [shard ${shard.index}/${shard.count}]` : '';
      await writeText(io.stdout, formatFuzzReport(report, { subject: `${moduleSpec}${shardNote}`, replay }));
    }
    return report.ok ? 0 : 1;
  },
});

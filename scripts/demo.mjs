#!/usr/bin/env node
/**
 * `npm run demo`: fuzzes every example handler listed in examples/manifest.json with the built CLI
 * (dist/, run in-process through its `main`), prints one line per example, and exits 0 only when
 * every example gives the result its manifest entry declares: `held`, or `broken` on the rule it
 * was written to break.
 *
 * Needs nothing but `npm ci` and the build that `npm run demo` runs first.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = resolve(ROOT, 'examples/manifest.json');

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const green = (t) => paint('32', t);
const red = (t) => paint('31', t);
const dim = (t) => paint('2', t);
const bold = (t) => paint('1', t);

/** The CLI arguments of one manifest entry (always --json: the demo reads the report, not the text). */
export function argvFor(entry) {
  const common = ['--runs', String(entry.runs), '--seed', String(entry.seed), ...(entry.strict ? ['--strict'] : []), '--json'];
  if (entry.command === 'flow') {
    const { define, create, verify } = entry.modules;
    return ['flow', '--define', define, '--create', create, '--verify', verify, ...common];
  }
  const spec = entry.export && entry.export !== 'handler' ? `${entry.module}#${entry.export}` : entry.module;
  return ['fuzz', spec, '--trigger', entry.trigger, ...(entry.version ? ['--version', String(entry.version)] : []), ...common];
}

/** Runs the CLI's `main` in this process with in-memory streams; resolves to its exit code and output. */
export async function runCli(main, argv) {
  let stdout = '';
  let stderr = '';
  const sink = (append) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const io = {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from([]),
    isTTY: false,
    cwd: ROOT,
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** What one run came to, read from the CLI's JSON report: `held`, `broken` (with the rule) or `error`. */
export function outcomeOf(entry, run) {
  if (run.code === 2) return { result: 'error', detail: run.stderr.trim() };
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { result: 'error', detail: `the CLI printed no JSON report (exit ${run.code})` };
  }
  const ce = report.counterexample;
  const rule = ce ? (entry.command === 'flow' ? ce.property : ce.rule) : undefined;
  return { result: report.ok ? 'held' : 'broken', rule, report };
}

/** Whether a run gave the result its manifest entry declares. */
export function matches(expected, got) {
  if (expected.result !== got.result) return false;
  return expected.result !== 'broken' || expected.rule === got.rule;
}

function describe(got) {
  if (got.result === 'held') return 'held';
  if (got.result === 'broken') return `broke ${got.rule}`;
  return `could not run: ${got.detail}`;
}

function counts(entry, report) {
  if (entry.command === 'flow') {
    const r = report.results ?? {};
    return `${report.runs} sign-ins: ${Object.entries(r)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}`;
  }
  const parts = [`${report.runs} runs`];
  if (report.counts?.denied) parts.push(`${report.counts.denied} denied on purpose`);
  if (report.warnings?.length) parts.push(`warnings: ${report.warnings.map((w) => w.rule).join(', ')}`);
  return parts.join(', ');
}

/** The manifest's entries. */
export function readManifest() {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')).examples;
}

async function demo() {
  const cliMain = resolve(ROOT, 'dist/cli/main.js');
  let main;
  try {
    ({ main } = await import(pathToFileURL(cliMain).href));
  } catch {
    process.stderr.write(`demo: ${cliMain} is missing; run "npm run demo" (it builds first) or "npm run build".\n`);
    return 2;
  }

  const entries = readManifest();
  process.stdout.write(`${bold('cognito-trigger-kit demo')}: fuzzing ${entries.length} example handlers against their trigger contracts (fixed seeds)\n\n`);
  const width = Math.max(...entries.map((e) => e.name.length));
  let held = 0;
  let brokeAsExpected = 0;
  const wrong = [];
  const started = Date.now();

  for (const entry of entries) {
    const argv = argvFor(entry);
    const got = outcomeOf(entry, await runCli(main, argv));
    const ok = matches(entry.expect, got);
    const name = entry.name.padEnd(width);
    const target = entry.command === 'flow' ? 'custom-auth flow' : entry.trigger;
    if (ok && got.result === 'held') {
      held++;
      process.stdout.write(`${green('✔')} ${name}  held ${dim(`${target} · ${counts(entry, got.report)}${entry.strict ? ' · strict' : ''}`)}\n`);
    } else if (ok) {
      brokeAsExpected++;
      process.stdout.write(`${green('✔')} ${name}  ${red(`broke ${got.rule}`)} as expected ${dim(`(${target})`)}\n`);
      process.stdout.write(`  ${dim(entry.summary)}\n`);
      process.stdout.write(`  replay: ${got.report.replay}\n`);
    } else {
      const expected = entry.expect.result === 'held' ? 'held' : `broke ${entry.expect.rule}`;
      wrong.push(entry.name);
      process.stdout.write(`${red('✖')} ${name}  expected ${expected}, got ${describe(got)}\n`);
      if (got.report?.replay) process.stdout.write(`  replay: ${got.report.replay}\n`);
      process.stdout.write(`  ran: node dist/cli/bin.js ${argv.join(' ')}\n`);
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\n${entries.length} examples in ${seconds} s: ${held} held, ${brokeAsExpected} broke the rule they were written to break` +
      (wrong.length ? `, ${red(`${wrong.length} did not give the declared result (${wrong.join(', ')})`)}.\n` : '. Every result is the declared one.\n'),
  );
  if (!wrong.length) {
    process.stdout.write(dim("Run a replay line above for the readable report: the shrunk event, the handler's output and the rule it breaks.\n"));
  }
  return wrong.length ? 1 : 0;
}

// Run only as a script: the tests import the helpers above.
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  demo().then(
    (code) => {
      // A fuzzed handler may leave timers behind: the summary is written, so end here.
      process.stdout.write('', () => process.exit(code));
    },
    (error) => {
      process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}

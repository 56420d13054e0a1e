#!/usr/bin/env node
/**
 * `npm run bench`: builds, then measures the kit as users get it (dist/, imported through the
 * package's own exports map) and prints ONE table: figure, value, baseline, ratio, target, met?.
 * Every figure is measured in the same run as its baseline, side by side (tinybench batches in
 * rotating rounds, medians); see docs/bench.md for the method and the latest table.
 *
 * Options: `--quick` (fewer rounds, for a smoke run), `--only builders,arbitraries,validate,fuzz,imports,stream`,
 * `--markdown <file>` (also write the table and the machine it ran on as Markdown, between the
 * `<!-- bench:begin -->` / `<!-- bench:end -->` markers when the file has them).
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fc from 'fast-check';
import * as powertools from '@aws-lambda-powertools/parser/schemas/cognito';
import { TRIGGER_SOURCES, resolveTarget, validateEvent } from 'cognito-trigger-kit';
import { eventArb } from 'cognito-trigger-kit/arbitraries';
import { buildEvent } from 'cognito-trigger-kit/builders';
import { fuzzTrigger } from 'cognito-trigger-kit/fuzz';
import { trivialHandler } from './handlers.mjs';
import { ENTRY_POINTS, heavyPackages, measureImports } from './imports.mjs';
import { cpuNow, median, percentile, sideBySide } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, markdown: { type: 'string' } },
});
const QUICK = args.quick;
const SECTIONS = new Set((args.only ?? 'builders,arbitraries,validate,fuzz,imports,stream').split(','));
const ROUNDS = QUICK ? 2 : 5;

/** @type {{ figure: string, value: string, baseline: string, ratio: string, target: string, met: string }[]} */
const rows = [];
const notes = [];

function row(figure, value, baseline, ratio, target, met) {
  rows.push({ figure, value, baseline, ratio, target, met: met === undefined ? '—' : met ? 'yes' : 'NO' });
}

const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
const ms = (v) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const perSecond = (msPerItem) => `${Math.round(1000 / msPerItem).toLocaleString('en-US')}/s`;
const times = (r) => `${r.toFixed(2)}×`;
const progress = (text) => process.stderr.write(`bench: ${text}\n`);

const PT_BY_SLUG = {
  'pre-signup': powertools.PreSignupTriggerSchema,
  'post-confirmation': powertools.PostConfirmationTriggerSchema,
  'pre-authentication': powertools.PreAuthenticationTriggerSchema,
  'post-authentication': powertools.PostAuthenticationTriggerSchema,
  'define-auth-challenge': powertools.DefineAuthChallengeTriggerSchema,
  'create-auth-challenge': powertools.CreateAuthChallengeTriggerSchema,
  'verify-auth-challenge-response': powertools.VerifyAuthChallengeTriggerSchema,
  'pre-token-generation': powertools.PreTokenGenerationTriggerSchemaV1,
  'pre-token-generation-v2': powertools.PreTokenGenerationTriggerSchemaV2AndV3,
  'pre-token-generation-v3': powertools.PreTokenGenerationTriggerSchemaV2AndV3,
  'user-migration': powertools.MigrateUserTriggerSchema,
  'custom-message': powertools.CustomMessageTriggerSchema,
  'custom-email-sender': powertools.CustomEmailSenderTriggerSchema,
  'custom-sms-sender': powertools.CustomSMSSenderTriggerSchema,
  // Powertools has no schema for inbound federation.
};

/** The fixtures the package ships, parsed: one per (source, version). */
function loadFixtures() {
  const index = JSON.parse(readFileSync(resolve(ROOT, 'fixtures/index.json'), 'utf8'));
  return index.map((entry) => ({ ...entry, event: JSON.parse(readFileSync(resolve(ROOT, 'fixtures', entry.file), 'utf8')) }));
}

const slugOf = (source, version) => resolveTarget(source, { version }).trigger.slug;

// ---------------------------------------------------------------------------------------------

async function benchBuilders(fixtures) {
  progress('builders vs structuredClone');
  let mismatched = 0;
  for (const f of fixtures) {
    if (!isDeepStrictEqual(buildEvent(f.source, undefined, { version: f.version }), f.event)) mismatched++;
  }
  if (mismatched > 0) notes.push(`${mismatched} of ${fixtures.length} fixtures differ from buildEvent's output (regenerate them with npm run fixtures).`);
  const result = await sideBySide(
    [
      {
        name: 'build',
        batch: () => {
          for (const f of fixtures) buildEvent(f.source, undefined, { version: f.version });
          return fixtures.length;
        },
      },
      {
        name: 'clone',
        batch: () => {
          for (const f of fixtures) structuredClone(f.event);
          return fixtures.length;
        },
      },
    ],
    { rounds: ROUNDS, time: 200 },
  );
  const build = result.get('build').median;
  const clone = result.get('clone').median;
  row(`buildEvent, per event (${fixtures.length} fixtures, memoized)`, us(build), `structuredClone ${us(clone)}`, times(build / clone), '≤ 5×', build / clone <= 5);
}

async function benchArbitraries(fixtures) {
  progress('arbitraries, events per second per source');
  const fixtureText = new Map();
  for (const f of fixtures) if (!fixtureText.has(f.source)) fixtureText.set(f.source, JSON.stringify(f.event));
  let seed = 1;
  const tasks = TRIGGER_SOURCES.map((source) => {
    const arb = eventArb(source, { profile: 'realistic' });
    return { name: source, batch: () => fc.sample(arb, { numRuns: 100, seed: seed++ }).length };
  });
  // Baseline: the cheapest way to get an event, parsing a stored fixture.
  const texts = [...fixtureText.values()];
  tasks.push({
    name: 'parse',
    batch: () => {
      for (let k = 0; k < 10; k++) for (const t of texts) JSON.parse(t);
      return texts.length * 10;
    },
  });
  const result = await sideBySide(tasks, { rounds: QUICK ? 1 : 3, time: QUICK ? 60 : 120 });
  const parse = result.get('parse').median;
  const rates = [];
  for (const source of TRIGGER_SOURCES) {
    const m = result.get(source).median;
    rates.push(1000 / m);
    row(`eventArb realistic: ${source}`, perSecond(m), `JSON.parse fixture ${perSecond(parse)}`, times(parse / m), '—');
  }
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
  const slowest = Math.min(...rates);
  row('eventArb realistic, mean of the 41 sources (one core)', `${Math.round(mean).toLocaleString('en-US')}/s`, `JSON.parse fixture ${perSecond(parse)}`, times(mean / (1000 / parse)), '≥ 20,000/s', mean >= 20_000);
  row('eventArb realistic, slowest source', `${Math.round(slowest).toLocaleString('en-US')}/s`, '', '', '—');

  // The fuzzer's default profile, for reading the fuzz figures: half the events are adversarial.
  const mixed = TRIGGER_SOURCES.map((source) => {
    const arb = eventArb(source);
    return { name: source, batch: () => fc.sample(arb, { numRuns: 50, seed: seed++ }).length };
  });
  const mixedResult = await sideBySide(mixed, { rounds: 1, time: QUICK ? 40 : 80 });
  const mixedRates = TRIGGER_SOURCES.map((s) => 1000 / mixedResult.get(s).median);
  row('eventArb mixed (fuzz default), mean of the 41 sources', `${Math.round(mixedRates.reduce((a, b) => a + b, 0) / mixedRates.length).toLocaleString('en-US')}/s`, '', '', '—');
}

async function benchValidate(fixtures) {
  progress('validate vs @aws-lambda-powertools/parser');
  const candidates = fixtures.map((f) => ({ event: f.event, slug: f.slug }));
  let seed = 100;
  for (const source of TRIGGER_SOURCES) {
    const slug = slugOf(source);
    for (const profile of ['realistic', 'adversarial']) {
      for (const event of fc.sample(eventArb(source, { profile }), { numRuns: 15, seed: seed++ })) candidates.push({ event, slug });
    }
  }
  const ours = new Set();
  const theirs = new Set();
  const both = [];
  for (const { event, slug } of candidates) {
    const schema = PT_BY_SLUG[slug];
    const okOurs = validateEvent(event, { realism: false }).ok;
    const okTheirs = schema !== undefined && schema.safeParse(event).success;
    if (okOurs) ours.add(event.triggerSource);
    if (okTheirs) theirs.add(event.triggerSource);
    if (okOurs && okTheirs) both.push({ event, schema });
  }
  const result = await sideBySide(
    [
      {
        name: 'ours',
        batch: () => {
          for (const { event } of both) validateEvent(event, { realism: false });
          return both.length;
        },
      },
      {
        name: 'ours+realism',
        batch: () => {
          for (const { event } of both) validateEvent(event);
          return both.length;
        },
      },
      {
        name: 'powertools',
        batch: () => {
          for (const { event, schema } of both) schema.safeParse(event);
          return both.length;
        },
      },
    ],
    { rounds: ROUNDS, time: 200 },
  );
  const o = result.get('ours').median;
  const r = result.get('ours+realism').median;
  const p = result.get('powertools').median;
  const label = `${both.length} events both accept`;
  row(`validateEvent (input + output, realism off), ${label}`, perSecond(o), `Powertools safeParse ${perSecond(p)}`, times(p / o), '≥ 1.0× its throughput', p / o >= 1);
  row(`validateEvent with realism warnings, ${label}`, perSecond(r), `Powertools safeParse ${perSecond(p)}`, times(p / r), '—');
  row('sources whose events validate (fixtures + generated)', `${ours.size} / 41`, `Powertools ${theirs.size} / 41`, '', 'all 41', ours.size === 41);
}

/**
 * Per-run cost of fuzzTrigger beside a hand-written fast-check property over the same arbitrary
 * and handler (a JSON copy in, nothing judged): what the kit's harness and contract check add.
 * Each batch fuzzes the next of the 41 sources; single runs are timed between progress callbacks.
 */
async function fuzzPerRun(profile, rounds, time) {
  const runs = QUICK ? 50 : 100;
  const constraints = profile === undefined ? undefined : { profile };
  let seed = 1;
  let turn = 0;
  let baseTurn = 0;
  const single = { fuzz: [], baseline: [] };
  const fuzzTask = {
    name: 'fuzz',
    batch: async () => {
      const source = TRIGGER_SOURCES[turn++ % TRIGGER_SOURCES.length];
      let last = cpuNow();
      const report = await fuzzTrigger(trivialHandler(slugOf(source)), {
        trigger: source,
        runs,
        seed: seed++,
        constraints,
        onProgress: () => {
          const now = cpuNow();
          single.fuzz.push(now - last);
          last = now;
        },
      });
      if (!report.ok) throw new Error(`the trivial ${source} handler broke the contract: ${report.counterexample?.rule}`);
      return report.runs;
    },
  };
  const baseTask = {
    name: 'baseline',
    batch: async () => {
      const source = TRIGGER_SOURCES[baseTurn++ % TRIGGER_SOURCES.length];
      const handler = trivialHandler(slugOf(source));
      let last = cpuNow();
      await fc.assert(
        fc.asyncProperty(eventArb(source, constraints), async (event) => {
          await handler(JSON.parse(JSON.stringify(event)));
          const now = cpuNow();
          single.baseline.push(now - last);
          last = now;
        }),
        { numRuns: runs, seed: seed++ },
      );
      return runs;
    },
  };
  const result = await sideBySide([fuzzTask, baseTask], { rounds, time, iterations: 8 });
  return { runs, batches: result.get('fuzz').samples.length, batchFuzz: result.get('fuzz').median, batchBase: result.get('baseline').median, single };
}

/** CPU ms per fuzz run (mean), for projecting the 41×1,000 figure. */
let lastFuzzMean = Number.NaN;

async function benchFuzz() {
  progress('fuzzTrigger per-run overhead (default profile)');
  const mixed = await fuzzPerRun(undefined, QUICK ? 2 : 4, QUICK ? 600 : 1500);
  const f = median(mixed.single.fuzz);
  const b = median(mixed.single.baseline);
  row(
    `fuzzTrigger per run, trivial handler: median of ${mixed.single.fuzz.length} single runs over the 41 sources`,
    ms(f),
    `bare fc.asyncProperty ${ms(b)}`,
    times(f / b),
    '≤ 0.2 ms median',
    f <= 0.2,
  );
  lastFuzzMean = mixed.batchFuzz;
  row(
    `fuzzTrigger per run, mean: median of ${mixed.batches} batches of ${mixed.runs} runs`,
    ms(mixed.batchFuzz),
    `bare fc.asyncProperty ${ms(mixed.batchBase)}`,
    times(mixed.batchFuzz / mixed.batchBase),
    '—',
  );
  notes.push(
    `fuzzTrigger single runs (default "mixed" profile, half the events adversarial: up to 64 groups, 24 attributes, 2,048-character values): p90 ${ms(percentile(mixed.single.fuzz, 0.9))}; bare property p90 ${ms(percentile(mixed.single.baseline, 0.9))}.`,
  );
  progress('fuzzTrigger per-run overhead (realistic profile)');
  const realistic = await fuzzPerRun('realistic', 1, QUICK ? 300 : 800);
  const rf = median(realistic.single.fuzz);
  const rb = median(realistic.single.baseline);
  row('fuzzTrigger per run, realistic profile only: median single run', ms(rf), `bare fc.asyncProperty ${ms(rb)}`, times(rf / rb), '—');

  progress('fuzzTrigger: 41 sources × 1,000 runs on 2 worker threads');
  const wall0 = performance.now();
  const halves = [TRIGGER_SOURCES.filter((_, i) => i % 2 === 0), TRIGGER_SOURCES.filter((_, i) => i % 2 === 1)];
  const results = (
    await Promise.all(
      halves.map(
        (sources) =>
          new Promise((resolveRun, reject) => {
            const worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url), { workerData: { sources, runs: 1000, seed: 42 } });
            worker.once('message', resolveRun);
            worker.once('error', reject);
          }),
      ),
    )
  ).flat();
  const wall = (performance.now() - wall0) / 1000;
  const broken = results.filter((r) => !r.ok);
  if (broken.length > 0) notes.push(`41×1,000: ${broken.map((r) => `${r.source} (${r.rule})`).join(', ')} broke the contract.`);
  row('fuzzTrigger 41 sources × 1,000 runs, 2 worker threads (wall)', `${wall.toFixed(1)} s`, 'budget 10 s', times(wall / 10), '< 10 s', wall < 10 && broken.length === 0);
  notes.push(
    `41×1,000 is wall time, so it counts every other process on the machine (load average ${loadavg()[0].toFixed(2)} when it ended); the CPU time per run measured above (mean ${ms(lastFuzzMean)}) puts the same work at ${((41_000 * lastFuzzMean) / 1000 / 2).toFixed(1)} s on 2 otherwise idle cores.`,
  );
}

function benchImports() {
  progress('import cost, fresh processes');
  const m = measureImports(ROOT, { rounds: QUICK ? 3 : 7 });
  const zodImport = m.zod.importMs;
  for (const entry of ENTRY_POINTS) {
    const e = m.entries.get(entry);
    const spec = entry === '.' ? 'cognito-trigger-kit' : `cognito-trigger-kit/${entry.slice(2)}`;
    if (e.error !== undefined && Number.isNaN(e.importMs)) {
      row(`import('${spec}')`, 'n/a', '', '', '—');
      notes.push(`import('${spec}') fails outside its runtime: ${e.error}`);
      continue;
    }
    const heavy = e.loads.ok ? heavyPackages(e.loads.urls) : undefined;
    const loaded = heavy ? [heavy.fastCheck ? 'fast-check' : '', heavy.faker ? `faker (${heavy.fakerLocales.join(', ') || 'root'})` : ''].filter(Boolean).join(' + ') : '?';
    row(`import('${spec}') [loads: zod${loaded ? ` + ${loaded}` : ''}]`, ms(e.importMs), `import('zod') ${ms(zodImport)}`, times(e.importMs / zodImport), '—');
  }
  const schemas = m.entries.get('./schemas');
  const schemasHeavy = schemas.loads.ok ? heavyPackages(schemas.loads.urls) : undefined;
  row('./schemas loads neither fast-check nor faker', schemasHeavy ? (schemasHeavy.fastCheck || schemasHeavy.faker ? 'loads them' : 'neither') : 'unknown', '', '', 'neither', schemasHeavy !== undefined && !schemasHeavy.fastCheck && !schemasHeavy.faker);
  const rootLoaders = [];
  for (const entry of ENTRY_POINTS) {
    const e = m.entries.get(entry);
    if (e.loads.ok && heavyPackages(e.loads.urls).fakerRoot) rootLoaders.push(entry);
  }
  const cliHeavy = m.cli.loads.ok ? heavyPackages(m.cli.loads.urls) : undefined;
  if (cliHeavy?.fakerRoot) rootLoaders.push('cli event');
  row("no entry point (nor the CLI) loads faker's all-locales root", rootLoaders.length === 0 ? 'none does' : rootLoaders.join(', '), '', '', 'none', rootLoaders.length === 0);
  row(
    `CLI start-up: ${m.cli.args.join(' ')} (wall, whole process)`,
    ms(m.cli.eventMs),
    `node -e "import('zod')" ${ms(m.cli.bareZodMs)}`,
    times(m.cli.eventMs / m.cli.bareZodMs),
    '≤ 2×',
    m.cli.eventMs / m.cli.bareZodMs <= 2,
  );
  notes.push(`Import figures: median of ${m.rounds} fresh processes each, the import timed inside the child with performance.now(); whole-process wall times (spawn to exit): zod ${ms(m.zod.wallMs)}, ${ENTRY_POINTS.map((e) => `${e} ${ms(m.entries.get(e).wallMs)}`).join(', ')}.`);
}

// ---------------------------------------------------------------------------------------------

/**
 * Peak resident set size (kB) of a fresh `node` running `args`, read from the child itself at exit
 * (`process.resourceUsage().maxRSS`, through a preloaded module), plus its exit status and stdout.
 */
let rssRuns = 0;
function peakRss(args, dir) {
  const rssFile = resolve(dir, `rss-${(rssRuns += 1)}.txt`);
  const preload = resolve(dir, 'max-rss.mjs');
  if (!existsSync(preload)) {
    writeFileSync(preload, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.CTK_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  }
  const r = spawnSync(process.execPath, ['--import', preload, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CTK_BENCH_RSS_FILE: rssFile },
  });
  const kb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : Number.NaN;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, kb };
}

async function benchStream(fixtures) {
  progress('validate of a 50 MB NDJSON file: peak RSS');
  const dir = mkdtempSync(resolve(tmpdir(), 'ctk-bench-'));
  try {
    const event = JSON.stringify(fixtures.find((f) => f.source === 'VerifyAuthChallengeResponse_Authentication')?.event ?? fixtures[0].event);
    const one = resolve(dir, 'one.json');
    writeFileSync(one, `${event}\n`);
    const writeNdjson = async (file, count) => {
      const out = createWriteStream(file);
      const block = `${event}\n`.repeat(1000);
      for (let written = 0; written < count; written += 1000) {
        const n = Math.min(1000, count - written);
        if (!out.write(n === 1000 ? block : `${event}\n`.repeat(n))) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    };
    const count = Math.ceil((50 * 1024 * 1024) / (event.length + 1));
    const big = resolve(dir, 'big.ndjson');
    const double = resolve(dir, 'double.ndjson');
    await writeNdjson(big, count);
    await writeNdjson(double, 2 * count);
    const size = statSync(big).size;
    // The naive reader a user might write (bench/naive-validate.mjs): everything in memory at once.
    const naive = resolve(ROOT, 'bench/naive-validate.mjs');
    const cli = resolve(ROOT, 'dist/cli/bin.js');
    const runs = QUICK ? 1 : 3;
    const samples = { one: [], big: [], double: [], naive: [] };
    let allOk = true;
    const validated = (r, n) => r.status === 0 && r.stdout.trimEnd().endsWith(`${n} events: ${n} ok, 0 invalid, 0 warnings`);
    for (let i = 0; i < runs; i += 1) {
      samples.one.push(peakRss([cli, 'validate', one], dir).kb);
      const b = peakRss([cli, 'validate', big], dir);
      const d = peakRss([cli, 'validate', double], dir);
      allOk &&= validated(b, count) && validated(d, 2 * count);
      samples.big.push(b.kb);
      samples.double.push(d.kb);
      const n = peakRss([naive, big], dir);
      samples.naive.push(n.status === 0 ? n.kb : Number.NaN);
    }
    const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
    const [oneKb, bigKb, doubleKb, naiveKb] = [samples.one, samples.big, samples.double, samples.naive].map(median);
    const label = (bytes, n) => `${(bytes / 1024 / 1024).toFixed(0)} MB NDJSON (${n.toLocaleString('en-US')} events)`;
    row(`validate ${label(size, count)}: peak RSS`, mb(bigKb), `naive read-all ${Number.isNaN(naiveKb) ? 'failed' : mb(naiveKb)}`, times(bigKb / naiveKb), '—');
    row(
      `validate ${label(statSync(double).size, 2 * count)}: peak RSS`,
      mb(doubleKb),
      `the ${(size / 1024 / 1024).toFixed(0)} MB file ${mb(bigKb)}`,
      times(doubleKb / bigKb),
      '+ < 10 MB for 2× the file',
      allOk && doubleKb - bigKb < 10 * 1024,
    );
    notes.push(
      `Stream: peak RSS of \`node dist/cli/bin.js validate <file>\`, read by the child at exit (\`process.resourceUsage().maxRSS\`), median of ${runs} fresh processes each; ` +
        `one event: ${mb(oneKb)}. Above a few MB of input the peak stops growing: what remains is V8's heap slack, not the file. ` +
        'The naive baseline (bench/naive-validate.mjs) reads the whole file, splits it, and keeps every parsed event and verdict.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpu = cpus();
  return {
    node: process.version,
    cpu: cpu[0]?.model ?? 'unknown CPU',
    cores: cpu.length,
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

function renderTable(format) {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.target, r.met]);
  if (format === 'markdown') {
    const esc = (s) => String(s).replaceAll('|', '\\|');
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...cells.map((c) => `| ${c.map(esc).join(' | ')} |`)].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((v, i) => String(v).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function mainBench() {
  const before = machine();
  const started = performance.now();
  const fixtures = loadFixtures();
  if (SECTIONS.has('builders')) await benchBuilders(fixtures);
  if (SECTIONS.has('arbitraries')) await benchArbitraries(fixtures);
  if (SECTIONS.has('validate')) await benchValidate(fixtures);
  if (SECTIONS.has('fuzz')) await benchFuzz();
  if (SECTIONS.has('imports')) benchImports();
  if (SECTIONS.has('stream')) await benchStream(fixtures);
  const after = machine();
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const header =
    `cognito-trigger-kit bench — node ${before.node}, ${before.cpu}, ${before.cores} cores; ` +
    `load average ${before.load} at start, ${after.load} at end; ${seconds} s${QUICK ? ' (--quick)' : ''}`;
  const method =
    'In-process figures: CPU time of the bench process per item, median of tinybench batches run in rotating rounds beside their baseline. ' +
    'Import figures: fresh processes, medians.';
  const failed = rows.filter((r) => r.met === 'NO').length;
  const summary = `${rows.filter((r) => r.met === 'yes').length} targets met, ${failed} missed.`;
  console.log(`${header}\n${method}\n\n${renderTable('text')}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\n${summary}`);
  if (args.markdown) {
    const md = [
      `**Machine:** node ${before.node}; ${before.cpu}; ${before.cores} cores; load average (1, 5, 15 min) ${before.load} at start, ${after.load} at end; ${seconds} s${QUICK ? ' (--quick)' : ''}.`,
      '',
      method,
      '',
      renderTable('markdown'),
      '',
      ...notes.map((n) => `- ${n}`),
      '',
      summary,
      '',
    ].join('\n');
    // Between the markers of an existing page (the prose around the table stays), else the whole file.
    const file = resolve(process.cwd(), args.markdown);
    const [begin, end] = ['<!-- bench:begin -->', '<!-- bench:end -->'];
    let page = `${begin}\n${md}${end}\n`;
    if (existsSync(file)) {
      const old = readFileSync(file, 'utf8');
      const from = old.indexOf(begin);
      const to = old.indexOf(end);
      if (from !== -1 && to > from) page = `${old.slice(0, from)}${begin}\n${md}${old.slice(to)}`;
    }
    writeFileSync(file, page);
  }
}

await mainBench();

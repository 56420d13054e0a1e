/**
 * Import cost of each entry point and start-up of the CLI's `event` command, each in fresh `node`
 * processes, side by side with a bare `import('zod')` (the one package every entry point needs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.mjs';

/** The package's entry points, by export name (`./fixtures/*` and `./package.json` load no code). */
export const ENTRY_POINTS = ['.', './schemas', './arbitraries', './builders', './assertions', './harness', './fuzz', './vitest'];

/** The specifier a user writes for an entry point, resolved through the package's own exports map. */
export function specifierOf(entry) {
  return entry === '.' ? 'cognito-trigger-kit' : `cognito-trigger-kit/${entry.slice(2)}`;
}

// Run in the child: time the dynamic import alone, print it, and exit without waiting for anything.
const CHILD = (spec) =>
  `const t0 = performance.now(); await import(${JSON.stringify(spec)}); ` +
  'process.stdout.write(String(performance.now() - t0)); process.exit(0);';

/**
 * One fresh process that imports `spec`: the import's own time, measured inside the child with
 * `performance.now()`, and the whole process's wall time, measured from here.
 */
function timeImport(root, spec) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD(spec)], { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (child.status !== 0) return { ok: false, error: (child.stderr || '').trim().split('\n').slice(0, 3).join(' ') };
  return { ok: true, importMs: Number(child.stdout), wallMs: wall };
}

/** One fresh process running `args`, timed from here (wall clock, spawn to exit). */
function timeProcess(root, args) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - t0;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return wall;
}

/**
 * The module URLs a fresh process loads for `args` (recorded by bench/load-hook.mjs; an extra run,
 * never a timed one).
 */
export function loadedModules(root, args) {
  const dir = mkdtempSync(join(tmpdir(), 'ctk-bench-'));
  const log = join(dir, 'loaded.txt');
  try {
    const child = spawnSync(process.execPath, ['--import', resolve(root, 'bench/load-hook.mjs'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CTK_BENCH_LOADED: log },
    });
    if (child.status !== 0) return { ok: false, error: (child.stderr || '').trim().split('\n').slice(0, 3).join(' '), urls: [] };
    let text = '';
    try {
      text = readFileSync(log, 'utf8');
    } catch {
      // No module went through the loader.
    }
    return { ok: true, urls: text.split('\n').filter(Boolean) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a list of loaded module URLs says about the heavy packages. */
export function heavyPackages(urls) {
  return {
    fastCheck: urls.some((u) => u.includes('/node_modules/fast-check/')),
    faker: urls.some((u) => u.includes('/node_modules/@faker-js/faker/')),
    // The root (`@faker-js/faker`) is dist/index.js: it loads every locale.
    fakerRoot: urls.some((u) => /\/node_modules\/@faker-js\/faker\/dist\/index\.(js|cjs)$/.test(u)),
    fakerLocales: urls.filter((u) => /\/@faker-js\/faker\/dist\/locale\//.test(u)).map((u) => u.replace(/.*\/locale\//, '')),
  };
}

/**
 * Measures every entry point and the CLI, `rounds` times each, interleaved with the zod baseline
 * so each round's figures share the machine's load of that moment; returns medians.
 */
export function measureImports(root, { rounds = 7 } = {}) {
  const zodImport = [];
  const zodWall = [];
  const perEntry = new Map(ENTRY_POINTS.map((e) => [e, { importMs: [], wallMs: [], error: undefined }]));
  const cliEvent = [];
  const bareZod = [];
  const cliArgs = [resolve(root, 'dist/cli/bin.js'), 'event', 'PreSignUp_SignUp', '--seed', '7'];
  // One untimed pass first: the OS file cache, not the kit, would otherwise pay the first round.
  timeImport(root, 'zod');
  for (const entry of ENTRY_POINTS) timeImport(root, specifierOf(entry));
  timeProcess(root, cliArgs);
  for (let round = 0; round < rounds; round++) {
    const z = timeImport(root, 'zod');
    zodImport.push(z.importMs);
    zodWall.push(z.wallMs);
    for (const entry of ENTRY_POINTS) {
      const r = timeImport(root, specifierOf(entry));
      const slot = perEntry.get(entry);
      if (!r.ok) {
        slot.error = r.error;
        continue;
      }
      slot.importMs.push(r.importMs);
      slot.wallMs.push(r.wallMs);
    }
    bareZod.push(timeProcess(root, ['-e', "import('zod')"]));
    cliEvent.push(timeProcess(root, cliArgs));
  }
  const loads = new Map();
  for (const entry of ENTRY_POINTS) {
    loads.set(entry, loadedModules(root, ['--input-type=module', '-e', `await import(${JSON.stringify(specifierOf(entry))})`]));
  }
  const cliLoads = loadedModules(root, cliArgs);
  return {
    zod: { importMs: median(zodImport), wallMs: median(zodWall) },
    entries: new Map(
      [...perEntry].map(([entry, s]) => [entry, { importMs: median(s.importMs), wallMs: median(s.wallMs), error: s.error, loads: loads.get(entry) }]),
    ),
    cli: { eventMs: median(cliEvent), bareZodMs: median(bareZod), loads: cliLoads, args: cliArgs.slice(1) },
    rounds,
  };
}

/**
 * The package as a user gets it: build and `npm pack` a copy of the repository, install the
 * tarball into a fresh ES module project and a fresh CommonJS project (dependencies from the
 * registry or npm's cache), then load every entry point, run the bin, use each layer, type-check a
 * consumer against @types/aws-lambda and run the vitest matchers there.
 *
 * The ES module project installs the newest versions the peer ranges admit; the CommonJS project
 * installs the lowest (`^4.3.0` → `4.3.0`), so each declared floor is a version that was seen to
 * work. Run with `npm run test:package` (it takes minutes; `npm test` does not include it).
 * `KEEP_PACKAGE_TMP=1` keeps the temporary projects for a post-mortem.
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROKEN_CJS,
  BROKEN_MJS,
  CONSUMER_TS,
  ENTRY_EXPORTS,
  HANDLER_CJS,
  HANDLER_MJS,
  HANDLER_TS,
  LOAD_CJS,
  LOAD_MJS,
  MATCHERS_TEST_TS,
  USE_CJS,
  USE_MJS,
  consumerTsconfig,
  type LoadReport,
  type UseReport,
} from './consumer-files.js';
import {
  ROOT,
  buildAndPack,
  createProject,
  describeRun,
  floorOf,
  makeTempRoot,
  removeTempRoot,
  run,
  type ConsumerProject,
  type PackedPackage,
} from './project.js';

const PEERS = ['zod', 'fast-check', 'vitest', '@types/aws-lambda'] as const;

let temp: string;
let packed: PackedPackage;
const projects: Partial<Record<'esm' | 'cjs', ConsumerProject>> = {};

function project(kind: 'esm' | 'cjs'): ConsumerProject {
  const found = projects[kind];
  if (!found) throw new Error(`the ${kind} project was not set up (see the beforeAll error)`);
  return found;
}

/** Files of the tarball as installed, relative to the package root. */
async function listInstalled(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

beforeAll(async () => {
  const started = Date.now();
  temp = await makeTempRoot();
  packed = await buildAndPack(join(temp, 'stage'), join(temp, 'out'));
  const built = Date.now();

  const manifest = packed.manifest;
  const dev = manifest.devDependencies;
  const tooling = [`typescript@${dev.typescript ?? '~6.0.3'}`, `@types/node@${dev['@types/node'] ?? '^20.19.0'}`];
  const newest = PEERS.map((name) => `${name}@${manifest.peerDependencies[name]}`);
  const lowest = PEERS.map((name) => `${name}@${floorOf(manifest.peerDependencies[name] ?? '')}`);

  const [esm, cjs] = await Promise.all([
    createProject(join(temp, 'esm'), 'esm', packed.tarball, [...newest, ...tooling], {
      'load.mjs': LOAD_MJS,
      'use.mjs': USE_MJS,
      'consumer.ts': CONSUMER_TS,
      'matchers.test.ts': MATCHERS_TEST_TS,
      'handler.ts': HANDLER_TS,
      'handler.mjs': HANDLER_MJS,
      'broken.mjs': BROKEN_MJS,
      'tsconfig.json': consumerTsconfig(['consumer.ts', 'matchers.test.ts', 'handler.ts']),
    }),
    createProject(join(temp, 'cjs'), 'cjs', packed.tarball, [...lowest, ...tooling], {
      'load.cjs': LOAD_CJS,
      'use.cjs': USE_CJS,
      'consumer.cts': CONSUMER_TS,
      'matchers.test.ts': MATCHERS_TEST_TS,
      'handler.ts': HANDLER_TS,
      'handler.cjs': HANDLER_CJS,
      'broken.cjs': BROKEN_CJS,
      'tsconfig.json': consumerTsconfig(['consumer.cts', 'matchers.test.ts', 'handler.ts']),
    }),
  ]);
  projects.esm = esm;
  projects.cjs = cjs;
  console.log(
    [
      `packed-install: ${manifest.name}@${manifest.version} tarball ${packed.size} bytes, ${packed.files.length} files, ${packed.unpackedSize} bytes unpacked`,
      `packed-install: build+pack ${((built - started) / 1000).toFixed(1)} s, both installs ${((Date.now() - built) / 1000).toFixed(1)} s`,
      `packed-install: esm project (newest in range) ${JSON.stringify(esm.installed)}`,
      `packed-install: cjs project (range floors) ${JSON.stringify(cjs.installed)}`,
      ...(packed.readmePlaceholder ? ['packed-install: WARNING the repository has no README.md; the stage used a placeholder'] : []),
    ].join('\n'),
  );
});

afterAll(async () => {
  if (temp) await removeTempRoot(temp);
});

describe('the tarball', () => {
  it('holds only dist/, fixtures/, README.md, LICENSE and package.json', () => {
    const paths = packed.files.map((file) => file.path);
    const stray = paths.filter((path) => !/^(dist\/.+|fixtures\/.+|README\.md|LICENSE|package\.json)$/.test(path));
    expect(stray).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']));
  });

  it('ships no source maps, tests or build info (dist maps would point at src/, which is not shipped)', () => {
    const noise = packed.files.map((file) => file.path).filter((path) => /\.map$|\.test\.|\.test-d\.|\.tsbuildinfo$|(^|\/)__snapshots__\//.test(path));
    expect(noise).toEqual([]);
  });

  it('has no sourceMappingURL comment left in a shipped file', async () => {
    const root = join(project('esm').dir, 'node_modules', 'cognito-trigger-kit');
    const files = (await listInstalled(root)).filter((path) => /\.(js|d\.ts)$/.test(path));
    expect(files.length).toBeGreaterThan(0);
    const withComment: string[] = [];
    for (const path of files) {
      if ((await readFile(join(root, path), 'utf8')).includes('sourceMappingURL')) withComment.push(path);
    }
    expect(withComment).toEqual([]);
  });

  it('contains every file an exports target or the bin names, with a declaration beside each module', () => {
    const paths = new Set(packed.files.map((file) => file.path));
    const missing: string[] = [];
    for (const [key, target] of Object.entries(packed.manifest.exports)) {
      if (key === './fixtures/*') continue;
      const targets = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of targets) if (!paths.has(file.replace(/^\.\//, ''))) missing.push(`${key} → ${file}`);
    }
    for (const file of Object.values(packed.manifest.bin)) if (!paths.has(file.replace(/^\.\//, ''))) missing.push(`bin → ${file}`);
    for (const path of paths) {
      if (path.startsWith('dist/') && path.endsWith('.js') && !paths.has(path.replace(/\.js$/, '.d.ts'))) missing.push(`${path} has no .d.ts`);
    }
    expect(missing).toEqual([]);
  });

  it('lists its types first in every exports condition and names every entry point of ENTRY_EXPORTS', () => {
    const entries = Object.keys(packed.manifest.exports).filter((key) => key !== './fixtures/*' && key !== './package.json');
    expect(entries.sort()).toEqual(Object.keys(ENTRY_EXPORTS).sort());
    for (const key of entries) {
      const target = packed.manifest.exports[key];
      expect(typeof target === 'object' ? Object.keys(target)[0] : undefined, key).toBe('types');
    }
  });

  it('ships every fixture of the repository', async () => {
    const fixtures = (await listInstalled(join(ROOT, 'fixtures'))).map((path) => `fixtures/${path}`);
    const paths = new Set(packed.files.map((file) => file.path));
    expect(fixtures.length).toBeGreaterThan(40);
    expect(fixtures.filter((path) => !paths.has(path))).toEqual([]);
  });

  it('ships an executable bin with a node shebang', async () => {
    const bin = packed.manifest.bin['cognito-trigger-kit'];
    expect(bin).toBe('dist/cli/bin.js');
    const entry = packed.files.find((file) => file.path === bin);
    expect(entry && (entry.mode & 0o111) !== 0, `mode ${entry?.mode.toString(8)}`).toBe(true);
    const installed = join(project('esm').dir, 'node_modules', 'cognito-trigger-kit', bin ?? '');
    expect((await readFile(installed, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(((await stat(installed)).mode & 0o111) !== 0).toBe(true);
  });

  it('declares side effects only for the modules that have them', () => {
    expect(packed.manifest.sideEffects).toEqual(['./dist/vitest.js', './dist/cli/bin.js']);
  });

  it('declares zod and fast-check as required peers, vitest and @types/aws-lambda as optional ones, and develops against them', () => {
    const { peerDependencies: peers, peerDependenciesMeta: meta = {}, dependencies, devDependencies } = packed.manifest;
    expect(Object.keys(peers).sort()).toEqual([...PEERS].sort());
    expect(Object.keys(meta).filter((name) => meta[name]?.optional).sort()).toEqual(['@types/aws-lambda', 'vitest']);
    for (const name of PEERS) {
      expect(dependencies[name], `${name} must not be a dependency too`).toBeUndefined();
      expect(devDependencies[name], `${name} must be a devDependency to meet the peer while developing`).toBeDefined();
    }
  });
});

describe.each(['esm', 'cjs'] as const)('installed into a fresh %s project', (kind) => {
  const bin = (args: readonly string[]) => run('npx', ['--no', '--', 'cognito-trigger-kit', ...args], project(kind).dir, 2 * 60_000);
  const ext = kind === 'esm' ? 'mjs' : 'cjs';

  it('resolves one copy of each peer, the project’s own', async () => {
    for (const name of ['zod', 'fast-check', 'vitest']) {
      const listed = await run('npm', ['ls', name, '--all', '--parseable'], project(kind).dir);
      const copies = listed.stdout.split('\n').filter((line) => line.trim() !== '');
      expect(copies, `${name}:\n${listed.stdout}`).toEqual([join(project(kind).dir, 'node_modules', name)]);
    }
  });

  it(`${kind === 'esm' ? 'imports' : 'requires'} every entry point, the JSON fixtures and package.json`, async () => {
    const result = await run('node', [`load.${ext}`, JSON.stringify(ENTRY_EXPORTS)], project(kind).dir);
    expect(result.code, describeRun('node', [`load.${ext}`], project(kind).dir, result)).toBe(0);
    const report = JSON.parse(result.stdout) as LoadReport;
    const expected = Object.fromEntries(
      Object.entries(ENTRY_EXPORTS).map(([entry, name]) => [entry, { type: name.endsWith('Schema') || name === 'cognitoMatchers' ? 'object' : 'function' }]),
    );
    expect(report.entries).toEqual(expected);
    expect(report.fixture).toEqual({ triggerSource: 'PreSignUp_SignUp', ok: true });
    expect(report.packageJson).toBe('cognito-trigger-kit');
    if (kind === 'cjs') {
      // Node >= 20.19 loads ES modules through require() without a flag; a top-level await in
      // the graph would throw ERR_REQUIRE_ASYNC_MODULE instead.
      expect(report.requireModule).toBe(true);
      expect(report.cliMain).toBe('function');
      console.log(`packed-install: cjs require(esm) stderr on Node ${process.versions.node}: ${JSON.stringify(result.stderr.trim() || '(nothing)')}`);
    }
  });

  it('builds, samples, validates, asserts, invokes and fuzzes with the project’s own zod and fast-check', async () => {
    const result = await run('node', [`use.${ext}`], project(kind).dir, 3 * 60_000);
    expect(result.code, describeRun('node', [`use.${ext}`], project(kind).dir, result)).toBe(0);
    const report = JSON.parse(result.stdout) as UseReport;
    expect(report.sources).toBe(41);
    expect(report.built).toBe(51);
    expect(report.invalidBuilt).toEqual([]);
    expect(report.sampledSlugs).toBe(15);
    expect(report.invalidSamples).toEqual([]);
    expect(report.jsonSchemas).toBe(15);
    expect(report.goodAsserted).toBe(true);
    expect(report.badError).toContain('response.autoConfirmUser');
    expect(report.badIsContractError).toBe(true);
    expect(report.invokeKind).toBe('returned');
    expect(report.fuzzOk).toBe(true);
    expect(report.fuzzRuns).toBe(25);
    expect(report.brokenFuzzRule).toBe('pre-signup/flag-not-boolean');
  });

  it('runs the bin: list, event, validate', async () => {
    const list = await bin(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const catalogue = JSON.parse(list.stdout) as { triggers: unknown[]; triggerSources: unknown[] };
    expect(catalogue.triggers).toHaveLength(15);
    expect(catalogue.triggerSources).toHaveLength(41);

    const event = await bin(['event', 'PreSignUp_SignUp', '--seed', '1']);
    expect(event.code, event.stderr).toBe(0);
    const again = await bin(['event', 'PreSignUp_SignUp', '--seed', '1']);
    expect(again.stdout).toBe(event.stdout);
    const parsed = JSON.parse(event.stdout) as { triggerSource: string; response: Record<string, unknown> };
    expect(parsed.triggerSource).toBe('PreSignUp_SignUp');
    await writeFile(join(project(kind).dir, 'event.json'), event.stdout);
    const broken = { ...parsed, response: { ...parsed.response, autoConfirmUser: 'yes' } };
    await writeFile(join(project(kind).dir, 'broken-event.json'), JSON.stringify(broken));

    const valid = await bin(['validate', 'event.json']);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    expect(valid.stdout).toMatch(/^ok event\.json#0 PreSignUp_SignUp$/m);
    const invalid = await bin(['validate', 'broken-event.json']);
    expect(invalid.code, invalid.stdout + invalid.stderr).toBe(1);
    expect(invalid.stdout).toMatch(/^invalid broken-event\.json#0/m);
    expect(invalid.stdout).toContain('response.autoConfirmUser');

    const unknown = await bin(['event', 'PreSignUp_Typo']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  });

  it(`runs the bin: fuzz a .${ext} handler, a .ts handler (through tsx) and a broken one`, async () => {
    for (const handler of [`handler.${ext}`, 'handler.ts']) {
      const fuzzed = await bin(['fuzz', handler, '--trigger', 'PreSignUp_SignUp', '--runs', '25', '--seed', '1', '--json']);
      expect(fuzzed.code, `${handler}\n${fuzzed.stdout}\n${fuzzed.stderr}`).toBe(0);
      const report = JSON.parse(fuzzed.stdout) as { ok: boolean; runs: number };
      expect(report).toMatchObject({ ok: true, runs: 25 });
    }
    const broken = await bin(['fuzz', `broken.${ext}`, '--trigger', 'pre-signup', '--runs', '25', '--seed', '1', '--json']);
    expect(broken.code, broken.stdout + broken.stderr).toBe(1);
    const report = JSON.parse(broken.stdout) as { ok: boolean; counterexample: { rule: string } | null };
    expect(report.ok).toBe(false);
    expect(report.counterexample?.rule).toBe('pre-signup/flag-not-boolean');
  });

  it(`type-checks a ${kind === 'esm' ? '.ts' : '.cts'} consumer that hands kit events to @types/aws-lambda handlers and uses the matchers`, async () => {
    const tsc = await run('npx', ['--no', '--', 'tsc', '-p', 'tsconfig.json'], project(kind).dir, 3 * 60_000);
    expect(tsc.code, describeRun('tsc', ['-p', 'tsconfig.json'], project(kind).dir, tsc)).toBe(0);
  });

  it('runs a vitest test that uses the matchers registered by cognito-trigger-kit/vitest', async () => {
    const vitest = await run('npx', ['--no', '--', 'vitest', 'run', '--reporter=verbose'], project(kind).dir, 3 * 60_000);
    expect(vitest.code, describeRun('vitest', ['run'], project(kind).dir, vitest)).toBe(0);
    expect(stripVTControlCharacters(vitest.stdout)).toMatch(/Tests\s+2 passed \(2\)/);
  });
});

/**
 * Helpers of the packed-install test: build and pack the package the way `npm publish` would,
 * then make throwaway consumer projects that install the tarball from disk and its dependencies
 * from the registry (or npm's cache).
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a finished command left behind. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a command without a shell and never throws on a non-zero exit: the test asserts on
 * `code`, and a failure message carries both streams.
 */
export function run(command: string, args: readonly string[], cwd: string, timeoutMs = 5 * 60_000): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** Like {@link run}, but throws with both streams when the command fails. */
export async function runOk(command: string, args: readonly string[], cwd: string, timeoutMs?: number): Promise<RunResult> {
  const result = await run(command, args, cwd, timeoutMs);
  if (result.code !== 0) throw new Error(describeRun(command, args, cwd, result));
  return result;
}

/** A readable account of a command and what it printed, for assertion messages. */
export function describeRun(command: string, args: readonly string[], cwd: string, result: RunResult): string {
  return [`\`${[command, ...args].join(' ')}\` in ${cwd} exited ${result.code}`, `--- stdout\n${result.stdout}`, `--- stderr\n${result.stderr}`].join('\n');
}

/**
 * The environment of child commands. Vitest's own variables would make the consumer project's
 * vitest believe it runs inside a worker, and `npm run`'s package variables describe this
 * repository, not the temporary project.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|npm_package_|npm_lifecycle_)/.test(key) || key === 'TEST' || key === 'npm_config_local_prefix') continue;
    env[key] = value;
  }
  return env;
}

/** Top-level entries of the repository that never reach a package: dependencies, VCS, build output, scratch. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'coverage', 'reports', '.stryker-tmp', '.scratch']);

/** The packed package. */
export interface PackedPackage {
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** Size of the tarball in bytes. */
  readonly size: number;
  readonly unpackedSize: number;
  /** Paths inside the package, with their file modes. */
  readonly files: readonly { path: string; mode: number; size: number }[];
  /** The package.json that was packed. */
  readonly manifest: PackageManifest;
  /** Whether the repository had no README.md and the stage got a placeholder. */
  readonly readmePlaceholder: boolean;
}

/** The parts of package.json the test reads. */
export interface PackageManifest {
  name: string;
  version: string;
  type?: string;
  exports: Record<string, string | Record<string, string>>;
  bin: Record<string, string>;
  files: string[];
  sideEffects: string[] | boolean;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
}

/**
 * Copies the repository (without node_modules, .git, dist and scratch) into `stage`, builds it
 * there with the repository's own `npm run build`, and packs it into `out`.
 *
 * Building in a copy rather than in the checkout keeps the shared `dist/` untouched and makes the
 * tarball independent of whatever a previous build left in `dist/` (tsc never deletes the output
 * of a removed source file, and that file would otherwise ship).
 */
export async function buildAndPack(stage: string, out: string): Promise<PackedPackage> {
  await mkdir(stage, { recursive: true });
  await mkdir(out, { recursive: true });
  await cp(ROOT, stage, {
    recursive: true,
    filter: (source) => {
      const rel = relative(ROOT, source);
      if (rel === '') return true;
      const top = rel.split(sep)[0] ?? rel;
      return !NOT_COPIED.has(top) && !top.endsWith('.tgz');
    },
  });
  // The build needs the dev dependencies (tsc, @types): borrow the repository's, read-only.
  await symlink(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const readmePlaceholder = !existsSync(join(ROOT, 'README.md'));
  if (readmePlaceholder) {
    await writeFile(join(stage, 'README.md'), '# cognito-trigger-kit\n\nPlaceholder written by the packed-install test: the repository has no README.md yet.\n');
  }
  await runOk('npm', ['run', 'build'], stage);
  const packed = await runOk('npm', ['pack', '--json', '--pack-destination', out], stage);
  const [report] = JSON.parse(packed.stdout) as { filename: string; size: number; unpackedSize: number; files: { path: string; mode: number; size: number }[] }[];
  if (!report) throw new Error(`npm pack printed no report:\n${packed.stdout}`);
  const manifest = JSON.parse(await readFile(join(stage, 'package.json'), 'utf8')) as PackageManifest;
  return {
    tarball: join(out, basename(report.filename)),
    size: report.size,
    unpackedSize: report.unpackedSize,
    files: report.files,
    manifest,
    readmePlaceholder,
  };
}

/**
 * The lowest version a range admits (`^4.3.0` → `4.3.0`; with `||`, the lowest alternative).
 * Only the caret/tilde/plain forms this package uses are understood; anything else throws.
 */
export function floorOf(range: string): string {
  const versions = range.split('||').map((part) => {
    const match = /^\s*[\^~]?(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!match) throw new Error(`floorOf does not understand the range ${JSON.stringify(range)}`);
    return [Number(match[1]), Number(match[2]), Number(match[3])] as const;
  });
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const [lowest] = versions;
  if (!lowest) throw new Error(`empty range ${JSON.stringify(range)}`);
  return lowest.join('.');
}

/** A consumer project: its directory and the versions npm resolved for the peers. */
export interface ConsumerProject {
  readonly dir: string;
  readonly kind: 'esm' | 'cjs';
  readonly installed: Record<string, string>;
  readonly install: RunResult;
}

/**
 * Creates a project (`"type": "module"` or `"commonjs"`), writes `files` into it, and installs the
 * tarball plus `packages` (npm specs) with `--prefer-offline`.
 */
export async function createProject(
  dir: string,
  kind: 'esm' | 'cjs',
  tarball: string,
  packages: readonly string[],
  files: Readonly<Record<string, string>>,
): Promise<ConsumerProject> {
  await mkdir(dir, { recursive: true });
  const manifest = { name: `${kind}-consumer`, version: '1.0.0', private: true, type: kind === 'esm' ? 'module' : 'commonjs' };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  const install = await runOk('npm', ['install', tarball, ...packages, '--prefer-offline', '--no-audit', '--no-fund'], dir, 10 * 60_000);
  const installed: Record<string, string> = {};
  for (const name of ['cognito-trigger-kit', 'zod', 'fast-check', 'vitest', '@types/aws-lambda', 'typescript']) {
    const pkg = JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    installed[name] = pkg.version;
  }
  return { dir, kind, installed, install };
}

/** A fresh temporary directory for one run of the test. */
export function makeTempRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'ctk-packed-'));
}

/** Removes the temporary directory unless `KEEP_PACKAGE_TMP` asks to keep it for a post-mortem. */
export async function removeTempRoot(dir: string): Promise<void> {
  if (process.env.KEEP_PACKAGE_TMP) {
    console.log(`packed-install: kept ${dir}`);
    return;
  }
  await rm(dir, { recursive: true, force: true });
}

/** Shared helpers of the CLI tests: in-process runs with in-memory streams, temp files, real events. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** The repository root (the CLI's working directory in these tests). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real events, relative to the repository root (CI clones the repo with shared/ beside it). */
export const REAL = '../shared/real-events';

/** A real event file's path relative to {@link ROOT}. */
export const real = (name: string): string => `${REAL}/${name}`;

/** Valid, no warning. */
export const VALID_EVENT = real('github-captured-verifyauthchallengeresponse-otp.json');
/** Invalid at response.finalUserStatus. */
export const INVALID_EVENT = real('awslambdago-migrateuser-authentication.json');
/** Valid with two realism warnings (example pool and client ids). */
export const WARNING_EVENT = real('awsdocs-presignup-signup-clientmetadata.json');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Bytes or text fed to stdin; a string array is fed one chunk per element. */
  stdin?: string | Buffer | readonly (string | Buffer)[];
  cwd?: string;
  env?: Record<string, string>;
}

/** In-memory streams for `main`. */
export function memoryIo(options: RunOptions = {}): { io: CliIo; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _enc, cb) {
        append(chunk.toString());
        cb();
      },
    });
  const chunks = options.stdin === undefined ? [] : Array.isArray(options.stdin) ? options.stdin : [options.stdin];
  const io: CliIo = {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    stdin: Readable.from(chunks as (string | Buffer)[], { objectMode: false }),
    isTTY: false,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
  };
  return { io, stdout: () => out, stderr: () => err };
}

/** Runs the CLI in-process. */
export async function cli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const m = memoryIo(options);
  const code = await main(argv, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

/** Asserts the CLI's failure form: one paragraph (one line) on stderr, no stack frame. */
export function expectOneParagraph(stderr: string): void {
  expect(stderr).toMatch(/^cognito-trigger-kit[^\n]*\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/^\s*at .*:\d+:\d+/m);
}

/** A temporary directory with a helper to write files into it, and its cleanup. */
export function tempDir(): { dir: string; write: (name: string, content: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ctk-cli-'));
  return {
    dir,
    write(name, content) {
      const path = resolve(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

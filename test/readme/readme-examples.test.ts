/**
 * Every TypeScript example in README.md runs: each ```ts block (except those written for a vitest
 * file, which the examples/ tests cover) becomes a module whose `cognito-trigger-kit/*` imports
 * point at the sources, and all of them run in one child process. A failed assertion fails this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const runnable = blocks.filter((code) => !code.includes("from 'vitest'"));
// Inside the repository, so that bare imports (fast-check, zod) resolve from its node_modules.
const dir = join(root, 'node_modules/.cache/readme-examples');

const ENTRY: Record<string, string> = {
  'cognito-trigger-kit': 'src/index.ts',
  'cognito-trigger-kit/schemas': 'src/schemas.ts',
  'cognito-trigger-kit/arbitraries': 'src/arbitraries.ts',
  'cognito-trigger-kit/builders': 'src/builders.ts',
  'cognito-trigger-kit/assertions': 'src/assertions.ts',
  'cognito-trigger-kit/harness': 'src/harness.ts',
  'cognito-trigger-kit/fuzz': 'src/fuzz.ts',
};

function rewrite(code: string): string {
  return code
    .replace(/from '(cognito-trigger-kit(?:\/[a-z]+)?)'/g, (_m, spec: string) => {
      const file = ENTRY[spec];
      if (!file) throw new Error(`README imports ${spec}, which is not an entry point`);
      return `from ${JSON.stringify(pathToFileURL(join(root, file)).href)}`;
    })
    .replace(/from '\.\/(examples\/[^']+)'/g, (_m, rel: string) => `from ${JSON.stringify(pathToFileURL(join(root, rel)).href)}`);
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README.md', () => {
  it('has runnable examples for each layer', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(10);
    for (const entry of ['schemas', 'arbitraries', 'builders', 'assertions', 'harness', 'fuzz']) {
      expect(runnable.some((code) => code.includes(`'cognito-trigger-kit/${entry}'`)), entry).toBe(true);
    }
  });

  it('runs every example without a failed assertion', () => {
    mkdirSync(dir, { recursive: true });
    const files = runnable.map((code, i) => {
      const file = join(dir, `example-${i + 1}.mts`);
      writeFileSync(file, rewrite(code));
      return file;
    });
    const runner = join(dir, 'run.mts');
    writeFileSync(
      runner,
      files.map((f, i) => `console.log('example ${i + 1}'); await import(${JSON.stringify(pathToFileURL(f).href)});`).join('\n') + "\nconsole.log('all ok');\n",
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', runner], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all ok');
    expect(r.status).toBe(0);
  });

  it('would notice a failing example', () => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'failing.mts');
    writeFileSync(file, rewrite("import assert from 'node:assert/strict';\nimport { validateEvent } from 'cognito-trigger-kit/schemas';\nassert.equal(validateEvent({}).ok, true);\n"));
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).not.toBe(0);
  });
});

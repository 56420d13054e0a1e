/**
 * The examples in docs/guide/harness.md run: every ```ts block (except the vitest one, which
 * needs a test runner and a fixture of the reader's own) is written to a module importing the
 * source entry point and executed in one child process. A failed assertion fails this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/guide/harness.md'), 'utf8');
const entry = pathToFileURL(join(root, 'src/harness.ts')).href;
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => !code.includes("from 'vitest'"));
const dir = mkdtempSync(join(tmpdir(), 'harness-docs-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docs/guide/harness.md', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('runs every example without a failed assertion', () => {
    const files = blocks.map((code, i) => {
      const file = join(dir, `example-${i + 1}.mts`);
      writeFileSync(file, code.replaceAll("'cognito-trigger-kit/harness'", JSON.stringify(entry)));
      return file;
    });
    const runner = join(dir, 'run.mts');
    writeFileSync(
      runner,
      files.map((f, i) => `console.log('example ${i + 1}'); await import(${JSON.stringify(pathToFileURL(f).href)});`).join('\n') + "\nconsole.log('all ok');\n",
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', runner], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all ok');
    expect(r.status).toBe(0);
  });
});

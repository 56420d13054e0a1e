/**
 * docs/guide/fuzz.md: every standalone ```ts example runs (in one child process, against the
 * source entry points), and the `test.prop` recipe is quoted verbatim from the example test that
 * runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzCommand } from '../../src/cli/commands/fuzz.js';
import { ruleCatalog } from '../../src/assertions.js';
import { ROOT } from '../cli/cli-helpers.js';
import { FUZZ_RULES } from '../../src/fuzz/rules.js';

const FUZZ_RULE_IDS: readonly string[] = Object.keys(FUZZ_RULES);

const doc = readFileSync(join(ROOT, 'docs/guide/fuzz.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
// Blocks that need a test runner (vitest) or are an excerpt of a test file are checked otherwise.
const standalone = blocks.filter((code) => !code.includes("from 'vitest'") && !code.includes('test.prop('));
const dir = mkdtempSync(join(tmpdir(), 'ctk-fuzz-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const localise = (code: string): string =>
  code.replace(/'cognito-trigger-kit\/(\w+)'/g, (_m, entry: string) => `'${pathToFileURL(join(ROOT, 'src', `${entry}.ts`)).href}'`);

describe('docs/guide/fuzz.md', () => {
  it('has runnable examples', () => {
    expect(standalone.length).toBeGreaterThanOrEqual(4);
  });

  it('runs every standalone example without a failed assertion', () => {
    const files = standalone.map((code, i) => {
      const file = join(dir, `example-${i + 1}.mts`);
      // The report printing is part of the example; the child's output is not checked beyond the last line.
      writeFileSync(file, localise(code));
      return file;
    });
    const runner = join(dir, 'run.mts');
    writeFileSync(runner, `${files.map((f, i) => `console.log('example ${i + 1}'); await import(${JSON.stringify(pathToFileURL(f).href)});`).join('\n')}\nconsole.log('all ok');\n`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', runner], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('all ok');
    expect(r.status).toBe(0);
  });

  it('quotes the @fast-check/vitest recipe from the example test that runs it', () => {
    const recipe = blocks.find((code) => code.includes('test.prop('));
    expect(recipe).toBeDefined();
    const source = readFileSync(join(ROOT, 'examples/pre-signup-auto-confirm/handler.test.ts'), 'utf8');
    expect(source).toContain(recipe!.trimEnd());
  });

  it('names only options the fuzz command has, and only rule ids the kit has', () => {
    const flags = new Set([...doc.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!));
    const help = fuzzCommand.help();
    expect(flags.size).toBeGreaterThan(5);
    expect([...flags].filter((f) => !new RegExp(`--${f}\\b`).test(help))).toEqual([]);
    const known = new Set([...ruleCatalog().map((r) => r.id), ...FUZZ_RULE_IDS]);
    const rules = [...doc.matchAll(/`((?:fuzz|[a-z-]+-[a-z0-9-]+)\/[a-z-]+)`/g)].map((m) => m[1]!).filter((id) => !id.startsWith('custom-auth') && !id.startsWith('cognito-trigger-kit/'));
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.filter((id) => !known.has(id))).toEqual([]);
  });
});

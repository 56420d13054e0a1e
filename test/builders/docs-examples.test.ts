/**
 * Runs every TypeScript example of the builders documentation and every builder's TSDoc
 * `@example`, so the documented calls keep working.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as builders from '../../src/builders.js';
import { TRIGGERS } from '../../src/triggers/registry.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = join(ROOT, 'docs/guide/builders.md');
const tmp = mkdtempSync(join(tmpdir(), 'ctk-docs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Points the package's own specifiers at this checkout, as the published package would resolve them. */
function localise(code: string): string {
  return code
    .replaceAll("'cognito-trigger-kit/builders'", `'${pathToFileURL(join(ROOT, 'src/builders.ts')).href}'`)
    .replace(/'cognito-trigger-kit\/fixtures\/([^']+)'/g, (_m, file: string) => `'${pathToFileURL(join(ROOT, 'fixtures', file)).href}'`);
}

describe('docs/guide/builders.md', () => {
  const examples = blocks(readFileSync(DOC, 'utf8'));

  it('has TypeScript examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((code, i) => [i, code] as const))('example %i runs', (i, code) => {
    const file = join(tmp, `example-${i}.ts`);
    writeFileSync(file, localise(code));
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});

describe('builder TSDoc examples', () => {
  it.each(TRIGGERS.map((t) => t.slug))('%s/builder.ts @example runs and builds the named source', (slug) => {
    const source = readFileSync(join(ROOT, 'src/triggers', slug, 'builder.ts'), 'utf8');
    const m = /@example\n \* const event = (build\w+)\((.*)\);\n/.exec(source);
    expect(m, 'one @example line "const event = build…(…);"').not.toBeNull();
    const [, name, args] = m!;
    // The example's arguments are plain object literals: evaluate them against the real builder.
    const call = new Function('builders', `return builders.${name}(${args});`) as (b: typeof builders) => { triggerSource: string };
    const event = call(builders);
    const wanted = /triggerSource: '(\w+)'/.exec(args!)?.[1];
    expect(event.triggerSource).toBe(wanted);
  });
});

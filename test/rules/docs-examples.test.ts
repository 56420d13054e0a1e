/**
 * docs/guide/rules.md: every TypeScript example runs and passes (imports are replaced by the
 * kit's modules), and the rule table between the markers is exactly `renderRuleTable()`.
 * `CTK_UPDATE_DOCS=1 npx vitest run test/rules/docs-examples.test.ts` rewrites a stale table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as arbitraries from '../../src/arbitraries.js';
import * as assertions from '../../src/assertions.js';
import * as builders from '../../src/builders.js';
import '../../src/vitest.js';
import { renderRuleTable } from '../../src/rules/catalog.js';

const DOC = new URL('../../docs/guide/rules.md', import.meta.url);
const doc = readFileSync(DOC, 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

const MODULES: Record<string, Record<string, unknown>> = {
  'cognito-trigger-kit/arbitraries': arbitraries,
  'cognito-trigger-kit/assertions': assertions,
  'cognito-trigger-kit/builders': builders,
};

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

function run(block: string): Promise<void> {
  const bindings: string[] = [];
  const body = block.replace(/^import (?:(.+) from )?'([^']+)';\n/gm, (_line, what: string | undefined, from: string) => {
    if (from === 'fast-check' || from === 'cognito-trigger-kit/vitest') return '';
    if (!MODULES[from] || what === undefined) throw new Error(`unexpected import from ${from}`);
    for (const name of what.replace(/[{}]/g, '').split(',').map((n) => n.trim())) {
      if (!(name in MODULES[from]!)) throw new Error(`${from} has no export ${name}`);
      bindings.push(`const ${name} = modules[${JSON.stringify(from)}].${name};`);
    }
    return '';
  });
  const fn = new AsyncFunction('fc', 'modules', 'expect', `${bindings.join('\n')}\n${body}`);
  return fn(fc, MODULES, expect);
}

describe('docs/guide/rules.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i runs', async (_i, block) => {
    await run(block);
  });

  it('would notice a failing example', async () => {
    await expect(run("import { checkResponse } from 'cognito-trigger-kit/assertions';\nexpect(checkResponse).toBeUndefined();\n")).rejects.toThrow();
  });

  it('holds the generated rule table', () => {
    const table = renderRuleTable();
    const current = /<!-- rules-table:start -->\n([\s\S]*?)<!-- rules-table:end -->/.exec(doc)?.[1];
    if (current !== table && process.env.CTK_UPDATE_DOCS === '1') {
      writeFileSync(DOC, doc.replace(/(<!-- rules-table:start -->\n)[\s\S]*?(<!-- rules-table:end -->)/, `$1${table}$2`));
      return;
    }
    expect(current, 'stale table: rerun with CTK_UPDATE_DOCS=1').toBe(table);
  });
});

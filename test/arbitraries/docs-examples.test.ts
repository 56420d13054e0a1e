/**
 * Every TypeScript example in docs/guide/arbitraries.md runs and passes. The examples are plain
 * JavaScript in TypeScript fences; their imports are replaced by this module's bindings.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as kit from '../../src/arbitraries.js';

const doc = readFileSync(new URL('../../docs/guide/arbitraries.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

function run(block: string): Promise<void> {
  const names: string[] = [];
  const body = block.replace(/^import (.+) from '([^']+)';\n/gm, (_line, what: string, from: string) => {
    if (from === 'cognito-trigger-kit/arbitraries') names.push(...what.replace(/[{}]/g, '').split(',').map((n) => n.trim()));
    else if (from !== 'fast-check') throw new Error(`unexpected import from ${from}`);
    return '';
  });
  const fn = new AsyncFunction('fc', 'kit', 'expect', `const { ${names.join(', ')} } = kit;\n${body}`);
  return fn(fc, kit, expect);
}

describe('docs/guide/arbitraries.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i runs', async (_i, block) => {
    await run(block);
  });

  it('would notice a failing example', async () => {
    await expect(run("import { eventArb } from 'cognito-trigger-kit/arbitraries';\nexpect(eventArb).toBeUndefined();\n")).rejects.toThrow();
  });
});

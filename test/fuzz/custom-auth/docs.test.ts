/** The custom-auth docs section cannot drift: its property table and handler code match the kit and the example. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOW_PROPERTIES } from '../../../src/fuzz.js';

const doc = readFileSync(new URL('../../../docs/guide/custom-auth.md', import.meta.url), 'utf8');
const example = (name: string) => readFileSync(new URL(`../../../examples/custom-auth-otp/${name}`, import.meta.url), 'utf8');

describe('docs/guide/custom-auth.md', () => {
  it('lists every flow property with its severity, in the order reports use', () => {
    const rows = [...doc.matchAll(/^\| `(custom-auth\/[a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(FLOW_PROPERTIES.map((p) => [p.id, p.severity]));
  });

  it('shows the example handlers as they are in examples/custom-auth-otp (comments aside)', () => {
    const blocks = [...doc.matchAll(/`(define|create|verify)\.mjs` —[^\n]*\n(?:[^\n]*\n)*?```js\n([\s\S]*?)```/g)];
    expect(blocks.map((b) => b[1])).toEqual(['define', 'create', 'verify']);
    for (const [, name, code] of blocks) {
      const source = example(`${name}.mjs`).replace(/\s+/g, ' ');
      for (const line of code!.split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean)) {
        expect(source, `${name}.mjs`).toContain(line.replace(/\s+/g, ' '));
      }
    }
  });
});

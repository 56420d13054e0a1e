/**
 * examples/manifest.json, the list the demo fuzzes: every example is in it, every module exists,
 * every declared rule is real, and every example gives the declared result when the demo's own
 * code runs it through the CLI (here the source CLI; the demo runs the built one).
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FLOW_PROPERTIES } from '../../src/fuzz.js';
import { ruleCatalog } from '../../src/assertions.js';
import { argvFor, matches, outcomeOf, readManifest, runCli, type ManifestEntry } from '../../scripts/demo.mjs';
import { ROOT } from '../cli/cli-helpers.js';
import { FUZZ_RULES } from '../../src/fuzz/rules.js';

const entries = readManifest();
const FUZZ_RULE_IDS: readonly string[] = Object.keys(FUZZ_RULES);

const modulesOf = (e: ManifestEntry): string[] => (e.command === 'flow' ? Object.values(e.modules!) : [e.module!]);

describe('examples/manifest.json', () => {
  it('lists every example directory, each once', () => {
    const dirs = readdirSync(`${ROOT}examples`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const used = new Set(entries.flatMap((e) => modulesOf(e).map((m) => m.split('/')[1])));
    expect(dirs.filter((d) => !used.has(d))).toEqual([]);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
  });

  it('names modules that exist, with the fields each command needs', () => {
    for (const e of entries) {
      for (const m of modulesOf(e)) expect(existsSync(`${ROOT}${m}`), `${e.name}: ${m}`).toBe(true);
      expect(Number.isSafeInteger(e.runs) && e.runs > 0, e.name).toBe(true);
      expect(Number.isSafeInteger(e.seed), e.name).toBe(true);
      if (e.command === 'fuzz') expect(typeof e.trigger, e.name).toBe('string');
    }
  });

  it('declares only rules the kit has: an output rule, a fuzz/* rule or a flow property', () => {
    const known = new Set([...ruleCatalog().map((r) => r.id), ...FUZZ_RULE_IDS, ...FLOW_PROPERTIES.map((p) => p.id)]);
    for (const e of entries) if (e.expect.result === 'broken') expect(known.has(e.expect.rule), `${e.name}: ${e.expect.rule}`).toBe(true);
  });

  it('covers .mjs, .ts and .cjs handlers, held and broken results, and the custom-auth flow', () => {
    const exts = new Set(entries.flatMap(modulesOf).map((m) => m.slice(m.lastIndexOf('.'))));
    expect([...exts].sort()).toEqual(['.cjs', '.mjs', '.ts']);
    expect(entries.filter((e) => e.expect.result === 'broken').length).toBeGreaterThanOrEqual(3);
    expect(entries.some((e) => e.command === 'flow')).toBe(true);
  });
});

describe('every example gives the declared result (the demo, on the source CLI)', () => {
  it.each(entries.map((e) => [e.name, e] as const))('%s', async (_name, entry) => {
    const run = await runCli(main, argvFor(entry));
    const got = outcomeOf(entry, run);
    expect(matches(entry.expect, got), `${JSON.stringify(entry.expect)} vs ${got.result} ${got.rule ?? got.detail ?? ''}`).toBe(true);
    expect(run.code).toBe(entry.expect.result === 'held' ? 0 : 1);
    if (got.result === 'broken') expect(got.report?.replay).toMatch(/^npx cognito-trigger-kit (fuzz|flow) .* --seed -?\d+ --path \d+(:\d+)*/);
  });

  it('a wrong declaration is reported as a mismatch, not passed', () => {
    const entry = entries.find((e) => e.expect.result === 'held')!;
    expect(matches({ result: 'broken', rule: 'fuzz/crash' }, { result: 'held' })).toBe(false);
    expect(matches({ result: 'broken', rule: 'fuzz/crash' }, { result: 'broken', rule: 'fuzz/timeout' })).toBe(false);
    expect(outcomeOf(entry, { code: 2, stdout: '', stderr: 'cognito-trigger-kit fuzz: no such module\n' })).toMatchObject({ result: 'error' });
  });
});

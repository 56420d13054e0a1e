/**
 * FUZZ_RULES against the fuzzer: the `fuzz/*` ids written in src/ are exactly the table's keys,
 * and each id, with each run kind the table gives it, is produced by a handler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Callback } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as fuzzEntry from '../../src/fuzz.js';
import { fuzzTrigger, type FuzzReport } from '../../src/fuzz.js';
import { FUZZ_RULES, type FuzzRuleId } from '../../src/fuzz/rules.js';
import type { RunKind } from '../../src/fuzz/verdict.js';
import type { AnyHandler } from '../../src/harness.js';
import * as h from './handlers.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const IDS = Object.keys(FUZZ_RULES) as FuzzRuleId[];

const fuzz = (handler: unknown, options: Partial<Parameters<typeof fuzzTrigger>[1]> = {}): Promise<FuzzReport> =>
  fuzzTrigger(handler as AnyHandler, { trigger: 'pre-signup', runs: 5, seed: 7, shrinkTimeLimitMs: 1_000, ...options });

/** A handler that throws a TypeError on its first call and answers `then` afterwards: not deterministic. */
function crashesOnce(then: (event: unknown) => Promise<unknown>): AnyHandler {
  let calls = 0;
  return (async (event: unknown) => {
    calls++;
    if (calls === 1) throw new TypeError('warming up');
    return then(event);
  }) as AnyHandler;
}

/** Every `(rule, kind)` pair the table declares, each with a fuzz whose counterexample shows it. */
const WITNESSES: ReadonlyArray<readonly [FuzzRuleId, RunKind, () => Promise<FuzzReport>]> = [
  ['fuzz/crash', 'crash', () => fuzz(h.rangeError)],
  ['fuzz/timeout', 'timeout', () => fuzz(h.neverSettles, { runs: 2, timeoutMs: 25, shrinkTimeLimitMs: 100 })],
  ['fuzz/invalid-output', 'invalid-output', () => fuzz(h.returnsUndefined)],
  ['fuzz/thrown-non-error', 'thrown-non-error', () => fuzz(h.throwsPlainObject)],
  ['fuzz/process-exit', 'exited', () => fuzz(h.callsExit)],
  ['fuzz/callback-called-twice', 'contract', () => fuzz(h.callbackTwice, { strict: true })],
  [
    'fuzz/callback-called-twice',
    'denied',
    () =>
      fuzz(
        (_event: unknown, _context: unknown, callback: Callback) => {
          callback(new Error('Sign-ups are closed.'));
          callback(new Error('Sign-ups are closed.'));
        },
        { strict: true },
      ),
  ],
  ['fuzz/not-reproducible', 'held', () => fuzz(crashesOnce(h.echo))],
  ['fuzz/not-reproducible', 'denied', () => fuzz(crashesOnce(h.deniesOnPurpose))],
];

/** `'fuzz/…'` string literals in a source file, comments left out. */
function fuzzLiterals(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...text.matchAll(/'(fuzz\/[a-z-]+)'/g)].map((m) => m[1]!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('FUZZ_RULES', () => {
  it('holds exactly the fuzz/* ids written in src/', () => {
    const written = new Set(sourceFiles(SRC).filter((f) => !f.endsWith(join('fuzz', 'rules.ts'))).flatMap(fuzzLiterals));
    expect([...written].sort()).toEqual([...IDS].sort());
  });

  it('gives every id a run kind, a summary and what Cognito does', () => {
    for (const id of IDS) {
      const rule = FUZZ_RULES[id];
      expect(rule.kinds.length, id).toBeGreaterThan(0);
      for (const kind of rule.kinds) expect(fuzzEntry.RUN_KINDS, id).toContain(kind);
      expect(rule.summary, id).toMatch(/^\S.*\.$/);
      expect(rule.cognitoDoes.length, id).toBeGreaterThan(20);
    }
  });

  it('is exported from cognito-trigger-kit/fuzz', () => {
    expect(fuzzEntry.FUZZ_RULES).toBe(FUZZ_RULES);
  });

  it('has a witness for every (id, kind) pair it declares, and no other', () => {
    const declared = IDS.flatMap((id) => FUZZ_RULES[id].kinds.map((kind) => `${id} ${kind}`)).sort();
    expect(WITNESSES.map(([id, kind]) => `${id} ${kind}`).sort()).toEqual(declared);
  });
});

describe('every fuzz/* id is produced by a handler, with a run kind the table gives it', () => {
  it.each(WITNESSES.map(([id, kind, run]) => [`${id} (${kind})`, id, kind, run] as const))('%s', async (_name, id, kind, run) => {
    const report = await run();
    expect(report.ok).toBe(false);
    const ce = report.counterexample!;
    expect(ce.rule).toBe(id);
    expect(ce.kind).toBe(kind);
    expect(FUZZ_RULES[id].kinds as readonly RunKind[]).toContain(ce.kind);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('fuzz/not-reproducible: the search saw the crash the replay could not reproduce', async () => {
    const report = await fuzz(crashesOnce(h.echo));
    expect(report.counts.crash).toBe(1);
    expect(report.counterexample).toMatchObject({ rule: 'fuzz/not-reproducible', kind: 'held', shrinks: 0 });
    expect(report.counterexample?.message).toMatch(/^the event broke the contract during the search \(fuzz\/crash: the handler crashed with TypeError: .*\) but held when run again/);
  });
});

/** The report's two forms, the asserting variant, and bad options. */
import { describe, expect, it } from 'vitest';
import { assertFuzzTrigger, formatCounts, formatFuzzReport, FuzzFailure, fuzzReportJson, fuzzTrigger } from '../../src/fuzz.js';
import type { AnyHandler } from '../../src/harness.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { answersWithString, deniesOnPurpose, echo, readsEmail, wipesGroups } from './handlers.js';

const asHandler = (h: unknown) => h as AnyHandler;

describe('formatFuzzReport', () => {
  it('a held run: one ✔ line with the runs and seed, the outcomes, the denials', async () => {
    const text = formatFuzzReport(await fuzzTrigger(asHandler(deniesOnPurpose), { trigger: 'pre-signup', runs: 20, seed: 3 }));
    expect(text).toBe(
      '✔ held the pre-signup contract over 20 runs (seed 3)\n' +
        '  outcomes: 20 denied on purpose\n' +
        '  denial ×20: UserLambdaValidationException: PreSignUp failed with error Sign-ups are closed..\n',
    );
  });

  it('a failure: the rule, what happened, the issues, the shrunk event, the response and the replay', async () => {
    const report = await fuzzTrigger(asHandler(answersWithString), { trigger: 'verify-auth-challenge-response', runs: 20, seed: 3 });
    const text = formatFuzzReport(report, { subject: 'verify.mjs' });
    const ce = report.counterexample!;
    expect(text).toMatch(/^✖ verify\.mjs broke the verify-auth-challenge-response contract after 1 run \(seed 3\)\n/);
    expect(text).toContain('  rule: verify-auth-challenge-response/answer-not-boolean\n');
    expect(text).toContain('    error response.answerCorrect: answerCorrect is the string');
    expect(text).toContain(`  smallest event found (${ce.shrinks} shrinks):\n    {\n      "version": "1",`);
    expect(text).toContain('  handler response:\n    {\n      "answerCorrect": "');
    expect(text).toContain(`  replay: fuzzTrigger(handler, { trigger: "verify-auth-challenge-response", seed: 3, path: "${ce.path}" })\n`);
  });

  it('a crash shows the error the client sees; the replay line can be the caller\'s own', async () => {
    const report = await fuzzTrigger(asHandler(readsEmail), { trigger: 'pre-signup', runs: 50, seed: 1 });
    const text = formatFuzzReport(report, { replay: (seed, path) => `my-tool --seed ${seed} --path ${path}` });
    expect(text).toContain("  the client sees: UserLambdaValidationException: PreSignUp failed with error Cannot read properties of undefined (reading 'toLowerCase').\n");
    expect(text).toContain(`  replay: my-tool --seed 1 --path ${report.counterexample!.path}\n`);
    expect(text).not.toContain('handler response');
  });

  it('lists warnings with their counts, and says strict', async () => {
    const text = formatFuzzReport(await fuzzTrigger(asHandler(wipesGroups), { trigger: 'pre-token-generation-v2', runs: 10, seed: 3 }));
    expect(text).toContain('  warning ×10 [pre-token-generation-v2/all-groups-removed]: groupOverrideDetails is {}');
  });

  it('formatCounts names the non-zero kinds', () => {
    expect(formatCounts({ held: 3, denied: 2, crash: 0, 'thrown-non-error': 0, timeout: 1, 'invalid-output': 0, exited: 0, contract: 0 })).toBe(
      '3 held, 2 denied on purpose, 1 timed out',
    );
  });
});

describe('fuzzReportJson', () => {
  it('is plain JSON: the outcome as one line, the error reduced, nulls for what is absent', async () => {
    const ok = fuzzReportJson(await fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', runs: 5, seed: 1 }));
    expect(ok).toEqual({
      ok: true,
      trigger: 'pre-signup',
      target: 'pre-signup',
      version: null,
      runs: 5,
      requestedRuns: 5,
      seed: 1,
      strict: false,
      counts: { held: 5, denied: 0, crash: 0, 'thrown-non-error': 0, timeout: 0, 'invalid-output': 0, exited: 0, contract: 0 },
      denials: [],
      warnings: [],
      counterexample: null,
    });
    const broken = fuzzReportJson(await fuzzTrigger(asHandler(readsEmail), { trigger: 'pre-signup', runs: 50, seed: 1 }));
    expect(JSON.parse(JSON.stringify(broken))).toEqual(broken);
    expect(broken.counterexample).toMatchObject({
      kind: 'crash',
      rule: 'fuzz/crash',
      outcome: expect.stringMatching(/^threw TypeError \(crash\): UserLambdaValidationException/),
      output: null,
      seed: 1,
    });
  });
});

describe('assertFuzzTrigger', () => {
  it('resolves to the report when every run holds', async () => {
    const report = await assertFuzzTrigger(asHandler(echo), { trigger: 'post-confirmation', runs: 10, seed: 1 });
    expect(report.ok).toBe(true);
  });

  it('throws a FuzzFailure whose message is the readable report and which carries the report', async () => {
    const error = await assertFuzzTrigger(asHandler(readsEmail), { trigger: 'pre-signup', runs: 50, seed: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FuzzFailure);
    const failure = error as FuzzFailure;
    expect(failure.name).toBe('FuzzFailure');
    expect(failure.report.ok).toBe(false);
    expect(failure.message).toBe(`\n${formatFuzzReport(failure.report)}`);
    expect(failure.message).toContain('rule: fuzz/crash');
    expect(failure.message).toContain('"triggerSource": "PreSignUp_');
    expect(failure.message).toContain(`replay: fuzzTrigger(handler, { trigger: "pre-signup", seed: 1, path: "${failure.report.counterexample!.path}" })`);
    // The stack starts at the caller, not inside the kit.
    expect(failure.stack?.split('\n').find((l) => l.trim().startsWith('at '))).not.toMatch(/src\/fuzz\/assert/);
  });
});

describe('bad options are usage errors naming the option', () => {
  it.each([
    ['a handler that is not a function', () => fuzzTrigger(asHandler('handler'), { trigger: 'pre-signup' }), /handler must be a function \(got string\)/],
    ['no trigger', () => fuzzTrigger(asHandler(echo), {} as never), /options\.trigger is required/],
    ['an unknown trigger', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-sginup' as never }), /"pre-sginup" is not a trigger slug or triggerSource \(did you mean pre-signup\?\)/],
    ['runs 0', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', runs: 0 }), /options\.runs must be an integer ≥ 1 \(got 0\)/],
    ['runs -5', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', runs: -5 }), /options\.runs must be an integer ≥ 1 \(got -5\)/],
    ['runs 1.5', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', runs: 1.5 }), /options\.runs must be an integer/],
    ['seed "abc"', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', seed: 'abc' as never }), /options\.seed must be an integer \(got abc\)/],
    ['timeoutMs 0', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', timeoutMs: 0 }), /options\.timeoutMs must be an integer ≥ 1/],
    ['a path without its seed', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', path: '0:1' }), /only together with the seed/],
    ['a malformed path', () => fuzzTrigger(asHandler(echo), { trigger: 'pre-signup', seed: 1, path: '0:x' }), /fast-check path such as "3:1:0"/],
  ])('%s', async (_name, call, message) => {
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitUsageError);
    expect((error as Error).message).toMatch(message);
  });
});

/**
 * fuzzTrigger: what counts as broken (each kind, with a handler that shows it) and what does not
 * (a deliberate denial, a correct handler).
 */
import { describe, expect, it } from 'vitest';
import { fuzzTrigger, type FuzzReport } from '../../src/fuzz.js';
import type { AnyHandler } from '../../src/harness.js';
import * as h from './handlers.js';

const fuzz = (handler: unknown, options: Partial<Parameters<typeof fuzzTrigger>[1]> = {}): Promise<FuzzReport> =>
  fuzzTrigger(handler as AnyHandler, { trigger: 'pre-signup', runs: 30, seed: 42, shrinkTimeLimitMs: 2_000, ...options });

/** The counts that are not zero. */
const nonZero = (report: FuzzReport) => Object.fromEntries(Object.entries(report.counts).filter(([, n]) => n > 0));

describe('broken: a crash', () => {
  it.each([
    ['TypeError', h.readsEmail, /TypeError: Cannot read properties of undefined \(reading 'toLowerCase'\)/],
    ['RangeError', h.rangeError, /RangeError: Invalid array length/],
    ['SyntaxError', h.syntaxError, /SyntaxError: /],
    ['ReferenceError', h.referenceError, /ReferenceError: tenantConfig is not defined/],
  ] as const)('%s is a crash (fuzz/crash), with the text the client sees', async (_name, handler, message) => {
    const report = await fuzz(handler, { runs: 100 });
    expect(report.ok).toBe(false);
    const ce = report.counterexample!;
    expect(ce).toMatchObject({ kind: 'crash', rule: 'fuzz/crash' });
    expect(ce.message).toMatch(message);
    expect(ce.clientError).toMatch(/^UserLambdaValidationException: PreSignUp failed with error /);
    expect(report.counts.crash).toBe(1);
  });
});

describe('broken: a timeout', () => {
  it('a handler that never settles times out at timeoutMs (fuzz/timeout), and the fuzz ends', async () => {
    const report = await fuzz(h.neverSettles, { runs: 5, timeoutMs: 25, shrinkTimeLimitMs: 300 });
    expect(report.ok).toBe(false);
    expect(report.counterexample).toMatchObject({ kind: 'timeout', rule: 'fuzz/timeout' });
    expect(report.counterexample!.message).toContain('no answer within 25 ms');
    expect(report.counterexample!.clientError).toBe(
      'UnexpectedLambdaException: PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.',
    );
  });
});

describe('broken: output Cognito cannot read', () => {
  it.each([
    ['undefined', h.returnsUndefined, /settled with undefined/, 'InvalidLambdaResponseException: Invalid lambda function output : Invalid JSON'],
    ['only the response', h.returnsResponseOnly, /no response object/, 'InvalidLambdaResponseException: Unrecognizable lambda output'],
    ['a BigInt (not JSON)', h.returnsBigInt, /JSON cannot represent the output/, 'UserLambdaValidationException: PreSignUp failed with error Unable to stringify response body.'],
    ['a value from a non-async function', h.forgotAsync, /neither async nor callback-style/, 'InvalidLambdaResponseException: Invalid lambda function output : Invalid JSON'],
  ] as const)('%s is fuzz/invalid-output', async (_name, handler, message, client) => {
    const report = await fuzz(handler);
    expect(report.counterexample).toMatchObject({ kind: 'invalid-output', rule: 'fuzz/invalid-output', clientError: client });
    expect(report.counterexample!.message).toMatch(message);
  });

  it('an object that is not the event breaks the output rules', async () => {
    const report = await fuzz(h.returnsOtherObject);
    expect(report.counterexample).toMatchObject({ kind: 'contract', rule: 'pre-signup/trigger-source-changed' });
  });
});

describe('broken: an output rule', () => {
  it('an error issue from checkResponse breaks the run, and the report carries the issues and the output', async () => {
    const report = await fuzz(h.answersWithString, { trigger: 'verify-auth-challenge-response' });
    const ce = report.counterexample!;
    expect(ce).toMatchObject({ kind: 'contract', rule: 'verify-auth-challenge-response/answer-not-boolean' });
    expect(ce.issues.map((i) => i.rule)).toContain('verify-auth-challenge-response/answer-not-boolean');
    expect(ce.output).toHaveProperty('response.answerCorrect', expect.stringMatching(/^(true|false)$/));
  });

  it('a response left at the pre-filled defaults is broken where the trigger needs a decision', async () => {
    const verify = await fuzz(h.echo, { trigger: 'verify-auth-challenge-response' });
    expect(verify.counterexample?.rule).toBe('verify-auth-challenge-response/answer-not-boolean');
    expect(verify.counterexample?.message).toContain('answerCorrect is null');
    const define = await fuzz(h.echo, { trigger: 'define-auth-challenge' });
    expect(define.counterexample?.rule).toBe('define-auth-challenge/no-decision');
  });

  it('a warning holds, counted in the report; with strict it breaks the run', async () => {
    const lax = await fuzz(h.wipesGroups, { trigger: 'pre-token-generation-v2' });
    expect(lax.ok).toBe(true);
    expect(lax.warnings).toEqual([expect.objectContaining({ rule: 'pre-token-generation-v2/all-groups-removed', count: 30 })]);
    const strict = await fuzz(h.wipesGroups, { trigger: 'pre-token-generation-v2', strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.strict).toBe(true);
    expect(strict.counterexample).toMatchObject({ kind: 'contract', rule: 'pre-token-generation-v2/all-groups-removed' });
  });
});

describe('broken: a throw that is not an Error, process.exit', () => {
  it('a thrown plain object is fuzz/thrown-non-error: the client sees [object Object]', async () => {
    const report = await fuzz(h.throwsPlainObject);
    expect(report.counterexample).toMatchObject({ kind: 'thrown-non-error', rule: 'fuzz/thrown-non-error' });
    expect(report.counterexample!.clientError).toBe('UserLambdaValidationException: PreSignUp failed with error [object Object].');
  });

  it('process.exit is intercepted and reported as fuzz/process-exit; this process keeps running', async () => {
    const report = await fuzz(h.callsExit);
    expect(report.counterexample).toMatchObject({ kind: 'exited', rule: 'fuzz/process-exit' });
    expect(report.counterexample!.message).toContain('process.exit(3)');
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('process.exit called right after answering (same turn) is fuzz/process-exit', async () => {
    const report = await fuzz(async (event: unknown) => {
      setImmediate(() => process.exit(5));
      return event;
    });
    expect(report.counterexample).toMatchObject({ kind: 'exited', rule: 'fuzz/process-exit' });
    expect(report.counterexample!.message).toContain('after it had answered');
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('process.exit called from a timer after the invocation ended is traced back to its run', async () => {
    let calls = 0;
    const late = async (event: unknown) => {
      calls++;
      // The first runs answer, then exit two turns of the event loop later, once the harness has
      // closed their invocation (it waits one turn for late callbacks); the next runs hold.
      if (calls <= 3) setImmediate(() => setImmediate(() => process.exit(7)));
      return event;
    };
    const report = await fuzz(late, { runs: 20 });
    expect(report.ok).toBe(false);
    expect(report.counterexample).toMatchObject({ kind: 'exited', rule: 'fuzz/process-exit', path: '0', shrinks: 0 });
    expect(report.counterexample!.message).toContain('process.exit(7) after it had answered');
    expect(report.counts.exited).toBe(3);
    expect(report.counts.held).toBe(17);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('a callback called twice is a warning (fuzz/callback-called-twice); strict breaks on it', async () => {
    const lax = await fuzz(h.callbackTwice);
    expect(lax.ok).toBe(true);
    expect(lax.warnings).toEqual([expect.objectContaining({ rule: 'fuzz/callback-called-twice', count: 30 })]);
    const strict = await fuzz(h.callbackTwice, { strict: true });
    expect(strict.counterexample?.rule).toBe('fuzz/callback-called-twice');
  });
});

describe('not broken', () => {
  it('a deliberate denial (an Error subclass) is counted, with the message the client sees', async () => {
    const report = await fuzz(h.deniesOnPurpose);
    expect(report.ok).toBe(true);
    expect(nonZero(report)).toEqual({ denied: 30 });
    expect(report.denials).toEqual([{ message: 'UserLambdaValidationException: PreSignUp failed with error Sign-ups are closed..', count: 30 }]);
  });

  it('a string thrown through the callback convention is a denial too', async () => {
    const report = await fuzz(async () => Promise.reject('Not allowed'));
    expect(report.ok).toBe(true);
    expect(report.denials).toEqual([{ message: 'UserLambdaValidationException: PreSignUp failed with error Not allowed.', count: 30 }]);
  });

  it('a correct handler holds: every run counted as held, no counterexample', async () => {
    const report = await fuzz(h.verifiesAnswer, { trigger: 'verify-auth-challenge-response', runs: 100 });
    expect(report).toMatchObject({ ok: true, runs: 100, requestedRuns: 100, seed: 42, trigger: 'verify-auth-challenge-response', counterexample: undefined });
    expect(nonZero(report)).toEqual({ held: 100 });
  });

  it('a custom sender may return anything: Cognito ignores its output', async () => {
    const report = await fuzz(async () => 42, { trigger: 'custom-email-sender' });
    expect(report.ok).toBe(true);
    expect(nonZero(report)).toEqual({ held: 30 });
  });

  it('a TokenGeneration_* source is version 1 unless version says otherwise', async () => {
    const seen: string[] = [];
    const record = async (event: { version: string }) => {
      seen.push(event.version);
      return event;
    };
    await fuzz(record, { trigger: 'TokenGeneration_Authentication', runs: 5 });
    await fuzz(record, { trigger: 'TokenGeneration_Authentication', version: 2, runs: 5 });
    expect(seen).toEqual(['1', '1', '1', '1', '1', '2', '2', '2', '2', '2']);
  });
});

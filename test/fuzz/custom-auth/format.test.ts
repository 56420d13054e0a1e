/** Transcripts and reports read round by round, and serialise to plain JSON. */
import { describe, expect, it } from 'vitest';
import { alwaysWrong, flowReportToJson, formatFlowReport, formatTranscript, fuzzCustomAuth, simulateCustomAuth, transcriptToJson, wrongThenRight } from '../../../src/fuzz.js';
import { exampleHandler, otpHandlers, respond } from './helpers.js';

const otp = await otpHandlers();

interface JsonInvocation {
  event: { request: { session?: unknown[] } };
  outcome: { kind: string; clientError: string | null };
}
interface JsonTranscript {
  rounds: Array<{ define: JsonInvocation }>;
  result: Record<string, unknown>;
}

describe('formatTranscript', () => {
  it('shows each round: what each handler got and returned, the answer, the session growing, the result', async () => {
    const t = await simulateCustomAuth(otp, { answers: wrongThenRight(1), clientMetadata: { app: 'web' }, preventUserExistenceErrors: 'ENABLED' });
    const text = formatTranscript(t);
    const code1 = String((t.rounds[0]!.challenge!.privateChallengeParameters as Record<string, unknown>).answer);
    expect(text).toContain('PreventUserExistenceErrors ENABLED; passwordless start (session [])');
    expect(text).toContain('the client answers wrong 1 time, then right; it sends ClientMetadata {"app":"web"} with RespondToAuthChallenge');
    expect(text).toContain('Round 1 (InitiateAuth)\n  Define  in:  session [] · userNotFound false · no clientMetadata');
    expect(text).toContain(`(wrong; the right answer is "${code1}") with RespondToAuthChallenge`);
    expect(text).toContain('Session + CUSTOM_CHALLENGE false "EMAIL_OTP-1"');
    expect(text).toContain('Round 2 (RespondToAuthChallenge, with ClientMetadata)');
    expect(text).toContain('clientMetadata {"app":"web"}');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Result: tokens issued');
  });

  it('shows a failed invocation with the client error and the broken rule', async () => {
    const create = await exampleHandler('custom-auth-broken/create-crashes-on-first-round.mjs');
    const text = formatTranscript(await simulateCustomAuth({ ...otp, create }));
    expect(text).toMatch(/Create {2}in: {2}challengeName "CUSTOM_CHALLENGE" · session \[\] · no clientMetadata\n {10}out: threw TypeError \(crash\): UserLambdaValidationException/);
    expect(text).toContain('Result: create failed and the client got UserLambdaValidationException: CreateAuthChallenge failed with error');
  });
});

describe('formatFlowReport and JSON', () => {
  it('a passing report says so, with the counts', async () => {
    const text = formatFlowReport(await fuzzCustomAuth(otp, { runs: 10, seed: 1 }));
    expect(text).toMatch(/^✔ the custom-auth flow kept every property over 10 sign-ins \(seed 1, at most 5 wrong answers, 20 rounds\)\n {2}results: \d+ tokens, \d+ failed, 0 error, 0 stuck\n$/);
  });

  it('a failing report names the property, prints the shrunk transcript and the replay', async () => {
    const verify = await exampleHandler('custom-auth-broken/verify-accepts-anything.mjs');
    const report = await fuzzCustomAuth({ ...otp, verify }, { runs: 50, seed: 6 });
    const c = report.counterexample!;
    const text = formatFlowReport(report, { replay: 'REPLAY-LINE' });
    expect(text).toContain('✖ the custom-auth flow broke custom-auth/tokens-without-correct-answer');
    expect(text).toContain('  property: custom-auth/tokens-without-correct-answer (error, round');
    expect(text).toContain('smallest scenario found');
    expect(text).toContain('    Round 1 (InitiateAuth)');
    expect(text).toContain('  replay: REPLAY-LINE');
    expect(formatFlowReport(report)).toContain(`replay: fuzzCustomAuth(handlers, { seed: ${c.seed}, path: "${c.path}" })`);
    const json = JSON.parse(JSON.stringify(flowReportToJson(report, { extra: 1 }))) as { counterexample: { transcript: JsonTranscript } };
    expect(json).toMatchObject({ ok: false, seed: report.seed, extra: 1, counterexample: { property: c.violation.property, path: c.path } });
    expect(json.counterexample.transcript.rounds[0]!.define.event.request.session).toEqual([]);
    expect(json.counterexample.transcript.rounds[0]!.define.outcome.kind).toBe('returned');
  });

  it('a transcript survives JSON, thrown errors included', async () => {
    const define = respond(() => {
      throw new TypeError('boom');
    });
    const t = await simulateCustomAuth({ ...otp, define }, { answers: alwaysWrong() });
    const json = JSON.parse(JSON.stringify(transcriptToJson(t))) as JsonTranscript;
    expect(json.result).toMatchObject({ kind: 'error', handler: 'define', rule: 'fuzz/crash' });
    expect(json.rounds[0]!.define.outcome.clientError).toBe('UserLambdaValidationException: DefineAuthChallenge failed with error boom.');
  });
});

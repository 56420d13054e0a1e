/**
 * fuzzCustomAuth: the search over generated sign-ins, the shrunk counterexample, replay from
 * { seed, path }, strictness, and usage errors.
 */
import { describe, expect, it } from 'vitest';
import { fuzzCustomAuth, flowScenarioArb, scenarioOptions, simulateCustomAuth, type FlowScenario } from '../../../src/fuzz.js';
import { KitUsageError } from '../../../src/shared/errors.js';
import fc from 'fast-check';
import { createWith, defineWith, exampleHandler, handlersWith, otpHandlers, respond, verifyWith } from './helpers.js';

const otp = await otpHandlers();
const broken = async (name: string) => exampleHandler(`custom-auth-broken/${name}.mjs`);

describe('fuzzCustomAuth', () => {
  it('passes the OTP example, over every kind of sign-in', async () => {
    const progress: number[] = [];
    const report = await fuzzCustomAuth(otp, { runs: 120, seed: 20, strict: true, onProgress: (p) => progress.push(p.done) });
    expect(report.ok).toBe(true);
    expect(report.counterexample).toBeUndefined();
    expect(report.runs).toBe(120);
    expect(report.seed).toBe(20);
    const { tokens, failed, error, stuck } = report.results;
    expect(tokens + failed + error + stuck).toBe(120);
    expect(tokens).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
    expect(progress).toHaveLength(120);
  });

  it('finds a broken Define, shrinks it, and the printed { seed, path } replays the same failure', async () => {
    const handlers = { ...otp, define: await broken('define-skips-result-check') };
    const report = await fuzzCustomAuth(handlers, { runs: 100, seed: 5 });
    expect(report.ok).toBe(false);
    const c = report.counterexample!;
    expect(c.violation.property).toBe('custom-auth/tokens-without-correct-answer');
    expect(c.path).toMatch(/^\d+(:\d+)*$/);
    expect(c.transcript.result.kind).toBe('tokens');
    // Shrinking keeps the failure and reaches a small scenario: two rounds.
    expect(c.transcript.rounds).toHaveLength(2);
    const replay = await fuzzCustomAuth(handlers, { seed: c.seed, path: c.path });
    expect(replay.counterexample?.violation.property).toBe(c.violation.property);
    expect(replay.counterexample?.scenario).toEqual(c.scenario);
    expect(replay.runs).toBe(1);
  });

  it('probes SRP starts, as an attacker would, unless told not to', async () => {
    const handlers = { ...otp, define: await broken('define-trusts-srp') };
    const found = await fuzzCustomAuth(handlers, { runs: 100, seed: 9 });
    expect(found.counterexample?.violation.property).toBe('custom-auth/tokens-without-correct-answer');
    expect(found.counterexample?.scenario.start).toBe('srp');
    expect((await fuzzCustomAuth(handlers, { runs: 100, seed: 9, probeSrp: false })).ok).toBe(true);
  });

  it('tries a passwordless start even when the app only uses SRP', async () => {
    const srpOnly = defineWith({ srp: 'password' });
    const define = respond(async (event) => {
      // Meant for SRP only, but trusts an empty session.
      if ((event.request.session as unknown[]).length === 0) return { issueTokens: true, failAuthentication: false };
      await srpOnly(event as never, {} as never, () => {});
    });
    const report = await fuzzCustomAuth(handlersWith({ define }), { runs: 100, seed: 2, starts: ['srp'] });
    expect(report.counterexample?.violation.property).toBe('custom-auth/tokens-without-correct-answer');
    expect(report.counterexample?.scenario.start).toBe('passwordless');
    expect((await fuzzCustomAuth(handlersWith({ define: srpOnly }), { runs: 60, seed: 2, starts: ['srp'] })).ok).toBe(true);
  });

  it('judges the always-right client in the starts the app supports', async () => {
    const report = await fuzzCustomAuth(otp, { runs: 100, seed: 3, starts: ['passwordless', 'srp'] });
    expect(report.counterexample?.violation.property).toBe('custom-auth/always-right-no-tokens');
    expect(report.counterexample?.scenario.start).toBe('srp');
  });

  it('warnings are reported and fail only with strict', async () => {
    const handlers = { ...otp, define: await broken('define-unlimited-retries') };
    const lenient = await fuzzCustomAuth(handlers, { runs: 60, seed: 4 });
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings.map((w) => w.property)).toContain('custom-auth/unbounded-wrong-answers');
    expect(lenient.results.stuck).toBeGreaterThan(0);
    const strict = await fuzzCustomAuth(handlers, { runs: 60, seed: 4, strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.counterexample?.violation.property).toBe('custom-auth/unbounded-wrong-answers');
  });

  it('compares a user that does not exist with an existing twin from the same pool', async () => {
    const handlers = { ...otp, define: await broken('define-reveals-missing-users') };
    const report = await fuzzCustomAuth(handlers, { runs: 100, seed: 8, strict: true });
    const c = report.counterexample!;
    expect(c.violation.property).toBe('custom-auth/reveals-user-existence');
    expect(c.scenario.userExists).toBe(false);
    expect(c.twin?.setup.userExists).toBe(true);
    expect(c.twin?.setup.user.userPoolId).toBe(c.scenario.user.userPoolId);
    expect((await fuzzCustomAuth(handlers, { runs: 100, seed: 8, userNotFound: false, strict: true })).ok).toBe(true);
  });

  it('tries the examples first', async () => {
    const scenario: FlowScenario = { ...fc.sample(flowScenarioArb({ srp: false }), { seed: 1, numRuns: 1 })[0]!, answers: { kind: 'always-wrong' } };
    const verify = await broken('verify-accepts-anything');
    const report = await fuzzCustomAuth({ ...otp, verify }, { runs: 1, seed: 1, examples: [scenario] });
    expect(report.counterexample?.violations.map((v) => v.property)).toContain('custom-auth/always-wrong-got-tokens');
  });

  it('shrinks a generated failure and replays its path when examples came first', async () => {
    const handlers = { ...otp, define: await broken('define-skips-result-check') };
    const good: FlowScenario = { ...fc.sample(flowScenarioArb({ srp: false, userNotFound: false }), { seed: 1, numRuns: 1 })[0]!, answers: { kind: 'always-right' } };
    const report = await fuzzCustomAuth(handlers, { runs: 100, seed: 5, examples: [good] });
    const c = report.counterexample!;
    expect(c.violation.property).toBe('custom-auth/tokens-without-correct-answer');
    expect(c.scenario).not.toEqual(good);
    // The path counts the example first: shrinking and the replay both need it.
    expect(c.shrinks).toBeGreaterThan(0);
    expect(c.transcript.rounds).toHaveLength(2);
    const replay = await fuzzCustomAuth(handlers, { seed: c.seed, path: c.path, examples: [good] });
    expect(replay.counterexample?.scenario).toEqual(c.scenario);
  });

  it('a counterexample replays through simulateCustomAuth with the scenario options', async () => {
    const handlers = { ...otp, create: await broken('create-leaks-answer') };
    const c = (await fuzzCustomAuth(handlers, { runs: 20, seed: 2 })).counterexample!;
    const again = await simulateCustomAuth(handlers, scenarioOptions(c.scenario));
    expect(again.session).toEqual(c.transcript.session);
    expect(again.result).toEqual(c.transcript.result);
  });
});

describe('fuzzCustomAuth: usage errors', () => {
  it('rejects bad options with the option named', async () => {
    await expect(fuzzCustomAuth(otp, { runs: 0 })).rejects.toThrow(/options\.runs must be an integer ≥ 1/);
    await expect(fuzzCustomAuth(otp, { path: '1:2' })).rejects.toThrow(/together with the seed/);
    await expect(fuzzCustomAuth(otp, { seed: 1, path: 'x' })).rejects.toThrow(/fast-check path/);
    await expect(fuzzCustomAuth(otp, { seed: 1.5 })).rejects.toThrow(KitUsageError);
    await expect(fuzzCustomAuth(otp, { maxWrong: 10, maxRounds: 12 })).rejects.toThrow(/maxRounds \(12\) must be at least maxWrong \+ 3 \(13\)/);
    await expect(fuzzCustomAuth(otp, { starts: [] })).rejects.toThrow(/options\.starts/);
  });

  it('says where the right answer should be when Create stores it under another key; rightAnswer fixes it', async () => {
    const handlers = handlersWith({ create: createWith({ key: 'code' }), verify: verifyWith('code') });
    await expect(fuzzCustomAuth(handlers, { runs: 30, seed: 1 })).rejects.toThrow(/no string under "answer" \(its keys: code\)/);
    expect((await fuzzCustomAuth(handlers, { runs: 30, seed: 1, rightAnswer: 'code' })).ok).toBe(true);
  });
});

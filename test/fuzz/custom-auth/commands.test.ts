/**
 * The model-based API: client actions as fast-check commands, mixed freely, with the flow
 * properties checked after every step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CustomAuthFlow, customAuthCommands, FlowPropertyError, resolveFlowConfig, runFlowCommands, type FlowCommand } from '../../../src/fuzz.js';
import { KitUsageError } from '../../../src/shared/errors.js';
import { exampleHandler, otpHandlers } from './helpers.js';

const otp = await otpHandlers();
const broken = async (name: string) => exampleHandler(`custom-auth-broken/${name}.mjs`);

describe('customAuthCommands', () => {
  it('the OTP example holds under any mix of right, wrong and junk answers, abandons and restarts', async () => {
    let flows = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(customAuthCommands({ maxWrong: 3, strict: true }), { maxCommands: 25 }), async (cmds) => {
        const real = await runFlowCommands(otp, cmds, { preventUserExistenceErrors: 'ENABLED', clientMetadata: { app: 'web' } });
        flows += real.finished.length + 1;
      }),
      { numRuns: 40, seed: 1 },
    );
    expect(flows).toBeGreaterThan(40);
  });

  it('finds the sequence that breaks a property and reports it with the transcript', async () => {
    const verify = await broken('verify-accepts-anything');
    const failure = await fc
      .assert(
        fc.asyncProperty(fc.commands(customAuthCommands()), (cmds) => runFlowCommands({ ...otp, verify }, cmds).then(() => undefined)),
        { numRuns: 50, seed: 2 },
      )
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    // Shrunk to the one action that shows it: a wrong answer (or a junk one) that signs in.
    expect((failure as Error).message).toMatch(/Counterexample: \[answer (wrong|".*") /);
    const cause = (failure as Error).cause;
    expect(cause).toBeInstanceOf(FlowPropertyError);
    expect((cause as FlowPropertyError).violation.property).toBe('custom-auth/tokens-without-correct-answer');
    expect((cause as Error).message).toContain('Round 1 (InitiateAuth)');
  });

  it('unbounded retries show as a wrong answer past maxWrong, with strict', async () => {
    const define = await broken('define-unlimited-retries');
    const wrong = customAuthCommands({ maxWrong: 2, strict: true });
    const cmds = [wrong[1]!, wrong[1]!, wrong[1]!].map((arb) => fc.sample(arb, { seed: 1, numRuns: 1 })[0]!);
    const error = await runFlowCommands({ ...otp, define }, cmds).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowPropertyError);
    expect((error as FlowPropertyError).violation.property).toBe('custom-auth/unbounded-wrong-answers');
    // Two wrong answers are within the bound.
    await expect(runFlowCommands({ ...otp, define }, cmds.slice(0, 2))).resolves.toBeDefined();
  });

  it('restart starts a new flow with a fresh session, and keeps the old transcript', async () => {
    const [right, , , , restart] = customAuthCommands().map((arb) => fc.sample(arb, { seed: 1, numRuns: 1 })[0]!) as FlowCommand[];
    const real = await runFlowCommands(otp, [right!, restart!]);
    expect(real.finished).toHaveLength(1);
    expect(real.finished[0]!.result.kind).toBe('tokens');
    expect(real.flow.transcript().rounds).toHaveLength(1);
    expect(real.flow.transcript().rounds[0]!.session).toEqual([]);
    expect(real.flow.pendingChallenge).toBeDefined();
  });
});

describe('CustomAuthFlow, step by step', () => {
  it('answers, abandons, and refuses an answer when nothing waits', async () => {
    const flow = new CustomAuthFlow(otp, resolveFlowConfig({}));
    await expect(flow.respond('right')).rejects.toThrow(KitUsageError);
    await flow.initiate();
    expect(flow.pendingChallenge).toMatchObject({ challengeName: 'CUSTOM_CHALLENGE', attempt: 1 });
    await flow.respond({ answer: '000000' });
    expect(flow.wrongAnswers).toBe(1);
    expect(flow.pendingChallenge).toMatchObject({ attempt: 2 });
    const before = flow.transcript();
    flow.abandon();
    expect(flow.ended).toBe(true);
    expect(flow.transcript().result).toEqual({ kind: 'abandoned' });
    // Transcripts are snapshots.
    expect(before.result).toEqual({ kind: 'pending' });
    await expect(flow.respond('right')).rejects.toThrow(/abandoned/);
  });
});

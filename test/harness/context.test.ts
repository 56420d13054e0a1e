import { afterEach, describe, expect, it, vi } from 'vitest';
import { COGNITO_TIMEOUT_MS, createLambdaContext, requestIdFor } from '../../src/harness.js';
import { KitUsageError } from '../../src/shared/errors.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.useRealTimers();
});

describe('createLambdaContext', () => {
  it('fills every field the Node.js runtime sets, with realistic defaults', () => {
    const c = createLambdaContext({ seed: 1, startedAt: Date.UTC(2025, 2, 4, 12) });
    expect(c.functionName).toBe('cognito-trigger');
    expect(c.functionVersion).toBe('$LATEST');
    expect(c.invokedFunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:cognito-trigger');
    expect(c.memoryLimitInMB).toBe('128');
    expect(c.awsRequestId).toMatch(UUID_V4);
    expect(c.logGroupName).toBe('/aws/lambda/cognito-trigger');
    expect(c.logStreamName).toMatch(/^2025\/03\/04\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(c.callbackWaitsForEmptyEventLoop).toBe(true);
    expect(c.identity).toBeUndefined();
    expect(c.clientContext).toBeUndefined();
  });

  it('takes the function name, version, memory, region and account from options', () => {
    const c = createLambdaContext({ functionName: 'pre-signup', functionVersion: '7', memoryLimitInMB: 256, region: 'eu-west-1', accountId: '210987654321' });
    expect(c.invokedFunctionArn).toBe('arn:aws:lambda:eu-west-1:210987654321:function:pre-signup:7');
    expect(c.memoryLimitInMB).toBe('256');
    expect(c.logGroupName).toBe('/aws/lambda/pre-signup');
    expect(c.logStreamName).toContain('/[7]');
  });

  it('derives the same awsRequestId from the same seed, and different ones from different seeds', () => {
    expect(createLambdaContext({ seed: 'a' }).awsRequestId).toBe(createLambdaContext({ seed: 'a' }).awsRequestId);
    expect(createLambdaContext({ seed: 'a' }).awsRequestId).not.toBe(createLambdaContext({ seed: 'b' }).awsRequestId);
    expect(createLambdaContext({ requestId: 'fixed' }).awsRequestId).toBe('fixed');
  });

  it('gives distinct ids without a seed (a per-process counter, no randomness)', () => {
    const ids = new Set(Array.from({ length: 20 }, () => createLambdaContext().awsRequestId));
    expect(ids.size).toBe(20);
  });

  it('counts getRemainingTimeInMillis down from 5,000 ms, never below zero', () => {
    vi.useFakeTimers();
    const c = createLambdaContext();
    expect(c.getRemainingTimeInMillis()).toBe(COGNITO_TIMEOUT_MS);
    vi.advanceTimersByTime(1_200);
    expect(c.getRemainingTimeInMillis()).toBe(3_800);
    vi.advanceTimersByTime(10_000);
    expect(c.getRemainingTimeInMillis()).toBe(0);
  });

  it('counts down from a custom limit', () => {
    vi.useFakeTimers();
    const c = createLambdaContext({ timeoutMs: 300 });
    vi.advanceTimersByTime(100);
    expect(c.getRemainingTimeInMillis()).toBe(200);
  });

  it('lets the handler turn callbackWaitsForEmptyEventLoop off', () => {
    const c = createLambdaContext();
    c.callbackWaitsForEmptyEventLoop = false;
    expect(c.callbackWaitsForEmptyEventLoop).toBe(false);
  });

  it('reports succeed / fail / done to the invocation that listens', () => {
    const calls: unknown[] = [];
    const c = createLambdaContext({ onSettle: (call) => calls.push(call) });
    c.succeed({ ok: 1 });
    c.fail('nope');
    c.done(undefined, 'r');
    expect(calls).toEqual([
      { via: 'context.succeed', result: { ok: 1 } },
      { via: 'context.fail', error: 'nope' },
      { via: 'context.done', error: undefined, result: 'r' },
    ]);
  });

  it('throws a usage error from succeed when no invocation listens', () => {
    const c = createLambdaContext();
    expect(() => c.succeed({})).toThrow(KitUsageError);
    expect(() => c.fail('x')).toThrow(/invokeHandler/);
  });

  it('refuses a timeout that is not a positive number', () => {
    expect(() => createLambdaContext({ timeoutMs: 0 })).toThrow(KitUsageError);
    expect(() => createLambdaContext({ timeoutMs: Number.NaN })).toThrow(/timeoutMs/);
  });
});

describe('requestIdFor', () => {
  it('returns a stable UUID v4 for a seed', () => {
    expect(requestIdFor(42)).toMatch(UUID_V4);
    expect(requestIdFor(42)).toBe(requestIdFor(42));
    expect(requestIdFor(42)).not.toBe(requestIdFor('42'));
  });
});

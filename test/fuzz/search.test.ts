/**
 * fuzzTrigger as a search: examples first, constraints passed through, replay from seed and path,
 * shrinking (small, and on the same rule), determinism, progress.
 */
import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { fuzzReportJson, fuzzTrigger, type FuzzProgress } from '../../src/fuzz.js';
import type { AnyHandler } from '../../src/harness.js';
import { echo, readsEmail } from './handlers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A handler that records the events it is given, answering like `echo`. */
function recorder(): { handler: AnyHandler; seen: Json[] } {
  const seen: Json[] = [];
  return {
    seen,
    handler: (async (event: Json) => {
      seen.push(event);
      return event;
    }) as AnyHandler,
  };
}

describe('examples', () => {
  it('are tried first, in order, before any generated event', async () => {
    const a = buildEvent('PreSignUp_SignUp', { userName: 'example-a' });
    const b = buildEvent('PreSignUp_ExternalProvider', { userName: 'example-b' });
    const { handler, seen } = recorder();
    const report = await fuzzTrigger(handler, { trigger: 'pre-signup', runs: 10, seed: 1, examples: [a, b] });
    expect(seen.slice(0, 2)).toEqual([a, b]);
    expect(seen.slice(2).map((e) => e.userName)).not.toContain('example-a');
    expect(report.runs).toBe(10);
  });

  it('a failing example is the counterexample, at path 0, and replays with the same examples', async () => {
    const noEmail = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: undefined, phone_number: '+15555550100' } } });
    const report = await fuzzTrigger(readsEmail as AnyHandler, { trigger: 'pre-signup', runs: 50, seed: 3, examples: [noEmail] });
    expect(report.runs).toBe(1);
    expect(report.counterexample).toMatchObject({ rule: 'fuzz/crash', path: '0', event: noEmail });
  });

  it('shrinking a generated counterexample sees the examples too (its path counts them)', async () => {
    const fine = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'fine@example.com' } } });
    const report = await fuzzTrigger(readsEmail as AnyHandler, { trigger: 'pre-signup', runs: 100, seed: 1, examples: [fine] });
    const ce = report.counterexample!;
    expect(ce.shrinks).toBeGreaterThan(0);
    const replay = await fuzzTrigger(readsEmail as AnyHandler, { trigger: 'pre-signup', runs: 100, seed: ce.seed, path: ce.path, examples: [fine] });
    expect(replay.counterexample?.event).toEqual(ce.event);
  });
});

describe('constraints', () => {
  it('narrow the generator: one triggerSource, a realistic profile, at least three groups', async () => {
    const { handler, seen } = recorder();
    await fuzzTrigger(handler, {
      trigger: 'pre-token-generation',
      runs: 25,
      seed: 5,
      constraints: { triggerSource: 'TokenGeneration_RefreshTokens', profile: 'realistic', minGroups: 3 },
    });
    expect(seen).toHaveLength(25);
    for (const event of seen) {
      expect(event.triggerSource).toBe('TokenGeneration_RefreshTokens');
      expect(event.request.groupConfiguration.groupsToOverride.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('a handler that crashes only on federated users holds when the generator makes none', async () => {
    const crashesOnFederated = async (event: Json) => {
      const identities = event.request.userAttributes.identities;
      // The bug: the attribute holds a JSON array, not an object with `primary`.
      if (identities && JSON.parse(identities).primary.providerName === 'Google') event.response = {};
      return event;
    };
    const local = await fuzzTrigger(crashesOnFederated as AnyHandler, { trigger: 'post-confirmation', runs: 60, seed: 9, constraints: { federated: false } });
    expect(local.ok).toBe(true);
    const federated = await fuzzTrigger(crashesOnFederated as AnyHandler, { trigger: 'post-confirmation', runs: 60, seed: 9, constraints: { federated: true } });
    expect(federated.counterexample?.rule).toBe('fuzz/crash');
  });

  it('an impossible constraint is a usage error naming the option', async () => {
    await expect(fuzzTrigger(echo as AnyHandler, { trigger: 'PreSignUp_SignUp', constraints: { triggerSource: 'PreSignUp_AdminCreateUser' } })).rejects.toThrow(
      /triggerSource "PreSignUp_AdminCreateUser" contradicts the target PreSignUp_SignUp/,
    );
  });
});

describe('replay and shrinking', () => {
  it('seed + path reproduce the same counterexample, in one run', async () => {
    const first = await fuzzTrigger(readsEmail as AnyHandler, { trigger: 'pre-signup', runs: 100, seed: 2024 });
    const ce = first.counterexample!;
    expect(ce.seed).toBe(2024);
    expect(ce.path).toMatch(/^\d+(:\d+)*$/);
    const replay = await fuzzTrigger(readsEmail as AnyHandler, { trigger: 'pre-signup', runs: 100, seed: ce.seed, path: ce.path });
    expect(replay.runs).toBe(1);
    expect(replay.counterexample).toMatchObject({ rule: ce.rule, event: ce.event, message: ce.message, path: ce.path });
  });

  it('shrinks to a small event: only what the constraints and the crash need is left', async () => {
    const options = { trigger: 'pre-signup', runs: 100, seed: 2, constraints: { profile: 'adversarial', minAttributes: 10 } } as const;
    const unshrunk = await fuzzTrigger(readsEmail as AnyHandler, { ...options, shrinkTimeLimitMs: 1 });
    const report = await fuzzTrigger(readsEmail as AnyHandler, options);
    const ce = report.counterexample!;
    expect(ce.shrinks).toBeGreaterThan(10);
    const userAttributes = (ce.event as Json).request.userAttributes;
    expect(userAttributes).not.toHaveProperty('email');
    // minAttributes keeps ten profile attributes; shrinking takes the rest of the event to its simplest form.
    expect(Object.keys(userAttributes)).toHaveLength(10);
    expect(JSON.stringify(ce.event).length).toBeLessThan(700);
    expect(JSON.stringify(ce.event).length).toBeLessThan(JSON.stringify(unshrunk.counterexample!.event).length / 2);
  });

  it('shrinks on the same rule only: it cannot wander from a crash to another failure', async () => {
    // Crashes on users without email; answers undefined (another rule) for users with a short name.
    const twoBugs = async (event: Json) => {
      if (event.userName.length < 4) return undefined;
      return readsEmail(event);
    };
    const report = await fuzzTrigger(twoBugs as AnyHandler, { trigger: 'pre-signup', runs: 200, seed: 4 });
    const ce = report.counterexample!;
    const firstRule = ce.rule;
    expect(['fuzz/crash', 'fuzz/invalid-output']).toContain(firstRule);
    const again = await fuzzTrigger(twoBugs as AnyHandler, { trigger: 'pre-signup', runs: 200, seed: ce.seed, path: ce.path });
    expect(again.counterexample?.rule).toBe(firstRule);
    if (firstRule === 'fuzz/crash') expect((ce.event as Json).userName.length).toBeGreaterThanOrEqual(4);
  });

  it('stops shrinking at shrinkTimeLimitMs and reports what it has', async () => {
    const slowCrash = async (event: Json) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return readsEmail(event);
    };
    const report = await fuzzTrigger(slowCrash as AnyHandler, { trigger: 'pre-signup', runs: 50, seed: 77, shrinkTimeLimitMs: 1, constraints: { minAttributes: 10 } });
    expect(report.counterexample?.rule).toBe('fuzz/crash');
    expect(report.counterexample!.shrinks).toBeLessThanOrEqual(1);
  });
});

describe('determinism and progress', () => {
  it('the same seed gives the same report', async () => {
    const run = () => fuzzTrigger(readsEmail as AnyHandler, { trigger: 'pre-signup', runs: 100, seed: 31337 });
    const [a, b] = [await run(), await run()];
    expect(fuzzReportJson(a)).toEqual(fuzzReportJson(b));
    const held = () => fuzzTrigger(echo as AnyHandler, { trigger: 'user-migration', runs: 40, seed: 8, constraints: { profile: 'realistic' } });
    expect(fuzzReportJson(await held())).toEqual(fuzzReportJson(await held()));
  });

  it('another seed searches other events', async () => {
    const a = recorder();
    const b = recorder();
    await fuzzTrigger(a.handler, { trigger: 'pre-signup', runs: 5, seed: 1 });
    await fuzzTrigger(b.handler, { trigger: 'pre-signup', runs: 5, seed: 2 });
    expect(a.seen).not.toEqual(b.seen);
  });

  it('without a seed, one is drawn and reported so the run replays', async () => {
    const a = recorder();
    const report = await fuzzTrigger(a.handler, { trigger: 'pre-signup', runs: 5 });
    expect(Number.isSafeInteger(report.seed)).toBe(true);
    const b = recorder();
    await fuzzTrigger(b.handler, { trigger: 'pre-signup', runs: 5, seed: report.seed });
    expect(b.seen).toEqual(a.seen);
  });

  it('reports progress after every search run', async () => {
    const progress: FuzzProgress[] = [];
    await fuzzTrigger(echo as AnyHandler, { trigger: 'pre-signup', runs: 12, seed: 1, onProgress: (p) => progress.push({ ...p, counts: { ...p.counts } }) });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(progress.at(-1)).toMatchObject({ done: 12, total: 12, counts: { held: 12 } });
  });
});

/**
 * `fuzzCustomAuth`: runs the three custom-auth handlers together over generated sign-ins (users,
 * pool settings, starts, answer strategies), checks the flow properties on every transcript, and
 * on failure shrinks to the smallest scenario that shows it and says how to replay it — the two
 * phases of `fuzzTrigger`.
 */
import fc from 'fast-check';
import { KitUsageError } from '../../shared/errors.js';
import type { Profile } from '../../shared/gen/constraints.js';
import { checkSeed } from '../../shared/sample.js';
import type { CustomAuthHandlers, FlowStart, FlowTranscript, RightAnswer } from './flow.js';
import { checkFlow, DEFAULT_MAX_WRONG, isFailing, type FlowPropertyId, type FlowViolation } from './properties.js';
import { flowScenarioArb, scenarioOptions, type FlowScenario } from './scenario.js';
import { simulateCustomAuth } from './simulate.js';
import { alwaysWrong } from './strategies.js';
import { shrinkFailure } from '../shrink.js';

/** Options of {@link fuzzCustomAuth}. */
export interface FuzzCustomAuthOptions {
  /** Number of generated sign-ins (default 100). */
  runs?: number | undefined;
  /** fast-check seed (default: drawn by fast-check, and printed in the report so the run replays). */
  seed?: number | undefined;
  /** fast-check path of a counterexample to replay (with `seed`). */
  path?: string | undefined;
  /** Warnings (unbounded retries, revealing who exists, output-rule warnings) fail too. */
  strict?: boolean | undefined;
  /** Wrong answers after which the flow must have failed (default 5). */
  maxWrong?: number | undefined;
  /** Rounds before a flow counts as stuck (default: the larger of 20 and maxWrong + 5). */
  maxRounds?: number | undefined;
  /** Per-invocation limit in milliseconds (default 5,000, Cognito's). */
  timeoutMs?: number | undefined;
  /** Where the right answer is (default `privateChallengeParameters.answer`). */
  rightAnswer?: RightAnswer | undefined;
  /**
   * The starts the app supports (default `['passwordless']`): an always-right client must get
   * tokens in these. Other starts are still tried, as an attacker would: a passwordless start
   * always, an SRP start unless `probeSrp` is false.
   */
  starts?: readonly FlowStart[] | undefined;
  /** Also start flows with SRP_A when the app does not (a Define must not trust `[SRP_A]`). Default true. */
  probeSrp?: boolean | undefined;
  /** Include users the pool does not hold. Default true. */
  userNotFound?: boolean | undefined;
  /** Users' profile (default `realistic`). */
  profile?: Profile | undefined;
  /** Scenarios always tried first. */
  examples?: readonly FlowScenario[] | undefined;
  /** Time budget for shrinking (default 30 s). */
  shrinkTimeLimitMs?: number | undefined;
  /** Called after every sign-in of the search. */
  onProgress?: ((progress: FlowFuzzProgress) => void) | undefined;
}

/** How flows ended, by result kind. */
export type FlowResultCounts = Record<'tokens' | 'failed' | 'error' | 'stuck', number>;

/** Progress of a running flow fuzz. */
export interface FlowFuzzProgress {
  readonly done: number;
  readonly total: number;
  readonly results: Readonly<FlowResultCounts>;
}

/** The smallest scenario found that breaks a property, its transcript, and how to replay it. */
export interface FlowCounterexample {
  readonly scenario: FlowScenario;
  readonly transcript: FlowTranscript;
  /** The existing user's flow, compared with a user that does not exist. */
  readonly twin: FlowTranscript | undefined;
  /** The property that leads (the first failing one). */
  readonly violation: FlowViolation;
  /** Every property the flow broke (warnings included). */
  readonly violations: readonly FlowViolation[];
  readonly seed: number;
  /** fast-check path of the shrunk scenario: `{ seed, path }` replays it. */
  readonly path: string;
  readonly shrinks: number;
}

/** What {@link fuzzCustomAuth} found. */
export interface FlowFuzzReport {
  /** True when no sign-in broke a property (warnings fail only with `strict`). */
  readonly ok: boolean;
  readonly runs: number;
  readonly requestedRuns: number;
  readonly seed: number;
  readonly strict: boolean;
  readonly maxWrong: number;
  readonly maxRounds: number;
  /** How the searched flows ended. */
  readonly results: Readonly<FlowResultCounts>;
  /** Properties broken as warnings in runs that passed, with counts. */
  readonly warnings: ReadonlyArray<{ readonly property: FlowPropertyId; readonly count: number; readonly message: string }>;
  readonly counterexample: FlowCounterexample | undefined;
}

interface Normalized {
  runs: number;
  seed: number | undefined;
  path: string | undefined;
  strict: boolean;
  maxWrong: number;
  maxRounds: number;
  timeoutMs: number | undefined;
  rightAnswer: RightAnswer | undefined;
  starts: readonly FlowStart[];
  probeSrp: boolean;
  userNotFound: boolean;
  profile: Profile;
  examples: readonly FlowScenario[];
  shrinkTimeLimitMs: number;
  onProgress: FuzzCustomAuthOptions['onProgress'];
}

interface RunOutcome {
  transcript: FlowTranscript;
  twin: FlowTranscript | undefined;
  violations: FlowViolation[];
  failing: FlowViolation | undefined;
}

/**
 * Fuzzes a custom-auth flow: generated users (existing, or not in the pool), pool settings
 * (PreventUserExistenceErrors), app clients, starts (passwordless, SRP) and clients (always right,
 * always wrong, wrong N times then right, random patterns), every sign-in run by
 * `simulateCustomAuth` and judged by `checkFlow` (see `FLOW_PROPERTIES`). Failing properties are
 * errors, and warnings with `strict`; the first failing sign-in is shrunk and reported with its
 * transcript and `{ seed, path }`.
 *
 * Throws a `KitUsageError` for bad options, and when the simulated client cannot tell the right
 * answer from Create's output (pass `rightAnswer`).
 *
 * @example
 * const report = await fuzzCustomAuth({ define, create, verify }, { runs: 200 });
 * if (!report.ok) console.log(formatFlowReport(report));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
 */
export async function fuzzCustomAuth(handlers: CustomAuthHandlers, options: FuzzCustomAuthOptions = {}): Promise<FlowFuzzReport> {
  const opts = normalize(options);
  // Anyone can start a passwordless CUSTOM_AUTH, whatever the app does: it is always tried.
  const arb = flowScenarioArb({
    profile: opts.profile,
    userNotFound: opts.userNotFound,
    srp: opts.starts.includes('srp') || opts.probeSrp,
    maxWrong: opts.maxWrong + 2,
  });
  const run = (scenario: FlowScenario): Promise<RunOutcome> => runScenario(handlers, scenario, opts);

  const results: FlowResultCounts = { tokens: 0, failed: 0, error: 0, stuck: 0 };
  const warnings = new Map<FlowPropertyId, { count: number; message: string }>();
  let done = 0;
  let usage: unknown;

  const search = await fc.check(
    fc.asyncProperty(arb, async (scenario) => {
      let outcome: RunOutcome;
      try {
        outcome = await run(scenario);
      } catch (error) {
        if (!(error instanceof KitUsageError)) throw error;
        usage ??= error;
        return false;
      }
      done++;
      const kind = outcome.transcript.result.kind;
      if (kind === 'tokens' || kind === 'failed' || kind === 'error' || kind === 'stuck') results[kind]++;
      for (const v of outcome.violations) {
        if (isFailing(v, opts.strict)) continue;
        const w = warnings.get(v.property);
        if (w) w.count++;
        else warnings.set(v.property, { count: 1, message: v.message });
      }
      opts.onProgress?.({ done, total: opts.runs, results });
      return outcome.failing === undefined;
    }),
    {
      numRuns: opts.runs,
      seed: opts.seed,
      ...(opts.path !== undefined ? { path: opts.path } : {}),
      examples: opts.examples.map((e) => [e] as [FlowScenario]),
      endOnFailure: true,
    },
  );
  if (usage) throw usage;
  if (search.errorInstance && !search.counterexample) throw search.errorInstance;

  let counterexample: FlowCounterexample | undefined;
  if (search.failed && search.counterexample) counterexample = await shrink(search, arb, run, opts);
  return {
    ok: counterexample === undefined,
    runs: done,
    requestedRuns: opts.runs,
    seed: search.seed,
    strict: opts.strict,
    maxWrong: opts.maxWrong,
    maxRounds: opts.maxRounds,
    results: { ...results },
    warnings: [...warnings].map(([property, w]) => ({ property, count: w.count, message: w.message })).sort((a, b) => b.count - a.count),
    counterexample,
  };
}

async function runScenario(handlers: CustomAuthHandlers, scenario: FlowScenario, opts: Normalized): Promise<RunOutcome> {
  const common = { maxRounds: opts.maxRounds, timeoutMs: opts.timeoutMs, rightAnswer: opts.rightAnswer, strict: opts.strict };
  const transcript = await simulateCustomAuth(handlers, { ...scenarioOptions(scenario), ...common });
  // The existing user answers wrong too: a client signing in as nobody can only guess.
  const twin =
    !scenario.userExists && scenario.twin
      ? await simulateCustomAuth(handlers, { ...scenarioOptions(scenario), ...common, user: scenario.twin, userExists: true, answers: alwaysWrong() })
      : undefined;
  const violations = checkFlow(transcript, { maxWrong: opts.maxWrong, strict: opts.strict, starts: opts.starts, twin });
  return { transcript, twin, violations, failing: violations.find((v) => isFailing(v, opts.strict)) };
}

/**
 * Phase 2: replays the failing path with shrinking on, keeping only scenarios that break the same
 * property, within a time budget.
 */
async function shrink(
  search: fc.RunDetails<[FlowScenario]>,
  arb: fc.Arbitrary<FlowScenario>,
  run: (scenario: FlowScenario) => Promise<RunOutcome>,
  opts: Normalized,
): Promise<FlowCounterexample> {
  const original = search.counterexample![0];
  const first = await run(original);
  const property = first.failing?.property;
  const shrunk = await shrinkFailure(
    search,
    arb,
    async (scenario) => {
      try {
        const { failing } = await run(scenario);
        return failing !== undefined && failing.property === property;
      } catch (error) {
        if (error instanceof KitUsageError) return false;
        throw error;
      }
    },
    { examples: opts.examples, timeLimitMs: opts.shrinkTimeLimitMs },
  );
  const { value: scenario, path } = shrunk;
  const final = shrunk.shrunk ? await run(scenario) : first;
  return {
    scenario,
    transcript: final.transcript,
    twin: final.twin,
    violation: final.failing ?? first.failing!,
    violations: final.violations,
    seed: search.seed,
    path,
    shrinks: shrunk.shrinks,
  };
}

function normalize(options: FuzzCustomAuthOptions): Normalized {
  if (options === null || typeof options !== 'object') throw new KitUsageError('options must be an object', 'options', 'invalid-option');
  const int = (name: string, value: number | undefined, fallback: number, min: number): number => {
    if (value === undefined) return fallback;
    if (!Number.isSafeInteger(value) || value < min) {
      throw new KitUsageError(`options.${name} must be an integer ≥ ${min} (got ${String(value)})`, `options.${name}`, 'invalid-option');
    }
    return value;
  };
  if (options.seed !== undefined) checkSeed(options.seed, 'options.seed');
  if (options.path !== undefined && !/^\d+(:\d+)*$/.test(options.path)) {
    throw new KitUsageError(`options.path must be a fast-check path such as "3:1:0" (got ${JSON.stringify(options.path)})`, 'options.path', 'invalid-option');
  }
  if (options.path !== undefined && options.seed === undefined) {
    throw new KitUsageError('options.path replays a counterexample only together with the seed that produced it', 'options.path', 'path-without-seed');
  }
  const maxWrong = int('maxWrong', options.maxWrong, DEFAULT_MAX_WRONG, 0);
  const maxRounds = int('maxRounds', options.maxRounds, Math.max(20, maxWrong + 5), 1);
  if (maxRounds < maxWrong + 3) {
    throw new KitUsageError(
      `options.maxRounds (${maxRounds}) must be at least maxWrong + 3 (${maxWrong + 3}): a flow needs room for ${maxWrong + 1} wrong answers to show that retries are unbounded`,
      'options.maxRounds',
      'invalid-option',
    );
  }
  if (options.timeoutMs !== undefined && (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0)) {
    throw new KitUsageError(`options.timeoutMs must be a positive number of milliseconds (got ${String(options.timeoutMs)})`, 'options.timeoutMs', 'invalid-option');
  }
  const starts = options.starts ?? ['passwordless'];
  if (!Array.isArray(starts) || starts.length === 0 || starts.some((s) => s !== 'passwordless' && s !== 'srp')) {
    throw new KitUsageError('options.starts must list "passwordless" and/or "srp"', 'options.starts', 'invalid-option');
  }
  return {
    runs: int('runs', options.runs, 100, 1),
    seed: options.seed,
    path: options.path,
    strict: options.strict === true,
    maxWrong,
    maxRounds,
    timeoutMs: options.timeoutMs,
    rightAnswer: options.rightAnswer,
    starts,
    probeSrp: options.probeSrp !== false,
    userNotFound: options.userNotFound !== false,
    profile: options.profile ?? 'realistic',
    examples: options.examples ?? [],
    shrinkTimeLimitMs: int('shrinkTimeLimitMs', options.shrinkTimeLimitMs, 30_000, 1),
    onProgress: options.onProgress,
  };
}

/**
 * `flow --define <module> --create <module> --verify <module> [--runs N] [--seed N] [--path P]
 * [--strict] [--json] [--max-wrong N] [--max-rounds N] [--timeout-ms N] [--answer-key KEY]
 * [--start passwordless|srp|both]`: runs the three custom-auth handlers together as Cognito runs
 * the challenge loop and checks the flow properties.
 */
import { fuzzCustomAuth, type FlowFuzzReport } from '../../fuzz/custom-auth/fuzz-custom-auth.js';
import { flowReportToJson, formatFlowReport } from '../../fuzz/custom-auth/format.js';
import type { CustomAuthHandlers, FlowStart } from '../../fuzz/custom-auth/flow.js';
import { DEFAULT_MAX_WRONG } from '../../fuzz/custom-auth/properties.js';
import type { AnyHandler } from '../../harness/invoke.js';
import { choiceOption, defineCommand } from '../args.js';
import { UsageError } from '../errors.js';
import { writeText } from '../io.js';
import { loadHandler } from '../load-handler.js';
import { fuzzSeedOption, intOption, shellQuote as quote } from './fuzz.js';

const STARTS: Record<'passwordless' | 'srp' | 'both', readonly FlowStart[]> = {
  passwordless: ['passwordless'],
  srp: ['srp'],
  both: ['passwordless', 'srp'],
};

/**
 * The `flow` command (one row of the dispatch table in `main.ts`).
 *
 * @example
 * await main(['flow', '--define', 'src/define.ts', '--create', 'src/create.ts', '--verify', 'src/verify.ts', '--runs', '200'], defaultIo());
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
 */
export const flowCommand = defineCommand({
  name: 'flow',
  summary: 'Run the three custom-auth handlers together as Cognito does and check the flow properties.',
  usage:
    'flow --define <module> --create <module> --verify <module> [--runs N] [--seed N] [--path P] [--strict] [--json] [--max-wrong N] [--max-rounds N] [--timeout-ms N] [--answer-key KEY] [--start passwordless|srp|both]',
  description: `
Loads the Define, Create and Verify auth challenge handlers (.js, .mjs, .cjs or .ts; the export
"handler" unless <module>#<export> names another) and runs the challenge loop as Cognito does:
InitiateAuth calls Define with session [] (or [SRP_A]) and no clientMetadata, Create sets a
challenge, a simulated client answers, Verify judges, the session grows by one entry per round.
Sign-ins are generated: users that exist and users the pool does not hold (PreventUserExistenceErrors
ENABLED), app clients, ClientMetadata, and clients that answer always right, always wrong, wrong N
times then right, or at random. The client reads the right answer from
privateChallengeParameters.answer (--answer-key names another key).

Properties: tokens only after a right answer; never for an always-wrong client; no private
parameter value in the public ones; Define always decides, never both ways; an always-right client
gets tokens; no handler crashes or times out (errors). The flow fails after at most --max-wrong
wrong answers (default ${DEFAULT_MAX_WRONG}), and a user that does not exist gets the same
challenges as one that does (warnings; errors with --strict).

Exit 0 if every sign-in kept the properties; 1 with the smallest failing sign-in as a round-by-round
transcript and the command that replays it; 2 for bad options or modules that cannot be loaded.`,
  options: {
    define: { type: 'string', valueName: '<module>', description: 'Define auth challenge handler module[#export] (required).' },
    create: { type: 'string', valueName: '<module>', description: 'Create auth challenge handler module[#export] (required).' },
    verify: { type: 'string', valueName: '<module>', description: 'Verify auth challenge response handler module[#export] (required).' },
    runs: { type: 'string', valueName: 'N', description: 'Number of generated sign-ins (default 100).' },
    seed: { type: 'string', valueName: 'N', description: 'fast-check seed (default: drawn, printed).' },
    path: { type: 'string', valueName: 'P', description: 'fast-check path of a counterexample to replay (with --seed).' },
    strict: { type: 'boolean', description: 'Warnings fail too.' },
    json: { type: 'boolean', description: 'Print one machine-readable report.' },
    'max-wrong': { type: 'string', valueName: 'N', description: `Wrong answers after which the flow must have failed (default ${DEFAULT_MAX_WRONG}).` },
    'max-rounds': { type: 'string', valueName: 'N', description: 'Rounds before a flow counts as stuck (default: 20, or max-wrong + 5).' },
    'timeout-ms': { type: 'string', valueName: 'N', description: "Per-invocation limit (default 5000, Cognito's)." },
    'answer-key': { type: 'string', valueName: 'KEY', description: 'Key of privateChallengeParameters that holds the right answer (default answer).' },
    start: {
      type: 'string',
      valueName: 'passwordless|srp|both',
      description: 'How the app starts sign-ins (default passwordless): an always-right client must get tokens there. Both starts are tried anyway, as an attacker would.',
    },
  },
  positionals: { min: 0, max: 0, name: '' },
  async run({ values }, io) {
    const specs = { define: values.define, create: values.create, verify: values.verify };
    const missing = (Object.keys(specs) as Array<keyof typeof specs>).filter((k) => specs[k] === undefined);
    if (missing.length) {
      throw new UsageError(
        `${missing.map((m) => `--${m}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} required: flow needs the three custom-auth handler modules, e.g. --define src/define.ts --create src/create.ts --verify src/verify.ts.`,
      );
    }
    const runs = intOption('runs', values.runs, 100, 1)!;
    const seed = fuzzSeedOption(values.seed);
    if (seed !== undefined && (seed < -(2 ** 31) || seed >= 2 ** 31)) {
      throw new UsageError(`--seed must be a 32-bit integer (from -2147483648 to 2147483647), got ${JSON.stringify(values.seed)}.`);
    }
    if (values.path !== undefined && seed === undefined) throw new UsageError('--path replays a counterexample only together with the --seed that produced it.');
    if (values.path !== undefined && !/^\d+(:\d+)*$/.test(values.path)) {
      throw new UsageError(`--path must be a fast-check path such as 3:1:0, got ${JSON.stringify(values.path)}.`);
    }
    const maxWrong = intOption('max-wrong', values['max-wrong'], DEFAULT_MAX_WRONG, 0)!;
    const maxRounds = intOption('max-rounds', values['max-rounds'], undefined, 1);
    if (maxRounds !== undefined && maxRounds < maxWrong + 3) {
      throw new UsageError(`--max-rounds must be at least --max-wrong + 3 (${maxWrong + 3}): a flow needs room for ${maxWrong + 1} wrong answers to show that retries are unbounded.`);
    }
    const timeoutMs = intOption('timeout-ms', values['timeout-ms'], undefined, 1);
    const answerKey = values['answer-key'];
    if (answerKey === '') throw new UsageError('--answer-key needs the name of a privateChallengeParameters key, e.g. --answer-key code.');
    const start = choiceOption('start', values.start, ['passwordless', 'srp', 'both'], 'passwordless');

    const handlers: Record<string, AnyHandler> = {};
    for (const name of ['define', 'create', 'verify'] as const) {
      handlers[name] = (await loadHandler(specs[name]!, io.cwd, `--${name} module`)).handler as AnyHandler;
    }

    const report: FlowFuzzReport = await fuzzCustomAuth(handlers as unknown as CustomAuthHandlers, {
      runs,
      seed,
      path: values.path,
      strict: values.strict,
      maxWrong,
      maxRounds,
      timeoutMs,
      rightAnswer: answerKey,
      starts: STARTS[start],
    });

    const c = report.counterexample;
    const replay = c
      ? [
          'npx',
          'cognito-trigger-kit',
          'flow',
          '--define',
          specs.define!,
          '--create',
          specs.create!,
          '--verify',
          specs.verify!,
          '--seed',
          String(c.seed),
          '--path',
          c.path,
          ...(values.strict ? ['--strict'] : []),
          ...(values['max-wrong'] !== undefined ? ['--max-wrong', String(maxWrong)] : []),
          ...(maxRounds !== undefined ? ['--max-rounds', String(maxRounds)] : []),
          ...(timeoutMs !== undefined ? ['--timeout-ms', String(timeoutMs)] : []),
          ...(answerKey !== undefined ? ['--answer-key', answerKey] : []),
          ...(start !== 'passwordless' ? ['--start', start] : []),
        ]
          .map(quote)
          .join(' ')
      : undefined;
    if (values.json) {
      const modules = { define: specs.define, create: specs.create, verify: specs.verify };
      await writeText(io.stdout, `${JSON.stringify(flowReportToJson(report, { modules, replay: replay ?? null }), null, 2)}\n`);
    } else {
      await writeText(io.stdout, formatFlowReport(report, { replay }));
    }
    return report.ok ? 0 : 1;
  },
});

/**
 * `flow`: the three custom-auth modules run together; exit 0 on the OTP example, 1 with a
 * round-by-round transcript and a replay command on broken variants, 2 on bad input.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, expectOneParagraph, ROOT, tempDir } from './cli-helpers.js';

const OTP = 'examples/custom-auth-otp';
const BROKEN = 'examples/custom-auth-broken';
const otpArgs = (overrides: { define?: string; create?: string; verify?: string } = {}): string[] => [
  'flow',
  '--define',
  overrides.define ?? `${OTP}/define.mjs`,
  '--create',
  overrides.create ?? `${OTP}/create.mjs`,
  '--verify',
  overrides.verify ?? `${OTP}/verify.mjs`,
];

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The parts of `flow --json` these tests read. */
interface JsonReport {
  ok: boolean;
  seed: number;
  runs: number;
  modules: Record<string, string>;
  replay: string | null;
  counterexample: null | {
    property: string;
    path: string;
    transcript: { rounds: Array<{ create: { response: { publicChallengeParameters: Record<string, string> } } }> };
  };
}

/** Splits the printed replay command back into arguments (it quotes only what needs quoting). */
function replayArgs(stdout: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith('  replay: '));
  expect(line, stdout).toBeDefined();
  const words = line!.slice('  replay: '.length).match(/'[^']*'|\S+/g)!.map((w) => w.replace(/^'|'$/g, ''));
  expect(words.slice(0, 3)).toEqual(['npx', 'cognito-trigger-kit', 'flow']);
  return words.slice(2);
}

describe('flow: the OTP example', () => {
  it('passes, strict included (exit 0)', async () => {
    const r = await cli([...otpArgs(), '--runs', '60', '--seed', '12', '--strict']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ the custom-auth flow kept every property over 60 sign-ins \(seed 12, at most 5 wrong answers, 20 rounds, strict\)\n/);
  });

  it('fails with --max-wrong 2 (it allows three attempts), naming the option in the replay', async () => {
    const r = await cli([...otpArgs(), '--runs', '60', '--seed', '12', '--max-wrong', '2', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('custom-auth/unbounded-wrong-answers');
    expect(replayArgs(r.stdout)).toEqual(expect.arrayContaining(['--max-wrong', '2', '--strict']));
  });
});

describe('flow: broken variants fail with a readable transcript (exit 1)', () => {
  it.each([
    ['define', 'define-skips-result-check', 'custom-auth/tokens-without-correct-answer'],
    ['define', 'define-trusts-srp', 'custom-auth/tokens-without-correct-answer'],
    ['define', 'define-conflicting', 'custom-auth/define-conflicting-decision'],
    ['define', 'define-forgets-to-decide', 'custom-auth/define-no-decision'],
    ['create', 'create-leaks-answer', 'custom-auth/answer-in-public-parameters'],
    ['create', 'create-crashes-on-first-round', 'custom-auth/handler-error'],
    ['create', 'create-expects-client-metadata', 'custom-auth/handler-error'],
    ['verify', 'verify-accepts-anything', 'custom-auth/tokens-without-correct-answer'],
    ['verify', 'verify-compares-numbers', 'custom-auth/always-right-no-tokens'],
  ] as const)('%s %s → %s', async (role, file, property) => {
    const r = await cli([...otpArgs({ [role]: `${BROKEN}/${file}.mjs` }), '--runs', '100', '--seed', '21']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✖ the custom-auth flow broke ${property}`);
    expect(r.stdout).toContain(`  property: ${property} (error`);
    expect(r.stdout).toMatch(/ {4}Round 1 \((InitiateAuth)\)\n {6}Define {2}in: {2}session \[(SRP_A true null)?\]/);
    expect(r.stdout).toMatch(/ {4}Result: /);
    const replay = replayArgs(r.stdout);
    expect(replay).toEqual(expect.arrayContaining(['--define', '--create', '--verify', '--seed', '--path']));
    const again = await cli(replay);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`✖ the custom-auth flow broke ${property} after 1 sign-in`);
  });

  it('warnings pass unless --strict: unlimited retries and revealing who exists', async () => {
    for (const file of ['define-unlimited-retries', 'define-reveals-missing-users']) {
      const args = [...otpArgs({ define: `${BROKEN}/${file}.mjs` }), '--runs', '80', '--seed', '3'];
      const lenient = await cli(args);
      expect(lenient.code, file).toBe(0);
      expect(lenient.stdout).toMatch(/ {2}warning ×\d+ \[custom-auth\/(unbounded-wrong-answers|reveals-user-existence)\]/);
      const strict = await cli([...args, '--strict']);
      expect(strict.code, file).toBe(1);
      expect(strict.stdout).toMatch(/property: custom-auth\/(unbounded-wrong-answers|reveals-user-existence) \(warning/);
    }
  });

  it('--json prints one report with the transcript and the replay command', async () => {
    const r = await cli([...otpArgs({ create: `${BROKEN}/create-leaks-answer.mjs` }), '--runs', '30', '--seed', '4', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.modules).toEqual({ define: `${OTP}/define.mjs`, create: `${BROKEN}/create-leaks-answer.mjs`, verify: `${OTP}/verify.mjs` });
    expect(report.counterexample!.property).toBe('custom-auth/answer-in-public-parameters');
    expect(report.counterexample!.transcript.rounds[0]!.create.response.publicChallengeParameters.debugCode).toMatch(/^\d{6}$/);
    expect(report.replay).toContain(`--seed ${report.seed} --path ${report.counterexample!.path}`);
    const ok = JSON.parse((await cli([...otpArgs(), '--runs', '5', '--seed', '4', '--json'])).stdout) as JsonReport;
    expect(ok).toMatchObject({ ok: true, counterexample: null, replay: null, runs: 5 });
  });
});

describe('flow: TypeScript modules, #export and --answer-key', () => {
  const define = tmp.write(
    'handlers.ts',
    `type Ev = { request: { session: Array<{ challengeName: string; challengeResult: boolean }>; challengeAnswer?: string; privateChallengeParameters?: Record<string, string> }; response: Record<string, unknown> };
export const defineAuth = async (event: Ev): Promise<Ev> => {
  const session = event.request.session;
  const last = session.at(-1);
  const passed = last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult;
  const fail = !passed && (session.length >= 3 || session.some((e) => e.challengeName !== 'CUSTOM_CHALLENGE'));
  Object.assign(event.response, { issueTokens: passed, failAuthentication: fail, challengeName: passed || fail ? null : 'CUSTOM_CHALLENGE' });
  return event;
};
export const createAuth = async (event: Ev): Promise<Ev> => {
  const code: string = String(424242 + event.request.session.length);
  Object.assign(event.response, { publicChallengeParameters: { sent: 'yes' }, privateChallengeParameters: { code }, challengeMetadata: 'CODE' });
  return event;
};
export const verifyAuth = async (event: Ev): Promise<Ev> => {
  event.response.answerCorrect = event.request.challengeAnswer === event.request.privateChallengeParameters?.code;
  return event;
};
`,
  );
  const args = ['flow', '--define', `${define}#defineAuth`, '--create', `${define}#createAuth`, '--verify', `${define}#verifyAuth`, '--runs', '40', '--seed', '2'];

  it('says where the right answer should be (exit 2), and passes with --answer-key', async () => {
    const missing = await cli(args);
    expect(missing.code).toBe(2);
    expectOneParagraph(missing.stderr);
    expect(missing.stderr).toContain('no string under "answer" (its keys: code)');
    expect(missing.stderr).toContain('--answer-key');
    const ok = await cli([...args, '--answer-key', 'code']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });
});

describe('flow: bad input is exit 2, one paragraph, no stack trace', () => {
  const throwing = tmp.write('throws.mjs', 'throw new Error("cannot start without DATABASE_URL");\nexport const handler = () => {};\n');
  const notFunction = tmp.write('not-function.mjs', 'export const handler = 42;\nexport const other = () => {};\n');

  it.each([
    ['no --define', ['flow', '--create', `${OTP}/create.mjs`, '--verify', `${OTP}/verify.mjs`], '--define is required'],
    ['none of the modules', ['flow'], '--define, --create, --verify are required'],
    ['a missing module', otpArgs({ verify: `${OTP}/nope.mjs` }), 'the --verify module "examples/custom-auth-otp/nope.mjs" does not exist'],
    ['a missing export', otpArgs({ define: `${OTP}/define.mjs#defineHandler` }), 'has no export "defineHandler"; it exports MAX_ATTEMPTS, handler'],
    ['an export that is not a function', otpArgs({ create: notFunction }), 'is number, not a function'],
    ['a module that throws on import', otpArgs({ define: throwing }), 'threw while loading: Error: cannot start without DATABASE_URL'],
    ['--runs -5', [...otpArgs(), '--runs', '-5'], '--runs must be a whole number of at least 1, got "-5"'],
    ['--runs=-5', [...otpArgs(), '--runs=-5'], '--runs must be a whole number of at least 1, got "-5"'],
    ['--seed abc', [...otpArgs(), '--seed', 'abc'], '--seed must be an integer'],
    ['--seed out of range', [...otpArgs(), '--seed', '3000000000'], '--seed must be a 32-bit integer'],
    ['--path without --seed', [...otpArgs(), '--path', '1:2'], '--path replays a counterexample only together with the --seed'],
    ['a bad --path', [...otpArgs(), '--seed', '1', '--path', 'a:b'], '--path must be a fast-check path'],
    ['--max-rounds too small', [...otpArgs(), '--max-wrong', '5', '--max-rounds', '6'], '--max-rounds must be at least --max-wrong + 3 (8)'],
    ['a bad --start', [...otpArgs(), '--start', 'magic'], '--start must be passwordless or srp or both'],
    ['an empty --answer-key', [...otpArgs(), '--answer-key='], '--answer-key needs the name'],
    ['a positional argument', [...otpArgs(), 'extra.mjs'], 'flow takes no arguments'],
  ])('%s', async (_name, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(message);
  });

  it('"help flow" describes the command', async () => {
    const r = await cli(['help', 'flow']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cognito-trigger-kit flow --define <module> --create <module> --verify <module>/);
    expect(r.stdout).toContain('--answer-key KEY');
  });
});

describe('flow: the real binary', () => {
  it('exits 1 on a broken flow and 2 on a missing module, without a stack trace', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CTK_DEBUG: '' } });
    const broken = run([...otpArgs({ verify: `${BROKEN}/verify-accepts-anything.mjs` }), '--runs', '20', '--seed', '1']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('custom-auth/tokens-without-correct-answer');
    const missing = run(otpArgs({ define: 'no/such.mjs' }));
    expect(missing.status).toBe(2);
    expectOneParagraph(missing.stderr);
  });
});

/**
 * `cognito-trigger-kit fuzz` end to end: module kinds, --json, --shard, the replay command, the
 * progress line, handlers that misbehave, and every bad input (exit 2, one paragraph, no stack).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cli, expectOneParagraph, memoryIo, ROOT, tempDir } from './cli-helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const files: Record<string, string> = {};

beforeAll(() => {
  // An ES module package, so .js is ESM here.
  tmp.write('package.json', JSON.stringify({ type: 'module' }));
  files.js = tmp.write('ok.js', 'export const handler = async (event) => event;\nexport const notAFunction = 42;\n');
  files.mjs = tmp.write(
    'crash.mjs',
    'export const handler = async (event) => {\n  event.request.userAttributes.email.toLowerCase();\n  return event;\n};\n',
  );
  files.cjs = tmp.write(
    'callback.cjs',
    "exports.verify = function (event, context, callback) {\n  event.response.answerCorrect = event.request.challengeAnswer === (event.request.privateChallengeParameters || {}).answer;\n  callback(null, event);\n};\n",
  );
  // An enum and a parameter property need a real TypeScript transform, not type stripping.
  files.ts = tmp.write(
    'typed.ts',
    [
      "import type { PreSignUpTriggerHandler } from 'aws-lambda';",
      'enum Domain { Company = "example.com" }',
      'class Policy { constructor(private readonly domain: Domain) {} trusted(email?: string): boolean { return email?.endsWith(`@${this.domain}`) ?? false; } }',
      'const policy = new Policy(Domain.Company);',
      'export const handler: PreSignUpTriggerHandler = async (event) => {',
      "  if (event.triggerSource !== 'PreSignUp_AdminCreateUser' && policy.trusted(event.request.userAttributes.email)) {",
      '    event.response.autoConfirmUser = true;',
      '  }',
      '  return event;',
      '};',
      '',
    ].join('\n'),
  );
  files.string = tmp.write('string.mjs', 'export const handler = async (event) => {\n  event.response.answerCorrect = "true";\n  return event;\n};\n');
  files.hang = tmp.write('hang.mjs', 'export const handler = () => new Promise(() => {});\n');
  files.exit = tmp.write('exit.mjs', 'export const handler = async () => { process.exit(9); };\n');
  files.twice = tmp.write('twice.cjs', 'exports.handler = (event, context, callback) => { callback(null, event); callback(null, event); };\n');
  files.deny = tmp.write('deny.mjs', "export const handler = async () => { throw new Error('Sign-ups are closed.'); };\n");
  files.chatty = tmp.write('chatty.mjs', "export const handler = async (event) => { console.log('handling', event.userName); console.info('info'); return event; };\n");
  files.wipes = tmp.write('wipes.mjs', 'export const handler = async (event) => {\n  event.response.claimsAndScopeOverrideDetails = { groupOverrideDetails: {} };\n  return event;\n};\n');
  files.throwsOnImport = tmp.write('throws.mjs', "throw new Error('DATABASE_URL is not set');\n");
  files.syntax = tmp.write('syntax.mjs', 'export const handler = async (event) => { return event\n');
  files.leavesTimer = tmp.write('timer.mjs', 'export const handler = async (event) => { setTimeout(() => {}, 10 * 60 * 1000); return event; };\n');
});

const run = (...args: string[]) => cli(['fuzz', ...args], { cwd: tmp.dir });

// The source binary through tsx, run from the temporary directory (so tsx is named by its path).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
function bin(args: readonly string[], options: { timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', TSX, `${ROOT}src/cli/bin.ts`, ...args], {
    cwd: tmp.dir,
    encoding: 'utf8',
    env: { ...process.env, CTK_DEBUG: '' },
    ...options,
  });
}
const json = (stdout: string) => JSON.parse(stdout) as Record<string, unknown> & { counterexample: Record<string, unknown> | null; replay: string | null };

describe('fuzz: loads .js, .mjs, .cjs and .ts modules, and #name', () => {
  it('.js (ESM), the export "handler": held, exit 0', async () => {
    const r = await run('ok.js', '--trigger', 'pre-signup', '--runs', '20', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ ok.js held the pre-signup contract over 20 runs (seed 1)\n  outcomes: 20 held\n');
    expect(r.stderr).toBe('');
  });

  it('.mjs: a crash is exit 1 with the rule, the shrunk event and the replay', async () => {
    const r = await run('crash.mjs', '--trigger', 'pre-signup', '--runs', '100', '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✖ crash\.mjs broke the pre-signup contract after \d+ runs? \(seed 1\)\n/);
    expect(r.stdout).toContain('  rule: fuzz/crash\n');
    expect(r.stdout).toContain("  what: the handler crashed with TypeError: Cannot read properties of undefined (reading 'toLowerCase')\n");
    expect(r.stdout).toMatch(/ {2}smallest event found \(\d+ shrinks?\):\n {4}\{\n/);
    expect(r.stdout).toMatch(/\n {2}replay: npx cognito-trigger-kit fuzz crash\.mjs --trigger pre-signup --seed 1 --path \d+(:\d+)*\n$/);
  });

  it('.cjs, callback style, #verify: held', async () => {
    const r = await run('callback.cjs#verify', '--trigger', 'verify-auth-challenge-response', '--runs', '30', '--seed', '2', '--strict');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ callback.cjs#verify held the verify-auth-challenge-response contract over 30 runs (seed 2, strict)');
  });

  it('.ts through a real TypeScript loader (enum, parameter property)', async () => {
    const r = await run('typed.ts', '--trigger', 'pre-signup', '--runs', '30', '--seed', '3', '--strict');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ typed.ts held the pre-signup contract over 30 runs (seed 3, strict)');
  });

  it('the repository examples load the same way (.ts importing kit types, .cjs)', async () => {
    const ts = await cli(['fuzz', 'examples/pre-token-v2-access/handler.ts', '--trigger', 'pre-token-generation-v2', '--runs', '20', '--seed', '1'], { cwd: ROOT });
    expect(ts.code).toBe(0);
    const cjs = await cli(['fuzz', 'examples/pre-token-claims-v1/handler.cjs', '--trigger', 'TokenGeneration_Authentication', '--runs', '20', '--seed', '1'], { cwd: ROOT });
    expect(cjs.code).toBe(0);
    expect(cjs.stdout).toContain('held the TokenGeneration_Authentication contract');
  });
});

describe('fuzz --json', () => {
  it('prints one report: module, shard, counts, denials, warnings, counterexample null, replay null', async () => {
    const r = await run('deny.mjs', '--trigger', 'pre-signup', '--runs', '10', '--seed', '4', '--json');
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toEqual({
      module: 'deny.mjs',
      shard: null,
      ok: true,
      trigger: 'pre-signup',
      target: 'pre-signup',
      version: null,
      runs: 10,
      requestedRuns: 10,
      seed: 4,
      strict: false,
      counts: { held: 0, denied: 10, crash: 0, 'thrown-non-error': 0, timeout: 0, 'invalid-output': 0, exited: 0, contract: 0 },
      denials: [{ message: 'UserLambdaValidationException: PreSignUp failed with error Sign-ups are closed..', count: 10 }],
      warnings: [],
      counterexample: null,
      replay: null,
    });
  });

  it('a failure carries the counterexample (rule, issues, event, output, seed, path) and the replay command', async () => {
    const r = await run('string.mjs', '--trigger', 'verify-auth-challenge-response', '--runs', '10', '--seed', '5', '--json');
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.counterexample).toMatchObject({
      kind: 'contract',
      rule: 'verify-auth-challenge-response/answer-not-boolean',
      clientError: null,
      outcome: 'returned',
      issues: [expect.objectContaining({ rule: 'verify-auth-challenge-response/answer-not-boolean', path: ['response', 'answerCorrect'] })],
      event: expect.objectContaining({ triggerSource: 'VerifyAuthChallengeResponse_Authentication' }),
      output: expect.objectContaining({ response: { answerCorrect: 'true' } }),
      seed: 5,
      path: expect.stringMatching(/^\d+(:\d+)*$/),
    });
    expect(report.replay).toBe(`npx cognito-trigger-kit fuzz string.mjs --trigger verify-auth-challenge-response --seed 5 --path ${report.counterexample!.path as string}`);
  });

  it('stays parseable when the handler writes to the console (its output goes to stderr)', async () => {
    const log = console.log;
    const r = await run('chatty.mjs', '--trigger', 'pre-signup', '--runs', '5', '--seed', '6', '--json');
    expect(r.code).toBe(0);
    expect(json(r.stdout).runs).toBe(5);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('handling '))).toHaveLength(5);
    // The console is put back once the fuzz is over.
    expect(console.log).toBe(log);
  });
});

describe('fuzz --shard K/N', () => {
  const shard = async (k: number, n: number, runs = 10) => json((await run('ok.js', '--trigger', 'pre-signup', '--runs', String(runs), '--seed', '42', '--shard', `${k}/${n}`, '--json')).stdout);

  it("splits the runs: the shards' run counts add up to --runs, and their seeds differ", async () => {
    const reports = [await shard(1, 3), await shard(2, 3), await shard(3, 3)];
    expect(reports.map((r) => r.runs)).toEqual([4, 3, 3]);
    expect(reports.map((r) => r.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(new Set(reports.map((r) => r.seed)).size).toBe(3);
    expect(reports.map((r) => r.seed)).not.toContain(42);
  });

  it('is deterministic: the same shard twice is the same report', async () => {
    expect(await shard(2, 4, 1000)).toEqual(await shard(2, 4, 1000));
  });

  it('1/1 is the unsharded run', async () => {
    const whole = json((await run('ok.js', '--trigger', 'pre-signup', '--runs', '10', '--seed', '42', '--json')).stdout);
    expect({ ...(await shard(1, 1)), shard: null }).toEqual(whole);
  });

  it("a failing shard prints the shard's own seed, and its replay needs no --shard", async () => {
    const r = await run('crash.mjs', '--trigger', 'pre-signup', '--runs', '300', '--seed', '42', '--shard', '2/3');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✖ crash\.mjs \[shard 2\/3\] broke/);
    const replay = /replay: (.*)\n/.exec(r.stdout)![1]!;
    expect(replay).not.toContain('--shard');
    expect(replay).not.toContain('--seed 42 ');
  });
});

describe('the replay command replays', () => {
  it.each([
    ['a crash', 'crash.mjs', ['--trigger', 'pre-signup', '--runs', '100', '--seed', '7']],
    ['a strict warning', 'wipes.mjs', ['--trigger', 'TokenGeneration_RefreshTokens', '--version', '2', '--runs', '50', '--seed', '8', '--strict']],
    ['a sharded failure', 'crash.mjs', ['--trigger', 'pre-signup', '--runs', '200', '--seed', '9', '--shard', '3/4']],
    ['a timeout with its own limit', 'hang.mjs', ['--trigger', 'post-confirmation', '--runs', '5', '--seed', '10', '--timeout-ms', '20']],
  ])('%s: the printed command gives the same rule and event', async (_name, module, args) => {
    const first = await run(module, ...args, '--json');
    expect(first.code).toBe(1);
    const report = json(first.stdout);
    const argv = report.replay!.split(' ');
    expect(argv.slice(0, 3)).toEqual(['npx', 'cognito-trigger-kit', 'fuzz']);
    const again = await cli([...argv.slice(2), '--json'], { cwd: tmp.dir });
    expect(again.code).toBe(1);
    const replayed = json(again.stdout);
    expect(replayed.runs).toBe(1);
    expect(replayed.counterexample).toMatchObject({ rule: report.counterexample!.rule, event: report.counterexample!.event, path: report.counterexample!.path });
  });

  it('the real binary runs the printed command (negative seeds included)', () => {
    // Shard seeds are 32-bit and often negative: --seed -N must parse as a value.
    const first = bin(['fuzz', 'crash.mjs', '--trigger', 'pre-signup', '--runs', '300', '--seed', '5', '--shard', '1/2', '--json']);
    expect(first.status).toBe(1);
    const report = json(first.stdout);
    const again = bin([...report.replay!.split(' ').slice(2), '--json']);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(1);
    expect(json(again.stdout).counterexample).toMatchObject({ rule: 'fuzz/crash', event: report.counterexample!.event });
  });
});

describe('the progress line', () => {
  it('is drawn on stderr for a long run on a terminal, and cleared', async () => {
    const m = memoryIo({ cwd: tmp.dir });
    const code = await main(['fuzz', 'ok.js', '--trigger', 'pre-signup', '--runs', '60', '--seed', '1'], { ...m.io, isTTY: true });
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the line is redrawn with ESC[2K (erase line)
    expect(m.stderr()).toMatch(/\r\x1b\[2Kfuzz pre-signup: \d+\/60 runs · \d+ held/);
    expect(m.stderr()).toContain('\r\x1b[2Kfuzz pre-signup: 60/60 runs · 60 held');
    expect(m.stderr().endsWith('\r\x1b[2K')).toBe(true);
    expect(m.stdout()).toContain('held the pre-signup contract over 60 runs');
  });

  it('is not drawn when the output is not a terminal, nor with --json', async () => {
    const r = await run('ok.js', '--trigger', 'pre-signup', '--runs', '60', '--seed', '1');
    expect(r.stderr).toBe('');
    const m = memoryIo({ cwd: tmp.dir });
    await main(['fuzz', 'ok.js', '--trigger', 'pre-signup', '--runs', '60', '--seed', '1', '--json'], { ...m.io, isTTY: true });
    expect(m.stderr()).toBe('');
  });

  it('the real binary with a pipe for stdout draws none', () => {
    const r = bin(['fuzz', 'ok.js', '--trigger', 'pre-signup', '--runs', '80', '--seed', '1']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('held the pre-signup contract over 80 runs');
  });
});

describe('handlers that misbehave are reported, never hang or end the fuzzer', () => {
  it('never settles: fuzz/timeout at --timeout-ms', async () => {
    const r = await run('hang.mjs', '--trigger', 'pre-signup', '--runs', '5', '--seed', '1', '--timeout-ms', '20');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  rule: fuzz/timeout\n');
    expect(r.stdout).toContain('  what: no answer within 20 ms (Cognito waits 5 s at most)\n');
    expect(r.stdout).toContain('--timeout-ms 20');
  });

  it('calls process.exit: fuzz/process-exit, and this process keeps running', async () => {
    const r = await run('exit.mjs', '--trigger', 'pre-signup', '--runs', '5', '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  rule: fuzz/process-exit\n');
    expect(r.stdout).toContain('process.exit(9)');
  });

  it('calls its callback twice: a warning line; --strict fails on it', async () => {
    const lax = await run('twice.cjs', '--trigger', 'pre-signup', '--runs', '5', '--seed', '1');
    expect(lax.code).toBe(0);
    expect(lax.stdout).toContain('  warning ×5 [fuzz/callback-called-twice]: the handler settled more than once');
    const strict = await run('twice.cjs', '--trigger', 'pre-signup', '--runs', '5', '--seed', '1', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('  rule: fuzz/callback-called-twice\n');
  });

  it('the real binary exits once the report is written, even if the handler left a 10-minute timer', () => {
    // Far below the handler's timer: the test fails (status null, killed) if the CLI waits for it.
    const r = bin(['fuzz', 'timer.mjs', '--trigger', 'pre-signup', '--runs', '5', '--seed', '1'], { timeout: 120_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('held the pre-signup contract over 5 runs');
  });
});

describe('bad input: exit 2, one paragraph on stderr, no stack trace', () => {
  it.each([
    ['a module that does not exist', ['nope.mjs', '--trigger', 'pre-signup'], 'the handler module "nope.mjs" does not exist'],
    ['a module without the export', ['ok.js#verify', '--trigger', 'pre-signup'], 'has no export "verify"; it exports handler, notAFunction (pick one with ok.js#<name>).'],
    ['an export that is not a function', ['ok.js#notAFunction', '--trigger', 'pre-signup'], 'the export "notAFunction" of "ok.js" is number, not a function.'],
    ['a module that throws on import', ['throws.mjs', '--trigger', 'pre-signup'], 'the handler module "throws.mjs" threw while loading: Error: DATABASE_URL is not set'],
    ['a module with a syntax error', ['syntax.mjs', '--trigger', 'pre-signup'], 'the handler module "syntax.mjs" threw while loading: '],
    ['--runs -5', ['ok.js', '--trigger', 'pre-signup', '--runs', '-5'], '--runs must be a whole number of at least 1, got "-5".'],
    ['--runs 0', ['ok.js', '--trigger', 'pre-signup', '--runs', '0'], '--runs must be a whole number of at least 1, got "0".'],
    ['--seed abc', ['ok.js', '--trigger', 'pre-signup', '--seed', 'abc'], '--seed must be an integer'],
    ['an unknown trigger', ['ok.js', '--trigger', 'pre-sginup'], '"pre-sginup" is not a trigger slug or triggerSource (did you mean pre-signup?)'],
    ['no --trigger', ['ok.js'], '--trigger is required'],
    ['no module', ['--trigger', 'pre-signup'], 'fuzz'],
    ['--shard 4/3', ['ok.js', '--trigger', 'pre-signup', '--shard', '4/3'], '--shard must be K/N with 1 ≤ K ≤ N'],
    ['fewer runs than shards', ['ok.js', '--trigger', 'pre-signup', '--runs', '2', '--shard', '3/3'], '--runs 2 cannot be split into 3 shards'],
    ['--path without --seed', ['ok.js', '--trigger', 'pre-signup', '--path', '1:2'], '--path replays a counterexample only together with the --seed'],
    ['--timeout-ms 0', ['ok.js', '--trigger', 'pre-signup', '--timeout-ms', '0'], '--timeout-ms must be a whole number of at least 1'],
    ['a file that is not a module', ['package.json', '--trigger', 'pre-signup'], 'supported are .js, .mjs, .cjs and .ts'],
  ])('%s', async (_name, args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(message);
  });

  it.each([
    ['a module that throws on import', ['throws.mjs', '--trigger', 'pre-signup'], 'threw while loading: Error: DATABASE_URL is not set'],
    ['a module with a syntax error', ['syntax.mjs', '--trigger', 'pre-signup'], 'threw while loading: SyntaxError: '],
    ['--runs -5', ['ok.js', '--trigger', 'pre-signup', '--runs', '-5'], '--runs must be a whole number of at least 1, got "-5".'],
    ['--seed abc', ['ok.js', '--trigger', 'pre-signup', '--seed', 'abc'], '--seed must be an integer'],
    ['an unknown trigger', ['ok.js', '--trigger', 'PreSignup_SignUp'], 'did you mean PreSignUp_SignUp?'],
  ])('the real binary: %s', (_name, args, message) => {
    const r = bin(['fuzz', ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(message);
  });
});

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { countOption, seedOption } from '../../src/cli/commands/event.js';
import { UsageError } from '../../src/cli/errors.js';
import { TRIGGERS, type TriggerSource } from '../../src/triggers/registry.js';
import { validateEvent } from '../../src/validation/validate.js';
import { run } from './event-helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every (slug, source, version) pair: the 41 sources, the user pre-token sources once per version. */
const PAIRS = TRIGGERS.flatMap((t) =>
  t.sources.map((s) => ({
    slug: t.slug,
    source: s.triggerSource as TriggerSource,
    version: t.triggerName === 'PreTokenGeneration' ? Number(t.version) : undefined,
  })),
);
const versionArgs = (version: number | undefined) => (version === undefined ? [] : ['--version', String(version)]);

describe('event: output', () => {
  it('covers the 41 sources (51 slug/source pairs)', () => {
    expect(new Set(PAIRS.map((p) => p.source)).size).toBe(41);
    expect(PAIRS).toHaveLength(51);
  });

  it.each(PAIRS)('$slug $source: same seed same bytes, valid, equal to the builder', async ({ source, version }) => {
    const args = ['event', source, '--seed', '7', ...versionArgs(version)];
    const a = await run(args);
    const b = await run(args);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.endsWith('}\n')).toBe(true);
    const event = JSON.parse(a.stdout) as Record<string, unknown>;
    // Pretty-printed: the bytes are JSON.stringify(event, null, 2) plus a newline.
    expect(a.stdout).toBe(`${JSON.stringify(event, null, 2)}\n`);
    expect(event.triggerSource).toBe(source);
    expect(event).toEqual(buildEvent(source, undefined, { seed: 7, version: version as 1 | 2 | 3 | undefined }));
    const check = validateEvent(event, { target: source, version: version as 1 | 2 | 3 | undefined });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it.each(PAIRS)('$slug $source: --count 20 prints 20 valid NDJSON events, the first being --count 1', async ({ source, version }) => {
    const one = await run(['event', source, '--seed', '11', ...versionArgs(version)]);
    const many = await run(['event', source, '--seed', '11', '--count', '20', ...versionArgs(version)]);
    expect(many.code, many.stderr).toBe(0);
    const lines = many.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(20);
    const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events[0]).toEqual(JSON.parse(one.stdout));
    for (const [i, event] of events.entries()) {
      expect(lines[i]).toBe(JSON.stringify(event));
      const check = validateEvent(event, { target: source, version: version as 1 | 2 | 3 | undefined });
      expect(check.errors, `event #${i}`).toEqual([]);
      expect(check.warnings, `event #${i}`).toEqual([]);
    }
    // A stream of realistic events is not one event repeated.
    expect(new Set(lines).size).toBeGreaterThan(1);
  });

  it('different seeds give different events', async () => {
    for (const { source, version } of PAIRS) {
      const a = await run(['event', source, '--seed', '1', ...versionArgs(version)]);
      const b = await run(['event', source, '--seed', '2', ...versionArgs(version)]);
      expect(a.stdout, source).not.toBe(b.stdout);
    }
  });

  it('accepts a negative seed', async () => {
    const a = await run(['event', 'PreSignUp_SignUp', '--seed', '-1234']);
    const b = await run(['event', 'PreSignUp_SignUp', '--seed=-1234']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toEqual(buildEvent('PreSignUp_SignUp', undefined, { seed: -1234 }));
  });

  it('defaults to seed 42, the fixture seed', async () => {
    const a = await run(['event', 'PreSignUp_SignUp']);
    const b = await run(['event', 'PreSignUp_SignUp', '--seed', '42']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('takes a slug and builds one of its sources', async () => {
    const r = await run(['event', 'custom-message', '--count', '30', '--seed', '3']);
    expect(r.code).toBe(0);
    const sources = new Set(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { triggerSource: string }).triggerSource));
    for (const s of sources) expect(s.startsWith('CustomMessage_')).toBe(true);
  });

  it('a TokenGeneration source is version 1 unless --version says otherwise', async () => {
    const v1 = JSON.parse((await run(['event', 'TokenGeneration_Authentication'])).stdout) as { version: string };
    const v2 = JSON.parse((await run(['event', 'TokenGeneration_Authentication', '--version', '2'])).stdout) as { version: string };
    const cc = JSON.parse((await run(['event', 'TokenGeneration_ClientCredentials'])).stdout) as { version: string };
    expect([v1.version, v2.version, cc.version]).toEqual(['1', '2', '3']);
  });
});

describe('event --set', () => {
  it('overrides a field in every event, value parsed as JSON else taken as a string', async () => {
    const r = await run([
      'event',
      'PreSignUp_SignUp',
      '--count',
      '5',
      '--set',
      'request.userAttributes.email="jane@example.com"',
      '--set',
      'request.userAttributes.custom:plan=pro',
      '--set',
      'request.clientMetadata={"step":"2"}',
      '--set',
      'request.validationData=null',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { request: Record<string, unknown> });
    expect(events).toHaveLength(5);
    for (const e of events) {
      expect(e.request.userAttributes).toMatchObject({ email: 'jane@example.com', 'custom:plan': 'pro' });
      expect(e.request.clientMetadata).toEqual({ step: '2' });
      expect(e.request.validationData).toBeNull();
      expect(validateEvent(e).errors).toEqual([]);
    }
  });

  it('accepts quoted keys and array indexes', async () => {
    const r = await run([
      'event',
      'DefineAuthChallenge_Authentication',
      '--set',
      'request.session=[{"challengeName":"SRP_A","challengeResult":true,"challengeMetadata":null}]',
      '--set',
      'request.session[0].challengeResult=false',
      '--set',
      'request.userAttributes["cognito:user_status"]=CONFIRMED',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout) as { request: { session: unknown[]; userAttributes: Record<string, string> } };
    expect(e.request.session).toEqual([{ challengeName: 'SRP_A', challengeResult: false, challengeMetadata: null }]);
    expect(e.request.userAttributes['cognito:user_status']).toBe('CONFIRMED');
  });

  it('--set triggerSource on a slug target builds that source', async () => {
    const viaSlug = await run(['event', 'pre-signup', '--seed', '9', '--set', 'triggerSource=PreSignUp_ExternalProvider']);
    const direct = await run(['event', 'PreSignUp_ExternalProvider', '--seed', '9']);
    expect(viaSlug.code, viaSlug.stderr).toBe(0);
    expect(viaSlug.stdout).toBe(direct.stdout);
  });

  it('a quoted JSON string keeps a number-like value a string', async () => {
    const r = await run(['event', 'PreSignUp_SignUp', '--set', 'request.userAttributes["custom:age"]="42"']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { request: { userAttributes: Record<string, unknown> } }).request.userAttributes['custom:age']).toBe('42');
  });

  it('creates containers through the nulls Cognito pre-fills', async () => {
    const r = await run(['event', 'TokenGeneration_HostedAuth', '--set', 'response.claimsOverrideDetails.claimsToSuppress=["email"]']);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout) as { response: unknown };
    expect(e.response).toEqual({ claimsOverrideDetails: { claimsToSuppress: ['email'] } });
    expect(validateEvent(e).errors).toEqual([]);
  });

  it('keeps the output of the same seed and overrides byte-identical', async () => {
    const args = ['event', 'pre-token-generation-v2', '--count', '10', '--set', 'request.clientMetadata={"a":"b"}'];
    expect((await run(args)).stdout).toBe((await run(args)).stdout);
  });
});

describe('event: usage errors exit 2 with one paragraph and no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown target', ['event', 'PreSignUp_Signup'], /did you mean PreSignUp_SignUp/],
    ['unknown target, nothing close', ['event', 'nothing-like-it'], /is not a trigger slug or triggerSource/],
    ['missing target', ['event'], /event needs a <target>/],
    ['--seed abc', ['event', 'PreSignUp_SignUp', '--seed', 'abc'], /--seed must be an integer/],
    ['--seed 1.5', ['event', 'PreSignUp_SignUp', '--seed', '1.5'], /--seed must be an integer/],
    ['--seed beyond 32 bits', ['event', 'PreSignUp_SignUp', '--seed', '4294967296'], /--seed must be an integer from -2147483648 to 2147483647/],
    ['--count -1', ['event', 'PreSignUp_SignUp', '--count', '-1'], /--count must be a whole number of events, 1 or more/],
    ['--seed -x (a dash that is not a number)', ['event', 'PreSignUp_SignUp', '--seed', '-x'], /--seed needs a value/],
    ['--count=-1', ['event', 'PreSignUp_SignUp', '--count=-1'], /--count must be a whole number of events, 1 or more/],
    ['--count 0', ['event', 'PreSignUp_SignUp', '--count', '0'], /--count must be a whole number of events, 1 or more/],
    ['--count 2.5', ['event', 'PreSignUp_SignUp', '--count', '2.5'], /--count must be a whole number/],
    ['--count ten', ['event', 'PreSignUp_SignUp', '--count', 'ten'], /--count must be a whole number/],
    ['--version 4', ['event', 'TokenGeneration_Authentication', '--version', '4'], /--version must be 1, 2 or 3/],
    ['--version on a V1-only trigger', ['event', 'PreSignUp_SignUp', '--version', '2'], /applies only to pre token generation/],
    ['--version 2 for client credentials', ['event', 'TokenGeneration_ClientCredentials', '--version', '2'], /only for a V3_0 trigger/],
    ['--version against a slug of another version', ['event', 'pre-token-generation', '--version', '3'], /use pre-token-generation-v3/],
    ['--set without =', ['event', 'PreSignUp_SignUp', '--set', 'request.userAttributes.email'], /has no "="/],
    ['--set with a bad path', ['event', 'PreSignUp_SignUp', '--set', 'request..email=x'], /two dots in a row/],
    [
      '--set into a non-object',
      ['event', 'PreSignUp_SignUp', '--set', 'userName.first=x'],
      /userName holds the string .*not an object or array, so the path cannot go inside it/,
    ],
    [
      '--set breaking the contract',
      ['event', 'PreSignUp_SignUp', '--set', 'request.userAttributes.custom:age=42'],
      /make event #0 of PreSignUp_SignUp invalid: .*request\.userAttributes\["custom:age"\].*quote it/,
    ],
    ['--set removing the request', ['event', 'PreSignUp_SignUp', '--set', 'request=null'], /invalid: error request/],
    ['unknown option', ['event', 'PreSignUp_SignUp', '--sead', '1'], /unknown option --sead \(did you mean --seed\?\)/],
    ['two targets', ['event', 'PreSignUp_SignUp', 'PreSignUp_AdminCreateUser'], /takes 1 argument/],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.startsWith('cognito-trigger-kit event: ')).toBe(true);
  });
});

describe('event: option readers', () => {
  it('seedOption', () => {
    expect(seedOption(undefined)).toBe(42);
    expect(seedOption('-2147483648')).toBe(-2147483648);
    expect(seedOption('2147483647')).toBe(2147483647);
    expect(() => seedOption('2147483648')).toThrow(UsageError);
    expect(() => seedOption('')).toThrow(UsageError);
    expect(() => seedOption('0x10')).toThrow(UsageError);
  });

  it('countOption', () => {
    expect(countOption(undefined)).toBe(1);
    expect(countOption('1000000')).toBe(1_000_000);
    expect(() => countOption('0')).toThrow(UsageError);
    expect(() => countOption('1e3')).toThrow(UsageError);
    expect(() => countOption('99999999999999999999')).toThrow(UsageError);
  });
});

describe('event: the real binary', () => {
  const bin = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  it('prints the same bytes in separate processes, equal to the in-process output', async () => {
    const args = ['event', 'CustomEmailSender_AccountTakeOverNotification', '--seed', '5', '--count', '25'];
    const a = bin(args);
    const b = bin(args);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toBe((await run(args)).stdout);
  });

  it('exits 2 with one line on stderr for bad input', () => {
    const r = bin(['event', 'PreSignUp_SignUp', '--seed', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/bin.ts event PreSignUp_SignUp --count 200000 | head -n 2`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
  });
});

describe('event --count streams in constant memory', () => {
  it('writes 1,000,000 events to a slow sink without growing the heap', () => {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'test/cli/event-stream-memory.ts', 'TokenGeneration_ClientCredentials', '1000000', '100000'],
      { cwd: ROOT, encoding: 'utf8', timeout: 15 * 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      lines: number;
      drains: number;
      heapAtCheckpoint: number;
      heapAtEnd: number;
    };
    expect(report.lines).toBe(1_000_000);
    // The writer waited for the slow sink instead of buffering the output.
    expect(report.drains).toBeGreaterThan(100);
    expect(report.heapAtCheckpoint).toBeGreaterThan(0);
    // Flat: 900,000 more events may not add more than 16 MiB of live heap.
    expect(report.heapAtEnd - report.heapAtCheckpoint).toBeLessThan(16 * 1024 * 1024);
  }, 20 * 60_000);
});

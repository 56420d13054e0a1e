import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventOutcome, ValidateSummary } from '../../src/cli/commands/validate.js';
import { summaryLine } from '../../src/cli/commands/validate.js';
import { cli, expectOneParagraph, INVALID_EVENT, real, REAL, ROOT, tempDir, VALID_EVENT, WARNING_EVENT } from './cli-helpers.js';

interface JsonReport {
  strict: boolean;
  events: EventOutcome[];
  summary: ValidateSummary;
  ok: boolean;
  error?: string;
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const load = (path: string): Record<string, unknown> => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8')) as Record<string, unknown>;
const valid = load(VALID_EVENT);
const invalid = load(INVALID_EVENT);
const compact = (v: unknown): string => JSON.stringify(v);

describe('validate: human output', () => {
  it('prints ok and the triggerSource for a valid event, exit 0', async () => {
    const r = await cli(['validate', VALID_EVENT]);
    expect(r).toEqual({
      code: 0,
      stdout: `ok ${VALID_EVENT}#0 VerifyAuthChallengeResponse_Authentication\n1 event: 1 ok, 0 invalid, 0 warnings\n`,
      stderr: '',
    });
  });

  it('prints invalid with one indented line per problem (path, reason, rule), exit 1', async () => {
    const r = await cli(['validate', INVALID_EVENT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`invalid ${INVALID_EVENT}#0 UserMigration_Authentication`);
    expect(lines[1]).toMatch(/^ {2}error response\.finalUserStatus: .*"<final_user_status>".* \[[\w/-]+\]$/);
    expect(lines.slice(1, -1).every((l) => l.startsWith('  error '))).toBe(true);
    expect(lines.at(-1)).toBe('1 event: 0 ok, 1 invalid, 0 warnings');
  });

  it('prints realism warnings under an ok event; they do not fail it', async () => {
    const r = await cli(['validate', WARNING_EVENT]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`ok ${WARNING_EVENT}#0 PreSignUp_SignUp`);
    expect(lines[1]).toMatch(/^ {2}warning userPoolId: .* \[realism\/pool-id-format\]$/);
    expect(lines[2]).toMatch(/^ {2}warning callerContext\.clientId: .* \[realism\/client-id-format\]$/);
    expect(lines[3]).toBe('1 event: 1 ok, 0 invalid, 2 warnings');
  });

  it('--strict fails an event on its warnings, exit 1', async () => {
    const r = await cli(['validate', '--strict', WARNING_EVENT]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`invalid ${WARNING_EVENT}#0 PreSignUp_SignUp`);
    expect(r.stdout).toContain('\n1 event: 0 ok, 1 invalid, 2 warnings\n');
  });

  it('--strict keeps a warning-free valid event ok', async () => {
    expect((await cli(['validate', '--strict', VALID_EVENT])).code).toBe(0);
  });

  it('runs the response rules on an answered response (a custom message without its code placeholder)', async () => {
    const file = real('awsdocs-custommessage-signup.json');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`invalid ${file}#0 CustomMessage_SignUp`);
    expect(r.stdout).toMatch(/\n {2}error response\.smsMessage: .*"\{####\}".* \[custom-message\/missing-code-placeholder\]\n/);
  });

  it('reports a response problem once, where a rule restates the schema issue', async () => {
    const r = await cli(['validate', '--json', INVALID_EVENT]);
    const issues = (JSON.parse(r.stdout) as JsonReport).events[0]!.issues;
    const paths = issues.map((i) => i.formattedPath);
    expect(paths.filter((p) => p === 'response.finalUserStatus')).toHaveLength(1);
  });

  it('checks several inputs in order and ends with one summary line', async () => {
    const r = await cli(['validate', VALID_EVENT, INVALID_EVENT, WARNING_EVENT]);
    expect(r.code).toBe(1);
    const heads = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
    expect(heads).toEqual([
      `ok ${VALID_EVENT}#0 VerifyAuthChallengeResponse_Authentication`,
      `invalid ${INVALID_EVENT}#0 UserMigration_Authentication`,
      `ok ${WARNING_EVENT}#0 PreSignUp_SignUp`,
      '3 events: 2 ok, 1 invalid, 2 warnings',
    ]);
  });

  it('an unknown triggerSource is invalid without a triggerSource on its line', async () => {
    const r = await cli(['validate', real('powertools-ts-base.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(`invalid ${real('powertools-ts-base.json')}#0`);
    expect(r.stdout).toContain('  error triggerSource: ');
  });
});

describe('validate: input forms', () => {
  it('reads a pretty JSON array of events, indexing from 0', async () => {
    const file = tmp.write('array.json', JSON.stringify([valid, invalid, valid], null, 2));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    const heads = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('  '));
    expect(heads).toEqual([
      `ok ${file}#0 VerifyAuthChallengeResponse_Authentication`,
      `invalid ${file}#1 UserMigration_Authentication`,
      `ok ${file}#2 VerifyAuthChallengeResponse_Authentication`,
      '3 events: 2 ok, 1 invalid, 0 warnings',
    ]);
  });

  it('reads NDJSON with a blank line and a bad line, reporting the bad line by number', async () => {
    const file = tmp.write('events.ndjson', `${compact(valid)}\n\n{"triggerSource": \n${compact(invalid)}\n`);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`ok ${file}#0 VerifyAuthChallengeResponse_Authentication`);
    expect(lines[1]).toBe(`invalid ${file}#1`);
    expect(lines[2]).toBe('  error (root): line 3 is not JSON: Unexpected end of JSON input [input/not-json]');
    expect(lines[3]).toBe(`invalid ${file}#2 UserMigration_Authentication`);
    expect(lines.at(-1)).toBe('3 events: 1 ok, 2 invalid, 0 warnings');
  });

  it('reads stdin for "-", shown as "-"', async () => {
    const r = await cli(['validate', '-'], { stdin: JSON.stringify(valid, null, 2) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ok -#0 VerifyAuthChallengeResponse_Authentication\n1 event: 1 ok, 0 invalid, 0 warnings\n');
  });

  it('mixes stdin NDJSON and files', async () => {
    const r = await cli(['validate', VALID_EVENT, '-'], { stdin: `${compact(invalid)}\n${compact(valid)}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`\ninvalid -#0 UserMigration_Authentication\n`);
    expect(r.stdout).toContain(`\nok -#1 VerifyAuthChallengeResponse_Authentication\n`);
  });

  it.each([['42'], ['"an event"'], ['null'], ['[1]'], ['[["nested"]]']])('an event that is not an object (%s) is invalid, exit 1', async (text) => {
    const file = tmp.write('scalar.json', text);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `invalid ${file}#0\n  error (root): an event must be a JSON object [schema/invalid_type]\n1 event: 0 ok, 1 invalid, 0 warnings\n`,
    );
  });
});

describe('validate: --target and --version', () => {
  it('--target checks against the named contract instead of the event’s own triggerSource', async () => {
    const r = await cli(['validate', '--target', 'PreSignUp_SignUp', VALID_EVENT]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  error triggerSource: expected PreSignUp_SignUp, got "VerifyAuthChallengeResponse_Authentication"');
  });

  it('--target with the event’s own contract keeps it valid', async () => {
    expect((await cli(['validate', '--target=verify-auth-challenge-response', VALID_EVENT])).code).toBe(0);
  });

  it('--version picks the pre token generation contract of a TokenGeneration_* event', async () => {
    const file = real('powertools-python-pretokengen-v2-authentication.json');
    const v1 = JSON.parse((await cli(['validate', '--json', file])).stdout) as JsonReport;
    const v2 = JSON.parse((await cli(['validate', '--json', '--version', '2', file])).stdout) as JsonReport;
    expect(v1.events[0]!.trigger).toBe('pre-token-generation');
    expect(v2.events[0]!.trigger).toBe('pre-token-generation-v2');
  });

  it('an unknown --target is a usage error before anything is read or printed', async () => {
    const r = await cli(['validate', '--target', 'pre-sigup', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('"pre-sigup" is not a trigger slug or triggerSource (did you mean pre-signup?)');
  });

  it('a bad --version is a usage error', async () => {
    const r = await cli(['validate', '--version', '4', VALID_EVENT]);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('--version must be 1, 2 or 3');
  });
});

describe('validate --json', () => {
  it('prints one report with file, index, ok, trigger, source, unanswered and issues (path as array and text)', async () => {
    const r = await cli(['validate', '--json', VALID_EVENT, INVALID_EVENT, WARNING_EVENT]);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.ok).toBe(false);
    expect(report.strict).toBe(false);
    expect(report.summary).toEqual({ events: 3, ok: 2, invalid: 1, errors: 4, warnings: 2 });
    expect(report.events.map((e) => [e.file, e.index, e.ok, e.trigger, e.triggerSource, e.unanswered])).toEqual([
      [VALID_EVENT, 0, true, 'verify-auth-challenge-response', 'VerifyAuthChallengeResponse_Authentication', true],
      [INVALID_EVENT, 0, false, 'user-migration', 'UserMigration_Authentication', false],
      [WARNING_EVENT, 0, true, 'pre-signup', 'PreSignUp_SignUp', true],
    ]);
    expect(report.events[1]!.issues[0]).toMatchObject({
      severity: 'error',
      path: ['response', 'finalUserStatus'],
      formattedPath: 'response.finalUserStatus',
    });
    expect(report.events[1]!.issues[2]).toMatchObject({ path: ['response', 'desiredDeliveryMediums', 0], formattedPath: 'response.desiredDeliveryMediums[0]' });
    expect(report.events[2]!.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('--strict is recorded and fails warnings', async () => {
    const report = JSON.parse((await cli(['validate', '--json', '--strict', WARNING_EVENT])).stdout) as JsonReport;
    expect(report.strict).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.events[0]!.ok).toBe(false);
  });

  it('gives NDJSON events their line, and a bad line a null trigger', async () => {
    const file = tmp.write('json.ndjson', `\n${compact(valid)}\nnope\n`);
    const r = await cli(['validate', '--json', file]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.events.map((e) => [e.index, e.line, e.ok, e.trigger])).toEqual([
      [0, 2, true, 'verify-auth-challenge-response'],
      [1, 3, false, null],
    ]);
    expect(report.events[1]!.issues[0]).toMatchObject({ rule: 'input/not-json', path: [], formattedPath: '(root)' });
    expect(report.events[1]!.issues[0]!.message).toMatch(/^line 3 is not JSON: /);
  });

  it('all valid: ok true, exit 0', async () => {
    const r = await cli(['validate', '--json', VALID_EVENT]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).ok).toBe(true);
  });

  it('an input refused after some events closes the report with an error member, exit 2', async () => {
    const bad = tmp.write('not-json.txt', 'this is not json\n');
    const r = await cli(['validate', '--json', VALID_EVENT, bad]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.events).toHaveLength(1);
    expect(report.ok).toBe(false);
    expect(report.error).toContain('it is not JSON');
    expectOneParagraph(r.stderr);
  });

  it('an input refused before any event leaves stdout empty', async () => {
    const bad = tmp.write('not-json-2.txt', 'this is not json\n');
    const r = await cli(['validate', '--json', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('validate: bad input is exit 2 with one paragraph naming the file', () => {
  it('a missing file, before any output', async () => {
    const r = await cli(['validate', VALID_EVENT, 'nope/missing.json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'cognito-trigger-kit validate: cannot read "nope/missing.json": no such file.\n' });
  });

  it('a directory', async () => {
    const r = await cli(['validate', tmp.dir]);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(`cannot read ${JSON.stringify(tmp.dir)}: it is a directory`);
  });

  it('an empty file', async () => {
    const file = tmp.write('empty.json', '');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(`cannot read ${JSON.stringify(file)}: it is empty`);
  });

  it('a file that is not JSON', async () => {
    const file = tmp.write('notes.txt', 'Dear Cognito,\nplease send events.\n');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(`cannot read ${JSON.stringify(file)}: it is not JSON`);
  });

  it('an empty array', async () => {
    const file = tmp.write('none.json', '[]\n');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it holds an empty array');
  });

  it('a single JSON document over 16 MiB', async () => {
    const event = { ...valid, request: { ...(valid.request as object), clientMetadata: { pad: 'x'.repeat(17 * 1024 * 1024) } } };
    const file = tmp.write('huge.json', JSON.stringify(event, null, 2));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(`cannot read ${JSON.stringify(file)}: it holds a single JSON document larger than 16 MiB`);
  });

  it('stdin named twice', async () => {
    const r = await cli(['validate', '-', '-'], { stdin: compact(valid) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('named more than once');
  });

  it('no input at all', async () => {
    const r = await cli(['validate']);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('validate needs at least one input');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const { chmodSync } = await import('node:fs');
    const file = tmp.write('locked.json', compact(valid));
    chmodSync(file, 0o000);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('permission denied');
  });
});

describe('summaryLine', () => {
  it('counts events, ok, invalid and warnings, with plurals', () => {
    expect(summaryLine({ events: 3, ok: 2, invalid: 1, errors: 1, warnings: 4 })).toBe('3 events: 2 ok, 1 invalid, 4 warnings');
    expect(summaryLine({ events: 1, ok: 1, invalid: 0, errors: 0, warnings: 1 })).toBe('1 event: 1 ok, 0 invalid, 1 warning');
  });
});

describe('validate: a file that exists but cannot be opened', () => {
  it('a Unix socket is exit 2 with one paragraph naming it (root can read chmod 000 files, not sockets)', async () => {
    const { createServer } = await import('node:net');
    const path = `${tmp.dir}/events.sock`;
    const server = createServer();
    await new Promise<void>((done) => server.listen(path, done));
    try {
      const r = await cli(['validate', VALID_EVENT, path]);
      expect(r.code).toBe(2);
      expectOneParagraph(r.stderr);
      expect(r.stderr).toBe(`cognito-trigger-kit validate: cannot read ${JSON.stringify(path)}: it is a socket or a device with nothing to read.\n`);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});

describe('validate agrees with shared/real-events/index.json', () => {
  interface IndexEntry {
    expect: 'valid' | 'invalid' | 'unrealistic';
    path?: string;
  }
  const index = JSON.parse(readFileSync(`${ROOT}${REAL}/index.json`, 'utf8')) as { files: Record<string, IndexEntry> };
  const names = Object.keys(index.files).sort();

  it('accepts every valid and unrealistic event and rejects every invalid one at its path', async () => {
    expect(names.length).toBeGreaterThan(40);
    const r = await cli(['validate', '--json', ...names.map(real)]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.events).toHaveLength(names.length);
    const wrong = report.events.flatMap((e) => {
      const entry = index.files[e.file.slice(REAL.length + 1)]!;
      const errorPaths = e.issues.filter((i) => i.severity === 'error').map((i) => i.formattedPath);
      if (entry.expect !== 'invalid') return e.ok ? [] : [`${e.file}: expected ok, got ${errorPaths.join(', ')}`];
      const at = (p: string) => p === entry.path || p.startsWith(`${entry.path}.`) || p.startsWith(`${entry.path}[`);
      return !e.ok && errorPaths.some(at) ? [] : [`${e.file}: expected an error at ${entry.path}, got ${errorPaths.join(', ') || 'none'}`];
    });
    expect(wrong).toEqual([]);
    expect(r.code).toBe(1);
  });
});

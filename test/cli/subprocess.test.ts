/**
 * The real binary in a child process: real exit codes, the stderr paragraph without stack frames,
 * and streaming: verdicts come out while the input is still arriving, and a 50 MB NDJSON file
 * validates in a heap far smaller than the file.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOneParagraph, INVALID_EVENT, ROOT, tempDir, VALID_EVENT } from './cli-helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function bin(args: readonly string[], options: { nodeArgs?: readonly string[]; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), 'src/cli/bin.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CTK_DEBUG: '', ...options.env },
  });
}

describe('the binary: exit codes', () => {
  it('list exits 0', () => {
    const r = bin(['list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('15 triggers, 41 distinct triggerSources.');
    expect(r.stderr).toBe('');
  });

  it('validate exits 0 for a valid event and 1 for an invalid one', () => {
    expect(bin(['validate', VALID_EVENT]).status).toBe(0);
    const bad = bin(['validate', INVALID_EVENT]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('  error response.finalUserStatus: ');
    expect(bad.stderr).toBe('');
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(bin(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('the binary: bad input is exit 2, one paragraph on stderr, no stack trace', () => {
  beforeAll(() => {
    tmp.write('not-json.txt', 'certainly not json {\n');
    tmp.write('empty.json', '');
  });

  it.each([
    ['a missing file', ['validate', 'no/such/file.json'], 'no such file'],
    ['a directory', ['validate', 'src'], 'it is a directory'],
    ['a file that is not JSON', ['validate', '@tmp/not-json.txt'], 'it is not JSON'],
    ['an empty file', ['validate', '@tmp/empty.json'], 'it is empty'],
    ['an unknown target', ['validate', '--target', 'PreSignup_SignUp', VALID_EVENT], 'did you mean PreSignUp_SignUp?'],
    ['an unknown schema target', ['schema', 'verify-auth-challenge'], 'is not a trigger slug or triggerSource'],
    ['an unknown command', ['valdiate', VALID_EVENT], 'unknown command "valdiate" (did you mean validate?)'],
    ['an unknown option', ['validate', '--strcit', VALID_EVENT], 'unknown option --strcit (did you mean --strict?)'],
  ])('%s', (_name, args, message) => {
    const r = bin(args.map((a) => a.replace('@tmp', tmp.dir)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain(message);
  });

  it('a single JSON document over 16 MiB', () => {
    const file = tmp.write('huge.json', `[\n${JSON.stringify({ pad: 'y'.repeat(17 * 1024 * 1024) })}\n]\n`);
    const r = bin(['validate', file]);
    expect(r.status).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('larger than 16 MiB');
  });
});

describe('the binary: a 50 MB NDJSON file streams', () => {
  const event = JSON.stringify(JSON.parse(readFileSync(`${ROOT}${VALID_EVENT}`, 'utf8')));
  const target = 50 * 1024 * 1024;
  const count = Math.ceil(target / (event.length + 1));
  let big = '';

  beforeAll(async () => {
    big = `${tmp.dir}/big.ndjson`;
    const out = createWriteStream(big);
    const block = `${event}\n`.repeat(1000);
    for (let written = 0; written < count; written += 1000) {
      const n = Math.min(1000, count - written);
      if (!out.write(n === 1000 ? block : `${event}\n`.repeat(n))) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  });

  it('validates every event with the old-generation heap capped far below the file size', () => {
    // 32 MB of old space against a 50 MB file: a reader that split the text into lines or kept the parsed
    // events would die of heap exhaustion (exit 134). Peak RSS is measured in bench/ (`--only stream`).
    const size = statSync(big).size;
    expect(size).toBeGreaterThanOrEqual(target);
    const r = bin(['validate', big], { nodeArgs: ['--max-old-space-size=32'] });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(lines.at(-1)).toBe(`${count} events: ${count} ok, 0 invalid, 0 warnings`);
  });

  it('stops quietly, exit 0, when the reader closes the pipe (| head)', () => {
    const script = `"${process.execPath}" --import tsx src/cli/bin.ts validate "${big}" | head -n 2; echo "cli exit \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.split('\n')).toEqual([
      `ok ${big}#0 VerifyAuthChallengeResponse_Authentication`,
      `ok ${big}#1 VerifyAuthChallengeResponse_Authentication`,
      'cli exit 0',
      '',
    ]);
    expect(r.stderr).toBe('');
  });
});

describe('the binary: NDJSON on stdin streams', () => {
  const event = JSON.stringify(JSON.parse(readFileSync(`${ROOT}${VALID_EVENT}`, 'utf8')));

  it('prints each verdict before the next event is written', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'validate', '-'], {
      cwd: ROOT,
      env: { ...process.env, CTK_DEBUG: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const waiters: { text: string; resolve: () => void }[] = [];
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      for (const w of waiters.splice(0)) {
        if (stdout.includes(w.text)) w.resolve();
        else waiters.push(w);
      }
    });
    const printed = (text: string): Promise<void> =>
      stdout.includes(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ text, resolve }));
    const exited = once(child, 'close') as Promise<[number | null]>;

    // The stdin stays open while we wait: a reader that buffered to the end would print nothing
    // and this test would time out.
    for (let i = 0; i < 3; i += 1) {
      child.stdin.write(`${event}\n`);
      await printed(`ok -#${i} VerifyAuthChallengeResponse_Authentication\n`);
      expect(stdout).not.toContain(`-#${i + 1} `);
    }
    child.stdin.write('{"not":"an event"}\n');
    await printed('invalid -#3');
    child.stdin.end();
    const [status] = await exited;
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 events: 3 ok, 1 invalid, 0 warnings');
  }, 30_000);
});

/**
 * The real binary in a child process: real exit codes, the stderr paragraph without stack frames,
 * and streaming of a 50 MB NDJSON file in bounded memory.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
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

  let rssRuns = 0;

  /**
   * Peak RSS (kB) of `validate <file>` in a child whose V8 heap is capped: young generation at 1 MB
   * per semi-space, old space at 64 MB. V8 grows both lazily under allocation pressure (the young
   * generation alone can add ~30 MB), so uncapped peak RSS measures the collector's slack rather than
   * what the reader keeps. With the caps, a reader that kept the file or its parsed events runs out
   * of heap, and one that buffered the bytes raises RSS by the file's size (Buffers live outside the
   * V8 heap).
   */
  function peakRss(file: string): { r: SpawnSyncReturns<string>; kb: number } {
    const rssFile = `${tmp.dir}/rss-${(rssRuns += 1)}.txt`;
    const r = bin(['validate', file], {
      nodeArgs: ['--max-semi-space-size=1', '--max-old-space-size=64', '--import', './test/cli/max-rss-preload.ts'],
      env: { CTK_TEST_MAX_RSS_FILE: rssFile },
    });
    if (!existsSync(rssFile)) throw new Error(`the child wrote no peak RSS (exit ${r.status}): ${r.stderr}`);
    return { r, kb: Number(readFileSync(rssFile, 'utf8')) };
  }

  it('validates every event, with peak memory far below the file size', () => {
    const size = statSync(big).size;
    expect(size).toBeGreaterThanOrEqual(target);
    const one = peakRss(VALID_EVENT);
    const all = peakRss(big);
    expect(one.r.status).toBe(0);
    expect(all.r.stderr).toBe('');
    expect(all.r.status).toBe(0);
    expect(all.r.stdout.trimEnd().split('\n').at(-1)).toBe(`${count} events: ${count} ok, 0 invalid, 0 warnings`);
    const growthBytes = (all.kb - one.kb) * 1024;
    expect(growthBytes).toBeLessThan(size / 4);
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

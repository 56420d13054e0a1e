/**
 * The harness in a real Node process (not a vitest worker, where process.exit is already patched):
 * no timer keeps the process alive, a hung handler is reported before the process ends, and a
 * handler's process.exit does not end it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./fixtures/run-outcome.mts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

function run(scenario: string) {
  // A hang shows up as this kill (status null), far below the probe's own ten-minute limit.
  const r = spawnSync(process.execPath, ['--import', 'tsx', probe, scenario], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
}

describe('invokeHandler in a real process', () => {
  it('leaves no timer behind: the process ends once the handler has settled', () => {
    const r = run('settles-quickly');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('returned');
    expect(r.status).toBe(0);
  });

  it('reports a handler that never settles instead of letting the process end silently', () => {
    const r = run('never-settles');
    expect(r.stdout).toBe('timeout');
    expect(r.status).toBe(0);
  });

  it('survives a handler that calls process.exit, and restores it', () => {
    const r = run('exits');
    expect(r.stdout).toBe('exited 7 restored');
    expect(r.status).toBe(0);
  });
});

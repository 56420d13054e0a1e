import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { assertResponse } from '../../src/assertions.js';
import { createAuditHandler } from './handler.mjs';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('post authentication audit logger', () => {
  it('writes one JSON line per sign-in and returns the event unchanged', async () => {
    const lines: string[] = [];
    const handler = createAuditHandler((line) => lines.push(line));
    const event = buildEvent('PostAuthentication_Authentication', { userName: 'jane', request: { newDeviceUsed: true } });
    const output = await handler(event);
    assertResponse(event, output, { strict: true });
    expect(output).toEqual(event);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'sign-in', userName: 'jane', newDevice: true, sub: event.request.userAttributes.sub });
  });

  it('stays quiet with LOG_LEVEL=silent', async () => {
    vi.stubEnv('LOG_LEVEL', 'silent');
    const lines: string[] = [];
    await createAuditHandler((line) => lines.push(line))(buildEvent('PostAuthentication_Authentication'));
    expect(lines).toEqual([]);
  });

  it('logs every generated sign-in, federated and odd ones included, and keeps the contract (strict)', async () => {
    const lines: string[] = [];
    const report = await assertFuzzTrigger(createAuditHandler((line) => lines.push(line)), { trigger: 'post-authentication', runs: 150, seed: 42, strict: true });
    expect(lines).toHaveLength(report.runs);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

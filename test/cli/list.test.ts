import { describe, expect, it } from 'vitest';
import type { ListReport } from '../../src/cli/commands/list.js';
import { TRIGGERS, TRIGGER_SLUGS, TRIGGER_SOURCES } from '../../src/triggers/registry.js';
import { cli } from './cli-helpers.js';

describe('list', () => {
  it('prints one block per slug with its trigger name, version, sync mode and sources', async () => {
    const r = await cli(['list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const blocks = r.stdout.trimEnd().split('\n\n');
    const summary = blocks.pop()!;
    expect(blocks).toHaveLength(15);
    expect(summary).toBe('15 triggers, 41 distinct triggerSources.');
    blocks.forEach((block, i) => {
      const t = TRIGGERS[i]!;
      const [head, info, ...sourceLines] = block.split('\n');
      expect(head).toBe(`${t.slug}  ${t.title}`);
      expect(info).toContain(`trigger ${t.triggerName}, event version ${t.version}, ${t.synchronous ? 'synchronous' : 'asynchronous'}`);
      expect(sourceLines.map((l) => l.trim().split(/\s+/)[0])).toEqual(t.sources.map((s) => s.triggerSource));
      sourceLines.forEach((line, j) => expect(line).toContain(t.sources[j]!.firesOn));
    });
  });

  it('names every one of the 41 distinct triggerSources', async () => {
    const { stdout } = await cli(['list']);
    const names = new Set(stdout.split('\n').filter((l) => l.startsWith('    ')).map((l) => l.trim().split(/\s+/)[0]));
    expect(names.size).toBe(41);
    expect([...names].sort()).toEqual([...TRIGGER_SOURCES].sort());
  });

  it('marks the custom senders asynchronous', async () => {
    const { stdout } = await cli(['list']);
    expect(stdout).toMatch(/custom-email-sender {2}Custom email sender\n {2}trigger CustomEmailSender, event version 1, asynchronous/);
  });

  it('--json prints the registry as data: 15 slugs, 41 distinct sources', async () => {
    const r = await cli(['list', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const report = JSON.parse(r.stdout) as ListReport;
    expect(report.triggers.map((t) => t.slug)).toEqual(TRIGGER_SLUGS);
    expect(new Set(report.triggers.flatMap((t) => t.sources.map((s) => s.triggerSource))).size).toBe(41);
    expect(report.triggerSources).toEqual(TRIGGER_SOURCES);
    report.triggers.forEach((t, i) => {
      const def = TRIGGERS[i]!;
      expect(t).toMatchObject({
        slug: def.slug,
        title: def.title,
        triggerName: def.triggerName,
        version: def.version,
        synchronous: def.synchronous,
        docs: def.docs,
        typesName: def.typesName,
      });
      expect(t.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(t.sources).toEqual(def.sources.map((s) => ({ triggerSource: s.triggerSource, firesOn: s.firesOn, typesName: s.typesName })));
    });
  });

  it('--json lists ClientCredentials only under pre-token-generation-v3', async () => {
    const report = JSON.parse((await cli(['list', '--json'])).stdout) as ListReport;
    const holders = report.triggers.filter((t) => t.sources.some((s) => s.triggerSource === 'TokenGeneration_ClientCredentials'));
    expect(holders.map((t) => t.slug)).toEqual(['pre-token-generation-v3']);
  });

  it('takes no arguments', async () => {
    const r = await cli(['list', 'pre-signup']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('list takes no arguments, got the extra "pre-signup"');
  });
});

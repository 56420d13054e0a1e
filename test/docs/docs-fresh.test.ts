/**
 * The committed contract docs under `docs/` (drafts and hand-written guides aside) must be exactly
 * what `npm run docs` renders now: a change to the registry, a schema, a generator, a rule or the
 * routing table that is not followed by `npm run docs` fails here, naming the file and the command.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, DOCS_INPUT, describeStale, renderDocFiles, staleDocs, writeDocs } from '../../scripts/write-docs.js';
import { renderReadmeTriggerLinks, renderTriggerPage, triggerPagePath } from '../../src/docs/render.js';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { getTrigger, TRIGGERS } from '../../src/triggers/registry.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rendered = renderDocFiles();
const scratch = mkdtempSync(join(tmpdir(), 'ctk-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('committed docs', () => {
  it('are fresh, byte for byte (run "npm run docs" when this fails)', () => {
    const stale = staleDocs(rendered);
    expect(stale, stale.length > 0 ? describeStale(stale) : '').toEqual([]);
  });

  it.each([...rendered.keys()])('docs/%s matches the generator', (file) => {
    const path = join(DOCS_DIR, file);
    expect(existsSync(path), describeStale([{ file, problem: 'missing' }])).toBe(true);
    expect(readFileSync(path, 'utf8'), describeStale([{ file, problem: 'differs' }])).toBe(rendered.get(file));
  });
});

describe('the freshness check', () => {
  it('names an edited page, a missing page and a page the generator no longer renders', () => {
    const dir = join(scratch, 'edited');
    writeDocs(rendered, dir);
    expect(staleDocs(rendered, dir)).toEqual([]);

    writeFileSync(join(dir, 'triggers/pre-signup.md'), `${rendered.get('triggers/pre-signup.md')!}\nhand edit\n`);
    rmSync(join(dir, 'rules.md'));
    writeFileSync(join(dir, 'triggers/retired-trigger.md'), '# gone\n');

    const stale = staleDocs(rendered, dir);
    expect(stale).toEqual([
      { file: 'triggers/pre-signup.md', problem: 'differs' },
      { file: 'rules.md', problem: 'missing' },
      { file: 'triggers/retired-trigger.md', problem: 'not generated' },
    ]);
    const message = describeStale(stale);
    expect(message).toContain('docs/triggers/pre-signup.md (differs)');
    expect(message).toContain('Run "npm run docs"');
  });

  it('leaves hand-written files outside docs/triggers alone', () => {
    const dir = join(scratch, 'guides');
    writeDocs(rendered, dir);
    mkdirSync(join(dir, 'guide'));
    writeFileSync(join(dir, 'guide', 'harness.md'), '# Harness\n');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'scratch-note.md'), 'notes\n');
    expect(staleDocs(rendered, dir)).toEqual([]);
  });
});

describe('the generator', () => {
  it('renders the same page twice in a row (fixed seeds, no clock)', () => {
    const t = getTrigger('verify-auth-challenge-response');
    expect(renderTriggerPage(t, DOCS_INPUT)).toBe(rendered.get(triggerPagePath(t.slug)));
  });

  it('writes no absolute path and no date', () => {
    for (const [file, text] of rendered) {
      expect(text.includes(ROOT), file).toBe(false);
      expect(text.includes(tmpdir()), file).toBe(false);
      expect(/\b20\d\d-\d\d-\d\dT\d\d:/.test(text), file).toBe(false);
    }
  });

  it('renders an index, 15 trigger pages and the three cross-trigger pages', () => {
    expect([...rendered.keys()]).toEqual([
      'README.md',
      ...TRIGGERS.map((t) => triggerPagePath(t.slug)),
      'rules.md',
      'client-metadata.md',
      'types.md',
    ]);
    expect(TRIGGERS).toHaveLength(15);
  });

  it.each(TRIGGERS.map((t) => [t.slug, t] as const))('%s: its page names every source, rule id, link and command', (slug, t) => {
    const page = rendered.get(triggerPagePath(slug))!;
    for (const s of t.sources) {
      expect(page).toContain(`\`${s.triggerSource}\``);
      expect(page).toContain(s.typesName);
      expect(page).toContain(`../../fixtures/${slug}/${s.triggerSource}.json`);
    }
    for (const r of ruleCatalog().filter((e) => e.slug === slug)) expect(page).toContain(`\`${r.id}\``);
    expect(page).toContain(`(${t.docs})`);
    expect(page).toContain(`npx cognito-trigger-kit schema ${slug}`);
    expect(page).toContain(t.schemaNames.event);
    expect(page).toContain('## Event fields');
    expect(page).toContain('## Differences from @types/aws-lambda');
  });

  it('every rule id appears on rules.md', () => {
    const rules = rendered.get('rules.md')!;
    for (const r of ruleCatalog()) expect(rules.includes(`\`${r.id}\``) || rules.includes(`\`<slug>/${r.what}\``), r.id).toBe(true);
  });

  it('the README paragraph links each slug to its page and its AWS page', () => {
    const text = renderReadmeTriggerLinks();
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(text);
    for (const t of TRIGGERS) {
      expect(text).toContain(`(docs/${triggerPagePath(t.slug)})`);
      expect(text).toContain(`(${t.docs})`);
    }
  });
});

describe('the README sections generated from the registry and the rule catalog', () => {
  it('are filled between their markers, and a stale section is noticed', async () => {
    const { fillReadme, renderReadmeSections } = await import('../../scripts/write-docs.js');
    const sections = renderReadmeSections();
    const text = 'intro\n<!-- BEGIN GENERATED: triggers -->\nold\n<!-- END GENERATED: triggers -->\n<!-- BEGIN GENERATED: rules -->\n<!-- END GENERATED: rules -->\nend\n';
    const filled = fillReadme(text, sections);
    expect(filled).toContain(sections.triggers);
    expect(filled).toContain(sections.rules);
    expect(filled).not.toContain('\nold\n');
    expect(fillReadme(filled, sections)).toBe(filled);
    expect(sections.rules).toContain('verify-auth-challenge-response/answer-not-boolean');
    for (const t of TRIGGERS) expect(sections.triggers).toContain(`docs/${triggerPagePath(t.slug)}`);
  });

  it('refuses a README whose markers were deleted', async () => {
    const { fillReadme } = await import('../../scripts/write-docs.js');
    expect(() => fillReadme('no markers here\n')).toThrow(/lacks the markers/);
  });

  it('match the committed README', async () => {
    const { fillReadme, README_PATH } = await import('../../scripts/write-docs.js');
    const readme = readFileSync(README_PATH, 'utf8');
    expect(fillReadme(readme) === readme, 'README.md generated sections are stale: run "npm run docs"').toBe(true);
  });
});

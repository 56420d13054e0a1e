/**
 * The realism warnings (REALISM_RULES) and the fuzz rules (FUZZ_RULES) in the generated docs:
 * rules.md lists every id of both tables with its text, and each trigger page lists exactly the
 * realism warnings whose scope covers the trigger. The trigger pages are read as committed (rendering
 * one samples events, which is slow); docs-fresh.test.ts holds them equal to the renderer's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../scripts/write-docs.js';
import { FUZZ_RULES, type FuzzRuleId } from '../../src/fuzz/rules.js';
import { renderRulesPage, triggerPagePath } from '../../src/docs/render.js';
import { cell } from '../../src/docs/markdown.js';
import { TRIGGERS } from '../../src/triggers/registry.js';
import { REALISM_RULES, realismRuleApplies, type RealismRuleId } from '../../src/validation/realism.js';

const REALISM_IDS = Object.keys(REALISM_RULES) as RealismRuleId[];
const FUZZ_IDS = Object.keys(FUZZ_RULES) as FuzzRuleId[];

/** The text of a `## heading` section, up to the next `## ` heading. */
function section(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThan(-1);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

/** The table row of an id (the line that starts with it as inline code). */
function row(text: string, id: string): string | undefined {
  return text.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
}

const rules = renderRulesPage();

describe('rules.md', () => {
  it('lists every realism warning with its summary, under "Realism warnings (`validate`)"', () => {
    const realism = section(rules, 'Realism warnings (`validate`)');
    for (const id of REALISM_IDS) {
      const line = row(realism, `realism/${id}`);
      expect(line, id).toBeDefined();
      expect(line).toContain(cell(REALISM_RULES[id].summary));
      expect(line).toContain(REALISM_RULES[id].triggers === 'all' ? 'every trigger' : '](triggers/');
    }
    expect(realism.split('\n').filter((l) => l.startsWith('| `realism/'))).toHaveLength(REALISM_IDS.length);
  });

  it('lists every fuzz rule with its run kinds and what Cognito does, under "Fuzz rules (`fuzz`, `fuzzTrigger`)"', () => {
    const fuzz = section(rules, 'Fuzz rules (`fuzz`, `fuzzTrigger`)');
    for (const id of FUZZ_IDS) {
      const line = row(fuzz, id);
      expect(line, id).toBeDefined();
      for (const kind of FUZZ_RULES[id].kinds) expect(line).toContain(`\`${kind}\``);
      expect(line).toContain(cell(FUZZ_RULES[id].summary));
      expect(line).toContain(cell(FUZZ_RULES[id].cognitoDoes));
    }
    expect(fuzz.split('\n').filter((l) => l.startsWith('| `fuzz/'))).toHaveLength(FUZZ_IDS.length);
  });

  it('links the migration-password source to the page of its trigger', () => {
    expect(row(rules, 'realism/migration-password')).toContain('[user-migration](triggers/user-migration.md) (`UserMigration_ForgotPassword` only)');
  });
});

describe('trigger pages', () => {
  it.each(TRIGGERS.map((t) => [t.slug, t] as const))('%s lists the realism warnings that apply to it, and only those', (_slug, t) => {
    const realism = section(readFileSync(join(DOCS_DIR, triggerPagePath(t.slug)), 'utf8'), 'Realism warnings');
    expect(realism).toContain('(../rules.md#realism-warnings-validate)');
    for (const id of REALISM_IDS) {
      const sources = t.sources.map((s) => s.triggerSource).filter((s) => realismRuleApplies(id, t.slug, s));
      const line = row(realism, `realism/${id}`);
      if (sources.length === 0) {
        expect(line, `${t.slug}: ${id}`).toBeUndefined();
        continue;
      }
      expect(line, `${t.slug}: ${id}`).toBeDefined();
      expect(line).toContain(sources.length === t.sources.length ? '| all |' : sources.map((s) => `\`${s}\``).join(', '));
    }
  });

  it('the section heading matches the anchor the pages link to', () => {
    // GitHub's anchor: lower case, punctuation other than hyphens dropped, spaces to hyphens.
    const anchor = 'Realism warnings (`validate`)'.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
    expect(anchor).toBe('realism-warnings-validate');
    expect(rules).toContain('\n## Realism warnings (`validate`)\n');
  });
});

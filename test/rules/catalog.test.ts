/** The rule catalog: stable, well-formed ids, and a table that shows every rule. */
import { describe, expect, it } from 'vitest';
import { renderRuleTable, ruleCatalog } from '../../src/rules/catalog.js';
import { TRIGGERS } from '../../src/triggers/registry.js';
import { allRules, rulesFor } from '../../src/triggers/rules.js';

const catalog = ruleCatalog();

describe('ruleCatalog', () => {
  it('gives every rule a unique <slug>/<kebab-case> id, a severity, a summary and what Cognito does', () => {
    expect(new Set(catalog.map((r) => r.id)).size).toBe(catalog.length);
    for (const r of catalog) {
      expect(r.id).toBe(`${r.slug}/${r.what}`);
      expect(r.what).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning']).toContain(r.severity);
      expect(r.summary).toMatch(/\.$|\)$/);
      expect(r.cognitoDoes).toMatch(/\.$|\)$/);
    }
  });

  it('binds the shared output rules to every synchronous trigger, and nothing to the custom senders', () => {
    for (const t of TRIGGERS) {
      const ids = rulesFor(t.slug).map((r) => r.id);
      if (t.synchronous) expect(ids.slice(0, 5)).toEqual(['output-not-json', 'output-not-event', 'output-changed-by-json', 'trigger-source-changed', 'event-changed'].map((w) => `${t.slug}/${w}`));
      else expect(ids).toEqual([]);
    }
    expect(allRules()).toHaveLength(catalog.length);
  });

  it('keeps the ids the issue asks for', () => {
    const ids = new Set(catalog.map((r) => r.id));
    for (const id of [
      'verify-auth-challenge-response/answer-not-boolean',
      'define-auth-challenge/conflicting-decision',
      'define-auth-challenge/mfa-challenge',
      'create-auth-challenge/answer-leaked',
      'pre-token-generation/non-overridable-claim',
      'pre-token-generation/v2-key-in-v1',
      'pre-token-generation-v2/aud-not-client-id',
      'pre-token-generation-v3/suppressed-and-added',
      'pre-token-generation-v2/all-groups-removed',
      'pre-token-generation/roles-removed',
      'pre-signup/flags-ignored',
      'user-migration/status-defaults-to-reset',
      'custom-message/missing-code-placeholder',
      'inbound-federation/attributes-dropped',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('renderRuleTable', () => {
  const table = renderRuleTable();

  it('has a header and one row per rule, a shared rule once', () => {
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toBe('| Rule id | Severity | Trigger | Checks | What Cognito does |');
    // A shared rule bound to one slug only (claim-not-string is V1-only) is drawn with its own id.
    const count = (what: string) => catalog.filter((r) => r.shared && r.what === what).length;
    const shared = new Set(catalog.filter((r) => r.shared && count(r.what) > 1).map((r) => r.what));
    const own = catalog.filter((r) => !r.shared || count(r.what) === 1);
    expect(lines.length - 2).toBe(shared.size + own.length);
    for (const r of own) expect(table).toContain(`| \`${r.id}\` | ${r.severity} | ${r.slug} |`);
    for (const what of shared) expect(table).toContain(`| \`<slug>/${what}\` |`);
    expect(table).toContain('| `<slug>/output-not-json` | error | every synchronous trigger |');
    expect(table).toContain('| `<slug>/all-groups-removed` | warning | pre-token-generation, pre-token-generation-v2, pre-token-generation-v3 |');
  });

  it('escapes a pipe inside a cell', () => {
    const [first] = catalog;
    const rendered = renderRuleTable([{ ...first!, shared: false, summary: 'a | b' }]);
    expect(rendered).toContain('a \\| b');
  });
});

/**
 * Every rule of the catalog, driven by the case table: each violating case draws exactly that
 * rule, with the catalog's severity, at the expected path, and nothing else; each passing case
 * draws no issue of that rule and no error.
 */
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { checkResponse } from '../../src/rules/check.js';
import { formatPath } from '../../src/shared/issues.js';
import { RULE_CASES } from './cases.js';
import { issuesOf } from './support.js';

const catalog = ruleCatalog();

describe('the case table', () => {
  it('has a violating and a passing case for every rule id of the catalog', () => {
    const missing = catalog.filter((r) => !RULE_CASES[r.id] || RULE_CASES[r.id]!.bad.length === 0 || RULE_CASES[r.id]!.good.length === 0).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('names no rule the catalog lacks', () => {
    const ids = new Set(catalog.map((r) => r.id));
    expect(Object.keys(RULE_CASES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe.each(catalog.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const cases = RULE_CASES[id] ?? { bad: [], good: [] };

  it.each(cases.bad.map((c) => [c.name, c] as const))('violated: %s', (_name, c) => {
    const result = checkResponse(c.event, c.output, c.options);
    const found = issuesOf(result, id);
    expect(found.map((i) => formatPath(i.path)), JSON.stringify(result.issues, null, 1)).toContain(formatPath(c.path));
    for (const issue of found) {
      expect(issue.severity).toBe(rule.severity);
      // Every message says what Cognito does about it.
      expect(issue.message).toMatch(/Cognito/);
    }
    expect(result.issues.filter((i) => i.rule !== id), 'only this rule fires').toEqual([]);
    expect(result.ok).toBe(rule.severity === 'warning');
    expect(checkResponse(c.event, c.output, { ...c.options, strict: true }).ok).toBe(false);
  });

  it.each(cases.good.map((c) => [c.name, c] as const))('kept: %s', (_name, c) => {
    const result = checkResponse(c.event, c.output, c.options);
    expect(issuesOf(result, id)).toEqual([]);
    expect(result.errors, JSON.stringify(result.errors, null, 1)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

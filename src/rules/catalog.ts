/**
 * The rule catalog: every response rule with its id, severity and what Cognito does. The README
 * table and the docs are rendered from it, so they cannot drift from what the checker runs.
 */
import type { Severity } from '../shared/issues.js';
import { TRIGGERS, type TriggerSlug } from '../triggers/registry.js';
import { allRules } from '../triggers/rules.js';

/** One row of the catalog. */
export interface RuleCatalogEntry {
  /** Stable id, `<slug>/<what>`. */
  readonly id: string;
  readonly slug: TriggerSlug;
  /** The `<what>` part of the id. */
  readonly what: string;
  readonly severity: Severity;
  /** What the rule checks. */
  readonly summary: string;
  /** What Cognito does when the rule is broken. */
  readonly cognitoDoes: string;
  /** True when the same rule is bound to several slugs. */
  readonly shared: boolean;
}

/**
 * Every response rule, in registry order (the shared output rules first within each slug).
 *
 * @example
 * ruleCatalog().find((r) => r.id === 'create-auth-challenge/answer-leaked')?.severity // 'error'
 */
export function ruleCatalog(): RuleCatalogEntry[] {
  return allRules().map((r) => ({
    id: r.id,
    slug: r.slug,
    what: r.what,
    severity: r.severity,
    summary: r.summary,
    cognitoDoes: r.cognitoDoes,
    shared: r.shared === true,
  }));
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Renders the catalog as a Markdown table: one row per rule id, except that a rule bound to
 * several slugs is drawn once as `<slug>/<what>` with the slugs it applies to.
 *
 * @example
 * writeFileSync('docs/rules-table.md', renderRuleTable());
 */
export function renderRuleTable(entries: readonly RuleCatalogEntry[] = ruleCatalog()): string {
  const order = new Map<string, number>(TRIGGERS.map((t, i) => [t.slug, i]));
  const groups = new Map<string, RuleCatalogEntry[]>();
  for (const e of entries) {
    const key = e.shared ? `*/${e.what}` : e.id;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const rows = [...groups.values()].map((list) => {
    const first = list[0]!;
    const slugs = list.map((e) => e.slug).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const id = list.length > 1 ? `\`<slug>/${first.what}\`` : `\`${first.id}\``;
    const where = list.length > 1 ? (slugs.length === allSynchronous().length && sameSet(slugs, allSynchronous()) ? 'every synchronous trigger' : slugs.join(', ')) : first.slug;
    return `| ${id} | ${first.severity} | ${where} | ${cell(first.summary)} | ${cell(first.cognitoDoes)} |`;
  });
  return ['| Rule id | Severity | Trigger | Checks | What Cognito does |', '| --- | --- | --- | --- | --- |', ...rows].join('\n') + '\n';
}

function allSynchronous(): string[] {
  return TRIGGERS.filter((t) => t.synchronous).map((t) => t.slug);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

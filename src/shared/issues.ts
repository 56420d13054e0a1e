/**
 * Problems are plain data, as in zod: one shape for schema issues, output-rule violations and
 * realism warnings, so one printer formats them all.
 */
export type PathSegment = string | number;

/** Severity of a contract issue: `error` breaks the contract, `warning` is suspicious or unrealistic. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in an event or a handler output.
 *
 * @example
 * { rule: 'schema/invalid_type', severity: 'error', path: ['response', 'answerCorrect'],
 *   message: 'expected a boolean, got the string "true"' }
 */
export interface ContractIssue {
  /** Stable id: `schema/<zod code>` for schema issues, `<slug>/<what>` for output rules, `realism/<what>` for realism warnings. */
  rule: string;
  severity: Severity;
  /** JSON path inside the event, e.g. `['response', 'answerCorrect']`. */
  path: PathSegment[];
  /** What is wrong, and what Cognito will do about it. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Formats a path the way a person reads JSON: `response.answerCorrect`, `request.session[0].challengeName`,
 * `request.userAttributes["custom:plan"]`. The empty path is `(root)`.
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Removes issues that say the same thing at the same path (the input and output schemas overlap on `response`). */
export function dedupeIssues(issues: readonly ContractIssue[]): ContractIssue[] {
  const seen = new Set<string>();
  const out: ContractIssue[] = [];
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${formatPath(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

/** One line per issue: `error response.answerCorrect: expected a boolean … [schema/invalid_type]`. */
export function formatIssue(issue: ContractIssue): string {
  return `${issue.severity} ${formatPath(issue.path)}: ${issue.message} [${issue.rule}]`;
}

/** Short description of a JSON value for messages: `the string "true"`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (the key is absent)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return `the string ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** Reads the value at `path` inside `root`, or `undefined` when any step is missing. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return cur;
}

/** Issues split by severity, errors first, with the verdict: no error (and, with `strict`, no warning). */
export interface IssueSummary {
  ok: boolean;
  issues: ContractIssue[];
  errors: ContractIssue[];
  warnings: ContractIssue[];
}

/**
 * Dedupes issues and splits them by severity, errors first.
 *
 * @example
 * summarizeIssues(issues, false).ok // true when no issue is an error
 */
export function summarizeIssues(all: readonly ContractIssue[], strict: boolean | undefined): IssueSummary {
  if (all.length === 0) return { ok: true, issues: [], errors: [], warnings: [] };
  const issues = dedupeIssues(all);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return { ok: errors.length === 0 && (!strict || warnings.length === 0), issues: [...errors, ...warnings], errors, warnings };
}

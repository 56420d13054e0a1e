/**
 * Turns zod issues into {@link ContractIssue}s with messages a person understands: what was
 * expected, what was there, and (for unknown keys) the key it probably meant.
 */
import type { z } from 'zod';
import { describeValue, valueAt, type ContractIssue, type PathSegment } from '../shared/issues.js';
import { editDistance } from '../triggers/registry.js';

type ZodIssue = z.core.$ZodIssue;

const DEFAULT_PREFIX = 'Invalid input';

/** Converts the issues of one `safeParse` of `value`; `base` is prefixed to every path. */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  value: unknown,
  base: readonly PathSegment[] = [],
  options: { knownKeys?: (path: readonly PathSegment[]) => readonly string[]; hints?: Record<string, string> } = {},
): ContractIssue[] {
  const out: ContractIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = options.knownKeys?.(path) ?? [];
      for (const key of issue.keys) {
        const hint = options.hints?.[key];
        const near = hint ? undefined : closest(key, known);
        out.push({
          rule: 'schema/unrecognized_key',
          severity: 'error',
          path: [...base, ...path, key],
          message:
            `unknown key ${JSON.stringify(key)}: ${known.length ? `Cognito reads only ${known.join(', ')} here` : 'Cognito reads no key here'} and silently ignores it` +
            (hint ? ` (${hint})` : near ? ` (did you mean ${JSON.stringify(near)}?)` : ''),
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      // Report the branch that got furthest, rather than "matches no branch".
      const branches = (issue as { errors?: ZodIssue[][] }).errors ?? [];
      const best = branches.slice().sort((a, b) => depth(b) - depth(a))[0];
      if (best && best.length > 0 && depth(best) > 0) {
        out.push(
          ...fromZodIssues(
            best.map((i) => ({ ...i, path: [...path, ...i.path] })),
            value,
            base,
            options,
          ),
        );
        continue;
      }
    }
    const actual = valueAt(value, path);
    out.push({
      rule: `schema/${issue.code}`,
      severity: 'error',
      path: [...base, ...path],
      message: humanMessage(issue, actual),
    });
  }
  return out;
}

/**
 * A schema's own message says what Cognito expects ("a group name is a string"); when it does not
 * already say what the event held, the value found is appended, so every type error reads
 * "expected …, got …".
 */
function withActual(issue: ZodIssue, actual: unknown): string {
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_format' && issue.code !== 'invalid_union') return issue.message;
  const found = describeValue(actual);
  if (issue.message.includes(found) || issue.message.includes('got ')) return issue.message;
  return actual === undefined ? `${issue.message} (the key is absent)` : `${issue.message} (got ${found})`;
}

function depth(issues: readonly ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function humanMessage(issue: ZodIssue, actual: unknown): string {
  const custom = !issue.message.startsWith(DEFAULT_PREFIX) && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized');
  if (custom) return withActual(issue, actual);
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return `missing: ${article(issue.expected)} is required here`;
      return `expected ${article(issue.expected)}, got ${describeValue(actual)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(actual)}`;
    case 'too_big':
      return `too long: at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`;
    case 'too_small':
      return `too short: at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'}`;
    case 'invalid_format':
      return `${describeValue(actual)} does not have the expected format (${issue.format})`;
    case 'invalid_union':
      return `${describeValue(actual)} matches none of the allowed forms`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  switch (expected) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'never':
      return 'nothing (the key must be absent)';
    case 'record':
      return 'an object';
    default:
      return `a ${expected}`;
  }
}

function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  return best !== undefined && bestDist <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

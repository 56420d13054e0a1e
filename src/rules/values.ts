/**
 * Rule factories for the value types Cognito insists on in a response: JSON booleans and maps of
 * strings. The strict output schemas already reject wrong types; these rules restate the failure
 * with a stable rule id and what Cognito does, and replace the schema issue at the same path.
 */
import { describeValue } from '../shared/issues.js';
import { hasKey, isObj } from './json.js';
import type { RuleContext, RuleFinding, RuleSpec } from './types.js';

/** How a boolean field may be left unset. */
export type Unset = 'absent' | 'absent-or-null';

interface BooleanFlagsOptions {
  what: string;
  fields: readonly string[];
  /** What Cognito pre-fills and accepts back: pre sign-up sends `false` (null is not a boolean there), others `null`. */
  unset: Unset;
  cognitoDoes: string;
  summary?: string;
}

/**
 * `response.<field>` must be a JSON boolean (a string "true" is not). Unset values are allowed as
 * `unset` says.
 *
 * @example
 * booleanFlagsRule({ what: 'flag-not-boolean', fields: ['autoConfirmUser'], unset: 'absent', cognitoDoes: '…' })
 */
export function booleanFlagsRule(o: BooleanFlagsOptions): RuleSpec {
  return {
    what: o.what,
    severity: 'error',
    summary: o.summary ?? `${o.fields.join(', ')} must be JSON booleans.`,
    cognitoDoes: o.cognitoDoes,
    replacesSchema: ['schema/invalid_type'],
    check(ctx) {
      const findings: RuleFinding[] = [];
      for (const field of o.fields) {
        if (!hasKey(ctx.response, field)) continue;
        const value = ctx.response?.[field];
        if (typeof value === 'boolean' || (value === null && o.unset === 'absent-or-null')) continue;
        findings.push({
          path: ['response', field],
          message: `${field} is ${describeValue(value)}, not a JSON boolean${typeof value === 'string' ? ` (write ${value.trim().toLowerCase() === 'true' ? 'true' : 'false'} without quotes)` : ''}: ${consequence(o.cognitoDoes)}`,
        });
      }
      return findings;
    },
  };
}

interface StringMapsOptions {
  what: string;
  /** Response fields holding a map of strings. */
  fields: readonly string[];
  cognitoDoes: string;
  summary?: string;
  appliesTo?(ctx: RuleContext): boolean;
}

/**
 * `response.<field>` must be a map of string to string (null or absent allowed; the "required"
 * rules are separate).
 *
 * @example
 * stringMapsRule({ what: 'attribute-not-string', fields: ['userAttributes'], cognitoDoes: '…' })
 */
export function stringMapsRule(o: StringMapsOptions): RuleSpec {
  return {
    what: o.what,
    severity: 'error',
    summary: o.summary ?? `${o.fields.join(' and ')} must map strings to strings.`,
    cognitoDoes: o.cognitoDoes,
    replacesSchema: ['schema/invalid_type'],
    ...(o.appliesTo ? { appliesTo: o.appliesTo } : {}),
    check(ctx) {
      const findings: RuleFinding[] = [];
      for (const field of o.fields) {
        const map = ctx.response?.[field];
        if (map === undefined || map === null) continue;
        if (!isObj(map)) {
          findings.push({ path: ['response', field], message: `${field} is ${describeValue(map)}, not a map of strings: ${consequence(o.cognitoDoes)}` });
          continue;
        }
        for (const [key, value] of Object.entries(map)) {
          if (typeof value === 'string') continue;
          findings.push({
            path: ['response', field, key],
            message: `${field}.${key} is ${describeValue(value)}; only strings are allowed (numbers and booleans too must be strings, e.g. "42", "true"): ${consequence(o.cognitoDoes)}`,
          });
        }
      }
      return findings;
    },
  };
}

/**
 * Turns a catalog sentence ("Answers X.") into a clause for a message ("Cognito answers X").
 *
 * @example
 * consequence('Answers X.') // 'Cognito answers X'
 */
export function consequence(cognitoDoes: string): string {
  const clause = cognitoDoes.replace(/\.$/, '');
  return `Cognito ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
}

/**
 * The non-empty string at `request.userAttributes[name]` or in a map, if any.
 *
 * @example
 * nonEmptyString({ email: ' ' }, 'email') // undefined
 */
export function nonEmptyString(map: unknown, key: string): string | undefined {
  const v = isObj(map) ? map[key] : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

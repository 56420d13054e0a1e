/**
 * Validation of whole events: the request side against the trigger's input contract, the response
 * side against its output contract, and realism warnings.
 */
import type { z } from 'zod';
import { CognitoContractError, KitUsageError } from '../shared/errors.js';
import { summarizeIssues, type ContractIssue } from '../shared/issues.js';
import {
  closestTarget,
  isTriggerSource,
  resolveTarget,
  type TokenVersion,
  type TriggerDefinition,
  type TriggerSlug,
  type TriggerSource,
  type TriggerTarget,
} from '../triggers/registry.js';
import { schemaIssues } from './compiled.js';
import { realismWarnings } from './realism.js';
import { keysAt } from './shape.js';
import { fromZodIssues } from './zod-issues.js';
import { isUnanswered } from './prefill.js';

export interface ValidateOptions {
  /** Validate against this slug or triggerSource instead of the event's own `triggerSource`. */
  target?: TriggerTarget | undefined;
  /** For a TokenGeneration_* target: the event version (1, 2 or 3). */
  version?: TokenVersion | undefined;
  /** Treat realism warnings as failures. */
  strict?: boolean | undefined;
  /** Compute realism warnings (default true). */
  realism?: boolean | undefined;
}

export interface ValidationResult {
  /** No error (and, with `strict`, no warning). */
  ok: boolean;
  /** The trigger slug the event was checked against, when one could be chosen. */
  trigger: TriggerSlug | undefined;
  triggerSource: TriggerSource | undefined;
  /** True when the response holds only Cognito's pre-filled defaults. */
  unanswered: boolean;
  /** Every issue, errors first. */
  issues: ContractIssue[];
  errors: ContractIssue[];
  warnings: ContractIssue[];
}

/** Hints for keys that belong to another version of the pre token contract. */
const RESPONSE_KEY_HINTS: Partial<Record<TriggerSlug, Record<string, string>>> = {
  'pre-token-generation': {
    claimsAndScopeOverrideDetails: 'that is the V2/V3 response; a V1_0 trigger must return claimsOverrideDetails',
  },
  'pre-token-generation-v2': {
    claimsOverrideDetails: 'that is the V1 response; a V2_0 trigger must return claimsAndScopeOverrideDetails',
  },
  'pre-token-generation-v3': {
    claimsOverrideDetails: 'that is the V1 response; a V3_0 trigger must return claimsAndScopeOverrideDetails',
  },
};

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Picks the trigger contract for an event: from `options.target`, else from its triggerSource and version. */
export function triggerForEvent(
  event: unknown,
  options: Pick<ValidateOptions, 'target' | 'version'> = {},
): { trigger: TriggerDefinition; triggerSource: TriggerSource | undefined } | ContractIssue {
  if (options.target !== undefined) {
    return resolveTarget(options.target, { version: options.version });
  }
  if (!isObj(event)) {
    return { rule: 'schema/invalid_type', severity: 'error', path: [], message: 'an event must be a JSON object' };
  }
  const source = event.triggerSource;
  if (!isTriggerSource(source)) {
    const near = typeof source === 'string' ? closestTarget(source) : undefined;
    return {
      rule: 'schema/unknown_trigger_source',
      severity: 'error',
      path: ['triggerSource'],
      message:
        source === undefined
          ? 'triggerSource is missing: every Cognito event names its triggerSource'
          : `${JSON.stringify(source)} is not one of the 41 Cognito triggerSources` + (near ? ` (did you mean ${near}?)` : ''),
    };
  }
  let version: TokenVersion | undefined = options.version;
  if (version === undefined && source.startsWith('TokenGeneration_')) {
    version = event.version === '2' ? 2 : event.version === '3' ? 3 : undefined;
  }
  return resolveTarget(source, { version });
}

/**
 * Checks one event: the request against the trigger's input schema (tolerant, as Cognito is), the
 * response against its output schema (strict), and realism. Never throws for a bad event; throws a
 * {@link KitUsageError} only for a bad `options.target`.
 *
 * @example
 * const result = validateEvent(JSON.parse(body));
 * if (!result.ok) console.log(result.errors.map(formatIssue).join('\n'));
 */
export function validateEvent(event: unknown, options: ValidateOptions = {}): ValidationResult {
  const picked = triggerForEvent(event, options);
  if ('rule' in picked) return result([picked], undefined, undefined, false, options.strict);
  const { trigger } = picked;
  if (!isObj(event)) {
    return result(
      [{ rule: 'schema/invalid_type', severity: 'error', path: [], message: 'an event must be a JSON object' }],
      trigger.slug as TriggerSlug,
      picked.triggerSource,
      false,
      options.strict,
    );
  }
  const issues: ContractIssue[] = [];
  const eventIssues = schemaIssues(trigger.eventSchema, event);
  if (eventIssues !== undefined) issues.push(...fromZodIssues(eventIssues, event));
  if (picked.triggerSource !== undefined && event.triggerSource !== picked.triggerSource && isTriggerSource(event.triggerSource)) {
    issues.push({
      rule: 'schema/trigger_source_mismatch',
      severity: 'error',
      path: ['triggerSource'],
      message: `expected ${picked.triggerSource}, got ${JSON.stringify(event.triggerSource)}`,
    });
  }
  issues.push(...responseIssues(trigger, event.response));
  const unanswered = isUnanswered(trigger.slug as TriggerSlug, event.response);
  if (options.realism !== false && !issues.some((i) => i.severity === 'error')) {
    issues.push(...realismWarnings(trigger, event));
  }
  const source = isTriggerSource(event.triggerSource) ? event.triggerSource : picked.triggerSource;
  return result(issues, trigger.slug as TriggerSlug, source, unanswered, options.strict);
}

/**
 * Checks a handler's `response` against the trigger's strict output schema; paths start at
 * `response`. Custom senders accept anything (their result is ignored).
 */
export function responseIssues(trigger: TriggerDefinition, response: unknown): ContractIssue[] {
  if (!trigger.synchronous || !isObj(response)) return [];
  const found = schemaIssues(trigger.responseSchema as z.ZodType, response);
  if (found === undefined) return [];
  return fromZodIssues(found, response, ['response'], {
    knownKeys: (path) => keysAt(trigger.responseSchema, path),
    hints: RESPONSE_KEY_HINTS[trigger.slug as TriggerSlug],
  });
}

/**
 * Parses an event, returning it typed, or throws a {@link CognitoContractError} listing every
 * problem with its path. Realism warnings do not throw unless `strict`.
 */
export function parseEvent<T = Record<string, unknown>>(event: unknown, options: ValidateOptions = {}): T {
  const r = validateEvent(event, options);
  if (!r.ok) {
    const header = `Invalid Cognito event${r.triggerSource ? ` (${r.trigger} / ${r.triggerSource})` : r.trigger ? ` (${r.trigger})` : ''}:`;
    throw new CognitoContractError(header, options.strict ? r.issues : r.errors, { caller: parseEvent });
  }
  return event as T;
}

function result(
  all: ContractIssue[],
  trigger: TriggerSlug | undefined,
  triggerSource: TriggerSource | undefined,
  unanswered: boolean,
  strict: boolean | undefined,
): ValidationResult {
  // Named fields, not a spread of the summary: V8 copies a spread object on a slow path here,
  // which cost more than the whole validation of a valid event (5 µs against 6).
  const { ok, issues, errors, warnings } = summarizeIssues(all, strict);
  return { ok, issues, errors, warnings, trigger, triggerSource, unanswered };
}

export { KitUsageError };

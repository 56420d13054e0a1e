/**
 * What the generators send, read back from their output: for each field of an event, which forms
 * occur per triggerSource (absent, `null`, empty, a value), and for each response rule, which
 * response fields its issues land on. Both are sampled with a fixed seed, so the docs drawn from
 * them are the same on every machine and change only when the generators or the rules do.
 */
import fc from 'fast-check';
import { checkResponse } from '../rules/check.js';
import type { CheckOptions } from '../rules/types.js';
import { eventArb } from '../triggers/arbitraries.js';
import { invalidResponseArb } from '../triggers/output-arbitraries.js';
import type { TokenVersion, TriggerDefinition, TriggerSource } from '../triggers/registry.js';
import { ANY_INDEX, ANY_KEY, pathUnder, type FieldRow } from './fields.js';

/** How a field appears in one event. `empty` is `{}`, `[]` or `""`. */
export type FieldForm = 'absent' | 'null' | 'empty' | 'value';

/** Every form, in the order the docs print them. */
export const FIELD_FORMS: readonly FieldForm[] = ['absent', 'null', 'empty', 'value'];

/** A fixed seed and how many values to draw. */
export interface Sampling {
  readonly seed: number;
  readonly runs: number;
}

/** How the docs sample events per source (field presence). */
export const DOCS_SAMPLING: Sampling = { seed: 42, runs: 300 };

/**
 * How the docs sample invalid outputs per source (rule → field). Fewer runs than events, as the
 * breaking outputs are slower to draw; when this was set, 80 runs per source already found the
 * same rule → field map as 300.
 */
export const DOCS_RULE_SAMPLING: Sampling = { seed: 42, runs: 100 };

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function classify(value: unknown): FieldForm {
  if (value === undefined) return 'absent';
  if (value === null) return 'null';
  if (value === '' || (Array.isArray(value) && value.length === 0) || (isObj(value) && Object.keys(value).length === 0)) return 'empty';
  return 'value';
}

function collect(node: unknown, path: readonly string[], i: number, forms: Set<FieldForm>): void {
  if (i === path.length) {
    forms.add(classify(node));
    return;
  }
  const seg = path[i]!;
  if (seg === ANY_INDEX) {
    if (Array.isArray(node)) for (const element of node) collect(element, path, i + 1, forms);
    return;
  }
  if (!isObj(node)) return;
  if (seg === ANY_KEY) {
    for (const value of Object.values(node)) collect(value, path, i + 1, forms);
    return;
  }
  // A key whose parent is missing is not observed: the parent's own row says it is absent.
  if (!(seg in node)) {
    if (i === path.length - 1) forms.add('absent');
    return;
  }
  collect(node[seg], path, i + 1, forms);
}

/**
 * The forms a field takes in one event (empty when the field's parent is not there).
 *
 * @example
 * formsAt({ request: { validationData: null } }, ['request', 'validationData']) // Set { 'null' }
 * formsAt({ request: {} }, ['request', 'clientMetadata']) // Set { 'absent' }
 */
export function formsAt(event: unknown, path: readonly string[]): Set<FieldForm> {
  const forms = new Set<FieldForm>();
  collect(event, path, 0, forms);
  return forms;
}

/** Field path (joined with `.`) → forms seen, in {@link FIELD_FORMS} order. */
export type PresenceMap = ReadonlyMap<string, readonly FieldForm[]>;

/**
 * The forms each field takes across `events`.
 *
 * @example
 * observePresence([{ a: 1 }, {}], [{ path: ['a'], … }]).get('a') // ['absent', 'value']
 */
export function observePresence(events: readonly unknown[], fields: readonly Pick<FieldRow, 'path'>[]): PresenceMap {
  const out = new Map<string, FieldForm[]>();
  for (const field of fields) {
    const seen = new Set<FieldForm>();
    for (const event of events) for (const form of formsAt(event, field.path)) seen.add(form);
    out.set(field.path.join('.'), FIELD_FORMS.filter((f) => seen.has(f)));
  }
  return out;
}

/** The event version to generate a source of a trigger with (pre token sources need theirs). */
function versionOf(trigger: TriggerDefinition): TokenVersion | undefined {
  return trigger.triggerName === 'PreTokenGeneration' ? (Number(trigger.version) as TokenVersion) : undefined;
}

/**
 * Realistic events of one source of a trigger, from `eventArb` with the docs' fixed seed.
 *
 * @example
 * sampleEvents(getTrigger('pre-signup'), 'PreSignUp_SignUp').length // 300
 */
export function sampleEvents(trigger: TriggerDefinition, source: string, sampling: Sampling = DOCS_SAMPLING): unknown[] {
  const arb = eventArb(source as TriggerSource, { profile: 'realistic', version: versionOf(trigger) }) as fc.Arbitrary<unknown>;
  return fc.sample(arb, { seed: sampling.seed, numRuns: sampling.runs });
}

/**
 * Per source of `trigger`, the forms each of `fields` takes in the sampled realistic events.
 *
 * @example
 * samplePresence(getTrigger('pre-signup'), fields).get('PreSignUp_SignUp')?.get('request.validationData') // ['null', 'value']
 */
export function samplePresence(
  trigger: TriggerDefinition,
  fields: readonly Pick<FieldRow, 'path'>[],
  sampling: Sampling = DOCS_SAMPLING,
): ReadonlyMap<string, PresenceMap> {
  return new Map(trigger.sources.map((s) => [s.triggerSource, observePresence(sampleEvents(trigger, s.triggerSource, sampling), fields)]));
}

/**
 * The most specific field a concrete path falls under: the longest pattern, and among equally
 * long ones the one with fewest wildcards (a declared key beats the catch-all `*`).
 *
 * @example
 * fieldOfPath(['response', 'answerCorrect'], fields)?.path // ['response', 'answerCorrect']
 */
export function fieldOfPath<F extends Pick<FieldRow, 'path'>>(path: readonly (string | number)[], fields: readonly F[]): F | undefined {
  const wild = (f: F) => f.path.filter((s) => s === ANY_KEY || s === ANY_INDEX).length;
  let best: F | undefined;
  for (const f of fields) {
    if (!pathUnder(path, f.path)) continue;
    if (best === undefined || f.path.length > best.path.length || (f.path.length === best.path.length && wild(f) < wild(best))) best = f;
  }
  return best;
}

/**
 * For each rule of a synchronous trigger, the fields its issues land on, found by breaking each
 * rule with `invalidResponseArb` on realistic events of every source (fixed seed) and reading the
 * paths `checkResponse` reports. Rule id → field paths (joined with `.`), in `fields` order.
 * Rules that no generated output breaks, or whose issues land outside `fields`, are absent.
 *
 * @example
 * ruleFields(getTrigger('verify-auth-challenge-response'), fields).get('verify-auth-challenge-response/answer-not-boolean')
 * // ['response.answerCorrect']
 */
export function ruleFields(
  trigger: TriggerDefinition,
  fields: readonly Pick<FieldRow, 'path'>[],
  sampling: Sampling = DOCS_RULE_SAMPLING,
): ReadonlyMap<string, readonly string[]> {
  const hits = new Map<string, Set<string>>();
  if (!trigger.synchronous) return new Map();
  for (const { triggerSource } of trigger.sources) {
    const arb = invalidResponseArb(triggerSource as TriggerSource, { event: { profile: 'realistic', version: versionOf(trigger) } });
    for (const sample of fc.sample(arb as fc.Arbitrary<{ event: unknown; output: unknown; rule: string; options: CheckOptions }>, {
      seed: sampling.seed,
      numRuns: sampling.runs,
    })) {
      for (const issue of checkResponse(sample.event, sample.output, sample.options).issues) {
        if (issue.rule !== sample.rule) continue;
        const field = fieldOfPath(issue.path, fields);
        if (field === undefined) continue;
        const set = hits.get(issue.rule) ?? new Set<string>();
        set.add(field.path.join('.'));
        hits.set(issue.rule, set);
      }
    }
  }
  const order = fields.map((f) => f.path.join('.'));
  return new Map([...hits].map(([rule, set]) => [rule, order.filter((p) => set.has(p))]));
}

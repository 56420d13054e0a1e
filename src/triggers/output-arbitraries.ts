/**
 * Output arbitraries: handler outputs for a given event, valid (no error under `checkResponse`)
 * or breaking exactly one rule (with its id). They prove the checker has no false alarms and no
 * blind spots, and give handler tests and fuzzers realistic good and bad answers.
 *
 * Loads fast-check.
 */
import fc from 'fast-check';
import { OUTPUT_CASES, withResponse, type InvalidResponseCase, type OutputGenContext, type ResponseGenerators } from '../rules/arbitrary.js';
import { isObj, jsonCopy } from '../rules/json.js';
import type { CheckOptions, EmailSendingAccount } from '../rules/types.js';
import { KitUsageError } from '../shared/errors.js';
import { formatPath, type Severity } from '../shared/issues.js';
import { triggerForEvent } from '../validation/validate.js';
import type { EventConstraints } from '../shared/gen/constraints.js';
import type { EventFor } from '../types.js';
import { eventArb } from './arbitraries.js';
import { CREATE_AUTH_CHALLENGE_OUTPUTS } from './create-auth-challenge/output-arbitrary.js';
import { CUSTOM_EMAIL_SENDER_OUTPUTS } from './custom-email-sender/output-arbitrary.js';
import { CUSTOM_MESSAGE_OUTPUTS } from './custom-message/output-arbitrary.js';
import { CUSTOM_SMS_SENDER_OUTPUTS } from './custom-sms-sender/output-arbitrary.js';
import { DEFINE_AUTH_CHALLENGE_OUTPUTS } from './define-auth-challenge/output-arbitrary.js';
import { INBOUND_FEDERATION_OUTPUTS } from './inbound-federation/output-arbitrary.js';
import { POST_AUTHENTICATION_OUTPUTS } from './post-authentication/output-arbitrary.js';
import { POST_CONFIRMATION_OUTPUTS } from './post-confirmation/output-arbitrary.js';
import { PRE_AUTHENTICATION_OUTPUTS } from './pre-authentication/output-arbitrary.js';
import { PRE_SIGNUP_OUTPUTS } from './pre-signup/output-arbitrary.js';
import { PRE_TOKEN_GENERATION_OUTPUTS } from './pre-token-generation/output-arbitrary.js';
import { PRE_TOKEN_GENERATION_V2_OUTPUTS } from './pre-token-generation-v2/output-arbitrary.js';
import { PRE_TOKEN_GENERATION_V3_OUTPUTS } from './pre-token-generation-v3/output-arbitrary.js';
import { resolveTarget, type TokenVersion, type TriggerDefinition, type TriggerSlug, type TriggerTarget } from './registry.js';
import { rulesFor } from './rules.js';
import { USER_MIGRATION_OUTPUTS } from './user-migration/output-arbitrary.js';
import { VERIFY_AUTH_CHALLENGE_RESPONSE_OUTPUTS } from './verify-auth-challenge-response/output-arbitrary.js';

/**
 * Each slug's output generators.
 *
 * @example
 * OUTPUT_GENERATORS['pre-signup'].invalid.map((c) => c.what)
 */
export const OUTPUT_GENERATORS: Readonly<Record<TriggerSlug, ResponseGenerators>> = {
  'pre-signup': PRE_SIGNUP_OUTPUTS,
  'post-confirmation': POST_CONFIRMATION_OUTPUTS,
  'pre-authentication': PRE_AUTHENTICATION_OUTPUTS,
  'post-authentication': POST_AUTHENTICATION_OUTPUTS,
  'define-auth-challenge': DEFINE_AUTH_CHALLENGE_OUTPUTS,
  'create-auth-challenge': CREATE_AUTH_CHALLENGE_OUTPUTS,
  'verify-auth-challenge-response': VERIFY_AUTH_CHALLENGE_RESPONSE_OUTPUTS,
  'pre-token-generation': PRE_TOKEN_GENERATION_OUTPUTS,
  'pre-token-generation-v2': PRE_TOKEN_GENERATION_V2_OUTPUTS,
  'pre-token-generation-v3': PRE_TOKEN_GENERATION_V3_OUTPUTS,
  'user-migration': USER_MIGRATION_OUTPUTS,
  'custom-message': CUSTOM_MESSAGE_OUTPUTS,
  'custom-email-sender': CUSTOM_EMAIL_SENDER_OUTPUTS,
  'custom-sms-sender': CUSTOM_SMS_SENDER_OUTPUTS,
  'inbound-federation': INBOUND_FEDERATION_OUTPUTS,
};

/** Constraints shared by the output arbitraries. */
export interface OutputConstraints {
  /** The pool's email account the outputs are judged with (custom message email fields). */
  emailSendingAccount?: EmailSendingAccount | undefined;
  /** Judge the event as this slug or triggerSource instead of its own triggerSource. */
  target?: TriggerTarget | undefined;
  /** Pre token event version, with a TokenGeneration_* target. */
  version?: TokenVersion | undefined;
}

/** Constraints of {@link validOutputArb}. */
export interface ValidOutputConstraints extends OutputConstraints {
  /** Also produce outputs that draw warnings only (default true): still valid, but suspicious. */
  withWarnings?: boolean | undefined;
}

/** Constraints of {@link invalidOutputArb}. */
export interface InvalidOutputConstraints extends OutputConstraints {
  /** Only these rule ids (`<slug>/<what>`). */
  rules?: readonly string[] | undefined;
  /** Only rules of this severity. */
  severity?: Severity | undefined;
}

/** An output that breaks exactly one rule. */
export interface InvalidOutput {
  /** What the handler returned. */
  output: unknown;
  /** The id of the rule it breaks, e.g. `create-auth-challenge/answer-leaked`. */
  rule: string;
  severity: Severity;
  /** The check options under which it breaks that rule (pass them to `checkResponse`). */
  options: CheckOptions;
}

interface Resolved {
  trigger: TriggerDefinition;
  g: OutputGenContext;
  generators: ResponseGenerators;
}

function resolve(event: unknown, c: OutputConstraints): Resolved {
  const picked = triggerForEvent(event, { target: c.target, version: c.version });
  if ('rule' in picked) {
    throw new KitUsageError(`the output arbitraries need an event that names its trigger (${formatPath(picked.path)}: ${picked.message}); pass constraints.target`, 'event', picked.rule);
  }
  const json = jsonCopy(event);
  if (!isObj(json)) throw new KitUsageError('the event must be a JSON object', 'event', 'invalid-event');
  const slug = picked.trigger.slug as TriggerSlug;
  const options: CheckOptions = c.emailSendingAccount === undefined ? {} : { emailSendingAccount: c.emailSendingAccount };
  const g: OutputGenContext = {
    event: json,
    request: isObj(json.request) ? json.request : {},
    triggerSource: typeof json.triggerSource === 'string' ? json.triggerSource : '',
    slug,
    options,
  };
  return { trigger: picked.trigger, g, generators: OUTPUT_GENERATORS[slug] };
}

function severityOf(slug: TriggerSlug, what: string): Severity {
  const rule = rulesFor(slug).find((r) => r.what === what);
  if (!rule) throw new KitUsageError(`no rule ${slug}/${what}: an output case names a rule the checker does not have`, 'rule', 'unknown-rule');
  return rule.severity;
}

interface Case {
  rule: string;
  severity: Severity;
  options: CheckOptions;
  arb: () => fc.Arbitrary<unknown>;
}

function casesFor(r: Resolved): Case[] {
  const { g, generators, trigger } = r;
  const slug = g.slug;
  if (!trigger.synchronous) return [];
  const clean = generators.clean(g);
  const responseCases = generators.invalid
    .filter((k: InvalidResponseCase) => !k.applies || k.applies({ ...g, options: { ...g.options, ...k.options } }))
    .map((k) => {
      const gk = { ...g, options: { ...g.options, ...k.options } };
      return { rule: `${slug}/${k.what}`, severity: severityOf(slug, k.what), options: gk.options, arb: () => k.response(gk).map((resp) => withResponse(g.event, resp) as unknown) };
    });
  const outputCases = OUTPUT_CASES.map((k) => ({ rule: `${slug}/${k.what}`, severity: severityOf(slug, k.what), options: g.options, arb: () => k.output(g, clean) }));
  return [...outputCases, ...responseCases];
}

/**
 * Handler outputs for `event` that `checkResponse` accepts: the event with a `response` that draws
 * no error (and, with `withWarnings: false`, no warning). For a custom sender, whose result
 * Cognito ignores, the event itself.
 *
 * @example
 * fc.assert(fc.property(validOutputArb(event), (output) => {
 *   expect(checkResponse(event, output).errors).toEqual([]);
 * }));
 */
export function validOutputArb<E extends object>(event: E, constraints: ValidOutputConstraints = {}): fc.Arbitrary<E> {
  const r = resolve(event, constraints);
  if (!r.trigger.synchronous) return fc.constant(event);
  const clean = r.generators.clean(r.g).map((resp) => withResponse(r.g.event, resp) as unknown as E);
  if (constraints.withWarnings === false) return clean;
  // Warning-only outputs of the trigger's own rules (not the odd JSON shapes of the shared rules).
  const warned = casesFor(r).filter((k) => k.severity === 'warning' && !k.rule.endsWith('/output-changed-by-json') && !k.rule.endsWith('/event-changed'));
  if (warned.length === 0) return clean;
  return fc.oneof({ arbitrary: clean, weight: 3 }, ...warned.map((k) => ({ arbitrary: k.arb() as fc.Arbitrary<E>, weight: 1 })));
}

/**
 * The rule ids {@link invalidOutputArb} can break for `event` (some rules need a particular event,
 * e.g. `custom-message/missing-username-placeholder` only on AdminCreateUser).
 *
 * @example
 * invalidOutputRules(buildEvent('PreSignUp_AdminCreateUser')) // [..., 'pre-signup/flags-ignored']
 */
export function invalidOutputRules(event: unknown, constraints: InvalidOutputConstraints = {}): string[] {
  return select(resolve(event, constraints), constraints).map((k) => k.rule);
}

function select(r: Resolved, c: InvalidOutputConstraints): Case[] {
  return casesFor(r).filter((k) => (c.rules === undefined || c.rules.includes(k.rule)) && (c.severity === undefined || c.severity === k.severity));
}

/**
 * Handler outputs for `event` that break exactly one rule, each with the rule's id, severity and
 * the check options under which it fires. Throws a `KitUsageError` when no rule can be broken for
 * this event under the constraints (custom senders have none: Cognito ignores their result).
 *
 * @example
 * fc.assert(fc.property(invalidOutputArb(event), ({ output, rule, options }) => {
 *   expect(checkResponse(event, output, options).issues.map((i) => i.rule)).toContain(rule);
 * }));
 */
export function invalidOutputArb(event: unknown, constraints: InvalidOutputConstraints = {}): fc.Arbitrary<InvalidOutput> {
  const r = resolve(event, constraints);
  const cases = select(r, constraints);
  if (cases.length === 0) {
    throw new KitUsageError(
      r.trigger.synchronous
        ? `no rule of ${r.g.slug} can be broken for this event under these constraints`
        : `${r.g.slug} has no output rule: Cognito invokes it asynchronously and ignores its result`,
      'constraints.rules',
      'no-invalid-output',
    );
  }
  return fc.oneof(...cases.map((k) => k.arb().map((output): InvalidOutput => ({ output, rule: k.rule, severity: k.severity, options: k.options }))));
}


/** Constraints of {@link validResponseArb}: the event's, and the output's. */
export interface ValidResponseConstraints extends Omit<ValidOutputConstraints, 'target' | 'version'> {
  /** Passed to `eventArb` (profile, triggerSource, version, sizes, …). */
  event?: EventConstraints | undefined;
}

/** Constraints of {@link invalidResponseArb}. */
export interface InvalidResponseConstraints extends Omit<InvalidOutputConstraints, 'target' | 'version'> {
  /** Passed to `eventArb`. */
  event?: EventConstraints | undefined;
}

/** A generated event and a handler output for it. */
export interface EventAndOutput<E> {
  event: E;
  output: E;
}

/** A generated event and an output that breaks exactly one rule. */
export interface EventAndInvalidOutput<E> extends InvalidOutput {
  event: E;
}

function slugTarget(target: TriggerTarget, c: { event?: EventConstraints | undefined }): TriggerSlug {
  return resolveTarget(target, { version: c.event?.version }).trigger.slug as TriggerSlug;
}

/**
 * Events of `target` from `eventArb`, each with a valid handler output from {@link validOutputArb}.
 *
 * @example
 * fc.assert(fc.property(validResponseArb('TokenGeneration_Authentication', { event: { version: 2 } }), ({ event, output }) => {
 *   expect(checkResponse(event, output).ok).toBe(true);
 * }));
 */
export function validResponseArb<T extends TriggerTarget>(target: T, constraints: ValidResponseConstraints = {}): fc.Arbitrary<EventAndOutput<EventFor<T>>> {
  const slug = slugTarget(target, constraints);
  const { event: eventConstraints, ...output } = constraints;
  const events = eventArb(target, eventConstraints) as fc.Arbitrary<unknown> as fc.Arbitrary<object>;
  const pairs = events.chain((event) => validOutputArb(event, { ...output, target: slug }).map((out) => ({ event, output: out })));
  return pairs as fc.Arbitrary<unknown> as fc.Arbitrary<EventAndOutput<EventFor<T>>>;
}

/**
 * Events of `target` from `eventArb`, each with an output that breaks exactly one rule (events for
 * which no selected rule can be broken are skipped).
 *
 * @example
 * fc.assert(fc.property(invalidResponseArb('custom-message'), ({ event, output, rule, options }) => {
 *   expect(checkResponse(event, output, options).issues.map((i) => i.rule)).toContain(rule);
 * }));
 */
export function invalidResponseArb<T extends TriggerTarget>(
  target: T,
  constraints: InvalidResponseConstraints = {},
): fc.Arbitrary<EventAndInvalidOutput<EventFor<T>>> {
  const slug = slugTarget(target, constraints);
  const { event: eventConstraints, ...output } = constraints;
  const c: InvalidOutputConstraints = { ...output, target: slug };
  const events = eventArb(target, eventConstraints) as fc.Arbitrary<unknown>;
  const pairs = events.filter((event) => invalidOutputRules(event, c).length > 0).chain((event) => invalidOutputArb(event, c).map((bad) => ({ ...bad, event })));
  return pairs as fc.Arbitrary<EventAndInvalidOutput<EventFor<T>>>;
}

/**
 * The shape of a response rule: a stable id (`<slug>/<what>`), a fixed severity, what it checks,
 * what Cognito does when it is broken, and a check that reads the handler output.
 *
 * Rules are data first: the catalog (README table, docs) is generated from the same objects the
 * checker runs, so the table cannot drift from the behaviour.
 */
import type { ContractIssue, PathSegment, Severity } from '../shared/issues.js';
import type { TriggerDefinition, TriggerSlug } from '../triggers/registry.js';

/** Where the pool sends email from (`EmailConfiguration.EmailSendingAccount`). */
export type EmailSendingAccount = 'COGNITO_DEFAULT' | 'DEVELOPER';

/**
 * Options of {@link RuleContext} and of `checkResponse`.
 *
 * @example
 * checkResponse(event, output, { emailSendingAccount: 'DEVELOPER', strict: true })
 */
export interface CheckOptions {
  /** Warnings make the result fail too (`ok` is false when any issue is left). */
  strict?: boolean | undefined;
  /**
   * The pool's email sending account. Custom message email fields are only used with `DEVELOPER`
   * (SES): with `COGNITO_DEFAULT` returning them is an error (Cognito answers HTTP 400
   * InvalidLambdaResponseException); left unset, they draw a warning.
   */
  emailSendingAccount?: EmailSendingAccount | undefined;
  /**
   * Whether a response left at Cognito's pre-filled defaults counts as a decision. Defaults to
   * `true`: `checkResponse` judges what a handler returned, and a Verify handler that leaves
   * `answerCorrect` null, or a Define handler that decides nothing, is broken. Pass `false` to
   * accept an unanswered response (one that `isUnanswered` recognises) the way
   * `validateEvent` does for incoming events; an answered response is judged either way.
   */
  requireDecision?: boolean | undefined;
}

/** {@link CheckOptions} with their defaults applied. */
export interface ResolvedCheckOptions {
  readonly strict: boolean;
  readonly emailSendingAccount: EmailSendingAccount | undefined;
  readonly requireDecision: boolean;
}

type Json = Record<string, unknown>;

/**
 * Everything a rule may read. `output` and `response` are the JSON form of what the handler
 * returned: Cognito receives the serialized output, so that is what the rules judge.
 */
export interface RuleContext {
  readonly trigger: TriggerDefinition;
  readonly slug: TriggerSlug;
  /** The incoming event's triggerSource. */
  readonly triggerSource: string;
  /** The incoming event, JSON round-tripped. */
  readonly event: Readonly<Json>;
  /** `event.request`, or `{}` when the event has none. */
  readonly request: Readonly<Json>;
  /** What the handler returned, untouched. */
  readonly raw: unknown;
  /** The JSON text of `raw`, or undefined when it cannot be serialized. */
  readonly serialized: string | undefined;
  /** `JSON.parse(serialized)` when it is an object. */
  readonly output: Json | undefined;
  /** `output.response` when it is an object. */
  readonly response: Json | undefined;
  /** True when `response` holds only Cognito's pre-filled defaults. */
  readonly unanswered: boolean;
  /** True when decision rules apply: `requireDecision`, or a response that is not unanswered. */
  readonly judgeDecision: boolean;
  readonly options: ResolvedCheckOptions;
}

/** One violation a rule found; the runner adds the rule id and severity. */
export interface RuleFinding {
  path: PathSegment[];
  message: string;
}

/** A rule before it is bound to a slug: shared logic is written once and bound to every slug it serves. */
export interface RuleSpec {
  /** The `<what>` part of the id, kebab-case. */
  readonly what: string;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly summary: string;
  /** What Cognito does when the rule is broken (or what the handler author should know). */
  readonly cognitoDoes: string;
  /**
   * Schema issue ids (`schema/<code>`) this rule replaces when both land on the same path: the
   * rule's message is the more specific one, and an issue is reported once.
   */
  readonly replacesSchema?: readonly string[];
  /** When it fires, no later rule runs (the output cannot be read further). */
  readonly gate?: boolean;
  /** True when the rule is shared by several slugs (drawn once in the catalog as `*\/<what>`). */
  readonly shared?: boolean;
  appliesTo?(ctx: RuleContext): boolean;
  check(ctx: RuleContext): RuleFinding[];
}

/** A rule bound to one slug, with its stable id `<slug>/<what>`. */
export interface Rule extends RuleSpec {
  readonly id: string;
  readonly slug: TriggerSlug;
}

/**
 * Binds a spec to a slug.
 *
 * @example
 * bindRule('pre-signup', spec).id // 'pre-signup/<spec.what>'
 */
export function bindRule(slug: TriggerSlug, spec: RuleSpec): Rule {
  return { ...spec, id: `${slug}/${spec.what}`, slug };
}

/**
 * What `checkResponse` returns.
 *
 * @example
 * const { ok, issues } = checkResponse(event, await handler(event));
 */
export interface ResponseCheckResult {
  /** No error (and, with `strict`, no warning). */
  ok: boolean;
  trigger: TriggerSlug;
  triggerSource: string | undefined;
  /** True when the output's response holds only Cognito's pre-filled defaults. */
  unanswered: boolean;
  /** Every issue, errors first. */
  issues: ContractIssue[];
  errors: ContractIssue[];
  warnings: ContractIssue[];
}

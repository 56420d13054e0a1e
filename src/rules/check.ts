/**
 * `checkResponse`: judges what a handler returned against the trigger's output contract: the strict
 * response schema first, then the trigger's rules on top (a rule replaces the schema issue it
 * restates, so each problem is reported once).
 */
import { KitUsageError } from '../shared/errors.js';
import { formatPath, summarizeIssues, type ContractIssue } from '../shared/issues.js';
import { isTriggerSource, resolveTarget, type TokenVersion, type TriggerDefinition, type TriggerSlug, type TriggerTarget } from '../triggers/registry.js';
import { rulesFor } from '../triggers/rules.js';
import { isUnanswered } from '../validation/prefill.js';
import { responseIssues, triggerForEvent } from '../validation/validate.js';
import { isObj, jsonCopy, serialize } from './json.js';
import type { CheckOptions, ResolvedCheckOptions, ResponseCheckResult, Rule, RuleContext } from './types.js';

/** Options of {@link checkResponseFor}: {@link CheckOptions} plus the event version of a TokenGeneration_* target. */
export interface CheckForOptions extends CheckOptions {
  /** For a TokenGeneration_* target: the pre token event version (1, 2 or 3). */
  version?: TokenVersion | undefined;
}

function resolveOptions(options: CheckOptions): ResolvedCheckOptions {
  const account = options.emailSendingAccount;
  if (account !== undefined && account !== 'COGNITO_DEFAULT' && account !== 'DEVELOPER') {
    throw new KitUsageError(
      `emailSendingAccount must be "COGNITO_DEFAULT" or "DEVELOPER" (got ${JSON.stringify(account)})`,
      'options.emailSendingAccount',
      'invalid-option',
    );
  }
  return { strict: options.strict === true, emailSendingAccount: account, requireDecision: options.requireDecision !== false };
}

/**
 * Checks a handler's output against the contract of the event's trigger. The trigger comes from
 * `event.triggerSource` (and `event.version` for TokenGeneration_* sources); use
 * {@link checkResponseFor} to name it. Never throws for a bad output; throws a `KitUsageError`
 * when the event does not say which trigger it is for, or an option is wrong.
 *
 * `output` is what the handler returned: the whole event with `response` filled in. It is judged
 * in its JSON form, because that is what Cognito receives.
 *
 * @example
 * const event = buildEvent('VerifyAuthChallengeResponse_Authentication');
 * const { ok, issues } = checkResponse(event, await handler(event));
 * // issues: [{ rule: 'verify-auth-challenge-response/answer-not-boolean', severity: 'error',
 * //            path: ['response', 'answerCorrect'], message: 'answerCorrect is the string "true", …' }]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function checkResponse(event: unknown, output: unknown, options: CheckOptions = {}): ResponseCheckResult {
  const picked = triggerForEvent(event);
  if ('rule' in picked) {
    throw new KitUsageError(
      `checkResponse cannot tell which trigger the event is for (${formatPath(picked.path)}: ${picked.message}); name it with checkResponseFor(target, event, output)`,
      `event.${formatPath(picked.path)}`.replace(/\.\(root\)$/, ''),
      picked.rule,
    );
  }
  return run(picked.trigger, event, output, options, false);
}

/**
 * Internal to the kit (not exported from an entry point): {@link checkResponse} of an output that
 * is already the JSON round trip of what the handler returned, such as the harness's
 * `outcome.output`. It is neither serialized nor copied again (the fuzzer judges thousands of
 * outputs); the result is the one `checkResponse(event, output, options)` gives for that value.
 */
export function checkJsonOutput(event: unknown, output: unknown, options: CheckOptions = {}): ResponseCheckResult {
  const picked = triggerForEvent(event);
  if ('rule' in picked) return checkResponse(event, output, options);
  return run(picked.trigger, event, output, options, true);
}

/**
 * {@link checkResponse} against a named target (slug or triggerSource) instead of the event's own
 * triggerSource.
 *
 * @example
 * checkResponseFor('pre-token-generation-v2', event, output)
 * checkResponseFor('TokenGeneration_Authentication', event, output, { version: 2 })
 */
export function checkResponseFor(target: TriggerTarget, event: unknown, output: unknown, options: CheckForOptions = {}): ResponseCheckResult {
  const { trigger } = resolveTarget(target, { version: options.version });
  return run(trigger, event, output, options, false);
}

/** `outputIsJson`: `output` is a JSON value already (plain objects and arrays, finite numbers, no undefined). */
function run(trigger: TriggerDefinition, event: unknown, output: unknown, options: CheckOptions, outputIsJson: boolean): ResponseCheckResult {
  const opts = resolveOptions(options);
  const slug = trigger.slug as TriggerSlug;
  const eventJson = jsonCopy(event);
  if (!isObj(eventJson)) {
    throw new KitUsageError('the event passed to checkResponse must be a JSON object (the event the handler received)', 'event', 'invalid-event');
  }
  const triggerSource = typeof eventJson.triggerSource === 'string' ? eventJson.triggerSource : '';
  const finish = (issues: ContractIssue[], unanswered: boolean): ResponseCheckResult =>
    result(issues, slug, isTriggerSource(triggerSource) ? triggerSource : undefined, unanswered, opts.strict);

  let parsed: unknown;
  let text: () => string | undefined;
  if (outputIsJson) {
    // Its JSON text is read only when a gate rule describes an output that is not an object.
    parsed = output;
    let cached: string | undefined;
    text = () => (output === undefined ? undefined : (cached ??= JSON.stringify(output)));
  } else {
    const serialized = serialize(output);
    // The same value as JSON.parse(serialized.text), without parsing the text again.
    parsed = serialized.ok ? jsonCopy(output) : undefined;
    text = () => (serialized.ok ? serialized.text : undefined);
  }
  const out = isObj(parsed) ? parsed : undefined;
  const response = out && isObj(out.response) ? out.response : undefined;
  const unanswered = response !== undefined && isUnanswered(slug, response);
  const ctx: RuleContext = {
    trigger,
    slug,
    triggerSource,
    event: eventJson,
    request: isObj(eventJson.request) ? eventJson.request : {},
    raw: output,
    get serialized() {
      return text();
    },
    output: out,
    response,
    unanswered,
    judgeDecision: opts.requireDecision || !unanswered,
    options: opts,
  };

  const found: Array<{ rule: Rule; issue: ContractIssue }> = [];
  for (const rule of rulesFor(slug)) {
    if (rule.appliesTo && !rule.appliesTo(ctx)) continue;
    const findings = rule.check(ctx);
    for (const f of findings) found.push({ rule, issue: { rule: rule.id, severity: rule.severity, path: f.path, message: f.message } });
    if (rule.gate && findings.length > 0) return finish(found.map((f) => f.issue), unanswered);
  }
  // Rules only run on a readable output of a synchronous trigger; async senders have no rules.
  const schema = response === undefined ? [] : responseIssues(trigger, response);
  const replaced = new Set<string>();
  for (const { rule, issue } of found) {
    for (const schemaRule of rule.replacesSchema ?? []) replaced.add(`${schemaRule}\u0000${formatPath(issue.path)}`);
  }
  const kept = schema.filter((i) => !replaced.has(`${i.rule}\u0000${formatPath(i.path)}`));
  return finish([...kept, ...found.map((f) => f.issue)], unanswered);
}

function result(
  all: ContractIssue[],
  trigger: TriggerSlug,
  triggerSource: string | undefined,
  unanswered: boolean,
  strict: boolean,
): ResponseCheckResult {
  // Named fields, not a spread of the summary: V8 copies a spread object on a slow path here,
  // which cost more than the whole validation of a valid event (5 µs against 6).
  const { ok, issues, errors, warnings } = summarizeIssues(all, strict);
  return { ok, issues, errors, warnings, trigger, triggerSource, unanswered };
}

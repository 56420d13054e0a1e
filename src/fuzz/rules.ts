/**
 * The rule ids the fuzzer gives to runs that are not judged by an output rule (sheet §4.1, §4.2):
 * what each means, the run kind it goes with, and what Cognito and Lambda make of it.
 */
import type { RunKind } from './verdict.js';

/** One rule of {@link FUZZ_RULES}. */
export interface FuzzRule {
  /** The run kinds (`RunVerdict.kind`) a verdict carrying this rule can have. */
  readonly kinds: readonly RunKind[];
  /** What the handler did, in one line. */
  readonly summary: string;
  /** What the API caller sees, or what Lambda does with the function. */
  readonly cognitoDoes: string;
}

/**
 * Every `fuzz/*` rule id a fuzz report can name as the rule broken (`FuzzCounterexample.rule`,
 * `RunVerdict.rule`), besides the `<slug>/<what>` output rules of `ruleCatalog()`. The fuzzer
 * writes these ids only as keys of this table, so each one is documented.
 *
 * @example
 * const report = await fuzzTrigger(handler, { trigger: 'pre-signup' });
 * const rule = report.counterexample?.rule;
 * if (rule !== undefined && rule in FUZZ_RULES) console.log(FUZZ_RULES[rule as FuzzRuleId].cognitoDoes);
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const FUZZ_RULES = {
  'fuzz/crash': {
    kinds: ['crash'],
    summary:
      'The handler threw an engine error (`TypeError`, `ReferenceError`, `RangeError`, `SyntaxError`, `URIError`, `EvalError`): it did not handle that input.',
    cognitoDoes:
      'The API call fails with `UserLambdaValidationException: <TriggerName> failed with error <message>.`, the engine\'s message shown to the user (custom senders: no client sees it; Lambda retries the event).',
  },
  'fuzz/timeout': {
    kinds: ['timeout'],
    summary: 'No answer within `timeoutMs` (default 5,000 ms).',
    cognitoDoes:
      'Cognito stops waiting after 5 s whatever the function\'s own timeout, and may retry: `UnexpectedLambdaException: <TriggerName> invocation failed due to error Socket timeout while invoking Lambda function.`',
  },
  'fuzz/invalid-output': {
    kinds: ['invalid-output'],
    summary:
      'A synchronous trigger answered `undefined` or `null`, a value JSON cannot hold, something other than an object, an object without `response`, or returned a plain value from a function that is neither async nor callback-style (Lambda ignores it).',
    cognitoDoes:
      '`InvalidLambdaResponseException: Invalid lambda function output : Invalid JSON` (no output) or `… Unrecognizable lambda output` (wrong shape); output JSON cannot hold fails in the runtime: `UserLambdaValidationException: … failed with error Unable to stringify response body.`',
  },
  'fuzz/thrown-non-error': {
    kinds: ['thrown-non-error'],
    summary: 'The handler threw or rejected with something that is neither an Error nor a non-empty string (`undefined`, `null`, a plain object, a number).',
    cognitoDoes:
      'The message is lost: the client sees `… failed with error [object Object].` (or `handled`), or `Invalid lambda function output : Invalid JSON` when a synchronous `throw undefined` reads as success.',
  },
  'fuzz/process-exit': {
    kinds: ['exited'],
    summary: 'The handler called `process.exit`, while it ran or later from a timer or callback it left running.',
    cognitoDoes:
      'The runtime dies with the sandbox: `… failed with error RequestId: … Error: Runtime exited with error: exit status <code>.` when it had not answered; after an answer, the answer got out but the next request fails or pays a cold start.',
  },
  'fuzz/callback-called-twice': {
    kinds: ['contract', 'denied'],
    summary:
      'The handler settled more than once (callback, `context.succeed` / `fail` / `done`). A warning: it breaks a run only with `strict`, as `contract` or on top of a deliberate denial (`denied`).',
    cognitoDoes: 'Lambda keeps the first settlement and ignores the rest; Cognito sees only the first answer or error.',
  },
  'fuzz/not-reproducible': {
    kinds: ['held', 'denied'],
    summary:
      'An event broke the contract during the search but held (or was denied) when run again for the report: the handler does not answer the same event the same way (state kept between calls, the clock, randomness). The message names what the search saw.',
    cognitoDoes: 'On Lambda such a handler fails intermittently: the same sign-in works or fails depending on what ran before it.',
  },
} as const satisfies Readonly<Record<`fuzz/${string}`, FuzzRule>>;

/** A key of {@link FUZZ_RULES}: `fuzz/crash`, `fuzz/timeout`, …. */
export type FuzzRuleId = keyof typeof FUZZ_RULES;

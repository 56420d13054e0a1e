/**
 * What one fuzz run came to: the harness outcome judged against the contract, as the fuzzer sees
 * it (sheet §4.1, §4.2; the fuzz issue's "what counts as broken").
 */
import type { ContractIssue } from '../shared/issues.js';
import type { InvokeOutcome } from '../harness/outcome.js';
import { checkJsonOutput } from '../rules/check.js';
import type { EmailSendingAccount } from '../rules/types.js';
import type { FuzzRuleId } from './rules.js';

/**
 * How a run ended, for counting:
 * - `held`: the handler returned an output that keeps the contract;
 * - `denied`: a deliberate denial (an Error thrown on purpose, or a string): not broken;
 * - `crash`: an engine error (TypeError, ReferenceError, RangeError, SyntaxError, …): the input was not handled;
 * - `thrown-non-error`: the handler threw `undefined`, `null`, a plain object…: the client sees no useful message;
 * - `timeout`: no answer within the limit (Cognito's is 5 s);
 * - `invalid-output`: Cognito's Lambda layer rejects the output (undefined, not JSON, no `response`);
 * - `exited`: the handler called `process.exit`;
 * - `contract`: the output was well-formed but broke an output rule (an `error`, or any issue with `strict`).
 */
export type RunKind = 'held' | 'denied' | 'crash' | 'thrown-non-error' | 'timeout' | 'invalid-output' | 'exited' | 'contract';

/** Every run kind, in report order. */
export const RUN_KINDS: readonly RunKind[] = ['held', 'denied', 'crash', 'thrown-non-error', 'timeout', 'invalid-output', 'exited', 'contract'];

/** The judgement of one run. */
export interface RunVerdict {
  readonly kind: RunKind;
  readonly broken: boolean;
  /** The rule broken (`<slug>/<what>` for output rules, `fuzz/<what>` for the other kinds). */
  readonly rule: string | undefined;
  /** One sentence on what went wrong (or the denial message the client sees). */
  readonly message: string;
  /** Output-rule issues (errors and warnings) when the handler returned. */
  readonly issues: readonly ContractIssue[];
  /** The client-visible Cognito error, when there is one. */
  readonly clientError: string | undefined;
}

export interface JudgeOptions {
  strict?: boolean | undefined;
  emailSendingAccount?: EmailSendingAccount | undefined;
}

/**
 * Judges a harness outcome. A returned output is always judged as an output (`requireDecision`):
 * a Verify that leaves `answerCorrect` null, a Define that decides nothing, is broken here even
 * though `validate` accepts such an unanswered event.
 */
export function judgeOutcome(event: unknown, outcome: InvokeOutcome, options: JudgeOptions = {}): RunVerdict {
  const twice: ContractIssue[] = outcome.callbackCalledTwice
    ? [
        {
          rule: 'fuzz/callback-called-twice' satisfies FuzzRuleId,
          severity: 'warning',
          path: [],
          message: 'the handler settled more than once (callback or context called twice); Lambda keeps the first and ignores the rest',
        },
      ]
    : [];
  const strictBreak = (issues: readonly ContractIssue[]) => issues.some((i) => i.severity === 'error' || (options.strict === true && i.severity === 'warning'));
  // process.exit right after answering (same turn of the event loop) reaches the harness as an
  // ignored settlement: the answer got out, but on Lambda the runtime dies with the sandbox.
  if (outcome.kind !== 'exited' && outcome.ignoredCalls.some((c) => c.as === 'exit')) {
    return verdict(
      'exited',
      true,
      'fuzz/process-exit' satisfies FuzzRuleId,
      'the handler called process.exit after it had answered; on Lambda that kills the runtime between invocations',
      twice,
      undefined,
    );
  }
  switch (outcome.kind) {
    case 'returned': {
      if (outcome.ignored) {
        const broken = strictBreak(twice);
        return verdict(broken ? 'contract' : 'held', broken, broken ? twice[0]?.rule : undefined, 'output ignored (asynchronous trigger)', twice, undefined);
      }
      // The harness has already put the output through Lambda's JSON round trip.
      const result = checkJsonOutput(event, outcome.output, {
        strict: options.strict,
        requireDecision: true,
        emailSendingAccount: options.emailSendingAccount,
      });
      const issues = [...result.issues, ...twice];
      const first = issues.find((i) => i.severity === 'error') ?? (options.strict ? issues.find((i) => i.severity === 'warning') : undefined);
      if (first) return verdict('contract', true, first.rule, first.message, issues, undefined);
      return verdict('held', false, undefined, 'contract held', issues, undefined);
    }
    case 'threw': {
      const client = outcome.cognitoError?.text;
      if (outcome.crash) {
        const name = errorName(outcome.error);
        return verdict('crash', true, 'fuzz/crash' satisfies FuzzRuleId, `the handler crashed with ${name}: ${outcome.errorMessage ?? ''}`.trim(), twice, client);
      }
      if (outcome.deliberate) {
        const broken = strictBreak(twice);
        return verdict('denied', broken, broken ? ('fuzz/callback-called-twice' satisfies FuzzRuleId) : undefined, client ?? outcome.errorMessage ?? 'denied', twice, client);
      }
      return verdict(
        'thrown-non-error',
        true,
        'fuzz/thrown-non-error' satisfies FuzzRuleId,
        `the handler threw ${describeThrown(outcome.error)}, not an Error: the client sees ${client ? JSON.stringify(client) : 'no message'}`,
        twice,
        client,
      );
    }
    case 'timeout':
      return verdict(
        'timeout',
        true,
        'fuzz/timeout' satisfies FuzzRuleId,
        `no answer within ${outcome.timeoutMs} ms (Cognito waits 5 s at most)`,
        twice,
        outcome.cognitoError?.text,
      );
    case 'invalid-output':
      return verdict('invalid-output', true, 'fuzz/invalid-output' satisfies FuzzRuleId, outcome.detail, twice, outcome.cognitoError?.text);
    case 'exited':
      return verdict(
        'exited',
        true,
        'fuzz/process-exit' satisfies FuzzRuleId,
        `the handler called process.exit(${outcome.code}); on Lambda the runtime dies and the invocation fails`,
        twice,
        outcome.cognitoError?.text,
      );
  }
}

function verdict(
  kind: RunKind,
  broken: boolean,
  rule: string | undefined,
  message: string,
  issues: readonly ContractIssue[],
  clientError: string | undefined,
): RunVerdict {
  return { kind, broken, rule, message, issues, clientError };
}

function errorName(error: unknown): string {
  if (error !== null && typeof error === 'object' && typeof (error as { name?: unknown }).name === 'string') return (error as { name: string }).name;
  return 'an error';
}

function describeThrown(error: unknown): string {
  if (error === undefined) return 'undefined';
  if (error === null) return 'null';
  if (typeof error === 'string') return error === '' ? 'an empty string' : 'a string';
  if (typeof error === 'object') return 'a plain object';
  return `a ${typeof error}`;
}

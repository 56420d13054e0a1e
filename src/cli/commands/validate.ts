/**
 * `validate <file|->... [--strict] [--json] [--target <target>] [--version 1|2|3]`: checks events
 * read from files or stdin against their trigger's input and output contracts.
 */
import type { Writable } from 'node:stream';
import { checkResponseFor } from '../../rules/check.js';
import { dedupeIssues, formatIssue, formatPath, type ContractIssue, type PathSegment } from '../../shared/issues.js';
import { resolveTarget, type TriggerTarget } from '../../triggers/registry.js';
import { validateEvent, type ValidateOptions, type ValidationResult } from '../../validation/validate.js';
import { defineCommand, versionOption } from '../args.js';
import { formatFailure } from '../errors.js';
import { checkInputs, MAX_DOCUMENT_BYTES, readEvents, writeText, type InputEntry } from '../io.js';

/**
 * Every check `validate` runs on one event; the single place where checks are combined. The request
 * side, the response schema and realism come from `validateEvent`. An answered response (anything
 * but Cognito's pre-filled defaults) also goes through the trigger's response rules
 * (`checkResponseFor`, judged against the contract `validateEvent` chose), which know more than the
 * schema: placeholders a message must keep, claims a token may not override, conflicting decisions.
 */
function checkEvent(event: unknown, options: ValidateOptions): ValidationResult {
  const result = validateEvent(event, options);
  if (result.unanswered || result.trigger === undefined || event === null || typeof event !== 'object' || Array.isArray(event)) {
    return result;
  }
  // requireDecision: false, because an unanswered response is valid in an incoming event (CLI.md).
  const rules = checkResponseFor(result.trigger, event, event, { strict: options.strict, requireDecision: false });
  return withResponseRules(result, rules.issues, options.strict === true);
}

/**
 * Merges the response rules' issues into a validation result. A rule restates a schema problem more
 * precisely (`user-migration/invalid-enum` for `schema/invalid_value` at the same path), so a schema
 * issue on the response is dropped where the rules reported that path; elsewhere it stays.
 */
function withResponseRules(result: ValidationResult, ruleIssues: readonly ContractIssue[], strict: boolean): ValidationResult {
  const covered = new Set(ruleIssues.map((i) => formatPath(i.path)));
  const kept = result.issues.filter(
    (i) => !(i.rule.startsWith('schema/') && i.path[0] === 'response' && covered.has(formatPath(i.path))),
  );
  const all = dedupeIssues([...kept, ...ruleIssues]);
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  return {
    ...result,
    ok: errors.length === 0 && (!strict || warnings.length === 0),
    issues: [...errors, ...warnings],
    errors,
    warnings,
  };
}

/** The outcome of one event, as `validate --json` prints it. */
export interface EventOutcome {
  /** The input as named on the command line (`-` for stdin). */
  file: string;
  /** Position of the event in its input, from 0. */
  index: number;
  /** 1-based line, for events read from NDJSON. */
  line?: number;
  ok: boolean;
  /** The trigger slug, or null when none could be chosen (no or unknown triggerSource). */
  trigger: string | null;
  triggerSource: string | null;
  /** The response holds only Cognito's pre-filled defaults (the handler has not answered yet). */
  unanswered: boolean;
  issues: (ContractIssue & { formattedPath: string })[];
}

/** Counts for the summary line and the JSON report. */
export interface ValidateSummary {
  events: number;
  ok: number;
  invalid: number;
  errors: number;
  warnings: number;
}

/** Rule id of an NDJSON line that does not parse. */
const NOT_JSON_RULE = 'input/not-json';

function outcomeOf(file: string, entry: InputEntry, options: ValidateOptions): EventOutcome {
  const base = { file, index: entry.index, ...(entry.line !== undefined ? { line: entry.line } : {}) };
  if (entry.kind === 'bad-line') {
    return {
      ...base,
      ok: false,
      trigger: null,
      triggerSource: null,
      unanswered: false,
      issues: [{ rule: NOT_JSON_RULE, severity: 'error', path: [], formattedPath: formatPath([]), message: entry.message }],
    };
  }
  const result = checkEvent(entry.event, options);
  return {
    ...base,
    ok: result.ok,
    trigger: result.trigger ?? null,
    triggerSource: result.triggerSource ?? null,
    unanswered: result.unanswered,
    issues: result.issues.map((i) => ({
      rule: i.rule,
      severity: i.severity,
      path: [...i.path] as PathSegment[],
      formattedPath: formatPath(i.path),
      message: i.message,
    })),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The summary line of the human report.
 *
 * @example
 * summaryLine({ events: 3, ok: 2, invalid: 1, errors: 1, warnings: 4 }) // '3 events: 2 ok, 1 invalid, 4 warnings'
 */
export function summaryLine(s: ValidateSummary): string {
  return `${plural(s.events, 'event')}: ${s.ok} ok, ${s.invalid} invalid, ${plural(s.warnings, 'warning')}`;
}

interface Reporter {
  event(outcome: EventOutcome): Promise<void>;
  end(summary: ValidateSummary): Promise<void>;
  /** The run stopped on a usage error after some output. */
  abort(summary: ValidateSummary, error: unknown): Promise<void>;
}

function humanReporter(out: Writable): Reporter {
  return {
    async event(o) {
      const head = `${o.ok ? 'ok' : 'invalid'} ${o.file}#${o.index}${o.triggerSource ? ` ${o.triggerSource}` : ''}`;
      await writeText(out, [head, ...o.issues.map((i) => `  ${formatIssue(i)}`)].join('\n') + '\n');
    },
    async end(summary) {
      await writeText(out, `${summaryLine(summary)}\n`);
    },
    async abort() {
      // The top-level handler prints the paragraph on stderr; the lines already printed stand.
    },
  };
}

/**
 * Streams one JSON document: the events array is written as events are checked (one compact object
 * per line), so a 50 MB NDJSON input does not pile up results in memory. Nothing is written before
 * the first event, so an input refused up front leaves stdout empty; a refusal after that closes the
 * document with an `error` member, keeping stdout valid JSON.
 */
function jsonReporter(out: Writable, strict: boolean): Reporter {
  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await writeText(out, `{\n  "strict": ${strict},\n  "events": [`);
  };
  let first = true;
  const tail = (summary: ValidateSummary, ok: boolean, error?: string): string =>
    `${first ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)},\n` +
    (error === undefined ? '' : `  "error": ${JSON.stringify(error)},\n`) +
    `  "ok": ${ok}\n}\n`;
  return {
    async event(o) {
      await start();
      await writeText(out, `${first ? '\n    ' : ',\n    '}${JSON.stringify(o)}`);
      first = false;
    },
    async end(summary) {
      await start();
      await writeText(out, tail(summary, summary.invalid === 0));
    },
    async abort(summary, error) {
      if (!started) return;
      await writeText(out, tail(summary, false, formatFailure(error, { command: 'validate' })));
    },
  };
}

/** The `validate` command. */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Check events (files, - for stdin; one event, an array, or NDJSON) against the contract.',
  usage: 'validate <file|->... [--strict] [--json] [--target <target>] [--version 1|2|3]',
  description: `
Checks each event's request side against its trigger's input contract and its response side
against the output contract: the strict response schema and the trigger's response rules. A
response holding only Cognito's pre-filled defaults is an unanswered event, and valid. Each input (a file, or - for stdin) holds one event, a JSON array
of events, or NDJSON (one event per line; NDJSON is read line by line, in constant memory, and a
line that is not JSON is reported as invalid with its line number). A single JSON document is
read up to ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB.

Prints "ok <file>#<index> <triggerSource>" or "invalid <file>#<index>" per event, then one
indented line per problem with its JSON path, reason and rule id. Realism warnings (the event
keeps the contract but differs from what Cognito really sends) are printed as warning lines and
fail only with --strict. Exit code: 0 all valid, 1 an invalid event, 2 usage error or
unreadable input.`,
  options: {
    strict: { type: 'boolean', description: 'Realism warnings fail the event too.' },
    json: { type: 'boolean', description: 'Print one JSON report: { strict, events: [...], summary, ok }.' },
    target: {
      type: 'string',
      valueName: '<target>',
      description: "Check against this slug or triggerSource instead of each event's own triggerSource.",
    },
    version: { type: 'string', valueName: '1|2|3', description: 'Pre token generation event version for TokenGeneration_* events.' },
  },
  positionals: { min: 1, name: 'at least one input: a file, or - for stdin' },
  async run({ values, positionals }, io) {
    const version = versionOption(values.version);
    // Resolve the target before reading anything, so a typo is one message and no output.
    if (values.target !== undefined) resolveTarget(values.target, { version });
    await checkInputs(positionals, io);
    const options: ValidateOptions = {
      target: values.target as TriggerTarget | undefined,
      version,
      strict: values.strict,
    };
    const reporter = values.json ? jsonReporter(io.stdout, values.strict) : humanReporter(io.stdout);
    const summary: ValidateSummary = { events: 0, ok: 0, invalid: 0, errors: 0, warnings: 0 };
    try {
      for (const file of positionals) {
        for await (const entry of readEvents(file, io)) {
          const outcome = outcomeOf(file, entry, options);
          summary.events++;
          if (outcome.ok) summary.ok++;
          else summary.invalid++;
          for (const issue of outcome.issues) {
            if (issue.severity === 'error') summary.errors++;
            else summary.warnings++;
          }
          await reporter.event(outcome);
        }
      }
    } catch (error) {
      await reporter.abort(summary, error);
      throw error;
    }
    await reporter.end(summary);
    return summary.invalid > 0 ? 1 : 0;
  },
});

/** Human and machine forms of a {@link FuzzReport}. */
import { formatOutcome } from '../harness/outcome.js';
import { formatIssue } from '../shared/issues.js';
import type { FuzzReport } from './fuzz-trigger.js';
import { RUN_KINDS, type RunKind } from './verdict.js';

const KIND_LABEL: Record<RunKind, string> = {
  held: 'held',
  denied: 'denied on purpose',
  crash: 'crashed',
  'thrown-non-error': 'threw a non-Error',
  timeout: 'timed out',
  'invalid-output': 'invalid output',
  exited: 'called process.exit',
  contract: 'broke an output rule',
};

export interface FormatOptions {
  /** How to replay a counterexample, given its seed and path (the CLI prints its own command line). */
  replay?: ((seed: number, path: string) => string) | undefined;
  /** A name for the handler in the header (module path, function name). */
  subject?: string | undefined;
}

/** `93 held, 7 denied on purpose`: the non-zero counts. */
export function formatCounts(counts: Readonly<Record<RunKind, number>>): string {
  const parts = RUN_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${KIND_LABEL[k]}`);
  return parts.length ? parts.join(', ') : 'no runs';
}

/**
 * A readable report: a header line (✔ or ✖), the counts, the denials with the message the client
 * sees, warnings, and for a failure the rule broken, the shrunk event and output, and the replay.
 *
 * @example
 * console.log(formatFuzzReport(await fuzzTrigger(handler, { trigger: 'pre-signup' })));
 */
export function formatFuzzReport(report: FuzzReport, options: FormatOptions = {}): string {
  const subject = options.subject ? `${options.subject} ` : '';
  const target = report.version !== undefined && report.target.startsWith('TokenGeneration_') ? `${report.target} (version ${report.version})` : report.target;
  const lines: string[] = [];
  const ce = report.counterexample;
  const runs = `${report.runs} run${report.runs === 1 ? '' : 's'}`;
  if (!ce) {
    lines.push(`✔ ${subject}held the ${target} contract over ${runs} (seed ${report.seed}${report.strict ? ', strict' : ''})`);
  } else {
    lines.push(`✖ ${subject}broke the ${target} contract after ${runs} (seed ${report.seed}${report.strict ? ', strict' : ''})`);
  }
  lines.push(`  outcomes: ${formatCounts(report.counts)}`);
  for (const d of report.denials.slice(0, 5)) lines.push(`  denial ×${d.count}: ${d.message}`);
  if (report.denials.length > 5) lines.push(`  … and ${report.denials.length - 5} other denial messages`);
  for (const w of report.warnings.slice(0, 5)) lines.push(`  warning ×${w.count} [${w.rule}]: ${w.message}`);
  if (ce) {
    lines.push(`  rule: ${ce.rule}`);
    lines.push(`  what: ${ce.message}`);
    if (ce.clientError) lines.push(`  the client sees: ${ce.clientError}`);
    lines.push(`  outcome: ${formatOutcome(ce.outcome)}`);
    for (const issue of ce.issues) lines.push(`    ${formatIssue(issue)}`);
    lines.push(`  smallest event found (${ce.shrinks} shrink${ce.shrinks === 1 ? '' : 's'}):`);
    lines.push(indent(JSON.stringify(ce.event, null, 2), 4));
    if (ce.output !== undefined) {
      const response = isObj(ce.output) && 'response' in ce.output ? ce.output.response : ce.output;
      lines.push('  handler response:');
      lines.push(indent(JSON.stringify(response, null, 2) ?? String(response), 4));
    }
    const replay = options.replay ? options.replay(ce.seed, ce.path) : `fuzzTrigger(handler, { trigger: ${JSON.stringify(report.target)}, seed: ${ce.seed}, path: ${JSON.stringify(ce.path)} })`;
    lines.push(`  replay: ${replay}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report as plain JSON (the outcome's error reduced to name and message). */
export function fuzzReportJson(report: FuzzReport): Record<string, unknown> {
  const ce = report.counterexample;
  return {
    ok: report.ok,
    trigger: report.trigger,
    target: report.target,
    version: report.version ?? null,
    runs: report.runs,
    requestedRuns: report.requestedRuns,
    seed: report.seed,
    strict: report.strict,
    counts: report.counts,
    denials: report.denials,
    warnings: report.warnings,
    counterexample: ce
      ? {
          kind: ce.kind,
          rule: ce.rule,
          message: ce.message,
          clientError: ce.clientError ?? null,
          outcome: formatOutcome(ce.outcome),
          issues: ce.issues,
          event: ce.event,
          output: ce.output ?? null,
          seed: ce.seed,
          path: ce.path,
          shrinks: ce.shrinks,
        }
      : null,
  };
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

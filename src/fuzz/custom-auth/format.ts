/**
 * Transcripts and flow-fuzz reports for people (round by round) and for machines (plain JSON).
 */
import { formatOutcome } from '../../harness/outcome.js';
import { formatIssue, type ContractIssue } from '../../shared/issues.js';
import type { SessionEntry } from '../../shared/gen/challenge-session.js';
import type { FlowInvocation, FlowRound, FlowTranscript } from './flow.js';
import { resultText, type FlowViolation } from './properties.js';
import type { FlowFuzzReport } from './fuzz-custom-auth.js';
import { describeStrategy } from './strategies.js';

const MAX_VALUE = 160;

function json(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 3)}...` : text;
}

function entryText(e: SessionEntry): string {
  return `${e.challengeName} ${String(e.challengeResult)} ${json(e.challengeMetadata)}`;
}

function sessionText(session: readonly SessionEntry[]): string {
  return session.length === 0 ? '[]' : `[${session.map(entryText).join(', ')}]`;
}

/** The request fields worth showing, beyond userAttributes. */
function requestText(inv: FlowInvocation): string {
  const request = (inv.event.request ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (inv.handler === 'create') parts.push(`challengeName ${json(request.challengeName)}`);
  if ('session' in request) parts.push(`session ${sessionText(request.session as SessionEntry[])}`);
  if (inv.handler === 'verify') {
    parts.push(`privateChallengeParameters ${json(request.privateChallengeParameters)}`, `challengeAnswer ${json(request.challengeAnswer)}`);
  }
  if ('userNotFound' in request) parts.push(`userNotFound ${String(request.userNotFound)}`);
  parts.push('clientMetadata' in request ? `clientMetadata ${json(request.clientMetadata)}` : 'no clientMetadata');
  return parts.join(' · ');
}

function responseText(inv: FlowInvocation): string {
  if (inv.outcome.kind !== 'returned') return formatOutcome(inv.outcome);
  const r = inv.response ?? {};
  const set = Object.entries(r).filter(([, v]) => v !== null && v !== undefined);
  if (set.length === 0) return `nothing decided (response ${json(r)})`;
  return set.map(([k, v]) => `${k} ${json(v)}`).join(' · ');
}

function invocationLines(inv: FlowInvocation, name: string, pad: string, strictIssues: boolean): string[] {
  const label = name.padEnd(7);
  const lines = [`${pad}${label} in:  ${requestText(inv)}`, `${pad}${' '.repeat(7)} out: ${responseText(inv)}`];
  const shown: ContractIssue[] = inv.verdict.issues.filter((i) => i.severity === 'error' || strictIssues);
  for (const issue of shown) lines.push(`${pad}${' '.repeat(7)}   ${formatIssue(issue)}`);
  return lines;
}

function roundLines(r: FlowRound, pad: string, strictIssues: boolean): string[] {
  const lines = [`${pad}Round ${r.round} (${r.api}${r.define.event.request && 'clientMetadata' in (r.define.event.request as object) ? ', with ClientMetadata' : ''})`];
  const inner = `${pad}  `;
  lines.push(...invocationLines(r.define, 'Define', inner, strictIssues));
  if (r.create) lines.push(...invocationLines(r.create, 'Create', inner, strictIssues));
  if (r.challenge) lines.push(`${inner}Client  receives ChallengeParameters ${json(r.challenge.publicChallengeParameters)}`);
  if (r.answer) {
    const truth =
      r.answer.expected === undefined
        ? 'a guess: no right answer is known to this client'
        : r.answer.correct
          ? 'right'
          : `wrong; the right answer is ${json(r.answer.expected)}`;
    lines.push(`${inner}Client  answers ${json(r.answer.answer)} (${truth}) with RespondToAuthChallenge`);
  }
  if (r.builtIn) lines.push(`${inner}Cognito runs ${r.builtIn.challengeName} itself: ${r.builtIn.passed ? 'passed' : 'failed'}`);
  if (r.verify) lines.push(...invocationLines(r.verify, 'Verify', inner, strictIssues));
  for (const e of r.appended) lines.push(`${inner}Session + ${entryText(e)}`);
  return lines;
}

/**
 * A transcript, round by round: every event's interesting fields, every output, the session as it
 * grows, and the result.
 *
 * @example
 * console.log(formatTranscript(await simulateCustomAuth(handlers, { answers: alwaysWrong() })));
 * // Scenario: existing user "jane.doe" …
 * // Round 1 (InitiateAuth)
 * //   Define  in:  session [] · no clientMetadata
 * //           out: challengeName "CUSTOM_CHALLENGE" · issueTokens false · failAuthentication false
 * // …
 */
export function formatTranscript(transcript: FlowTranscript, options: { indent?: string; strict?: boolean } = {}): string {
  const pad = options.indent ?? '';
  const s = transcript.setup;
  const status = s.user.attributes['cognito:user_status'];
  const lines = [
    `${pad}Scenario: ${s.userExists ? 'existing user' : 'a user the pool does not hold, username'} ${json(s.user.userName)}${s.userExists && status ? ` (${status})` : ''} in pool ${s.user.userPoolId}, app client ${s.clientId}`,
    `${pad}  PreventUserExistenceErrors ${s.preventUserExistenceErrors}; ${s.start === 'srp' ? 'SRP start (CHALLENGE_NAME SRP_A)' : 'passwordless start (session [])'}${s.mfa ? `; the user has ${s.mfa}` : ''}`,
    `${pad}  the client answers ${describeStrategy(s.strategy)}; ${s.clientMetadata === undefined ? 'it sends no ClientMetadata' : `it sends ClientMetadata ${json(s.clientMetadata)} with RespondToAuthChallenge`}`,
  ];
  if (transcript.rounds.length === 0 && s.start === 'srp') lines.push(`${pad}Session starts ${sessionText(transcript.session)}`);
  for (const r of transcript.rounds) lines.push(...roundLines(r, pad, options.strict === true));
  lines.push(`${pad}Result: ${resultText(transcript.result)}`);
  return lines.join('\n');
}

function violationLine(v: FlowViolation): string {
  return `${v.property} (${v.severity}${v.round !== undefined ? `, round ${v.round}` : ''})`;
}

/**
 * A flow-fuzz report for people: counts, warnings, and for a failure the broken property, the
 * shrunk scenario as a transcript, and how to replay it (`replay` is the command line to print;
 * default: the `fuzzCustomAuth` options).
 *
 * @example
 * console.log(formatFlowReport(report, { replay: 'npx cognito-trigger-kit flow … --seed 1 --path "0:1"' }));
 */
export function formatFlowReport(report: FlowFuzzReport, options: { replay?: string } = {}): string {
  const r = report.results;
  const c = report.counterexample;
  const settings = `seed ${report.seed}, at most ${report.maxWrong} wrong answers, ${report.maxRounds} rounds${report.strict ? ', strict' : ''}`;
  const lines = [
    c
      ? `✖ the custom-auth flow broke ${c.violation.property} after ${report.runs} sign-in${report.runs === 1 ? '' : 's'} (${settings})`
      : `✔ the custom-auth flow kept every property over ${report.runs} sign-in${report.runs === 1 ? '' : 's'} (${settings})`,
    `  results: ${r.tokens} tokens, ${r.failed} failed, ${r.error} error, ${r.stuck} stuck`,
  ];
  for (const w of report.warnings) lines.push(`  warning ×${w.count} [${w.property}]: ${w.message}`);
  if (!c) return `${lines.join('\n')}\n`;
  lines.push(`  property: ${violationLine(c.violation)}`, `  what: ${c.violation.message}`);
  const others = c.violations.filter((v) => v !== c.violation && v.property !== c.violation.property);
  if (others.length) lines.push(`  also broken: ${others.map(violationLine).join('; ')}`);
  lines.push(`  smallest scenario found (${c.shrinks} shrink${c.shrinks === 1 ? '' : 's'}), round by round:`, formatTranscript(c.transcript, { indent: '    ', strict: report.strict }));
  if (c.twin && c.violation.property === 'custom-auth/reveals-user-existence') {
    lines.push('  the same sign-in by an existing user of the pool, answering wrong:', formatTranscript(c.twin, { indent: '    ', strict: report.strict }));
  }
  lines.push(`  replay: ${options.replay ?? `fuzzCustomAuth(handlers, { seed: ${c.seed}, path: ${JSON.stringify(c.path)} })`}`);
  return `${lines.join('\n')}\n`;
}

function invocationJson(inv: FlowInvocation): Record<string, unknown> {
  const o = inv.outcome;
  return {
    handler: inv.handler,
    api: inv.api,
    event: inv.event,
    outcome: { kind: o.kind, summary: formatOutcome(o), clientError: 'cognitoError' in o ? (o.cognitoError?.text ?? null) : null },
    response: inv.response ?? null,
    issues: inv.verdict.issues,
  };
}

/**
 * A transcript as plain JSON data (outcomes summarised: thrown values do not survive JSON).
 *
 * @example
 * JSON.stringify(transcriptToJson(transcript))
 */
export function transcriptToJson(t: FlowTranscript): Record<string, unknown> {
  const { strategy, ...setup } = t.setup;
  return {
    setup: { ...setup, strategy: strategy.kind === 'custom' ? { kind: 'custom', name: strategy.name } : strategy },
    rounds: t.rounds.map((r) => ({
      round: r.round,
      api: r.api,
      session: r.session,
      define: invocationJson(r.define),
      decision: r.decision ?? null,
      create: r.create ? invocationJson(r.create) : null,
      challenge: r.challenge ?? null,
      answer: r.answer ?? null,
      builtIn: r.builtIn ?? null,
      verify: r.verify ? invocationJson(r.verify) : null,
      appended: r.appended,
    })),
    session: t.session,
    passed: t.passed,
    result: t.result.kind === 'error' ? { kind: 'error', handler: t.result.handler, error: t.result.error, rule: t.result.verdict.rule ?? null } : t.result,
    wrongAnswers: t.wrongAnswers,
  };
}

/**
 * A flow-fuzz report as plain JSON data, for `flow --json`.
 *
 * @example
 * process.stdout.write(JSON.stringify(flowReportToJson(report)));
 */
export function flowReportToJson(report: FlowFuzzReport, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const c = report.counterexample;
  return {
    ok: report.ok,
    runs: report.runs,
    requestedRuns: report.requestedRuns,
    seed: report.seed,
    strict: report.strict,
    maxWrong: report.maxWrong,
    maxRounds: report.maxRounds,
    results: report.results,
    warnings: report.warnings,
    counterexample: c
      ? {
          property: c.violation.property,
          severity: c.violation.severity,
          message: c.violation.message,
          violations: c.violations,
          seed: c.seed,
          path: c.path,
          shrinks: c.shrinks,
          transcript: transcriptToJson(c.transcript),
          twin: c.twin ? transcriptToJson(c.twin) : null,
        }
      : null,
    ...extra,
  };
}

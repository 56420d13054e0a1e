/**
 * The flow properties: what must hold for every custom-auth sign-in, judged on a transcript. The
 * handlers' own output rules (`checkResponse`) are reused as they are; these properties are about
 * the loop — who gets tokens, after which answers, and what a client can learn.
 */
import { formatPath, type Severity } from '../../shared/issues.js';
import type { FlowInvocation, FlowResult, FlowStart, FlowTranscript } from './flow.js';

/** Stable ids of the flow properties. */
export type FlowPropertyId =
  | 'custom-auth/define-conflicting-decision'
  | 'custom-auth/define-no-decision'
  | 'custom-auth/handler-error'
  | 'custom-auth/answer-in-public-parameters'
  | 'custom-auth/tokens-without-correct-answer'
  | 'custom-auth/always-wrong-got-tokens'
  | 'custom-auth/always-right-no-tokens'
  | 'custom-auth/unbounded-wrong-answers'
  | 'custom-auth/reveals-user-existence';

/** One row of the property table. */
export interface FlowProperty {
  readonly id: FlowPropertyId;
  /** `warning`s fail a fuzz run only with `strict`. */
  readonly severity: Severity;
  /** What must hold. */
  readonly summary: string;
}

/**
 * Every flow property, in the order a counterexample reports them (the first broken one leads).
 *
 * @example
 * FLOW_PROPERTIES.map((p) => `| \`${p.id}\` | ${p.severity} | ${p.summary} |`).join('\n') // the docs table
 */
export const FLOW_PROPERTIES: readonly FlowProperty[] = [
  {
    id: 'custom-auth/define-conflicting-decision',
    severity: 'error',
    summary: 'Define never returns issueTokens and failAuthentication both true (Cognito documents no outcome for it).',
  },
  {
    id: 'custom-auth/define-no-decision',
    severity: 'error',
    summary: 'Define always decides: issue tokens, fail, or name the next challenge.',
  },
  {
    id: 'custom-auth/handler-error',
    severity: 'error',
    summary:
      'No handler crashes, times out, returns output Cognito cannot use, or breaks an output rule at any round (session [] on the first round, no clientMetadata on it, userNotFound).',
  },
  {
    id: 'custom-auth/answer-in-public-parameters',
    severity: 'error',
    summary: 'No privateChallengeParameters value appears in the publicChallengeParameters the client receives.',
  },
  {
    id: 'custom-auth/tokens-without-correct-answer',
    severity: 'error',
    summary: 'Tokens are issued only when the latest challenge was answered correctly (a session holding only SRP_A, or nothing, proves nothing).',
  },
  {
    id: 'custom-auth/always-wrong-got-tokens',
    severity: 'error',
    summary: 'A client that answers every challenge wrong never gets tokens.',
  },
  {
    id: 'custom-auth/always-right-no-tokens',
    severity: 'error',
    summary: 'A client that answers every challenge right gets tokens (an existing user, in a start the app supports).',
  },
  {
    id: 'custom-auth/unbounded-wrong-answers',
    severity: 'warning',
    summary: 'The flow fails after at most maxWrong wrong answers (default 5): unlimited retries invite brute force.',
  },
  {
    id: 'custom-auth/reveals-user-existence',
    severity: 'warning',
    summary: 'A user that does not exist gets the same challenges, parameter keys and final error as an existing user answering wrong.',
  },
];

const RANK = new Map<FlowPropertyId, number>(FLOW_PROPERTIES.map((p, i) => [p.id, i]));
const SEVERITY = new Map<FlowPropertyId, Severity>(FLOW_PROPERTIES.map((p) => [p.id, p.severity]));

/** A property a flow broke. */
export interface FlowViolation {
  readonly property: FlowPropertyId;
  readonly severity: Severity;
  readonly message: string;
  /** The round where it shows, when there is one. */
  readonly round: number | undefined;
  /** The output rule behind it (`<slug>/<what>` or `fuzz/<what>`), for handler-level properties. */
  readonly rule: string | undefined;
}

/** Options of {@link checkFlow}. */
export interface FlowCheckOptions {
  /** Wrong answers after which the flow must have failed (default 5). */
  maxWrong?: number | undefined;
  /** Output-rule warnings count as handler errors. */
  strict?: boolean | undefined;
  /** The starts the app supports: the always-right property applies to these only (default `['passwordless']`). */
  starts?: readonly FlowStart[] | undefined;
  /**
   * For a user that does not exist: the flow of an existing user of the same pool whose client
   * answered every challenge wrong, to compare what each client sees.
   */
  twin?: FlowTranscript | undefined;
  /** Judge only these properties (default: all). */
  properties?: readonly FlowPropertyId[] | undefined;
}

/** Default bound of wrong answers (`maxWrong`, CLI `--max-wrong`): after this many, the flow must have failed. */
export const DEFAULT_MAX_WRONG = 5;

/**
 * True when the violation fails a run: an error, or a warning under `strict`.
 *
 * @example
 * checkFlow(transcript).filter((v) => isFailing(v, false))
 */
export function isFailing(violation: FlowViolation, strict: boolean): boolean {
  return violation.severity === 'error' || strict;
}

/**
 * Judges one flow against every property; returns the violations, the most important first
 * (the order of {@link FLOW_PROPERTIES}), at most one per property.
 *
 * @example
 * const violations = checkFlow(await simulateCustomAuth(handlers, { answers: alwaysWrong() }));
 * // [{ property: 'custom-auth/always-wrong-got-tokens', severity: 'error', … }]
 */
export function checkFlow(transcript: FlowTranscript, options: FlowCheckOptions = {}): FlowViolation[] {
  const maxWrong = options.maxWrong ?? DEFAULT_MAX_WRONG;
  const strict = options.strict === true;
  const found = new Map<FlowPropertyId, FlowViolation>();
  const wanted = options.properties ? new Set(options.properties) : undefined;
  const add = (property: FlowPropertyId, message: string, round?: number, rule?: string): void => {
    if (wanted && !wanted.has(property)) return;
    if (!found.has(property)) found.set(property, { property, severity: SEVERITY.get(property)!, message, round, rule });
  };
  const roundOf = new Map<FlowInvocation, number>();
  for (const r of transcript.rounds) for (const inv of [r.define, r.create, r.verify]) if (inv) roundOf.set(inv, r.round);

  // Handler-level: the output rules, and crashes, timeouts, unusable outputs.
  for (const inv of transcript.invocations) {
    const round = roundOf.get(inv);
    const where = `${inv.handler} (round ${round ?? '?'})`;
    if (inv.outcome.kind !== 'returned' && inv.verdict.kind !== 'denied') {
      add('custom-auth/handler-error', `${where}: ${inv.verdict.message}${clientSees(inv)}`, round, inv.verdict.rule);
    }
    for (const issue of inv.verdict.issues) {
      if (issue.severity !== 'error' && !strict) continue;
      const property: FlowPropertyId =
        issue.rule === 'define-auth-challenge/conflicting-decision'
          ? 'custom-auth/define-conflicting-decision'
          : issue.rule === 'define-auth-challenge/no-decision'
            ? 'custom-auth/define-no-decision'
            : issue.rule === 'create-auth-challenge/answer-leaked'
              ? 'custom-auth/answer-in-public-parameters'
              : 'custom-auth/handler-error';
      add(property, `${where}: ${formatPath(issue.path)}: ${issue.message}${clientSees(inv)}`, round, issue.rule);
    }
  }

  const { result, setup } = transcript;
  const lastRound = transcript.rounds.at(-1)?.round;
  if (result.kind === 'tokens') {
    const latest = latestProof(transcript);
    if (latest === undefined) {
      add(
        'custom-auth/tokens-without-correct-answer',
        `Define issued tokens in round ${lastRound} before the client answered any challenge (session ${sessionText(transcript.rounds.at(-1)?.session ?? [])}): whoever starts the flow signs in`,
        lastRound,
      );
    } else if (!latest.passed) {
      const a = latest.round?.answer;
      const detail = a
        ? ` (the client sent ${JSON.stringify(a.answer)}, ${a.expected === undefined ? 'and there is no right answer: the user does not exist' : `the right answer was ${JSON.stringify(a.expected)}`}; Verify said answerCorrect ${String(latest.round?.verify?.response?.answerCorrect ?? null)})`
        : '';
      add(
        'custom-auth/tokens-without-correct-answer',
        `Define issued tokens in round ${lastRound} although the latest challenge, ${latest.challengeName} in round ${latest.round?.round ?? '?'}, was not passed${detail}`,
        lastRound,
      );
    }
    if (setup.strategy.kind === 'always-wrong') {
      add('custom-auth/always-wrong-got-tokens', `a client that answered every challenge wrong got tokens in round ${lastRound}`, lastRound);
    }
  }
  const starts = options.starts ?? ['passwordless'];
  if (setup.strategy.kind === 'always-right' && setup.userExists && starts.includes(setup.start) && result.kind !== 'tokens' && result.kind !== 'pending' && result.kind !== 'abandoned') {
    add('custom-auth/always-right-no-tokens', `a client that answered every challenge right got no tokens: ${resultText(result)}`, lastRound);
  }
  if (transcript.wrongAnswers > maxWrong) {
    let seen = 0;
    const over = transcript.rounds.find((r) => r.answer && !r.answer.correct && ++seen > maxWrong);
    add(
      'custom-auth/unbounded-wrong-answers',
      `the client gave ${transcript.wrongAnswers} wrong answers and the flow still went on (${resultText(result)}); fail the authentication after at most ${maxWrong} wrong answers, or a client can guess as long as the session lasts`,
      over?.round,
    );
  }
  if (options.twin && !setup.userExists) {
    const difference = firstDifference(clientView(transcript), clientView(options.twin));
    if (difference) {
      add(
        'custom-auth/reveals-user-existence',
        `at step ${difference.index + 1}, a user that does not exist gets ${difference.missing} where an existing user answering wrong gets ${difference.existing}: a client can tell who has an account`,
        difference.index + 1,
      );
    }
  }
  return [...found.values()].sort((a, b) => RANK.get(a.property)! - RANK.get(b.property)!);
}

function clientSees(inv: FlowInvocation): string {
  const error = inv.outcome.kind === 'returned' ? undefined : inv.outcome.cognitoError?.text;
  return error ? `; the client sees ${error}` : '';
}

/** The latest session entry that proves something (SRP_A only carries the client's public value). */
function latestProof(t: FlowTranscript): { challengeName: string; passed: boolean; round: FlowTranscript['rounds'][number] | undefined } | undefined {
  const owner: Array<FlowTranscript['rounds'][number] | undefined> = [];
  const prefix = t.session.length - t.rounds.reduce((n, r) => n + r.appended.length, 0);
  for (let i = 0; i < prefix; i++) owner.push(undefined);
  for (const r of t.rounds) for (let i = 0; i < r.appended.length; i++) owner.push(r);
  for (let i = t.session.length - 1; i >= 0; i--) {
    const entry = t.session[i]!;
    if (entry.challengeName === 'SRP_A') continue;
    return { challengeName: entry.challengeName, passed: t.passed[i] === true, round: owner[i] };
  }
  return undefined;
}

/**
 * A one-line account of how a flow ended.
 *
 * @example
 * resultText({ kind: 'stuck', maxRounds: 20 }) // 'no decision within 20 rounds (stuck)'
 */
export function resultText(result: FlowResult): string {
  switch (result.kind) {
    case 'tokens':
      return 'tokens issued';
    case 'failed':
      return `authentication failed (${result.error.text})`;
    case 'error':
      return `${result.handler} failed and the client got ${result.error.text}`;
    case 'stuck':
      return `no decision within ${result.maxRounds} rounds (stuck)`;
    case 'abandoned':
      return 'the client abandoned the flow';
    case 'pending':
      return 'a challenge is waiting for the client';
  }
}

function sessionText(session: FlowTranscript['session']): string {
  return `[${session.map((e) => `${e.challengeName}:${String(e.challengeResult)}`).join(', ')}]`;
}

/** What the client sees at each API answer: a challenge and its parameter keys, tokens, or an error. */
function clientView(t: FlowTranscript): string[] {
  const view: string[] = [];
  for (const r of t.rounds) {
    const d = r.decision;
    if (d?.kind === 'challenge') {
      const keys = r.challenge?.publicChallengeParameters ? Object.keys(r.challenge.publicChallengeParameters).sort() : [];
      view.push(r.challenge ? `challenge ${d.challengeName} with parameters {${keys.join(', ')}}` : `challenge ${d.challengeName}`);
    }
  }
  const { result } = t;
  view.push(result.kind === 'failed' || result.kind === 'error' ? `the error ${result.error.text}` : resultText(result));
  return view;
}

function firstDifference(missing: readonly string[], existing: readonly string[]): { index: number; missing: string; existing: string } | undefined {
  const n = Math.max(missing.length, existing.length);
  for (let i = 0; i < n; i++) {
    if (missing[i] !== existing[i]) return { index: i, missing: missing[i] ?? 'nothing more', existing: existing[i] ?? 'nothing more' };
  }
  return undefined;
}

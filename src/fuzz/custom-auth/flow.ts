/**
 * The custom-auth challenge loop, run as Cognito runs it (sheet §3.5, §4.2, §4.3, §4.5): Define
 * decides, Create sets a challenge, the client answers, Verify judges, the session grows by one
 * entry per round. {@link CustomAuthFlow} is the loop as a stateful object, driven one client
 * action at a time; `simulateCustomAuth` and the model-based commands both drive it.
 */
import type { AnyHandler } from '../../harness/invoke.js';
import { invokeHandler } from '../../harness/invoke.js';
import { cognitoErrorFor } from '../../harness/errors.js';
import type { InvokeOutcome } from '../../harness/outcome.js';
import { DEFINE_CHALLENGE_NAMES, MFA_CHALLENGE_NAMES } from '../../shared/atoms.js';
import { KitUsageError } from '../../shared/errors.js';
import type { ContractIssue } from '../../shared/issues.js';
import type { SessionEntry } from '../../shared/gen/challenge-session.js';
import type { TriggerSlug } from '../../triggers/registry.js';
import { prefilledResponse } from '../../validation/prefill.js';
import { judgeOutcome, type RunVerdict } from '../verdict.js';
import { decideAnswer, wrongAnswerFor, type AnswerIntent, type AnswerStrategy } from './strategies.js';

/** The three handlers of a custom-auth flow. Any handler style works (async, promise, callback). */
export interface CustomAuthHandlers {
  readonly define: AnyHandler;
  readonly create: AnyHandler;
  readonly verify: AnyHandler;
}

/** Which of the three handlers. */
export type FlowHandlerName = 'define' | 'create' | 'verify';

/** The API call a handler invocation belongs to (it decides whether `clientMetadata` is passed). */
export type FlowApi = 'InitiateAuth' | 'RespondToAuthChallenge';

/**
 * How the flow starts:
 * - `passwordless`: `InitiateAuth` with `CUSTOM_AUTH`; the first Define gets `session: []`;
 * - `srp`: `CUSTOM_AUTH` with `CHALLENGE_NAME: SRP_A`; the first Define gets `[SRP_A]` and a
 *   `PASSWORD_VERIFIER` step follows if Define asks for it.
 */
export type FlowStart = 'passwordless' | 'srp';

/** The pool's `PreventUserExistenceErrors` setting (sheet §4.5). */
export type PreventUserExistenceErrors = 'ENABLED' | 'LEGACY';

/** The user signing in: a `userArb()` value fits. */
export interface FlowUser {
  readonly region: string;
  readonly userPoolId: string;
  readonly userName: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Set for a federated user, which custom auth never sees (rejected). */
  readonly identity?: unknown;
  /** `typed` marks a user the pool does not hold (`userArb({ stage: 'not-found' })`). */
  readonly usernameKind?: string;
}

/** What Create set up for one round, as the kit reads it from Create's response. */
export interface CreatedChallenge {
  readonly challengeName: string;
  /** 1-based number of this custom challenge in the flow. */
  readonly attempt: number;
  readonly publicChallengeParameters: Readonly<Record<string, unknown>> | null;
  readonly privateChallengeParameters: Readonly<Record<string, unknown>> | null;
  readonly challengeMetadata: string | null;
}

/**
 * Where the right answer is: the key of `privateChallengeParameters` that holds it (default
 * `answer`, the convention of the AWS examples), or a function that derives it from Create's
 * output (for designs where the answer is not stored as such, e.g. a magic-link signature).
 */
export type RightAnswer = string | ((challenge: CreatedChallenge) => string | undefined);

/** The error the API caller sees: a Cognito client error or an authentication failure. */
export interface FlowClientError {
  readonly name: string;
  readonly message: string;
  /** `<name>: <message>`. */
  readonly text: string;
}

/** One handler invocation in the flow. */
export interface FlowInvocation {
  readonly handler: FlowHandlerName;
  readonly api: FlowApi;
  /** The event exactly as sent (a snapshot; the handler received a JSON copy). */
  readonly event: Record<string, unknown>;
  readonly outcome: InvokeOutcome;
  /** `output.response` when the handler returned an output Cognito could read. */
  readonly response: Record<string, unknown> | undefined;
  /** The output judged by the response rules (`judgeOutcome` / `checkResponse`). */
  readonly verdict: RunVerdict;
}

/** What Define decided. */
export type DefineDecision =
  | { readonly kind: 'issue-tokens' }
  | { readonly kind: 'fail' }
  | { readonly kind: 'challenge'; readonly challengeName: string };

/** The client's answer to a custom challenge. */
export interface FlowAnswer {
  readonly intent: AnswerIntent | 'exact';
  /** The `challengeAnswer` sent. */
  readonly answer: string;
  /** The right answer, when the kit could tell it. */
  readonly expected: string | undefined;
  /** Ground truth: the answer is the right one (never, for a user that does not exist). */
  readonly correct: boolean;
}

/** A challenge Cognito runs itself (SRP, password, device), without Create or Verify. */
export interface BuiltInStep {
  readonly challengeName: string;
  readonly passed: boolean;
}

/** One round: one Define call, and what followed it. */
export interface FlowRound {
  /** 1-based. */
  readonly round: number;
  /** The API call that made Cognito call Define this round. */
  readonly api: FlowApi;
  /** The session Define (and Create) received. */
  readonly session: readonly SessionEntry[];
  readonly define: FlowInvocation;
  /** Undefined when Define failed (the flow ended with an error). */
  readonly decision: DefineDecision | undefined;
  readonly create: FlowInvocation | undefined;
  readonly challenge: CreatedChallenge | undefined;
  readonly answer: FlowAnswer | undefined;
  readonly verify: FlowInvocation | undefined;
  readonly builtIn: BuiltInStep | undefined;
  /** The session entries this round added. */
  readonly appended: readonly SessionEntry[];
}

/**
 * How the flow ended:
 * - `tokens`: Define issued tokens;
 * - `failed`: authentication failed (Define's `failAuthentication`, or a user not found in a
 *   LEGACY pool), with what the client sees;
 * - `error`: a handler failed (threw, timed out, output Cognito cannot use) and the client got
 *   the Cognito error;
 * - `stuck`: no decision within `maxRounds` rounds;
 * - `abandoned`: the client walked away (model-based commands);
 * - `pending`: a challenge is waiting for the client's answer (a flow driven step by step).
 */
export type FlowResult =
  | { readonly kind: 'tokens' }
  | { readonly kind: 'failed'; readonly error: FlowClientError; readonly by: 'define' | 'cognito' }
  | { readonly kind: 'error'; readonly error: FlowClientError; readonly handler: FlowHandlerName; readonly verdict: RunVerdict }
  | { readonly kind: 'stuck'; readonly maxRounds: number }
  | { readonly kind: 'abandoned' }
  | { readonly kind: 'pending' };

/** The settings a flow ran with (the scenario), as the transcript reports them. */
export interface FlowSetup {
  readonly user: FlowUser;
  readonly userExists: boolean;
  readonly preventUserExistenceErrors: PreventUserExistenceErrors;
  readonly clientId: string;
  readonly awsSdkVersion: string;
  readonly start: FlowStart;
  /** What RespondToAuthChallenge sends as ClientMetadata (never InitiateAuth's, sheet §4.3). */
  readonly clientMetadata: Readonly<Record<string, string>> | undefined;
  readonly strategy: AnswerStrategy;
  readonly mfa: MfaChallenge | undefined;
  readonly maxRounds: number;
}

/** What a flow did: every round, the session as it grew, and the result. */
export interface FlowTranscript {
  readonly setup: FlowSetup;
  readonly rounds: readonly FlowRound[];
  /** Every handler invocation, in order. */
  readonly invocations: readonly FlowInvocation[];
  /** The final session. */
  readonly session: readonly SessionEntry[];
  /** Ground truth per session entry: the client really passed that challenge. */
  readonly passed: readonly boolean[];
  readonly result: FlowResult;
  /** Custom challenges answered wrong. */
  readonly wrongAnswers: number;
}

/** MFA challenges Cognito adds by itself after a PASSWORD_VERIFIER for a user with MFA. */
export type MfaChallenge = 'SMS_MFA' | 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA';

/** Resolved settings of a {@link CustomAuthFlow}. */
export interface FlowConfig extends FlowSetup {
  readonly rightAnswer: RightAnswer;
  readonly timeoutMs: number | undefined;
  readonly strict: boolean;
  /** Seed of the invocations' `awsRequestId`s. */
  readonly seed: number;
}

const SLUGS: Readonly<Record<FlowHandlerName, TriggerSlug>> = {
  define: 'define-auth-challenge',
  create: 'create-auth-challenge',
  verify: 'verify-auth-challenge-response',
};
const SOURCES: Readonly<Record<FlowHandlerName, string>> = {
  define: 'DefineAuthChallenge_Authentication',
  create: 'CreateAuthChallenge_Authentication',
  verify: 'VerifyAuthChallengeResponse_Authentication',
};

/** Challenges Cognito runs itself when Define names them (it calls neither Create nor Verify). */
const BUILT_IN = new Set<string>(DEFINE_CHALLENGE_NAMES.filter((n) => n !== 'CUSTOM_CHALLENGE' && !(MFA_CHALLENGE_NAMES as readonly string[]).includes(n)));

/**
 * Rule errors after which Cognito still goes on: the leak is invisible to Cognito, a changed
 * triggerSource is read anyway, and a Verify left at `null` counts as a wrong answer (sheet §1.4).
 */
function isFatal(issue: ContractIssue, response: Record<string, unknown> | undefined): boolean {
  if (issue.severity !== 'error') return false;
  if (issue.rule === 'create-auth-challenge/answer-leaked' || issue.rule.endsWith('/trigger-source-changed')) return false;
  if (issue.rule === 'verify-auth-challenge-response/answer-not-boolean') {
    const v = response?.answerCorrect;
    return !(v === null || v === undefined);
  }
  return true;
}

/**
 * The client error when the response breaks a rule that stops Cognito. Cognito documents
 * "Unrecognizable lambda output" for fields of the wrong type; for a Define that decides nothing,
 * or decides both ways, what the client sees is UNVERIFIED and the kit uses the same error.
 */
function unusableResponse(handler: FlowHandlerName): FlowClientError {
  return cognitoErrorFor(SLUGS[handler], { kind: 'invalid-output', reason: 'no-response-object' });
}

/**
 * What the client sees when Define fails the authentication. Cognito answers NotAuthorizedException
 * (sheet §3.5); the message text is UNVERIFIED — the kit uses the one Cognito gives for a wrong
 * password, which is also what PreventUserExistenceErrors makes it say for a user not found.
 *
 * @example
 * expect(transcript.result).toEqual({ kind: 'failed', by: 'define', error: AUTH_FAILED });
 */
export const AUTH_FAILED: FlowClientError = {
  name: 'NotAuthorizedException',
  message: 'Incorrect username or password.',
  text: 'NotAuthorizedException: Incorrect username or password.',
};

/**
 * What a LEGACY pool answers InitiateAuth for a username it does not hold; no trigger runs (sheet
 * §4.5). The message text is the one SDKs commonly show (UNVERIFIED against the API model).
 *
 * @example
 * (await simulateCustomAuth(handlers, { userExists: false })).result // { kind: 'failed', by: 'cognito', error: USER_NOT_FOUND }
 */
export const USER_NOT_FOUND: FlowClientError = {
  name: 'UserNotFoundException',
  message: 'User does not exist.',
  text: 'UserNotFoundException: User does not exist.',
};

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

interface MutableRound {
  round: number;
  api: FlowApi;
  session: SessionEntry[];
  define?: FlowInvocation;
  decision: DefineDecision | undefined;
  create: FlowInvocation | undefined;
  challenge: CreatedChallenge | undefined;
  answer: FlowAnswer | undefined;
  verify: FlowInvocation | undefined;
  builtIn: BuiltInStep | undefined;
  appended: SessionEntry[];
}

type Pending = { readonly kind: 'custom'; readonly challenge: CreatedChallenge; readonly expected: string | undefined } | { readonly kind: 'built-in'; readonly challengeName: string };

/**
 * The custom-auth loop as a stateful object: `initiate()` is InitiateAuth, `respond()` is the
 * client's RespondToAuthChallenge, `abandon()` walks away. Every handler call goes through
 * `invokeHandler` (5 s limit, JSON round trip, Cognito's error mapping) and every output through
 * the response rules.
 *
 * Cognito's semantics (sheet §3.5, §4.3, §4.5):
 * - Define is called with `session: []` on a passwordless start, `[SRP_A]` on an SRP start; no
 *   `clientMetadata` on the InitiateAuth round; the RespondToAuthChallenge rounds carry it to
 *   Verify, Define and Create when the client sends some.
 * - `CUSTOM_CHALLENGE` calls Create with the same session and `challengeName`; its public
 *   parameters go to the client, its private ones to Verify.
 * - `SRP_A`, `PASSWORD_VERIFIER`, the device steps, `ADMIN_NO_SRP_AUTH` and
 *   `NEW_PASSWORD_REQUIRED` are run by Cognito itself (no Create, no Verify): the session gains
 *   the step with its result and `challengeMetadata: null`; after a passed `PASSWORD_VERIFIER`
 *   the `mfa` option adds Cognito's own MFA entry.
 * - Each custom round appends `{ CUSTOM_CHALLENGE, answerCorrect, <Create's challengeMetadata> }`.
 * - `userNotFound` is in every request when the pool has PreventUserExistenceErrors ENABLED; a
 *   LEGACY pool answers UserNotFoundException for a user it does not hold, calling no trigger.
 * - A handler that throws, times out or returns what Cognito cannot read ends the flow with the
 *   error the client sees.
 *
 * Choices where Cognito's behaviour is UNVERIFIED: a Define that decides nothing or both
 * (issueTokens and failAuthentication true) ends the flow with InvalidLambdaResponseException
 * "Unrecognizable lambda output"; `failAuthentication` shows as NotAuthorizedException
 * "Incorrect username or password."; tokens issued for a user that does not exist are reported
 * as `tokens` (the worst case); Verify gets Create's `privateChallengeParameters` as they are,
 * even `null`.
 *
 * @example
 * const flow = new CustomAuthFlow({ define, create, verify }, resolveFlowConfig({}));
 * await flow.initiate();
 * while (flow.pendingChallenge) await flow.respond('right');
 * console.log(flow.transcript().result); // { kind: 'tokens' }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
 */
export class CustomAuthFlow {
  readonly handlers: CustomAuthHandlers;
  readonly config: FlowConfig;
  private rounds: MutableRound[] = [];
  private invocations: FlowInvocation[] = [];
  private session: SessionEntry[] = [];
  private passed: boolean[] = [];
  private result: FlowResult = { kind: 'pending' };
  private pending: Pending | undefined;
  private api: FlowApi = 'InitiateAuth';
  private wrong = 0;
  private calls = 0;
  private started = false;

  constructor(handlers: CustomAuthHandlers, config: FlowConfig) {
    checkHandlers(handlers);
    this.handlers = handlers;
    this.config = config;
  }

  /** The challenge waiting for an answer, if any. */
  get pendingChallenge(): CreatedChallenge | { readonly challengeName: string } | undefined {
    if (!this.pending) return undefined;
    return this.pending.kind === 'custom' ? this.pending.challenge : { challengeName: this.pending.challengeName };
  }

  /** True once the flow has ended (tokens, failed, error, stuck or abandoned). */
  get ended(): boolean {
    return this.started && this.result.kind !== 'pending';
  }

  /** Custom challenges answered wrong so far. */
  get wrongAnswers(): number {
    return this.wrong;
  }

  /**
   * InitiateAuth: starts (or restarts) the flow with a fresh session and runs Define (and Create)
   * until a challenge waits for the client or the flow ends.
   */
  async initiate(): Promise<void> {
    this.rounds = [];
    this.invocations = [];
    this.passed = [];
    this.wrong = 0;
    this.pending = undefined;
    this.result = { kind: 'pending' };
    this.api = 'InitiateAuth';
    this.started = true;
    if (!this.config.userExists && this.config.preventUserExistenceErrors === 'LEGACY') {
      this.result = { kind: 'failed', error: USER_NOT_FOUND, by: 'cognito' };
      this.session = [];
      return;
    }
    this.session = this.config.start === 'srp' ? [{ challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }] : [];
    this.passed = this.session.map(() => true);
    await this.advance();
  }

  /**
   * RespondToAuthChallenge: the client answers the waiting challenge — `'right'`, `'wrong'`, or
   * an exact answer string — and the loop runs on.
   */
  async respond(answer: AnswerIntent | { readonly answer: string }): Promise<void> {
    const pending = this.pending;
    if (!pending) {
      throw new KitUsageError(
        `no challenge is waiting for an answer (the flow is ${this.started ? this.result.kind : 'not started: call initiate() first'})`,
        'respond',
        'no-pending-challenge',
      );
    }
    this.pending = undefined;
    this.api = 'RespondToAuthChallenge';
    const round = this.rounds.at(-1)!;
    const exists = this.config.userExists;
    if (pending.kind === 'built-in') {
      // SRP_A only carries the client's public value: Cognito records it as passed.
      const ok = pending.challengeName === 'SRP_A' || (exists && answer !== 'wrong');
      round.builtIn = { challengeName: pending.challengeName, passed: ok };
      this.append(round, { challengeName: pending.challengeName as SessionEntry['challengeName'], challengeResult: ok, challengeMetadata: null }, ok);
      if (ok && pending.challengeName === 'PASSWORD_VERIFIER' && this.config.mfa) {
        this.append(round, { challengeName: this.config.mfa, challengeResult: true, challengeMetadata: null }, true);
      }
      await this.advance();
      return;
    }
    const { challenge, expected } = pending;
    let sent: FlowAnswer;
    if (typeof answer === 'object') {
      sent = { intent: 'exact', answer: answer.answer, expected: exists ? expected : undefined, correct: exists && expected !== undefined && answer.answer === expected };
    } else if (!exists) {
      // The code went to nobody: a client signing in as a user that does not exist can only guess.
      sent = { intent: answer, answer: wrongAnswerFor(expected), expected: undefined, correct: false };
    } else if (answer === 'right') {
      if (expected === undefined) throw unknownAnswer(challenge, this.config.rightAnswer);
      sent = { intent: 'right', answer: expected, expected, correct: true };
    } else {
      sent = { intent: 'wrong', answer: wrongAnswerFor(expected), expected, correct: false };
    }
    round.answer = sent;
    if (!sent.correct) this.wrong++;
    const request: Record<string, unknown> = {
      userAttributes: { ...this.config.user.attributes },
      privateChallengeParameters: challenge.privateChallengeParameters === null ? null : structuredClone(challenge.privateChallengeParameters),
      challengeAnswer: sent.answer,
    };
    this.common(request);
    const verify = await this.invoke('verify', request);
    round.verify = verify;
    if (this.stopIfFailed(verify)) return;
    const correct = verify.response?.answerCorrect === true;
    this.append(round, { challengeName: 'CUSTOM_CHALLENGE', challengeResult: correct, challengeMetadata: challenge.challengeMetadata }, sent.correct);
    await this.advance();
  }

  /**
   * Answers the waiting challenge as `strategy` would (default: the flow's own strategy). Cognito's
   * own steps (password, device) are passed unless the strategy is `always-wrong`.
   */
  async answerWith(strategy: AnswerStrategy = this.config.strategy): Promise<void> {
    const pending = this.pending;
    if (pending?.kind === 'custom') {
      const { challenge, expected } = pending;
      await this.respond(
        decideAnswer(strategy, {
          attempt: challenge.attempt,
          wrongSoFar: this.wrong,
          publicChallengeParameters: challenge.publicChallengeParameters,
          expected: this.config.userExists ? expected : undefined,
        }),
      );
      return;
    }
    await this.respond(strategy.kind === 'always-wrong' ? 'wrong' : 'right');
  }

  /** The client walks away from the waiting challenge (the session expires). */
  abandon(): void {
    if (!this.started || this.ended) return;
    this.pending = undefined;
    this.result = { kind: 'abandoned' };
  }

  /**
   * What the flow did so far. Each call returns a snapshot: later steps do not change it.
   *
   * @example
   * const { rounds, session, result } = flow.transcript();
   */
  transcript(): FlowTranscript {
    const { rightAnswer: _r, timeoutMs: _t, strict: _s, seed: _seed, ...setup } = this.config;
    return {
      setup,
      rounds: this.rounds.map((r) => ({
        round: r.round,
        api: r.api,
        session: r.session,
        define: r.define!,
        decision: r.decision,
        create: r.create,
        challenge: r.challenge,
        answer: r.answer,
        verify: r.verify,
        builtIn: r.builtIn,
        appended: [...r.appended],
      })),
      invocations: [...this.invocations],
      session: this.session.map((e) => ({ ...e })),
      passed: [...this.passed],
      result: this.result,
      wrongAnswers: this.wrong,
    };
  }

  private append(round: MutableRound, entry: SessionEntry, passed: boolean): void {
    this.session.push(entry);
    this.passed.push(passed);
    round.appended.push({ ...entry });
  }

  /** Runs Define (then Create) until a challenge waits for the client or the flow ends. */
  private async advance(): Promise<void> {
    for (;;) {
      if (this.rounds.length >= this.config.maxRounds) {
        this.result = { kind: 'stuck', maxRounds: this.config.maxRounds };
        return;
      }
      const session = this.session.map((e) => ({ ...e }));
      const round: MutableRound = {
        round: this.rounds.length + 1,
        api: this.api,
        session,
        decision: undefined,
        create: undefined,
        challenge: undefined,
        answer: undefined,
        verify: undefined,
        builtIn: undefined,
        appended: [],
      };
      const defineRequest: Record<string, unknown> = { userAttributes: { ...this.config.user.attributes }, session: structuredClone(session) };
      this.common(defineRequest);
      const define = await this.invoke('define', defineRequest);
      round.define = define;
      this.rounds.push(round);
      if (this.stopIfFailed(define)) return;
      const decision = readDecision(define.response);
      round.decision = decision;
      if (decision === undefined) {
        this.result = { kind: 'error', error: unusableResponse('define'), handler: 'define', verdict: define.verdict };
        return;
      }
      if (decision.kind === 'issue-tokens') {
        this.result = { kind: 'tokens' };
        return;
      }
      if (decision.kind === 'fail') {
        this.result = { kind: 'failed', error: AUTH_FAILED, by: 'define' };
        return;
      }
      if (BUILT_IN.has(decision.challengeName)) {
        this.pending = { kind: 'built-in', challengeName: decision.challengeName };
        return;
      }
      const createRequest: Record<string, unknown> = {
        userAttributes: { ...this.config.user.attributes },
        challengeName: decision.challengeName,
        session: structuredClone(session),
      };
      this.common(createRequest);
      const create = await this.invoke('create', createRequest);
      round.create = create;
      if (this.stopIfFailed(create)) return;
      const r = create.response ?? {};
      const challenge: CreatedChallenge = {
        challengeName: decision.challengeName,
        attempt: this.rounds.filter((x) => x.challenge !== undefined).length + 1,
        publicChallengeParameters: isObj(r.publicChallengeParameters) ? r.publicChallengeParameters : null,
        privateChallengeParameters: isObj(r.privateChallengeParameters) ? r.privateChallengeParameters : null,
        challengeMetadata: typeof r.challengeMetadata === 'string' ? r.challengeMetadata : null,
      };
      round.challenge = challenge;
      this.pending = { kind: 'custom', challenge, expected: expectedAnswer(challenge, this.config.rightAnswer) };
      return;
    }
  }

  /** userNotFound (ENABLED pools) and clientMetadata (RespondToAuthChallenge only), in that order. */
  private common(request: Record<string, unknown>): void {
    if (this.config.preventUserExistenceErrors === 'ENABLED') request.userNotFound = !this.config.userExists;
    if (this.api === 'RespondToAuthChallenge' && this.config.clientMetadata !== undefined) request.clientMetadata = { ...this.config.clientMetadata };
  }

  private async invoke(handler: FlowHandlerName, request: Record<string, unknown>): Promise<FlowInvocation> {
    const { user, awsSdkVersion, clientId } = this.config;
    const event: Record<string, unknown> = {
      version: '1',
      region: user.region,
      userPoolId: user.userPoolId,
      userName: user.userName,
      callerContext: { awsSdkVersion, clientId },
      triggerSource: SOURCES[handler],
      request,
      response: prefilledResponse(SLUGS[handler]),
    };
    const snapshot = structuredClone(event);
    const outcome = await invokeHandler(this.handlers[handler], event, { timeoutMs: this.config.timeoutMs, seed: `${this.config.seed}:${this.calls++}` });
    const verdict = judgeOutcome(snapshot, outcome, { strict: this.config.strict });
    const response = outcome.kind === 'returned' && isObj(outcome.response) ? outcome.response : undefined;
    const invocation: FlowInvocation = { handler, api: this.api, event: snapshot, outcome, response, verdict };
    this.invocations.push(invocation);
    return invocation;
  }

  /** Ends the flow when the invocation failed in a way the client sees; true if it did. */
  private stopIfFailed(inv: FlowInvocation): boolean {
    let error: FlowClientError | undefined;
    if (inv.outcome.kind !== 'returned') error = inv.outcome.cognitoError ?? unusableResponse(inv.handler);
    else if (inv.verdict.issues.some((i) => isFatal(i, inv.response))) error = unusableResponse(inv.handler);
    if (!error) return false;
    this.result = { kind: 'error', error, handler: inv.handler, verdict: inv.verdict };
    return true;
  }
}

function readDecision(response: Record<string, unknown> | undefined): DefineDecision | undefined {
  if (!response) return undefined;
  if (response.issueTokens === true) return { kind: 'issue-tokens' };
  if (response.failAuthentication === true) return { kind: 'fail' };
  if (typeof response.challengeName === 'string') return { kind: 'challenge', challengeName: response.challengeName };
  return undefined;
}

/**
 * The right answer of a challenge, per `rightAnswer` (a key of `privateChallengeParameters`, or a
 * function of the challenge); `undefined` when it yields no string.
 *
 * @example
 * expectedAnswer(challenge, 'answer')                             // challenge.privateChallengeParameters.answer
 * expectedAnswer(challenge, (c) => c.privateChallengeParameters?.otp as string)
 */
export function expectedAnswer(challenge: CreatedChallenge, rightAnswer: RightAnswer): string | undefined {
  if (typeof rightAnswer === 'function') {
    const value = rightAnswer(challenge);
    return typeof value === 'string' ? value : undefined;
  }
  const value = challenge.privateChallengeParameters?.[rightAnswer];
  return typeof value === 'string' ? value : undefined;
}

function unknownAnswer(challenge: CreatedChallenge, rightAnswer: RightAnswer): KitUsageError {
  const keys = challenge.privateChallengeParameters ? Object.keys(challenge.privateChallengeParameters) : [];
  const where =
    typeof rightAnswer === 'function'
      ? 'the rightAnswer function returned no string'
      : `privateChallengeParameters has no string under ${JSON.stringify(rightAnswer)} (its keys: ${keys.length ? keys.join(', ') : 'none'})`;
  return new KitUsageError(
    `the simulated client cannot answer challenge ${challenge.attempt} right: ${where}. Name the key that holds the right answer (option rightAnswer, CLI --answer-key), or pass rightAnswer: (challenge) => <the answer> for designs that do not store it`,
    'rightAnswer',
    'unknown-right-answer',
  );
}

function checkHandlers(handlers: CustomAuthHandlers): void {
  if (handlers === null || typeof handlers !== 'object') {
    throw new KitUsageError('the handlers must be an object { define, create, verify } of three functions', 'handlers', 'invalid-handlers');
  }
  for (const name of ['define', 'create', 'verify'] as const) {
    const h = handlers[name];
    if (typeof h !== 'function') {
      throw new KitUsageError(`handlers.${name} must be a function (got ${h === null ? 'null' : typeof h})`, `handlers.${name}`, 'not-a-function');
    }
  }
}

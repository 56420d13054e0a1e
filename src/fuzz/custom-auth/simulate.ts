/**
 * `simulateCustomAuth`: one custom-auth sign-in, Define, Create and Verify run together as
 * Cognito runs them, with a simulated client answering by a strategy.
 */
import { KitUsageError } from '../../shared/errors.js';
import { clientIdArb } from '../../shared/gen/client-id.js';
import { userArb } from '../../shared/gen/user.js';
import { checkSeed, DEFAULT_SEED, sampleOne } from '../../shared/sample.js';
import {
  CustomAuthFlow,
  type CustomAuthHandlers,
  type FlowConfig,
  type FlowStart,
  type FlowTranscript,
  type FlowUser,
  type MfaChallenge,
  type PreventUserExistenceErrors,
  type RightAnswer,
} from './flow.js';
import type { AnswerStrategy } from './strategies.js';

/** Options of {@link simulateCustomAuth}. Everything has a realistic default. */
export interface SimulateOptions {
  /** Who signs in (a `userArb()` value fits). Default: a realistic user drawn from `seed`. */
  user?: FlowUser | undefined;
  /** Whether the pool holds the user. Default: true, unless `user` came from `userArb({ stage: 'not-found' })`. */
  userExists?: boolean | undefined;
  /** The pool's setting (default `LEGACY`, the API default): `ENABLED` adds `userNotFound` to every request. */
  preventUserExistenceErrors?: PreventUserExistenceErrors | undefined;
  /** The app client (default: one drawn from `seed`). */
  clientId?: string | undefined;
  /** Default `aws-sdk-unknown-unknown`. */
  awsSdkVersion?: string | undefined;
  /** Default `passwordless` (session `[]` first); `srp` starts with `[SRP_A]`. */
  start?: FlowStart | undefined;
  /** ClientMetadata the client sends with RespondToAuthChallenge (never reaches the InitiateAuth round). */
  clientMetadata?: Readonly<Record<string, string>> | undefined;
  /** How the client answers (default `alwaysRight()`). */
  answers?: AnswerStrategy | undefined;
  /** Where the right answer is (default: `privateChallengeParameters.answer`). */
  rightAnswer?: RightAnswer | undefined;
  /** The MFA step Cognito adds after a passed PASSWORD_VERIFIER (a user with MFA). Default none. */
  mfa?: MfaChallenge | undefined;
  /** Rounds (Define calls) before the flow counts as stuck. Default 20. */
  maxRounds?: number | undefined;
  /** Per-invocation limit in milliseconds (default 5,000, Cognito's). */
  timeoutMs?: number | undefined;
  /** Output-rule warnings count as broken in the invocations' verdicts. */
  strict?: boolean | undefined;
  /** Seed of the default user and client, and of the invocations' request ids. Default 42. */
  seed?: number | undefined;
}

const MAX_ROUNDS = 20;

/**
 * Runs one custom-auth sign-in the way Cognito runs it and returns its transcript: every event
 * sent, every outcome, the session as it grew, and the result (`tokens`, `failed`, `error` with
 * the client-visible Cognito error, or `stuck`). See {@link CustomAuthFlow} for the semantics.
 *
 * Throws a `KitUsageError` for bad options, and when an always-right client cannot tell the right
 * answer (no `privateChallengeParameters.answer`: pass `rightAnswer`).
 *
 * @example
 * const t = await simulateCustomAuth({ define, create, verify }, { answers: wrongThenRight(1) });
 * t.result;                 // { kind: 'tokens' }
 * t.session.map((e) => e.challengeResult); // [false, true]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html
 */
export async function simulateCustomAuth(handlers: CustomAuthHandlers, options: SimulateOptions = {}): Promise<FlowTranscript> {
  const flow = new CustomAuthFlow(handlers, resolveFlowConfig(options));
  await flow.initiate();
  while (flow.pendingChallenge) await flow.answerWith();
  return flow.transcript();
}

/**
 * Applies the defaults of {@link SimulateOptions} and checks them; throws a `KitUsageError`
 * naming the option.
 *
 * @example
 * new CustomAuthFlow(handlers, resolveFlowConfig({ start: 'srp' }))
 */
export function resolveFlowConfig(options: SimulateOptions = {}): FlowConfig {
  if (options === null || typeof options !== 'object') throw new KitUsageError('options must be an object', 'options', 'invalid-option');
  const seed = options.seed === undefined ? DEFAULT_SEED : checkSeed(options.seed, 'options.seed');
  const oneOf = <T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T => {
    if (value === undefined) return fallback;
    if (!allowed.includes(value)) {
      throw new KitUsageError(`options.${name} must be ${allowed.map((a) => JSON.stringify(a)).join(' or ')} (got ${JSON.stringify(value)})`, `options.${name}`, 'invalid-option');
    }
    return value;
  };
  const userExists = options.userExists ?? (options.user ? options.user.usernameKind !== 'typed' : true);
  if (typeof userExists !== 'boolean') throw new KitUsageError('options.userExists must be a boolean', 'options.userExists', 'invalid-option');
  const user = options.user ?? sampleOne(userArb({ profile: 'realistic', federated: false, stage: userExists ? 'existing' : 'not-found' }), seed);
  checkUser(user);
  const maxRounds = options.maxRounds ?? MAX_ROUNDS;
  if (!Number.isSafeInteger(maxRounds) || maxRounds < 1) {
    throw new KitUsageError(`options.maxRounds must be an integer ≥ 1 (got ${String(maxRounds)})`, 'options.maxRounds', 'invalid-option');
  }
  if (options.timeoutMs !== undefined && (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0)) {
    throw new KitUsageError(`options.timeoutMs must be a positive number of milliseconds (got ${String(options.timeoutMs)})`, 'options.timeoutMs', 'invalid-option');
  }
  const metadata = options.clientMetadata;
  if (metadata !== undefined && (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata) || Object.values(metadata).some((v) => typeof v !== 'string'))) {
    throw new KitUsageError('options.clientMetadata must be a map of strings (ClientMetadata is map<string, string>)', 'options.clientMetadata', 'invalid-option');
  }
  const rightAnswer = options.rightAnswer ?? 'answer';
  if (typeof rightAnswer !== 'string' && typeof rightAnswer !== 'function') {
    throw new KitUsageError('options.rightAnswer must be a key of privateChallengeParameters or a function', 'options.rightAnswer', 'invalid-option');
  }
  const strategy = options.answers ?? { kind: 'always-right' };
  if (strategy === null || typeof strategy !== 'object' || typeof (strategy as { kind?: unknown }).kind !== 'string') {
    throw new KitUsageError('options.answers must be an answer strategy such as alwaysRight() or wrongThenRight(2)', 'options.answers', 'invalid-option');
  }
  return {
    user,
    userExists,
    preventUserExistenceErrors: oneOf('preventUserExistenceErrors', options.preventUserExistenceErrors, ['ENABLED', 'LEGACY'], 'LEGACY'),
    clientId: options.clientId ?? sampleOne(clientIdArb(), seed),
    awsSdkVersion: options.awsSdkVersion ?? 'aws-sdk-unknown-unknown',
    start: oneOf('start', options.start, ['passwordless', 'srp'], 'passwordless'),
    clientMetadata: metadata,
    strategy,
    mfa: options.mfa === undefined ? undefined : oneOf<MfaChallenge>('mfa', options.mfa, ['SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'], 'SMS_MFA'),
    maxRounds,
    rightAnswer,
    timeoutMs: options.timeoutMs,
    strict: options.strict === true,
    seed,
  };
}

function checkUser(user: FlowUser): void {
  if (user === null || typeof user !== 'object') throw new KitUsageError('options.user must be a user such as a userArb() value', 'options.user', 'invalid-option');
  for (const key of ['region', 'userPoolId', 'userName'] as const) {
    if (typeof user[key] !== 'string') throw new KitUsageError(`options.user.${key} must be a string`, `options.user.${key}`, 'invalid-option');
  }
  if (user.attributes === null || typeof user.attributes !== 'object') {
    throw new KitUsageError('options.user.attributes must be a map of strings', 'options.user.attributes', 'invalid-option');
  }
  if (user.identity !== undefined && user.identity !== null) {
    throw new KitUsageError(
      'options.user is a federated user: federated sign-in never runs the custom-auth triggers (sheet §4.4); use userArb({ federated: false })',
      'options.user',
      'federated-user',
    );
  }
}

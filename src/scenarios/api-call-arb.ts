/**
 * `apiCallArb`: the trigger events one Cognito API call fires, in order, about one user of one
 * pool seen through one app client, with the call's ClientMetadata routed as Cognito routes it
 * (sheet §4.3, §4.4).
 *
 * How a scenario is made: one draw fixes the setup (profile, the pool's triggers, the facts the
 * call depends on: user in the pool or not, MFA, auto-confirm, …) and so the plan (the requests
 * and the steps, walked from {@link API_CALLS}); a second draw makes the user, the app client, the
 * ClientMetadata of each request and one event per step from the trigger's own arbitrary; each
 * event is then rebased onto the scenario (pool, client, user at the step's stage) and its
 * `clientMetadata` / `validationData` set from {@link CLIENT_METADATA_ROUTING}.
 */
import fc from 'fast-check';
import { KitUsageError } from '../shared/errors.js';
import { copyData, setOwn } from '../shared/merge.js';
import { CLIENT_ID_NOT_APPLICABLE } from '../shared/patterns.js';
import { type ConcreteProfile, type Profile, PROFILES, concreteProfiles } from '../shared/gen/constraints.js';
import { type GeneratedUser, userArb } from '../shared/gen/user.js';
import { clientIdArb } from '../shared/gen/client-id.js';
import { awsSdkVersionArb } from '../shared/gen/aws-sdk-version.js';
import { metadataArb } from '../shared/gen/metadata.js';
import { type CustomChallenge, customChallengeArb } from '../shared/gen/challenge-parameters.js';
import type { SessionEntry } from '../shared/gen/challenge-session.js';
import { fakerSeedArb, withFaker } from '../shared/gen/faker.js';
import { drawSenderCode } from '../shared/gen/sender-code.js';
import type { MessageEvent } from '../shared/gen/messages.js';
import { eventArb } from '../triggers/arbitraries.js';
import type { TokenVersion, TriggerSource } from '../triggers/registry.js';
import type { EventFor } from '../types.js';
import {
  API_CALLS,
  API_CALL_NAMES,
  API_OPERATIONS,
  EMAIL_SENDER_METADATA_SOURCES,
  LAMBDA_TRIGGERS,
  MESSAGE_TRIGGERS,
  UNVERIFIED_DEFAULTS,
  clientMetadataRoute,
  emptyFormsOf,
  triggerOfSource,
  type ApiCallName,
  type ApiCallVariant,
  type ApiOperation,
  type AuthFlow,
  type ClientMetadataRouting,
  type Condition,
  type LambdaTrigger,
  type MfaKind,
  type RespondChallenge,
  type StepStage,
  type UnverifiedChoices,
} from './api-calls.js';

type StringMap = Record<string, string>;

/** Options of {@link apiCallArb} (one constraints object, fast-check style). */
export interface ApiCallConstraints {
  /** Default `'mixed'`: each scenario is realistic or adversarial as a whole. */
  profile?: Profile;
  /**
   * The triggers the pool has configured. Default: every trigger, with the message slot drawn
   * from the real alternatives: custom message, both custom senders, or custom message beside one
   * sender (a sender takes over its medium; custom message keeps the other).
   */
  triggers?: readonly LambdaTrigger[];
  /** The pre token generation `LambdaVersion`. Default: drawn from 1, 2, 3 (3 for ClientCredentials). */
  preTokenVersion?: TokenVersion;
  /** `true`: every request that takes ClientMetadata sends a map; `false`: none does; default: either. */
  withClientMetadata?: boolean;
  /** SignUp and AdminCreateUser: `true` sends a ValidationData map, `false` none; default: either. */
  withValidationData?: boolean;
  /**
   * Whether the user is in the pool before the call. Default: mostly `true`. Migration happens
   * only when `false`, UserMigration is configured and the flow sends a password (or is
   * ForgotPassword). Calls that create the user ignore it (`facts.userInPool` is then `false`), and
   * so do FederatedSignIn (a returning federated user is in the pool) and ClientCredentials (no user).
   * For the other calls a user not in the pool fires nothing: Cognito answers UserNotFoundException.
   */
  userInPool?: boolean;
  /** The app client's PreventUserExistenceErrors: `true` ENABLED, `false` LEGACY. Default: either. */
  preventUserExistenceErrors?: boolean;
  /** InitiateAuth / AdminInitiateAuth: the auth flow. Default: any of the call's. */
  authFlow?: AuthFlow;
  /** (Admin)RespondToAuthChallenge: the challenge answered. Default: any. */
  challengeName?: RespondChallenge;
  /** The user's MFA (password sign-ins). Default: drawn, mostly none. */
  mfa?: MfaKind;
  /** The user signs in with a temporary password (NEW_PASSWORD_REQUIRED). Default: drawn, rarely. */
  newPasswordRequired?: boolean;
  /** SignUp: pre sign-up returns `autoConfirmUser: true`. Default: drawn when PreSignUp is configured. */
  autoConfirm?: boolean;
  /** AdminCreateUser with MessageAction SUPPRESS. Default: drawn, rarely. */
  suppressMessage?: boolean;
  /** How codes and messages reach the user. Default: drawn, mostly email. */
  medium?: 'email' | 'sms';
  /** CUSTOM_AUTH: start passwordless (`session: []`) or with SRP (`[SRP_A]`). Default: either. */
  customAuthStart?: 'passwordless' | 'srp';
  /** CUSTOM_AUTH: the most custom-challenge rounds (1–20). Default 3. */
  maxRounds?: number;
  /** Choices on UNVERIFIED points; see {@link UNVERIFIED_DEFAULTS}. */
  unverified?: UnverifiedChoices;
}

/** The facts a scenario was generated with. Facts the call does not depend on hold their neutral value. */
export interface ScenarioFacts {
  readonly triggers: readonly LambdaTrigger[];
  readonly preTokenVersion: TokenVersion;
  readonly userInPool: boolean;
  readonly preventUserExistenceErrors: boolean;
  /** The user was not in the pool and the migrate user trigger brought it in. */
  readonly migrates: boolean;
  readonly medium: 'email' | 'sms';
  readonly mfa: MfaKind;
  readonly newPasswordRequired: boolean;
  readonly autoConfirmed: boolean;
  readonly messageSuppressed: boolean;
  readonly customAuthStart: 'passwordless' | 'srp';
  /** CUSTOM_AUTH: whether each custom round was answered correctly, in order. */
  readonly customRounds: readonly boolean[];
  readonly unverified: Readonly<Required<UnverifiedChoices>>;
}

/** One request an app made: the call itself, or a RespondToAuthChallenge that continues it. */
export interface ScenarioRequest {
  readonly operation: ApiOperation;
  readonly challengeName?: string;
  /** The ClientMetadata (or `aws_client_metadata`) sent; `undefined` when none was sent or the operation takes none. */
  readonly clientMetadata: StringMap | undefined;
}

type UserTokenSource = Exclude<Extract<TriggerSource, `TokenGeneration_${string}`>, 'TokenGeneration_ClientCredentials'>;

/** The event type of a step: the source's @types event (V1 or V2/V3 for the user-flow pre token sources). */
export type ScenarioEvent<S extends TriggerSource> = S extends UserTokenSource ? EventFor<S> | EventFor<S, 2> : EventFor<S>;

/** One trigger invocation of a scenario. */
export interface ScenarioStepOf<S extends TriggerSource> {
  readonly triggerSource: S;
  readonly trigger: LambdaTrigger;
  /** Pre token generation: the event version (1, 2 or 3). */
  readonly version: TokenVersion | undefined;
  /** Index into `scenario.requests` of the request that fired it. */
  readonly request: number;
  readonly operation: ApiOperation;
  /** Where that request's ClientMetadata lands in this event. */
  readonly routing: ClientMetadataRouting;
  readonly stage: StepStage;
  readonly note: string;
  /** Create and Verify: the custom challenge of the round (what Create is assumed to return). */
  readonly challenge?: CustomChallenge;
  /** The answer the flow assumes this handler gives (custom auth, auto-confirm), when the sequence depends on it. */
  readonly assumedResponse?: Readonly<Record<string, unknown>>;
  readonly event: ScenarioEvent<S>;
}

/** A step of any source. Narrow on `triggerSource` to get the event's type. */
export type ScenarioStep = { [S in TriggerSource]: ScenarioStepOf<S> }[TriggerSource];

/** The pool and the app client every step shares. */
export interface ScenarioPool {
  readonly region: string;
  readonly userPoolId: string;
  /** The app client; admin operations without one report `CLIENT_ID_NOT_APPLICABLE` instead. */
  readonly clientId: string;
  readonly awsSdkVersion: string;
}

/** One API call and the trigger events it fires. */
export interface ApiCallScenario {
  readonly call: ApiCallName;
  /** `default`, the auth flow, or the challenge answered. */
  readonly variant: string;
  readonly authFlow?: AuthFlow;
  readonly challengeName?: RespondChallenge;
  readonly profile: ConcreteProfile;
  /** The ClientMetadata of the call (of its first request that takes one); `undefined` when none was sent. */
  readonly clientMetadata: StringMap | undefined;
  /** SignUp / AdminCreateUser: the ValidationData parameter, as the map pre sign-up receives. */
  readonly validationData?: StringMap | undefined;
  /**
   * The user as the pool holds it after the call (for a user not found: the user that typed the
   * name); `undefined` for ClientCredentials, which has no user.
   */
  readonly user: GeneratedUser | undefined;
  readonly pool: ScenarioPool;
  readonly facts: ScenarioFacts;
  readonly requests: readonly ScenarioRequest[];
  readonly steps: readonly ScenarioStep[];
}

// ---------------------------------------------------------------------------------------------
// Options

const MFA_KINDS: readonly MfaKind[] = ['none', 'SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'];
const MESSAGE_EVENTS = ['SignUp', 'AdminCreateUser', 'ResendCode', 'ForgotPassword', 'UpdateUserAttribute', 'VerifyUserAttribute', 'Authentication'] as const;
const CUSTOM_AUTH_TRIGGERS: readonly LambdaTrigger[] = ['DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse'];
const NON_MESSAGE_TRIGGERS = LAMBDA_TRIGGERS.filter((t) => !(MESSAGE_TRIGGERS as readonly string[]).includes(t));
/** The message setups a default pool is drawn with: custom message, both senders, or custom message beside one sender. */
const MESSAGE_SETUPS: readonly (readonly LambdaTrigger[])[] = [
  ['CustomMessage'],
  ['CustomEmailSender', 'CustomSMSSender'],
  ['CustomMessage', 'CustomEmailSender'],
  ['CustomMessage', 'CustomSMSSender'],
];

const fail = (message: string, path: string, rule = 'invalid-constraint'): never => {
  throw new KitUsageError(message, path, rule);
};

function oneOf<T>(name: string, value: unknown, allowed: readonly T[]): void {
  if (value !== undefined && !allowed.includes(value as T)) {
    fail(`${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(value)}`, name);
  }
}

const usesCustomAuth = (variant: ApiCallVariant) => variant.steps.some((s) => 'customAuth' in s);

/** Checks the options of a call and returns the variants to draw from; throws a KitUsageError naming the option. */
function variantsFor(call: ApiCallName, c: ApiCallConstraints): string[] {
  if (!API_CALL_NAMES.includes(call)) {
    fail(`unknown API call ${JSON.stringify(call)} (known: ${API_CALL_NAMES.join(', ')})`, 'call', 'unknown-call');
  }
  if (c === null || typeof c !== 'object') fail('constraints must be an object such as { profile: "realistic" }', 'constraints');
  oneOf('profile', c.profile, PROFILES);
  for (const key of ['withClientMetadata', 'withValidationData', 'userInPool', 'preventUserExistenceErrors', 'newPasswordRequired', 'autoConfirm', 'suppressMessage'] as const) {
    if (c[key] !== undefined && typeof c[key] !== 'boolean') fail(`${key} must be true, false or undefined, got ${JSON.stringify(c[key])}`, key);
  }
  oneOf('preTokenVersion', c.preTokenVersion, [1, 2, 3]);
  oneOf('mfa', c.mfa, MFA_KINDS);
  oneOf('medium', c.medium, ['email', 'sms']);
  oneOf('customAuthStart', c.customAuthStart, ['passwordless', 'srp']);
  if (c.maxRounds !== undefined && (!Number.isInteger(c.maxRounds) || c.maxRounds < 1 || c.maxRounds > 20)) {
    fail(`maxRounds must be an integer from 1 to 20, got ${JSON.stringify(c.maxRounds)}`, 'maxRounds');
  }
  if (c.triggers !== undefined) {
    if (!Array.isArray(c.triggers)) fail('triggers must be an array of LambdaConfig names such as ["PreSignUp", "CustomMessage"]', 'triggers');
    for (const t of c.triggers) oneOf('triggers', t, LAMBDA_TRIGGERS);
  }
  const u = c.unverified ?? {};
  if (u === null || typeof u !== 'object') fail('unverified must be an object', 'unverified');
  for (const key of Object.keys(u)) oneOf('unverified', key, Object.keys(UNVERIFIED_DEFAULTS));
  for (const key of ['postConfirmationOnAutoConfirm', 'preAuthenticationOnCustomAuth', 'authorizationCodeClientMetadata'] as const) {
    if (u[key] !== undefined && typeof u[key] !== 'boolean') fail(`unverified.${key} must be true or false, got ${JSON.stringify(u[key])}`, `unverified.${key}`);
  }
  oneOf('unverified.inboundFederationOrder', u.inboundFederationOrder, ['before-pre-sign-up', 'after-pre-sign-up']);
  oneOf('unverified.adminResetUserPasswordMessage', u.adminResetUserPasswordMessage, MESSAGE_EVENTS);
  if (c.newPasswordRequired === true && c.mfa !== undefined && c.mfa !== 'none') {
    fail('newPasswordRequired: true cannot combine with mfa: the scenarios answer NEW_PASSWORD_REQUIRED without MFA', 'newPasswordRequired', 'impossible-constraint');
  }
  if (c.newPasswordRequired === true && c.userInPool === false) {
    fail('newPasswordRequired: true cannot combine with userInPool: false: a user with a temporary password is in the pool', 'newPasswordRequired', 'impossible-constraint');
  }
  if (c.autoConfirm === true && c.triggers !== undefined && !c.triggers.includes('PreSignUp')) {
    fail('autoConfirm: true needs PreSignUp in triggers: only the pre sign-up handler can auto-confirm', 'autoConfirm', 'impossible-constraint');
  }

  const spec = API_CALLS[call];
  const all = Object.keys(spec.variants);
  let variants = all;
  if (c.authFlow !== undefined) {
    if (spec.variantKind !== 'authFlow' || !all.includes(c.authFlow)) {
      fail(`authFlow ${JSON.stringify(c.authFlow)} does not apply to ${call}` + (spec.variantKind === 'authFlow' ? ` (its flows: ${all.join(', ')})` : ''), 'authFlow', 'impossible-constraint');
    }
    variants = [c.authFlow];
  }
  if (c.challengeName !== undefined) {
    if (spec.variantKind !== 'challengeName' || !all.includes(c.challengeName)) {
      fail(`challengeName ${JSON.stringify(c.challengeName)} does not apply to ${call}` + (spec.variantKind === 'challengeName' ? ` (its challenges: ${all.join(', ')})` : ''), 'challengeName', 'impossible-constraint');
    }
    variants = [c.challengeName];
  }
  if (c.triggers !== undefined) {
    const missing = CUSTOM_AUTH_TRIGGERS.filter((t) => !c.triggers!.includes(t));
    if (missing.length > 0) {
      const explicit = variants.length === 1 && usesCustomAuth((spec.variants as Record<string, ApiCallVariant>)[variants[0]!]!);
      if (explicit) {
        fail(`${variants[0]} needs DefineAuthChallenge, CreateAuthChallenge and VerifyAuthChallengeResponse in triggers (missing: ${missing.join(', ')}); Cognito rejects the call otherwise`, 'triggers', 'impossible-constraint');
      }
      // Without the three triggers Cognito rejects custom auth before any trigger runs: draw the other variants.
      variants = variants.filter((v) => !usesCustomAuth((spec.variants as Record<string, ApiCallVariant>)[v]!));
    }
  }
  return variants;
}

// ---------------------------------------------------------------------------------------------
// Setup: the drawn facts and the plan they give

interface RawSetup {
  profile: ConcreteProfile;
  variant: string;
  triggers: readonly LambdaTrigger[];
  preTokenVersion: TokenVersion;
  userInPool: boolean;
  preventUserExistenceErrors: boolean;
  medium: 'email' | 'sms';
  mfa: MfaKind;
  newPasswordRequired: boolean;
  autoConfirm: boolean;
  suppressMessage: boolean;
  customAuthStart: 'passwordless' | 'srp';
  rounds: boolean[];
}

type SessionRef = 'SRP_A' | 'PASSWORD_VERIFIER' | number;

type DefineNext = 'PASSWORD_VERIFIER' | 'CUSTOM_CHALLENGE' | 'issue-tokens' | 'fail';

type CustomRole =
  | { readonly role: 'define'; readonly session: readonly SessionRef[]; readonly next: DefineNext }
  | { readonly role: 'create'; readonly session: readonly SessionRef[]; readonly round: number }
  | { readonly role: 'verify'; readonly round: number };

interface PlannedStep {
  readonly source: TriggerSource;
  readonly request: number | 'last';
  readonly stage: StepStage;
  readonly note: string;
  readonly custom?: CustomRole;
}

interface PlannedRequest {
  readonly operation: ApiOperation;
  readonly challengeName?: string;
}

interface Setup {
  readonly call: ApiCallName;
  readonly variant: string;
  readonly profile: ConcreteProfile;
  readonly facts: ScenarioFacts;
  readonly requests: readonly PlannedRequest[];
  readonly steps: readonly (PlannedStep & { readonly request: number })[];
  readonly constraints: ApiCallConstraints;
}

function conditionsOf(variant: ApiCallVariant): Set<Condition> {
  return new Set([...variant.requests.flatMap((q) => q.when), ...variant.steps.flatMap((s) => s.when)]);
}

function holds(condition: Condition, f: ScenarioFacts): boolean {
  switch (condition) {
    case 'user-in-pool':
      return f.userInPool;
    case 'migrates':
      return f.migrates;
    case 'user-known':
      return f.userInPool || f.migrates;
    case 'user-not-found':
      return !f.userInPool && !f.migrates && f.preventUserExistenceErrors;
    case 'custom-auth-reachable':
      return f.userInPool || f.preventUserExistenceErrors;
    case 'auto-confirmed':
      return f.autoConfirmed;
    case 'not-auto-confirmed':
      return !f.autoConfirmed;
    case 'post-confirmation-on-auto-confirm':
      return f.unverified.postConfirmationOnAutoConfirm;
    case 'message-not-suppressed':
      return !f.messageSuppressed;
    case 'mfa':
      return f.mfa !== 'none';
    case 'mfa-code':
      return f.mfa === 'SMS_MFA' || f.mfa === 'EMAIL_OTP';
    case 'no-mfa':
      return f.mfa === 'none';
    case 'new-password':
      return f.newPasswordRequired;
    case 'no-new-password':
      return !f.newPasswordRequired;
    case 'pre-token-v3':
      return f.preTokenVersion === 3;
    case 'pre-auth-on-custom-auth':
      return f.unverified.preAuthenticationOnCustomAuth;
    case 'inbound-before-pre-sign-up':
      return f.unverified.inboundFederationOrder === 'before-pre-sign-up';
    case 'inbound-after-pre-sign-up':
      return f.unverified.inboundFederationOrder === 'after-pre-sign-up';
  }
}

/** The facts of a call from what was drawn: facts the variant does not depend on take their neutral value. */
function factsOf(call: ApiCallName, raw: RawSetup, constraints: ApiCallConstraints): ScenarioFacts {
  const spec = API_CALLS[call];
  const variant = (spec.variants as Record<string, ApiCallVariant>)[raw.variant]!;
  const used = conditionsOf(variant);
  const uses = (...cs: Condition[]) => cs.some((x) => used.has(x));
  const has = (t: LambdaTrigger) => raw.triggers.includes(t);
  const userInPool = spec.user === 'creates' || spec.user === 'creates-federated' ? false : spec.user === 'existing' ? raw.userInPool : true;
  const migrates = variant.migrates === true && !userInPool && has('UserMigration');
  const mfa = variant.implies?.mfa ?? (uses('mfa', 'mfa-code', 'no-mfa') && (userInPool || migrates) ? raw.mfa : 'none');
  const newPasswordRequired =
    variant.implies?.newPasswordRequired ?? (uses('new-password', 'no-new-password') && userInPool && mfa === 'none' ? raw.newPasswordRequired : false);
  const medium = mfa === 'SMS_MFA' ? 'sms' : mfa === 'EMAIL_OTP' ? 'email' : raw.medium;
  const custom = usesCustomAuth(variant);
  const rounds = custom ? [...raw.rounds] : [];
  // A user that exists answers the last round correctly, so the flow ends with tokens.
  if (rounds.length > 0 && userInPool) rounds[rounds.length - 1] = true;
  return {
    triggers: raw.triggers,
    preTokenVersion: raw.preTokenVersion,
    userInPool,
    preventUserExistenceErrors: raw.preventUserExistenceErrors,
    migrates,
    medium,
    mfa,
    newPasswordRequired,
    autoConfirmed: uses('auto-confirmed') && has('PreSignUp') ? raw.autoConfirm : false,
    messageSuppressed: uses('message-not-suppressed') ? raw.suppressMessage : false,
    // A user not found never gets past SRP's PASSWORD_VERIFIER: its flows start passwordless.
    customAuthStart: custom && userInPool ? raw.customAuthStart : 'passwordless',
    customRounds: rounds,
    unverified: { ...UNVERIFIED_DEFAULTS, ...constraints.unverified },
  };
}

/** The message source for a message event, by medium and configured triggers; `undefined` when nothing delivers it. */
function messageSource(event: MessageEvent, f: ScenarioFacts): TriggerSource | undefined {
  const sender = f.medium === 'email' ? 'CustomEmailSender' : 'CustomSMSSender';
  if (f.triggers.includes(sender)) return `${sender}_${event}` as TriggerSource;
  if (f.triggers.includes('CustomMessage')) return `CustomMessage_${event}` as TriggerSource;
  return undefined;
}

/**
 * The custom-auth steps: Define and Create on InitiateAuth (session `[]`, or `[SRP_A]` then a
 * PASSWORD_VERIFIER answer), then per answer Verify, Define with the session grown by one entry,
 * and Create while rounds remain. Appends the RespondToAuthChallenge requests it needs.
 */
function customAuthSteps(f: ScenarioFacts, first: number, respond: ApiOperation, requests: PlannedRequest[]): PlannedStep[] {
  const stage: StepStage = f.userInPool ? 'confirmed' : 'not-found';
  const out: PlannedStep[] = [];
  const session: SessionRef[] = f.customAuthStart === 'srp' ? ['SRP_A'] : [];
  const define = (request: number, next: DefineNext, note: string) =>
    out.push({ source: 'DefineAuthChallenge_Authentication', request, stage, note, custom: { role: 'define', session: [...session], next } });
  const create = (request: number, round: number, note: string) =>
    out.push({ source: 'CreateAuthChallenge_Authentication', request, stage, note, custom: { role: 'create', session: [...session], round } });
  let request = first;
  if (f.customAuthStart === 'srp') {
    define(request, 'PASSWORD_VERIFIER', 'First round with SRP: session [SRP_A], no clientMetadata; Define asks for PASSWORD_VERIFIER, which Cognito checks itself.');
    requests.push({ operation: respond, challengeName: 'PASSWORD_VERIFIER' });
    request = requests.length - 1;
    session.push('PASSWORD_VERIFIER');
    define(request, 'CUSTOM_CHALLENGE', 'After the password: session [SRP_A, PASSWORD_VERIFIER], clientMetadata of this answer.');
  } else {
    define(request, 'CUSTOM_CHALLENGE', 'First round: session [], no clientMetadata (InitiateAuth passes none).');
  }
  create(request, 0, request === first ? 'Same session as the Define before it; no clientMetadata.' : 'Same session as the Define before it.');
  f.customRounds.forEach((correct, i) => {
    requests.push({ operation: respond, challengeName: 'CUSTOM_CHALLENGE' });
    request = requests.length - 1;
    out.push({
      source: 'VerifyAuthChallengeResponse_Authentication',
      request,
      stage,
      note: `Answer ${i + 1} (${correct ? 'right' : 'wrong'}), checked against Create’s private parameters.`,
      custom: { role: 'verify', round: i },
    });
    session.push(i);
    const last = i === f.customRounds.length - 1;
    define(
      request,
      !last ? 'CUSTOM_CHALLENGE' : f.userInPool && correct ? 'issue-tokens' : 'fail',
      `Session grown to ${session.length} entr${session.length === 1 ? 'y' : 'ies'}; ${!last ? 'another round' : f.userInPool && correct ? 'issues tokens' : 'fails the sign-in'}.`,
    );
    if (!last) create(request, i + 1, 'The next challenge, same session as the Define before it.');
  });
  return out;
}

/** Walks the variant's requests and steps under the facts. */
function planOf(call: ApiCallName, variantKey: string, f: ScenarioFacts): Pick<Setup, 'requests' | 'steps'> {
  const variant = (API_CALLS[call].variants as Record<string, ApiCallVariant>)[variantKey]!;
  const ok = (when: readonly Condition[]) => when.every((x) => holds(x, f));
  const requests: PlannedRequest[] = [];
  const ids = new Map<string, number>();
  for (const q of variant.requests) {
    if (!ok(q.when)) continue;
    ids.set(q.id, requests.length);
    const challengeName = q.challengeName === 'MFA' ? f.mfa : q.challengeName;
    requests.push(challengeName === undefined ? { operation: q.operation } : { operation: q.operation, challengeName });
  }
  const indexOf = (id: string): number => {
    const i = ids.get(id);
    if (i === undefined) throw new Error(`api-calls: ${call} ${variantKey}: request ${id} is not active`);
    return i;
  };
  const configured = (source: TriggerSource) => f.triggers.includes(triggerOfSource(source));
  const steps: PlannedStep[] = [];
  for (const spec of variant.steps) {
    if (!ok(spec.when)) continue;
    if ('customAuth' in spec) {
      const first = indexOf(spec.request);
      const respond: ApiOperation = requests[first]!.operation.startsWith('Admin') ? 'AdminRespondToAuthChallenge' : 'RespondToAuthChallenge';
      if (spec.customAuth === 'flow') {
        steps.push(...customAuthSteps(f, first, respond, requests));
      } else {
        // One answer: the last request of a whole flow, its steps moved onto this call's request.
        const scratch: PlannedRequest[] = [{ operation: 'InitiateAuth' }];
        const all = customAuthSteps(f, 0, respond, scratch);
        const lastRequest = scratch.length - 1;
        steps.push(...all.filter((x) => x.request === lastRequest).map((x) => ({ ...x, request: first })));
      }
      continue;
    }
    let source: TriggerSource | undefined;
    if ('message' in spec) {
      const event = call === 'AdminResetUserPassword' ? f.unverified.adminResetUserPasswordMessage : spec.message;
      source = messageSource(event, f);
    } else {
      source = spec.source;
    }
    if (source === undefined || !configured(source)) continue;
    steps.push({ source, request: spec.request === 'last' ? 'last' : indexOf(spec.request), stage: spec.stage, note: spec.note });
  }
  const last = requests.length - 1;
  return { requests, steps: steps.map((x) => ({ ...x, request: x.request === 'last' ? last : x.request })) };
}

function setupArb(call: ApiCallName, variants: readonly string[], c: ApiCallConstraints): fc.Arbitrary<Setup> {
  const bool = (value: boolean | undefined, arb: fc.Arbitrary<boolean>) => (value === undefined ? arb : fc.constant(value));
  const pick = <T>(value: T | undefined, ...values: T[]) => (value === undefined ? fc.constantFrom(...values) : fc.constant(value));
  return fc
    .record({
      profile: fc.constantFrom(...concreteProfiles(c.profile)),
      variant: fc.constantFrom(...variants),
      triggers:
        c.triggers !== undefined
          ? fc.constant([...new Set(c.triggers)])
          : fc.constantFrom(...MESSAGE_SETUPS).map((setup) => [...NON_MESSAGE_TRIGGERS, ...setup]),
      preTokenVersion: pick<TokenVersion>(c.preTokenVersion, ...(call === 'ClientCredentials' ? [3 as const] : [1 as const, 2 as const, 3 as const])),
      userInPool: bool(c.userInPool, fc.constantFrom(true, true, true, false)),
      preventUserExistenceErrors: bool(c.preventUserExistenceErrors, fc.boolean()),
      medium: pick<'email' | 'sms'>(c.medium, 'email', 'email', 'sms'),
      mfa: pick<MfaKind>(c.mfa, 'none', 'none', 'SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'),
      newPasswordRequired: bool(c.newPasswordRequired, fc.constantFrom(false, false, false, true)),
      autoConfirm: bool(c.autoConfirm, fc.boolean()),
      suppressMessage: bool(c.suppressMessage, fc.constantFrom(false, false, false, true)),
      customAuthStart: pick<'passwordless' | 'srp'>(c.customAuthStart, 'passwordless', 'srp'),
      rounds: fc.array(fc.boolean(), { minLength: 1, maxLength: c.maxRounds ?? 3 }),
    })
    .map((raw) => {
      const facts = factsOf(call, raw, c);
      return { call, variant: raw.variant, profile: raw.profile, facts, constraints: c, ...planOf(call, raw.variant, facts) };
    });
}

// ---------------------------------------------------------------------------------------------
// Draws and assembly

interface Draws {
  readonly user: GeneratedUser;
  readonly clientId: string;
  readonly awsSdkVersion: string;
  readonly maps: readonly (StringMap | undefined)[];
  readonly validationData: StringMap | undefined;
  readonly challenges: readonly CustomChallenge[];
  readonly events: readonly (Record<string, unknown> | readonly [Record<string, unknown>, Record<string, unknown>])[];
  readonly seeds: readonly number[];
}

const isSamlFamily = (event: Record<string, unknown>) => (event.request as { providerType?: unknown }).providerType === 'SAML';

function mapArb(profile: ConcreteProfile, wanted: boolean | undefined, flavour?: 'sdk-validation-data'): fc.Arbitrary<StringMap | undefined> {
  if (wanted === false) return fc.constant(undefined);
  const forms = wanted === true ? (['map'] as const) : (['absent', 'map'] as const);
  return metadataArb({ forms, profile, ...(flavour ? { flavour } : {}) }).map((v) => v ?? undefined);
}

function drawsArb(setup: Setup): fc.Arbitrary<Draws> {
  const { profile, facts, call } = setup;
  const c = setup.constraints;
  const kind = API_CALLS[call].user;
  const federated = kind === 'creates-federated' || kind === 'federated';
  const eventFor = (step: PlannedStep): fc.Arbitrary<Draws['events'][number]> => {
    if (step.source === 'InboundFederation_ExternalProvider') {
      // The raw IdP data differs between SAML and the others: draw both, keep the one of the user's provider.
      const inbound = eventArb('InboundFederation_ExternalProvider', { profile }) as unknown as fc.Arbitrary<Record<string, unknown>>;
      return fc.tuple(inbound.filter(isSamlFamily), inbound.filter((e) => !isSamlFamily(e)));
    }
    const version = step.source.startsWith('TokenGeneration_') && step.source !== 'TokenGeneration_ClientCredentials' ? { version: facts.preTokenVersion } : {};
    return eventArb(step.source, { profile, ...version }) as unknown as fc.Arbitrary<Record<string, unknown>>;
  };
  return fc.record({
    user: userArb({
      profile,
      federated,
      ...(federated ? {} : { requires: facts.medium === 'email' ? ('email' as const) : ('phone_number' as const) }),
    }),
    clientId: clientIdArb(),
    awsSdkVersion: awsSdkVersionArb(),
    maps: fc.tuple(...setup.requests.map((q) => (API_OPERATIONS[q.operation].parameter === null ? fc.constant(undefined) : mapArb(profile, c.withClientMetadata)))),
    validationData: call === 'SignUp' || call === 'AdminCreateUser' ? mapArb(profile, c.withValidationData, 'sdk-validation-data') : fc.constant(undefined),
    challenges: fc.tuple(...facts.customRounds.map(() => customChallengeArb({ profile }))),
    events: fc.tuple(...setup.steps.map(eventFor)),
    seeds: fc.tuple(...setup.steps.map(() => fakerSeedArb())),
  });
}

/** A copy of a string map that keeps a `__proto__` key as an own property. */
function copyMap(map: Readonly<StringMap>): StringMap {
  const out: StringMap = {};
  for (const [k, v] of Object.entries(map)) setOwn(out, k, v);
  return out;
}

/** Keys Cognito itself adds to an existing user. */
const COGNITO_KEYS = ['sub', 'cognito:user_status', 'identities', 'cognito:token_nbf', 'cognito:email_alias', 'cognito:phone_number_alias'];
const VERIFIED_FLAGS = ['email_verified', 'phone_number_verified'];
const STATUS_OF: Partial<Record<StepStage, string>> = {
  unconfirmed: 'UNCONFIRMED',
  confirmed: 'CONFIRMED',
  'force-change-password': 'FORCE_CHANGE_PASSWORD',
  'reset-required': 'RESET_REQUIRED',
};

/** The user's attributes at a stage (sheet §1.2: no `sub` or status before the user exists). */
function attributesAt(user: GeneratedUser, stage: StepStage): StringMap {
  if (stage === 'not-found') return {};
  const out = copyMap(user.attributes);
  if (stage === 'signing-up' || stage === 'creating') {
    for (const k of COGNITO_KEYS) delete out[k];
    // A self sign-up cannot mark its own email or phone verified; an admin or an IdP mapping can.
    if (stage === 'signing-up') for (const k of VERIFIED_FLAGS) delete out[k];
    return out;
  }
  // An adversarial user may have no attributes at all; it stays that way.
  if (Object.keys(out).length === 0) return out;
  out['cognito:user_status'] = user.identity !== undefined ? 'EXTERNAL_PROVIDER' : (STATUS_OF[stage] ?? 'CONFIRMED');
  if (stage === 'unconfirmed') {
    for (const k of VERIFIED_FLAGS) if (out[k] !== undefined) out[k] = 'false';
    // Only verified values are aliases.
    delete out['cognito:email_alias'];
    delete out['cognito:phone_number_alias'];
  }
  return out;
}

/** What the user typed to sign in: for a pool that uses email or phone as the username, that value, not the generated UUID. */
function typedName(user: GeneratedUser): string {
  if (user.usernameKind === 'sub') return user.attributes.email ?? user.attributes.phone_number ?? user.userName;
  return user.userName;
}

function wrongAnswer(correct: string): string {
  return /^\d+$/.test(correct) ? correct.slice(0, -1) + String((Number(correct.slice(-1)) + 1) % 10) : `${correct}x`;
}

/**
 * Where a request's ClientMetadata lands in a source's event, per {@link CLIENT_METADATA_ROUTING},
 * the email sender's own rule (only `_SignUp`, `_ForgotPassword`, `_Authentication` carry it) and
 * the UNVERIFIED choices.
 *
 * @example
 * clientMetadataRoutingOf('InitiateAuth', 'PreAuthentication_Authentication') // 'validationData'
 * clientMetadataRoutingOf('InitiateAuth', 'TokenGeneration_Authentication') // 'none'
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#working-with-lambda-trigger-client-metadata
 */
export function clientMetadataRoutingOf(operation: ApiOperation, source: TriggerSource, unverified: UnverifiedChoices = {}): ClientMetadataRouting {
  const trigger = triggerOfSource(source);
  const row = clientMetadataRoute(operation, trigger);
  if (row === undefined) throw new KitUsageError(`${operation} never fires ${trigger} (no row in CLIENT_METADATA_ROUTING)`, 'operation', 'no-route');
  const choices = { ...UNVERIFIED_DEFAULTS, ...unverified };
  if (operation === 'TokenEndpointAuthorizationCode' && trigger === 'PreTokenGeneration') return choices.authorizationCodeClientMetadata ? 'clientMetadata' : 'none';
  if (trigger === 'CustomEmailSender' && !EMAIL_SENDER_METADATA_SOURCES.includes(source)) return 'none';
  return row.routing;
}

/** Sets `clientMetadata` and `validationData` of a request from the routing and the source's empty forms. */
function applyMetadata(request: Record<string, unknown>, source: TriggerSource, routing: ClientMetadataRouting, map: StringMap | undefined, validationData: StringMap | undefined): void {
  const forms = emptyFormsOf(source);
  if (forms.clientMetadata === undefined) delete request.clientMetadata;
  else if (routing === 'clientMetadata' && map !== undefined) request.clientMetadata = copyMap(map);
  else if (forms.clientMetadata === 'null') request.clientMetadata = null;
  else delete request.clientMetadata;
  if (forms.validationData === undefined) delete request.validationData;
  else if (routing === 'validationData' && map !== undefined) request.validationData = copyMap(map);
  else if (triggerOfSource(source) === 'PreSignUp' && source !== 'PreSignUp_ExternalProvider' && validationData !== undefined) {
    // Pre sign-up's validationData is the ValidationData parameter, not ClientMetadata.
    request.validationData = copyMap(validationData);
  } else request.validationData = forms.validationData === 'null' ? null : {};
}

const USER_NOT_FOUND_TRIGGERS: readonly LambdaTrigger[] = ['PreAuthentication', 'DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse'];

function sessionOf(refs: readonly SessionRef[], rounds: readonly boolean[], challenges: readonly CustomChallenge[]): SessionEntry[] {
  return refs.map((ref) =>
    typeof ref === 'number'
      ? { challengeName: 'CUSTOM_CHALLENGE', challengeResult: rounds[ref]!, challengeMetadata: challenges[ref]!.challengeMetadata }
      : { challengeName: ref, challengeResult: true, challengeMetadata: null },
  );
}

function defineAnswer(next: DefineNext): Record<string, unknown> {
  if (next === 'issue-tokens') return { challengeName: null, issueTokens: true, failAuthentication: false };
  if (next === 'fail') return { challengeName: null, issueTokens: false, failAuthentication: true };
  return { challengeName: next, issueTokens: false, failAuthentication: false };
}

function buildScenario(setup: Setup, d: Draws): ApiCallScenario {
  const { facts, call } = setup;
  const user = d.user;
  const pool: ScenarioPool = { region: user.region, userPoolId: user.userPoolId, clientId: d.clientId, awsSdkVersion: d.awsSdkVersion };
  const requests: ScenarioRequest[] = setup.requests.map((q, i) => ({ ...q, clientMetadata: d.maps[i] }));
  const steps = setup.steps.map((plan, i): ScenarioStep => {
    const drawn = d.events[i]!;
    const picked = Array.isArray(drawn) ? drawn[user.identity?.providerType === 'SAML' ? 0 : 1] : drawn;
    const event = copyData(picked) as Record<string, unknown>;
    const request = event.request as Record<string, unknown>;
    const source = plan.source;
    const trigger = triggerOfSource(source);
    const operation = requests[plan.request]!.operation;
    const info = API_OPERATIONS[operation];
    const ownClient = (event.callerContext as { clientId?: unknown } | undefined)?.clientId;

    event.region = pool.region;
    event.userPoolId = pool.userPoolId;
    if (plan.stage === 'machine') {
      // No user (sheet §3.6, UNVERIFIED): keep the arbitrary's form, but a client-id userName is this client's.
      if (event.userName === ownClient) event.userName = pool.clientId;
    } else {
      event.userName = plan.stage === 'typed' || plan.stage === 'not-found' ? typedName(user) : user.userName;
    }
    event.callerContext = {
      awsSdkVersion: info.browser || user.identity !== undefined ? 'aws-sdk-unknown-unknown' : pool.awsSdkVersion,
      clientId: info.appClient ? pool.clientId : CLIENT_ID_NOT_APPLICABLE,
    };
    if (plan.stage !== 'typed' && plan.stage !== 'machine' && trigger !== 'InboundFederation') {
      request.userAttributes = attributesAt(user, plan.stage);
    }
    if (USER_NOT_FOUND_TRIGGERS.includes(trigger)) {
      delete request.userNotFound;
      if (facts.preventUserExistenceErrors) request.userNotFound = plan.stage === 'not-found';
    }
    const routing = clientMetadataRoutingOf(operation, source, facts.unverified);
    applyMetadata(request, source, routing, requests[plan.request]!.clientMetadata, d.validationData);

    let challenge: CustomChallenge | undefined;
    let assumedResponse: Record<string, unknown> | undefined;
    const custom = plan.custom;
    if (custom?.role === 'define') {
      request.session = sessionOf(custom.session, facts.customRounds, d.challenges);
      assumedResponse = defineAnswer(custom.next);
    } else if (custom?.role === 'create') {
      request.challengeName = 'CUSTOM_CHALLENGE';
      request.session = sessionOf(custom.session, facts.customRounds, d.challenges);
      challenge = d.challenges[custom.round]!;
      assumedResponse = {
        publicChallengeParameters: challenge.publicChallengeParameters,
        privateChallengeParameters: challenge.privateChallengeParameters,
        challengeMetadata: challenge.challengeMetadata,
      };
    } else if (custom?.role === 'verify') {
      challenge = d.challenges[custom.round]!;
      const correct = facts.customRounds[custom.round]!;
      request.privateChallengeParameters = challenge.privateChallengeParameters === null ? null : copyMap(challenge.privateChallengeParameters);
      request.challengeAnswer = correct ? challenge.correctAnswer : wrongAnswer(challenge.correctAnswer);
      assumedResponse = { answerCorrect: correct };
    }
    if (source === 'PreSignUp_SignUp' && facts.autoConfirmed) assumedResponse = { autoConfirmUser: true, autoVerifyEmail: false, autoVerifyPhone: false };

    if (trigger === 'PreTokenGeneration' && plan.stage !== 'machine') {
      request.groupConfiguration = { groupsToOverride: [...user.groups], iamRolesToOverride: [...user.roles], preferredRole: user.preferredRole };
    }
    if (trigger === 'PostAuthentication' && user.identity !== undefined && request.newDeviceUsed === true) request.newDeviceUsed = false;
    if ((trigger === 'CustomEmailSender' || trigger === 'CustomSMSSender') && typeof request.code === 'string') {
      // The ciphertext names a KMS key in the pool's region.
      request.code = withFaker(d.seeds[i]!, (_faker, random) => drawSenderCode(random, pool.region));
    }
    if (trigger === 'InboundFederation' && user.identity !== undefined) {
      request.providerName = user.identity.providerName;
      request.providerType = user.identity.providerType;
      const attributes = request.attributes as Record<string, unknown> | undefined;
      for (const key of ['idToken', 'userInfo']) {
        const claims = attributes?.[key] as Record<string, unknown> | undefined;
        if (claims !== null && typeof claims === 'object' && 'sub' in claims) claims.sub = user.identity.userId;
      }
    }
    const version = trigger === 'PreTokenGeneration' ? (Number(event.version) as TokenVersion) : undefined;
    return {
      triggerSource: source,
      trigger,
      version,
      request: plan.request,
      operation,
      routing,
      stage: plan.stage,
      note: plan.note,
      ...(challenge !== undefined ? { challenge } : {}),
      ...(assumedResponse !== undefined ? { assumedResponse } : {}),
      event,
    } as unknown as ScenarioStep;
  });
  const spec = API_CALLS[call];
  const first = requests.find((q) => API_OPERATIONS[q.operation].parameter !== null);
  return {
    call,
    variant: setup.variant,
    ...(spec.variantKind === 'authFlow' ? { authFlow: setup.variant as AuthFlow } : {}),
    ...(spec.variantKind === 'challengeName' ? { challengeName: setup.variant as RespondChallenge } : {}),
    profile: setup.profile,
    clientMetadata: first?.clientMetadata,
    ...(call === 'SignUp' || call === 'AdminCreateUser' ? { validationData: d.validationData } : {}),
    user: spec.user === 'none' ? undefined : user,
    pool,
    facts,
    requests,
    steps,
  };
}

/**
 * The trigger events one Cognito API call fires, in order, with the call's ClientMetadata routed
 * exactly as Cognito routes it: as `clientMetadata`, as `validationData`, or not at all (see
 * {@link CLIENT_METADATA_ROUTING}). Every step shares the pool, the app client (or
 * `CLIENT_ID_NOT_APPLICABLE` for admin operations without one) and the user, whose attributes
 * follow its stage (no `sub` before sign-up, the status of the moment). Sign-ins run to the end of
 * the flow; each step names the request that fired it. Throws a `KitUsageError` naming the option
 * for an unknown call or an impossible combination.
 *
 * @example
 * fc.assert(fc.property(apiCallArb('InitiateAuth', { authFlow: 'USER_PASSWORD_AUTH', withClientMetadata: true, userInPool: true, mfa: 'none' }), (s) => {
 *   const preAuth = s.steps.find((x) => x.triggerSource === 'PreAuthentication_Authentication');
 *   expect(preAuth?.event.request.validationData).toEqual(s.clientMetadata);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function apiCallArb(call: ApiCallName, constraints: ApiCallConstraints = {}): fc.Arbitrary<ApiCallScenario> {
  const variants = variantsFor(call, constraints);
  return setupArb(call, variants, constraints).chain((setup) => drawsArb(setup).map((draws) => buildScenario(setup, draws)));
}

/** Options of {@link allApiCallsArb}: those of {@link apiCallArb}, plus the calls to draw from. */
export interface AllApiCallsConstraints extends ApiCallConstraints {
  /** Default: every call of the catalogue (narrowed to the calls `authFlow` / `challengeName` apply to). */
  calls?: readonly ApiCallName[];
}

/**
 * A scenario of any call of the catalogue.
 *
 * @example
 * fc.assert(fc.property(allApiCallsArb({ profile: 'realistic' }), (s) => {
 *   for (const step of s.steps) expect(validateEvent(step.event).errors).toEqual([]);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function allApiCallsArb(constraints: AllApiCallsConstraints = {}): fc.Arbitrary<ApiCallScenario> {
  const { calls: wanted, ...rest } = constraints;
  if (wanted !== undefined) {
    if (!Array.isArray(wanted as unknown) || wanted.length === 0) fail('calls must name at least one API call', 'calls');
    for (const call of wanted) oneOf('calls', call, API_CALL_NAMES);
  }
  const candidates: readonly ApiCallName[] = wanted ?? API_CALL_NAMES;
  const calls = candidates.filter((call) => {
    const spec = API_CALLS[call];
    const keys = Object.keys(spec.variants);
    if (rest.authFlow !== undefined && !(spec.variantKind === 'authFlow' && keys.includes(rest.authFlow))) return false;
    if (rest.challengeName !== undefined && !(spec.variantKind === 'challengeName' && keys.includes(rest.challengeName))) return false;
    return true;
  });
  if (calls.length === 0) fail('no API call fits authFlow / challengeName and calls together', 'calls', 'impossible-constraint');
  const arbs = calls.map((call) => apiCallArb(call, rest));
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}

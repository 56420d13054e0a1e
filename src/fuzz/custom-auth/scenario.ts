/**
 * Fuzz scenarios of a custom-auth flow: who signs in (an existing user, or one the pool does not
 * hold), in which pool setting, from which app client, how the flow starts, what ClientMetadata
 * the client sends, and how it answers.
 */
import fc from 'fast-check';
import { awsSdkVersionArb } from '../../shared/gen/aws-sdk-version.js';
import { clientIdArb } from '../../shared/gen/client-id.js';
import type { Profile } from '../../shared/gen/constraints.js';
import { metadataArb } from '../../shared/gen/metadata.js';
import { userArb, type GeneratedUser, type UserStatus } from '../../shared/gen/user.js';
import type { FlowStart, MfaChallenge, PreventUserExistenceErrors } from './flow.js';
import type { SimulateOptions } from './simulate.js';
import { answerStrategyArb, type AnswerStrategy } from './strategies.js';

/** One generated sign-in. */
export interface FlowScenario {
  readonly user: GeneratedUser;
  readonly userExists: boolean;
  readonly preventUserExistenceErrors: PreventUserExistenceErrors;
  readonly clientId: string;
  readonly awsSdkVersion: string;
  readonly start: FlowStart;
  readonly clientMetadata: Readonly<Record<string, string>> | undefined;
  readonly answers: AnswerStrategy;
  readonly mfa: MfaChallenge | undefined;
  /** For a user the pool does not hold: an existing user of the same pool, whose flow is compared with it. */
  readonly twin: GeneratedUser | undefined;
}

/** Options of {@link flowScenarioArb}. */
export interface FlowScenarioConstraints {
  /** Users' profile (default `realistic`). */
  profile?: Profile | undefined;
  /** Include users the pool does not hold (PreventUserExistenceErrors ENABLED). Default true. */
  userNotFound?: boolean | undefined;
  /** Include SRP starts (`[SRP_A]` first). Default true. */
  srp?: boolean | undefined;
  /** Include passwordless starts (`[]` first). Default true. */
  passwordless?: boolean | undefined;
  /** Largest `wrong` of a wrong-then-right client (default 7). */
  maxWrong?: number | undefined;
}

/** Custom-auth users: confirmed ones, and admin-created ones still on a temporary password (captured). */
const STATUSES: readonly UserStatus[] = ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD'];

/**
 * Custom-auth sign-in scenarios. Federated users are never drawn: federation never runs custom
 * auth (sheet §4.4). A user not found comes with `PreventUserExistenceErrors: ENABLED` (a LEGACY
 * pool calls no trigger for it) and a twin: an existing user of the same pool.
 *
 * @example
 * fc.sample(flowScenarioArb({ srp: false }), 1)[0].start // 'passwordless'
 */
export function flowScenarioArb(constraints: FlowScenarioConstraints = {}): fc.Arbitrary<FlowScenario> {
  const profile = constraints.profile ?? 'realistic';
  const starts: FlowStart[] = [];
  if (constraints.passwordless !== false) starts.push('passwordless');
  if (constraints.srp !== false) starts.push('srp');
  if (starts.length === 0) starts.push('passwordless');
  const startArb: fc.Arbitrary<FlowStart> =
    starts.length === 2
      ? fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant<FlowStart>('passwordless'), weight: 3 }, { arbitrary: fc.constant<FlowStart>('srp'), weight: 1 })
      : fc.constant(starts[0]!);
  const existing = userArb({ profile, federated: false, statuses: STATUSES });
  const people = existing.chain((user) =>
    constraints.userNotFound === false
      ? fc.constant({ user, twin: undefined as GeneratedUser | undefined, userExists: true })
      : fc.oneof(
          { withCrossShrink: true },
          { arbitrary: fc.constant({ user, twin: undefined as GeneratedUser | undefined, userExists: true }), weight: 3 },
          {
            arbitrary: userArb({ profile, stage: 'not-found', userPoolId: user.userPoolId }).map((missing) => ({ user: missing, twin: user as GeneratedUser | undefined, userExists: false })),
            weight: 1,
          },
        ),
  );
  return fc
    .record({
      people,
      pue: fc.constantFrom<PreventUserExistenceErrors>('ENABLED', 'LEGACY'),
      clientId: clientIdArb(),
      awsSdkVersion: awsSdkVersionArb(),
      start: startArb,
      clientMetadata: metadataArb({ forms: ['absent', 'map'], profile }),
      answers: answerStrategyArb({ maxWrong: constraints.maxWrong }),
      mfa: fc.option(fc.constantFrom<MfaChallenge>('SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'), { nil: undefined, freq: 3 }),
    })
    .map(({ people, pue, clientId, awsSdkVersion, start, clientMetadata, answers, mfa }) => ({
      user: people.user,
      userExists: people.userExists,
      preventUserExistenceErrors: people.userExists ? pue : 'ENABLED',
      clientId,
      awsSdkVersion,
      start,
      clientMetadata: clientMetadata ?? undefined,
      answers,
      mfa: start === 'srp' ? mfa : undefined,
      twin: people.twin,
    }));
}

/**
 * The {@link SimulateOptions} of a scenario.
 *
 * @example
 * await simulateCustomAuth(handlers, scenarioOptions(scenario))
 */
export function scenarioOptions(scenario: FlowScenario): SimulateOptions {
  return {
    user: scenario.user,
    userExists: scenario.userExists,
    preventUserExistenceErrors: scenario.preventUserExistenceErrors,
    clientId: scenario.clientId,
    awsSdkVersion: scenario.awsSdkVersion,
    start: scenario.start,
    clientMetadata: scenario.clientMetadata,
    answers: scenario.answers,
    mfa: scenario.mfa,
  };
}

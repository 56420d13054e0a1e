/**
 * Slug → event arbitrary, and `eventArb` for any slug or triggerSource. Kept apart from the
 * registry: the registry is loaded by `cognito-trigger-kit/schemas`, which must not load
 * fast-check or faker.
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../shared/gen/constraints.js';
import type { EventFor } from '../types.js';
import { planEventArb } from './event-arb-plan.js';
import type { TriggerSlug, TriggerTarget } from './registry.js';
import { preSignUpEventArb } from './pre-signup/arbitrary.js';
import { postConfirmationEventArb } from './post-confirmation/arbitrary.js';
import { preAuthenticationEventArb } from './pre-authentication/arbitrary.js';
import { postAuthenticationEventArb } from './post-authentication/arbitrary.js';
import { defineAuthChallengeEventArb } from './define-auth-challenge/arbitrary.js';
import { createAuthChallengeEventArb } from './create-auth-challenge/arbitrary.js';
import { verifyAuthChallengeResponseEventArb } from './verify-auth-challenge-response/arbitrary.js';
import { preTokenGenerationEventArb } from './pre-token-generation/arbitrary.js';
import { preTokenGenerationV2EventArb } from './pre-token-generation-v2/arbitrary.js';
import { preTokenGenerationV3EventArb } from './pre-token-generation-v3/arbitrary.js';
import { userMigrationEventArb } from './user-migration/arbitrary.js';
import { customMessageEventArb } from './custom-message/arbitrary.js';
import { customEmailSenderEventArb } from './custom-email-sender/arbitrary.js';
import { customSMSSenderEventArb } from './custom-sms-sender/arbitrary.js';
import { inboundFederationEventArb } from './inbound-federation/arbitrary.js';

/** The event arbitrary factory of each slug. */
export const EVENT_ARBITRARIES: { readonly [S in TriggerSlug]: (constraints?: EventConstraints) => fc.Arbitrary<EventFor<S>> } = {
  'pre-signup': preSignUpEventArb,
  'post-confirmation': postConfirmationEventArb,
  'pre-authentication': preAuthenticationEventArb,
  'post-authentication': postAuthenticationEventArb,
  'define-auth-challenge': defineAuthChallengeEventArb,
  'create-auth-challenge': createAuthChallengeEventArb,
  'verify-auth-challenge-response': verifyAuthChallengeResponseEventArb,
  'pre-token-generation': preTokenGenerationEventArb,
  'pre-token-generation-v2': preTokenGenerationV2EventArb,
  'pre-token-generation-v3': preTokenGenerationV3EventArb,
  'user-migration': userMigrationEventArb,
  'custom-message': customMessageEventArb,
  'custom-email-sender': customEmailSenderEventArb,
  'custom-sms-sender': customSMSSenderEventArb,
  'inbound-federation': inboundFederationEventArb,
};

/**
 * Events for a slug (every source of it) or one triggerSource, valid by construction against the
 * trigger's input schema. A `TokenGeneration_*` source is version 1 unless `constraints.version`
 * says 2 or 3 (`TokenGeneration_ClientCredentials` is always 3). Throws a `KitUsageError` naming
 * the option for an unknown target or an impossible combination.
 *
 * @example
 * fc.assert(fc.property(eventArb('PreSignUp_SignUp'), (event) => {
 *   expect(handler(event)).resolves.toBeDefined();
 * }));
 * fc.sample(eventArb('TokenGeneration_Authentication', { version: 2, profile: 'realistic' }), 1);
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function eventArb<T extends TriggerTarget>(target: T, constraints: EventConstraints = {}): fc.Arbitrary<EventFor<T>> {
  const plan = planEventArb(target, constraints);
  return (EVENT_ARBITRARIES[plan.slug] as (c: EventConstraints) => fc.Arbitrary<unknown>)(plan.constraints) as fc.Arbitrary<EventFor<T>>;
}

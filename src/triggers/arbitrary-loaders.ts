/**
 * The event arbitrary factory of one slug, loaded on demand. The CLI's `event` command generates
 * events of one trigger: importing the fifteen generators (as `EVENT_ARBITRARIES` does) would
 * make every `cognito-trigger-kit event` start-up pay for fourteen it never uses.
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../shared/gen/constraints.js';
import type { TriggerSlug } from './registry.js';

type Factory = (constraints?: EventConstraints) => fc.Arbitrary<unknown>;

/** Slug → a loader of the same factory `EVENT_ARBITRARIES` holds. */
export const EVENT_ARBITRARY_LOADERS: { readonly [S in TriggerSlug]: () => Promise<Factory> } = {
  'pre-signup': async () => (await import('./pre-signup/arbitrary.js')).preSignUpEventArb,
  'post-confirmation': async () => (await import('./post-confirmation/arbitrary.js')).postConfirmationEventArb,
  'pre-authentication': async () => (await import('./pre-authentication/arbitrary.js')).preAuthenticationEventArb,
  'post-authentication': async () => (await import('./post-authentication/arbitrary.js')).postAuthenticationEventArb,
  'define-auth-challenge': async () => (await import('./define-auth-challenge/arbitrary.js')).defineAuthChallengeEventArb,
  'create-auth-challenge': async () => (await import('./create-auth-challenge/arbitrary.js')).createAuthChallengeEventArb,
  'verify-auth-challenge-response': async () => (await import('./verify-auth-challenge-response/arbitrary.js')).verifyAuthChallengeResponseEventArb,
  'pre-token-generation': async () => (await import('./pre-token-generation/arbitrary.js')).preTokenGenerationEventArb,
  'pre-token-generation-v2': async () => (await import('./pre-token-generation-v2/arbitrary.js')).preTokenGenerationV2EventArb,
  'pre-token-generation-v3': async () => (await import('./pre-token-generation-v3/arbitrary.js')).preTokenGenerationV3EventArb,
  'user-migration': async () => (await import('./user-migration/arbitrary.js')).userMigrationEventArb,
  'custom-message': async () => (await import('./custom-message/arbitrary.js')).customMessageEventArb,
  'custom-email-sender': async () => (await import('./custom-email-sender/arbitrary.js')).customEmailSenderEventArb,
  'custom-sms-sender': async () => (await import('./custom-sms-sender/arbitrary.js')).customSMSSenderEventArb,
  'inbound-federation': async () => (await import('./inbound-federation/arbitrary.js')).inboundFederationEventArb,
};

/**
 * Loads the event arbitrary factory of a slug.
 *
 * @example
 * const plan = planEventArb('PreSignUp_SignUp', { profile: 'realistic' });
 * const arb = (await loadEventArbitrary(plan.slug))(plan.constraints);
 */
export function loadEventArbitrary(slug: TriggerSlug): Promise<Factory> {
  return EVENT_ARBITRARY_LOADERS[slug]();
}

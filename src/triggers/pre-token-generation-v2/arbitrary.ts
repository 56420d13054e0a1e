/**
 * Pre token generation events, version 2 (V2_0, sheet §3.6): the V1 request plus `scopes`, which
 * depend on the sign-in (only `aws.cognito.signin.user.admin` for API sign-ins).
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { slugEventArb } from '../../shared/gen/event.js';
import { USER_TOKEN_TRAITS, preTokenEventArbFor } from '../../shared/gen/pre-token.js';
import type { EventFor } from '../../types.js';

/**
 * Pre token generation V2_0 events for the five user sources (`version` `"2"`).
 *
 * @example
 * fc.assert(fc.property(preTokenGenerationV2EventArb({ triggerSource: 'TokenGeneration_Authentication' }), (event) => {
 *   expect(event.request.scopes).toEqual(['aws.cognito.signin.user.admin']);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function preTokenGenerationV2EventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'pre-token-generation-v2'>> {
  return slugEventArb('pre-token-generation-v2', USER_TOKEN_TRAITS, constraints, preTokenEventArbFor) as unknown as fc.Arbitrary<
    EventFor<'pre-token-generation-v2'>
  >;
}

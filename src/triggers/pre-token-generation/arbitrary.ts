/**
 * Pre token generation events, version 1 (V1_0, sheet §3.6): `groupConfiguration` from the user's
 * groups (`<poolId>_<Provider>` for federated users), no `scopes`.
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { slugEventArb } from '../../shared/gen/event.js';
import { USER_TOKEN_TRAITS, preTokenEventArbFor } from '../../shared/gen/pre-token.js';
import type { EventFor } from '../../types.js';

/**
 * Pre token generation V1_0 events for the five user sources (`version` `"1"`).
 *
 * @example
 * fc.assert(fc.property(preTokenGenerationEventArb({ triggerSource: 'TokenGeneration_RefreshTokens' }), (event) => {
 *   expect(event.version).toBe('1');
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function preTokenGenerationEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'pre-token-generation'>> {
  return slugEventArb('pre-token-generation', USER_TOKEN_TRAITS, constraints, preTokenEventArbFor) as unknown as fc.Arbitrary<
    EventFor<'pre-token-generation'>
  >;
}

/**
 * Pre token generation events, version 3 (V3_0, sheet §3.6): the V2 event for the five user
 * sources, plus the machine-to-machine `TokenGeneration_ClientCredentials`. UNVERIFIED: `version`
 * is generated as `"3"` (only @types declares it).
 */
import type fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { slugEventArb } from '../../shared/gen/event.js';
import { CLIENT_CREDENTIALS_TRAITS, USER_TOKEN_TRAITS, preTokenEventArbFor } from '../../shared/gen/pre-token.js';
import type { EventFor } from '../../types.js';

const TRAITS = { ...USER_TOKEN_TRAITS, ...CLIENT_CREDENTIALS_TRAITS };

/**
 * Pre token generation V3_0 events for the five user sources and client credentials (`version` `"3"`).
 *
 * @example
 * fc.assert(fc.property(preTokenGenerationV3EventArb({ triggerSource: 'TokenGeneration_ClientCredentials' }), (event) => {
 *   expect(event.request.userAttributes).toEqual({});
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function preTokenGenerationV3EventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'pre-token-generation-v3'>> {
  return slugEventArb('pre-token-generation-v3', TRAITS, constraints, preTokenEventArbFor) as unknown as fc.Arbitrary<
    EventFor<'pre-token-generation-v3'>
  >;
}

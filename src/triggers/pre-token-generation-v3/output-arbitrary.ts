/** Pre token generation V3_0 outputs; the generators are shared by the three versions (`src/rules/claims-arbitrary.ts`). */
import { preTokenOutputs } from '../../rules/claims-arbitrary.js';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/**
 * Generators of V3_0 pre token responses.
 *
 * @example
 * fc.sample(PRE_TOKEN_GENERATION_V3_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PRE_TOKEN_GENERATION_V3_OUTPUTS: ResponseGenerators = preTokenOutputs(3);

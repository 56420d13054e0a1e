/** Pre token generation V1_0 outputs; the generators are shared by the three versions (`src/rules/claims-arbitrary.ts`). */
import { preTokenOutputs } from '../../rules/claims-arbitrary.js';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/**
 * Generators of V1_0 pre token responses.
 *
 * @example
 * fc.sample(PRE_TOKEN_GENERATION_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PRE_TOKEN_GENERATION_OUTPUTS: ResponseGenerators = preTokenOutputs(1);

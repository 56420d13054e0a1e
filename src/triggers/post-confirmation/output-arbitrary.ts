/** Outputs of a trigger that expects nothing back: `response` stays `{}`. */
import fc from 'fast-check';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/** Generators of post-confirmation responses (only the shared output rules can be broken). */
export const POST_CONFIRMATION_OUTPUTS: ResponseGenerators = {
  clean: () => fc.constant({}),
  invalid: [],
};

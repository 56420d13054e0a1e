/** Outputs of a trigger that expects nothing back: `response` stays `{}`. */
import fc from 'fast-check';
import type { ResponseGenerators } from '../../rules/arbitrary.js';

/** Generators of pre-authentication responses (only the shared output rules can be broken). */
export const PRE_AUTHENTICATION_OUTPUTS: ResponseGenerators = {
  clean: () => fc.constant({}),
  invalid: [],
};

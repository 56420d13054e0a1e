/**
 * Setup for the mutation run only (vitest.mutation.config.ts): every property test draws from one
 * fixed seed, so a mutant is killed or survives for the same reason on every run, never by the luck
 * of a fresh seed. `CTK_MUTATION_SEED` picks another seed.
 */
import fc from 'fast-check';

const seed = Number(process.env.CTK_MUTATION_SEED ?? '1');
fc.configureGlobal({ seed });

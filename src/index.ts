/**
 * cognito-trigger-kit: contract and fixture test kit for Amazon Cognito user pool Lambda triggers.
 *
 * The root entry re-exports the contract (schemas, registry, validation). The generation layer
 * (`./arbitraries`, `./builders`), the checking layer (`./assertions`, `./vitest`, `./harness`,
 * `./fuzz`) have their own entry points so a test that needs only schemas loads only zod.
 */
export * from './schemas.js';
export type { EventFor, SourceEventMap, SlugEventMap, AnyTriggerEvent } from './types.js';

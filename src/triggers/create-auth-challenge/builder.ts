import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'create-auth-challenge'>;

/**
 * A create auth challenge event as Cognito sends it: a deterministic sample of the realistic
 * `create-auth-challenge` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildCreateAuthChallengeEvent({ request: { challengeName: 'CUSTOM_CHALLENGE' } }, { triggerSource: 'CreateAuthChallenge_Authentication', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export function buildCreateAuthChallengeEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'create-auth-challenge', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'create-auth-challenge', S> {
  return buildForSlug('create-auth-challenge', overrides, options, 'buildCreateAuthChallengeEvent', buildCreateAuthChallengeEvent) as SlugBuilt<'create-auth-challenge', S>;
}

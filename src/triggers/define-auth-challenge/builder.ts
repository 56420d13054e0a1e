import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'define-auth-challenge'>;

/**
 * A define auth challenge event as Cognito sends it: a deterministic sample of the realistic
 * `define-auth-challenge` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildDefineAuthChallengeEvent({ request: { session: [] } }, { triggerSource: 'DefineAuthChallenge_Authentication', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function buildDefineAuthChallengeEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'define-auth-challenge', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'define-auth-challenge', S> {
  return buildForSlug('define-auth-challenge', overrides, options, 'buildDefineAuthChallengeEvent', buildDefineAuthChallengeEvent) as SlugBuilt<'define-auth-challenge', S>;
}

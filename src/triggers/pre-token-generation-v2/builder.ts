import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'pre-token-generation-v2'>;

/**
 * A pre token generation event (version 2, a V2_0 trigger) as Cognito sends it: a deterministic sample of the realistic
 * `pre-token-generation-v2` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildPreTokenGenerationV2Event({ request: { scopes: ['openid', 'email'] } }, { triggerSource: 'TokenGeneration_RefreshTokens', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function buildPreTokenGenerationV2Event<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'pre-token-generation-v2', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'pre-token-generation-v2', S> {
  return buildForSlug('pre-token-generation-v2', overrides, options, 'buildPreTokenGenerationV2Event', buildPreTokenGenerationV2Event) as SlugBuilt<'pre-token-generation-v2', S>;
}

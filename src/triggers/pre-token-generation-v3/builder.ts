import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'pre-token-generation-v3'>;

/**
 * A pre token generation event (version 3, a V3_0 trigger, machine-to-machine included) as Cognito sends it: a deterministic sample of the realistic
 * `pre-token-generation-v3` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildPreTokenGenerationV3Event({ request: { scopes: ['orders/read'] } }, { triggerSource: 'TokenGeneration_ClientCredentials', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function buildPreTokenGenerationV3Event<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'pre-token-generation-v3', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'pre-token-generation-v3', S> {
  return buildForSlug('pre-token-generation-v3', overrides, options, 'buildPreTokenGenerationV3Event', buildPreTokenGenerationV3Event) as SlugBuilt<'pre-token-generation-v3', S>;
}

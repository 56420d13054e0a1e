import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'post-authentication'>;

/**
 * A post authentication event as Cognito sends it: a deterministic sample of the realistic
 * `post-authentication` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildPostAuthenticationEvent({ request: { newDeviceUsed: true } }, { triggerSource: 'PostAuthentication_Authentication', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export function buildPostAuthenticationEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'post-authentication', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'post-authentication', S> {
  return buildForSlug('post-authentication', overrides, options, 'buildPostAuthenticationEvent', buildPostAuthenticationEvent) as SlugBuilt<'post-authentication', S>;
}

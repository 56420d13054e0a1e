import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'pre-authentication'>;

/**
 * A pre authentication event as Cognito sends it: a deterministic sample of the realistic
 * `pre-authentication` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildPreAuthenticationEvent({ request: { validationData: { captcha: 'ok' } } }, { triggerSource: 'PreAuthentication_Authentication', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export function buildPreAuthenticationEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'pre-authentication', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'pre-authentication', S> {
  return buildForSlug('pre-authentication', overrides, options, 'buildPreAuthenticationEvent', buildPreAuthenticationEvent) as SlugBuilt<'pre-authentication', S>;
}

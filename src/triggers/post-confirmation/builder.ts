import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'post-confirmation'>;

/**
 * A post confirmation event as Cognito sends it: a deterministic sample of the realistic
 * `post-confirmation` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildPostConfirmationEvent({ request: { userAttributes: { email: 'jane@example.com' } } }, { triggerSource: 'PostConfirmation_ConfirmForgotPassword', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export function buildPostConfirmationEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'post-confirmation', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'post-confirmation', S> {
  return buildForSlug('post-confirmation', overrides, options, 'buildPostConfirmationEvent', buildPostConfirmationEvent) as SlugBuilt<'post-confirmation', S>;
}

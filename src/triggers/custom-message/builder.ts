import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'custom-message'>;

/**
 * A custom message event as Cognito sends it: a deterministic sample of the realistic
 * `custom-message` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildCustomMessageEvent({ request: { userAttributes: { email: 'jane@example.com' } } }, { triggerSource: 'CustomMessage_AdminCreateUser', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export function buildCustomMessageEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'custom-message', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'custom-message', S> {
  return buildForSlug('custom-message', overrides, options, 'buildCustomMessageEvent', buildCustomMessageEvent) as SlugBuilt<'custom-message', S>;
}

import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'pre-signup'>;

/**
 * A pre sign-up event as Cognito sends it: a deterministic sample of the realistic
 * `pre-signup` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildPreSignUpEvent({ request: { userAttributes: { email: 'jane@example.com' } } }, { triggerSource: 'PreSignUp_AdminCreateUser', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export function buildPreSignUpEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'pre-signup', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'pre-signup', S> {
  return buildForSlug('pre-signup', overrides, options, 'buildPreSignUpEvent', buildPreSignUpEvent) as SlugBuilt<'pre-signup', S>;
}

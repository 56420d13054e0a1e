import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'verify-auth-challenge-response'>;

/**
 * A verify auth challenge response event as Cognito sends it: a deterministic sample of the realistic
 * `verify-auth-challenge-response` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildVerifyAuthChallengeResponseEvent({ request: { challengeAnswer: '123456' } }, { triggerSource: 'VerifyAuthChallengeResponse_Authentication', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export function buildVerifyAuthChallengeResponseEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'verify-auth-challenge-response', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'verify-auth-challenge-response', S> {
  return buildForSlug('verify-auth-challenge-response', overrides, options, 'buildVerifyAuthChallengeResponseEvent', buildVerifyAuthChallengeResponseEvent) as SlugBuilt<'verify-auth-challenge-response', S>;
}

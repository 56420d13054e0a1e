import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'inbound-federation'>;

/**
 * An inbound federation event as Cognito sends it: a deterministic sample of the realistic
 * `inbound-federation` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildInboundFederationEvent({ request: { providerName: 'Google' } }, { triggerSource: 'InboundFederation_ExternalProvider', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export function buildInboundFederationEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'inbound-federation', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'inbound-federation', S> {
  return buildForSlug('inbound-federation', overrides, options, 'buildInboundFederationEvent', buildInboundFederationEvent) as SlugBuilt<'inbound-federation', S>;
}

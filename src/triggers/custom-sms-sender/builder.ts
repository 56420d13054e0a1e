import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'custom-sms-sender'>;

/**
 * A custom SMS sender event as Cognito sends it: a deterministic sample of the realistic
 * `custom-sms-sender` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildCustomSMSSenderEvent({ request: { userAttributes: { phone_number: '+15555550100' } } }, { triggerSource: 'CustomSMSSender_Authentication', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export function buildCustomSMSSenderEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'custom-sms-sender', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'custom-sms-sender', S> {
  return buildForSlug('custom-sms-sender', overrides, options, 'buildCustomSMSSenderEvent', buildCustomSMSSenderEvent) as SlugBuilt<'custom-sms-sender', S>;
}

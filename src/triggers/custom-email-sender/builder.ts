import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'custom-email-sender'>;

/**
 * A custom email sender event as Cognito sends it: a deterministic sample of the realistic
 * `custom-email-sender` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildCustomEmailSenderEvent({ request: { userAttributes: { email: 'jane@example.com' } } }, { triggerSource: 'CustomEmailSender_ForgotPassword', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export function buildCustomEmailSenderEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'custom-email-sender', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'custom-email-sender', S> {
  return buildForSlug('custom-email-sender', overrides, options, 'buildCustomEmailSenderEvent', buildCustomEmailSenderEvent) as SlugBuilt<'custom-email-sender', S>;
}

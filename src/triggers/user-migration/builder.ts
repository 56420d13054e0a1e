import { buildForSlug, type EventOverrides, type SlugBuildOptions, type SlugBuilt } from '../build-event.js';
import type { SourcesOf } from '../registry.js';

type Sources = SourcesOf<'user-migration'>;

/**
 * A migrate user event as Cognito sends it: a deterministic sample of the realistic
 * `user-migration` arbitrary under `options.seed` (default 42), with `overrides` merged on top (objects
 * merge, arrays replace, `null` is a value, `undefined` deletes). `options.triggerSource` picks the
 * source and narrows the return type; without it the seed picks one. Throws a
 * `CognitoContractError` naming the path when the overrides break the input contract, unless
 * `validate: false`.
 *
 * @example
 * const event = buildUserMigrationEvent({ userName: 'legacy-user-17' }, { triggerSource: 'UserMigration_ForgotPassword', seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export function buildUserMigrationEvent<const S extends Sources = Sources>(
  overrides?: EventOverrides<SlugBuilt<'user-migration', S>>,
  options?: SlugBuildOptions<S>,
): SlugBuilt<'user-migration', S> {
  return buildForSlug('user-migration', overrides, options, 'buildUserMigrationEvent', buildUserMigrationEvent) as SlugBuilt<'user-migration', S>;
}

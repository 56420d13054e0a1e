/**
 * What a build samples, resolved without loading any generator: shared by the builders and the
 * CLI's `event` command, which loads only the one trigger's generator it needs.
 */
import { KitUsageError } from '../shared/errors.js';
import { isPlainObject } from '../shared/merge.js';
import { isTriggerSlug, resolveTarget, type TokenVersion, type TriggerDefinition, type TriggerSource, type TriggerTarget } from './registry.js';

/** What a build samples: the trigger contract, the arbitrary's target and the event version. */
export interface BuildPlan {
  readonly trigger: TriggerDefinition;
  /** The target the arbitrary is asked for: a triggerSource, or the slug when none was chosen. */
  readonly target: TriggerTarget;
  readonly version: TokenVersion | undefined;
}

/**
 * Resolves a build target: the trigger contract, the target handed to the arbitrary (a slug with a
 * `triggerSource` override becomes that source) and the event version of a pre-token target.
 * Throws a {@link KitUsageError} for an unknown target or a version that does not apply.
 */
export function planBuild(target: string, version: TokenVersion | undefined, overrides: unknown, caller: string): BuildPlan {
  if (typeof target !== 'string') {
    throw new KitUsageError(`${caller}: target must be a trigger slug or triggerSource string, got ${typeof target}`, 'target', 'unknown-target');
  }
  const { trigger } = resolveTarget(target, { version });
  const isPreToken = trigger.triggerName === 'PreTokenGeneration';
  if (!isPreToken && version !== undefined && version !== 1) {
    throw new KitUsageError(
      `${caller}: version ${String(version)} applies only to pre token generation targets; ${target} has event version 1`,
      'options.version',
      'invalid-version',
    );
  }
  let chosen: TriggerTarget = target as TriggerTarget;
  // A slug plus a triggerSource override means "that source": sample it, rather than overwrite the
  // triggerSource of an event generated for another source (their requests differ).
  if (isTriggerSlug(target) && isPlainObject(overrides) && typeof overrides.triggerSource === 'string') {
    const wanted = overrides.triggerSource;
    if (trigger.sources.some((s) => s.triggerSource === wanted)) chosen = wanted as TriggerSource;
  }
  return { trigger, target: chosen, version: isPreToken ? (Number(trigger.version) as TokenVersion) : undefined };
}


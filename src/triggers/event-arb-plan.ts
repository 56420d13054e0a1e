/**
 * How an event arbitrary is chosen for a target, without loading any generator: the slug whose
 * factory builds it and the constraints that factory gets. `eventArb` and the CLI's `event`
 * (which loads only the one trigger's generator it needs) share it.
 */
import { KitUsageError } from '../shared/errors.js';
import { type EventConstraints, checkConstraints } from '../shared/gen/constraints.js';
import { type TriggerSlug, type TriggerTarget, resolveTarget } from './registry.js';

/** The slug whose arbitrary factory to call, and with what. */
export interface EventArbPlan {
  readonly slug: TriggerSlug;
  readonly constraints: EventConstraints;
}

/**
 * Resolves a target (slug or triggerSource) and its constraints: a triggerSource target pins
 * `constraints.triggerSource` (and, for a TokenGeneration_* source, the version its contract has).
 * Throws a `KitUsageError` naming the option for an unknown target or an impossible combination.
 *
 * @example
 * planEventArb('PreSignUp_SignUp', { profile: 'realistic' })
 * // { slug: 'pre-signup', constraints: { profile: 'realistic', triggerSource: 'PreSignUp_SignUp' } }
 */
export function planEventArb(target: TriggerTarget, constraints: EventConstraints = {}): EventArbPlan {
  checkConstraints(constraints);
  const { trigger, triggerSource } = resolveTarget(target, { version: constraints.version });
  let effective = constraints;
  if (triggerSource !== undefined) {
    if (constraints.triggerSource !== undefined) {
      const wanted: readonly string[] = Array.isArray(constraints.triggerSource) ? constraints.triggerSource : [constraints.triggerSource];
      if (!wanted.includes(triggerSource)) {
        throw new KitUsageError(
          `triggerSource ${JSON.stringify(constraints.triggerSource)} contradicts the target ${triggerSource}`,
          'triggerSource',
          'impossible-constraint',
        );
      }
    }
    effective = { ...constraints, triggerSource };
  }
  // A TokenGeneration_* source picked its version's contract already; the slug arbitrary re-checks it.
  if (triggerSource !== undefined && trigger.triggerName === 'PreTokenGeneration') effective = { ...effective, version: Number(trigger.version) as 1 | 2 | 3 };
  return { slug: trigger.slug as TriggerSlug, constraints: effective };
}

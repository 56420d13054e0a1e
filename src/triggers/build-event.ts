/**
 * The one builder every `build<Trigger>Event` delegates to: a deterministic sample of the
 * realistic event arbitrary, memoized per (target, version, seed), cloned, with deep-partial
 * overrides merged on top and the result checked against the contract.
 */
import type fc from 'fast-check';
import { eventArb } from './arbitraries.js';
import { planBuild, type BuildPlan } from './build-plan.js';
import { CognitoContractError, KitUsageError } from '../shared/errors.js';
import { isPlainObject, mergeInto, type DeepPartialOverrides } from '../shared/merge.js';
import { DEFAULT_SEED, checkSeed, sampleOne } from '../shared/sample.js';
import type { EventFor, SlugEventMap } from '../types.js';
import { validateEvent } from '../validation/validate.js';
import {
  resolveTarget,
  type SourcesOf,
  type TokenVersion,
  type TriggerSlug,
  type TriggerTarget,
} from './registry.js';

/** Options of {@link buildEvent}. */
export interface BuildOptions<V extends TokenVersion | undefined = TokenVersion | undefined> {
  /** fast-check seed (a 32-bit integer); default {@link DEFAULT_SEED}. Same seed, same event, byte for byte. */
  seed?: number | undefined;
  /** Event version of a TokenGeneration_* source (1 by default; TokenGeneration_ClientCredentials is always 3). */
  version?: V;
  /**
   * Check the merged event against the trigger's input contract and throw a
   * {@link CognitoContractError} naming the broken paths (default `true`). Set `false` to build a
   * deliberately broken event, e.g. to test how a handler copes with one.
   */
  validate?: boolean | undefined;
}

/** Options of a per-trigger builder such as `buildPreSignUpEvent`. */
export interface SlugBuildOptions<S extends string = string> {
  /** fast-check seed (a 32-bit integer); default {@link DEFAULT_SEED}. */
  seed?: number | undefined;
  /** Build this triggerSource of the trigger; by default the seed picks one. */
  triggerSource?: S | undefined;
  /** See {@link BuildOptions.validate}. */
  validate?: boolean | undefined;
}

/** Overrides for an event type: objects merge, arrays replace, `null` is a value, `undefined` deletes. */
export type EventOverrides<E> = DeepPartialOverrides<E>;

type SlugVersion<Slug extends TriggerSlug> = Slug extends 'pre-token-generation-v2'
  ? 2
  : Slug extends 'pre-token-generation-v3'
    ? 3
    : undefined;

/**
 * The event type a per-trigger builder returns: the source's type when `triggerSource` narrows
 * it, else the trigger's union.
 */
export type SlugBuilt<Slug extends TriggerSlug, S extends SourcesOf<Slug>> = [SourcesOf<Slug>] extends [S]
  ? SlugEventMap[Slug]
  : EventFor<S, SlugVersion<Slug>>;

const BASE_CACHE_LIMIT = 512;
/** Generated events, never handed out: every build returns a clone. Bounded, oldest evicted first. */
const baseCache = new Map<string, Record<string, unknown>>();
const arbCache = new Map<string, fc.Arbitrary<unknown>>();

/** The realistic event arbitrary of a plan (memoized). */
export function buildArbitrary(p: BuildPlan): fc.Arbitrary<unknown> {
  const key = `${p.target}\u0000${p.version ?? ''}`;
  let arb = arbCache.get(key);
  if (!arb) {
    arb = eventArb(p.target, { profile: 'realistic', version: p.version }) as fc.Arbitrary<unknown>;
    arbCache.set(key, arb);
  }
  return arb;
}

function baseEvent(p: BuildPlan, seed: number): Record<string, unknown> {
  const key = `${p.target}\u0000${p.version ?? ''}\u0000${seed}`;
  const hit = baseCache.get(key);
  if (hit) {
    baseCache.delete(key);
    baseCache.set(key, hit);
    return hit;
  }
  const event = sampleOne(buildArbitrary(p), seed) as Record<string, unknown>;
  const check = validateEvent(event, { target: p.target, version: p.version, realism: false });
  if (check.errors.length > 0) {
    // The realistic arbitrary must only produce valid events: refuse to hand out a broken one.
    throw new CognitoContractError(
      `cognito-trigger-kit generated an invalid ${p.trigger.slug} event for ${p.target} with seed ${seed} (a bug in the kit, please report it):`,
      check.errors,
    );
  }
  baseCache.set(key, event);
  if (baseCache.size > BASE_CACHE_LIMIT) baseCache.delete(baseCache.keys().next().value as string);
  return event;
}

/** The core shared by `buildEvent` and every per-trigger builder. */
export function buildFor(
  target: string,
  overrides: unknown,
  options: { seed?: unknown; version?: unknown; validate?: unknown } | undefined,
  caller: string,
  callerFn: (...args: never[]) => unknown,
): Record<string, unknown> {
  if (options !== undefined && !isPlainObject(options)) {
    throw new KitUsageError(`${caller}: options must be an object such as { seed: 7 }`, 'options', 'invalid-options');
  }
  const seed = options?.seed === undefined ? DEFAULT_SEED : checkSeed(options.seed, 'options.seed');
  const rawVersion = options?.version;
  if (rawVersion !== undefined && rawVersion !== 1 && rawVersion !== 2 && rawVersion !== 3) {
    throw new KitUsageError(`${caller}: options.version must be 1, 2 or 3, got ${JSON.stringify(rawVersion)}`, 'options.version', 'invalid-version');
  }
  if (options?.validate !== undefined && typeof options.validate !== 'boolean') {
    throw new KitUsageError(`${caller}: options.validate must be a boolean`, 'options.validate', 'invalid-options');
  }
  if (overrides !== undefined && !isPlainObject(overrides)) {
    throw new KitUsageError(
      `${caller}: overrides must be a plain object of the fields to change, got ${Array.isArray(overrides) ? 'an array' : overrides === null ? 'null' : typeof overrides}`,
      'overrides',
      'overrides/not-an-object',
    );
  }
  const p = planBuild(target, rawVersion, overrides, caller);
  const event = structuredClone(baseEvent(p, seed));
  if (overrides === undefined || Object.keys(overrides).length === 0) return event;
  mergeInto(event, overrides);
  if (options?.validate !== false) {
    const check = validateEvent(event, { target: p.target, version: p.version, realism: false });
    if (check.errors.length > 0) {
      throw new CognitoContractError(
        `${caller}(${JSON.stringify(target)}): the overrides break the ${p.trigger.slug} input contract (pass { validate: false } to build it anyway):`,
        check.errors,
        { caller: callerFn },
      );
    }
  }
  return event;
}

/**
 * A realistic, valid Cognito event for a trigger slug or triggerSource: the first value of the
 * realistic event arbitrary under `seed` (default 42), with `overrides` merged on top. Same
 * arguments, same event, byte for byte. A literal triggerSource narrows the return type to the
 * @types/aws-lambda type of that source.
 *
 * Overrides: objects merge recursively, arrays replace, `null` is a value, `undefined` deletes the
 * key. A slug target with a `triggerSource` override builds that source. The merged event is
 * checked against the input contract unless `validate: false`; a broken one throws a
 * {@link CognitoContractError} naming each path.
 *
 * Each (target, version, seed) is generated once and kept; later builds cost one `structuredClone`
 * plus the merge.
 *
 * @example
 * const event = buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'jane@example.com' } } });
 * const v2 = buildEvent('TokenGeneration_Authentication', {}, { version: 2, seed: 7 });
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function buildEvent<const T extends TriggerTarget, const V extends TokenVersion | undefined = undefined>(
  target: T,
  overrides?: EventOverrides<EventFor<T, V>>,
  options?: BuildOptions<V>,
): EventFor<T, V> {
  return buildFor(target, overrides, options, 'buildEvent', buildEvent) as unknown as EventFor<T, V>;
}

/**
 * The core of a per-trigger builder: `options.triggerSource` (a source of `slug`) or the slug.
 */
export function buildForSlug(
  slug: TriggerSlug,
  overrides: unknown,
  options: SlugBuildOptions | undefined,
  caller: string,
  callerFn: (...args: never[]) => unknown,
): Record<string, unknown> {
  if (options !== undefined && !isPlainObject(options)) {
    throw new KitUsageError(`${caller}: options must be an object such as { seed: 7 }`, 'options', 'invalid-options');
  }
  const source = options?.triggerSource as string | undefined;
  const { trigger } = resolveTarget(slug);
  if (source !== undefined && !trigger.sources.some((s) => s.triggerSource === source)) {
    throw new KitUsageError(
      `${caller}: ${JSON.stringify(source)} is not a triggerSource of ${slug} (expected ${trigger.sources.map((s) => s.triggerSource).join(', ')})`,
      'options.triggerSource',
      'unknown-target',
    );
  }
  const version = trigger.triggerName === 'PreTokenGeneration' ? (Number(trigger.version) as TokenVersion) : undefined;
  return buildFor(source ?? slug, overrides, { seed: options?.seed, version, validate: options?.validate }, caller, callerFn);
}

/** Forgets every memoized event (for tests that measure a cold build, or to free memory). */
export function clearBuildCache(): void {
  baseCache.clear();
  arbCache.clear();
}

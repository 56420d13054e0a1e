/**
 * The engine every per-trigger event arbitrary runs on: it checks the constraints against the
 * trigger's sources, plans each (source, profile) pair, and joins the per-pair arbitraries. The
 * per-trigger files say only what differs: each source's traits and how its request is built.
 */
import fc from 'fast-check';
import { KitUsageError } from '../errors.js';
import { CLIENT_ID_NOT_APPLICABLE } from '../patterns.js';
import { getTrigger, type TriggerSlug, type TriggerSource } from '../../triggers/registry.js';
import { prefilledResponse } from '../../validation/prefill.js';
import { type ConcreteProfile, type EventConstraints, type SizeRange, checkConstraints, concreteProfiles, sizeRange } from './constraints.js';
import { drawAwsSdkVersion } from './aws-sdk-version.js';
import { drawClientId } from './client-id.js';
import { fakerArb } from './faker.js';
import type { MapForm, MetadataFlavour, MetadataValue } from './metadata.js';
import { metadataArbFor } from './metadata.js';
import { type GeneratedUser, type UserConstraints, userArbFor } from './user.js';

/** Whether a source's user can be federated (sheet §4.4: federation never runs custom auth, migration, messages or senders). */
export type Federation = 'always' | 'sometimes' | 'never';

/** A metadata field of a source's request and the forms Cognito sends it in. */
export interface MetadataField {
  readonly key: 'clientMetadata' | 'validationData';
  /** Forms in realistic events (observed on real pools). */
  readonly realistic: readonly MapForm[];
  /** Forms in adversarial events (everything the input schema tolerates and the source allows). */
  readonly adversarial: readonly MapForm[];
  /** The field carries the API call's ClientMetadata, so `withClientMetadata` governs it. */
  readonly carriesClientMetadata: boolean;
  readonly flavour?: MetadataFlavour;
}

/** What a source allows: federation, userNotFound, metadata fields, the caller's client id. */
export interface SourceTraits {
  readonly federation: Federation;
  /** The request may carry `userNotFound` (PreventUserExistenceErrors ENABLED). */
  readonly userNotFound?: boolean;
  readonly metadata: readonly MetadataField[];
  /** `always`: an admin operation without app client (`CLIENT_ID_NOT_APPLICABLE`); `adversarial`: sometimes, in adversarial events. */
  readonly clientIdNotApplicable?: 'always' | 'adversarial';
  /** The source is reached through managed login (hosted UI), which sends `aws-sdk-unknown-unknown`. */
  readonly hostedUi?: boolean;
}

/** Everything a per-trigger builder needs to make one (source, profile) arbitrary. */
export interface SourcePlan<S extends TriggerSource = TriggerSource> {
  readonly slug: TriggerSlug;
  readonly source: S;
  readonly profile: ConcreteProfile;
  readonly version: string;
  readonly traits: SourceTraits;
  /** Resolved: `true` always federated, `false` never, `undefined` either. */
  readonly federated: boolean | undefined;
  /** Resolved for this source: `true` only not-found users, `false` never, `undefined` either. */
  readonly userNotFound: boolean | undefined;
  readonly withClientMetadata: boolean | undefined;
  /** The forms of each metadata field, after `withClientMetadata`. */
  readonly forms: Readonly<Partial<Record<MetadataField['key'], readonly MapForm[]>>>;
  readonly attributes: SizeRange;
  readonly groups: SizeRange;
  readonly session: SizeRange;
  readonly constraints: EventConstraints;
}

/** `callerContext` of an event. */
export interface CallerContext {
  awsSdkVersion: string;
  clientId: string;
}

function formsAfter(field: MetadataField, profile: ConcreteProfile, withClientMetadata: boolean | undefined): readonly MapForm[] {
  const forms = field[profile];
  if (!field.carriesClientMetadata || withClientMetadata === undefined) return forms;
  if (withClientMetadata) return forms.includes('map') ? ['map'] : forms;
  const rest = forms.filter((f) => f !== 'map');
  return rest.length > 0 ? rest : ['absent'];
}

const canCarryMap = (traits: SourceTraits, profile: ConcreteProfile) =>
  traits.metadata.some((f) => f.carriesClientMetadata && f[profile].includes('map'));

/**
 * Plans every (source, profile) pair of a trigger for the constraints, or throws a
 * {@link KitUsageError} naming the option that no source of the target can satisfy.
 */
export function planSources<S extends TriggerSource>(
  slug: TriggerSlug,
  traits: Readonly<Record<S, SourceTraits>>,
  constraints: EventConstraints,
): SourcePlan<S>[] {
  checkConstraints(constraints);
  const trigger = getTrigger(slug);
  const all = Object.keys(traits) as S[];
  if (constraints.version !== undefined && String(constraints.version) !== trigger.version) {
    throw new KitUsageError(
      `version ${constraints.version} does not fit ${slug}, whose events are version ${trigger.version}` +
        (trigger.triggerName === 'PreTokenGeneration' ? ' (use eventArb with a TokenGeneration_* source and a version, or the slug of that version)' : ''),
      'version',
      'version-mismatch',
    );
  }
  let sources: S[] = all;
  if (constraints.triggerSource !== undefined) {
    const wanted = (Array.isArray(constraints.triggerSource) ? constraints.triggerSource : [constraints.triggerSource]) as readonly string[];
    if (wanted.length === 0) throw new KitUsageError('triggerSource must name at least one source', 'triggerSource', 'invalid-constraint');
    for (const w of wanted) {
      if (!all.includes(w as S)) {
        throw new KitUsageError(`${JSON.stringify(w)} is not a triggerSource of ${slug} (its sources: ${all.join(', ')})`, 'triggerSource', 'unknown-source');
      }
    }
    sources = all.filter((s) => wanted.includes(s));
  }
  const narrow = (option: keyof EventConstraints, keep: (s: S) => boolean, why: string) => {
    const kept = sources.filter(keep);
    if (kept.length === 0) {
      throw new KitUsageError(`${option}: ${JSON.stringify(constraints[option])} is impossible for ${sources.join(', ')}: ${why}`, option, 'impossible-constraint');
    }
    sources = kept;
  };
  if (constraints.federated === true) {
    narrow('federated', (s) => traits[s].federation !== 'never', 'federated sign-in never reaches these sources (custom auth, migration, messages and senders never run for federated users)');
  } else if (constraints.federated === false) {
    narrow('federated', (s) => traits[s].federation !== 'always', 'these sources exist only for federated users');
  }
  if (constraints.userNotFound === true) {
    if (constraints.federated === true) {
      throw new KitUsageError('userNotFound: true cannot combine with federated: true: a federated user always exists in the pool', 'userNotFound', 'impossible-constraint');
    }
    narrow('userNotFound', (s) => traits[s].userNotFound === true, 'only pre authentication and the custom-auth triggers carry userNotFound');
    if ((constraints.minAttributes ?? 0) > 0) {
      throw new KitUsageError('minAttributes must be 0 with userNotFound: true: a user that does not exist has no attributes ({})', 'minAttributes', 'impossible-constraint');
    }
  }
  const profiles = concreteProfiles(constraints.profile);
  if (constraints.withClientMetadata === true) {
    narrow('withClientMetadata', (s) => profiles.some((p) => canCarryMap(traits[s], p)), 'Cognito never passes ClientMetadata to them');
    // Federated sign-ins go through managed login, whose calls carry no ClientMetadata.
    if (constraints.federated === true) {
      throw new KitUsageError(
        'withClientMetadata: true cannot combine with federated: true: federated sign-ins come through managed login, which passes no ClientMetadata',
        'withClientMetadata',
        'impossible-constraint',
      );
    }
  }
  const plans: SourcePlan<S>[] = [];
  for (const source of sources) {
    const t = traits[source];
    for (const profile of profiles) {
      if (constraints.withClientMetadata === true && !canCarryMap(t, profile)) continue;
      const forms: Partial<Record<MetadataField['key'], readonly MapForm[]>> = {};
      for (const field of t.metadata) forms[field.key] = formsAfter(field, profile, constraints.withClientMetadata);
      plans.push({
        slug,
        source,
        profile,
        version: trigger.version,
        traits: t,
        federated:
          t.federation === 'always' ? true : t.federation === 'never' || constraints.withClientMetadata === true ? false : constraints.federated,
        userNotFound: t.userNotFound === true ? constraints.userNotFound : false,
        withClientMetadata: constraints.withClientMetadata,
        forms,
        attributes: sizeRange(constraints, 'attributes', profile),
        groups: sizeRange(constraints, 'groups', profile),
        session: sizeRange(constraints, 'session', profile),
        constraints,
      });
    }
  }
  return plans;
}

/**
 * The event arbitrary of a trigger: one arbitrary per planned (source, profile) pair, joined so
 * that shrinking can move to the first pair (the first source, realistic).
 */
export function slugEventArb<S extends TriggerSource, E>(
  slug: TriggerSlug,
  traits: Readonly<Record<S, SourceTraits>>,
  constraints: EventConstraints,
  build: (plan: SourcePlan<S>) => fc.Arbitrary<E>,
): fc.Arbitrary<E> {
  const arbs = planSources(slug, traits, constraints).map(build);
  return arbs.length === 1 ? arbs[0]! : fc.oneof({ withCrossShrink: true }, ...arbs);
}

/** The metadata arbitrary of a field in a plan (`undefined`: the key is absent). */
export function metadataFieldArb(plan: SourcePlan, key: MetadataField['key']): fc.Arbitrary<MetadataValue> {
  const forms = plan.forms[key];
  const field = plan.traits.metadata.find((f) => f.key === key);
  if (forms === undefined || field === undefined) return fc.constant(undefined);
  return metadataArbFor(plan.profile, forms, field.flavour);
}

/** `callerContext` for a plan: the admin placeholder where Cognito sends it, a real-looking client id otherwise. */
export function callerContextArb(plan: SourcePlan): fc.Arbitrary<CallerContext> {
  const na = plan.traits.clientIdNotApplicable;
  return fakerArb((_faker, random) => ({
    awsSdkVersion: plan.traits.hostedUi === true ? 'aws-sdk-unknown-unknown' : drawAwsSdkVersion(random),
    clientId: na === 'always' || (na === 'adversarial' && plan.profile === 'adversarial' && random.chance(0.3)) ? CLIENT_ID_NOT_APPLICABLE : drawClientId(random),
  }));
}

/** The user of an event and the request's `userNotFound` value (`undefined`: the key is absent). */
export interface Subject {
  readonly user: GeneratedUser;
  readonly userNotFound: boolean | undefined;
}

/**
 * The user of a plan. Sources that carry `userNotFound` get found users (`userNotFound` absent
 * with LEGACY, `false` with ENABLED) and, unless excluded, users not found (`true`, `{}` attributes).
 */
export function subjectArb(plan: SourcePlan, user: UserConstraints = {}): fc.Arbitrary<Subject> {
  const base: UserConstraints = {
    federated: plan.federated,
    minAttributes: plan.attributes.min,
    maxAttributes: plan.attributes.max,
    minGroups: plan.groups.min,
    maxGroups: plan.groups.max,
    ...user,
  };
  if (plan.traits.userNotFound !== true) {
    return userArbFor(plan.profile, base).map((u) => ({ user: u, userNotFound: undefined }));
  }
  const arbs: fc.Arbitrary<Subject>[] = [];
  if (plan.userNotFound !== true) {
    arbs.push(
      fc.tuple(userArbFor(plan.profile, base), fc.constantFrom<boolean | undefined>(undefined, false)).map(([u, unf]) => ({ user: u, userNotFound: unf })),
    );
  }
  if (plan.userNotFound !== false && plan.federated !== true && plan.attributes.min === 0) {
    arbs.push(userArbFor(plan.profile, { ...base, federated: false, stage: 'not-found' }).map((u) => ({ user: u, userNotFound: true })));
  }
  // Found users are the common case; a user not found is one draw in four.
  return arbs.length === 1 ? arbs[0]! : fc.oneof({ arbitrary: arbs[0]!, weight: 3 }, { arbitrary: arbs[1]!, weight: 1 });
}

/**
 * The metadata value of a field for a user: federated users come through managed login, which
 * passes no ClientMetadata, so a map becomes the field's first form that is not one.
 */
export function metadataForUser(plan: SourcePlan, key: MetadataField['key'], value: MetadataValue, user: GeneratedUser): MetadataValue {
  if (user.identity === undefined || value === null || value === undefined || Object.keys(value).length === 0) return value;
  const field = plan.traits.metadata.find((f) => f.key === key);
  if (field === undefined || !field.carriesClientMetadata) return value;
  const fallback = (plan.forms[key] ?? []).find((f) => f !== 'map') ?? field[plan.profile].find((f) => f !== 'map') ?? 'absent';
  return fallback === 'null' ? null : fallback === 'empty' ? {} : undefined;
}

/** A metadata field description (the per-trigger trait tables use it). */
export function metadataField(
  key: MetadataField['key'],
  realistic: readonly MapForm[],
  adversarial: readonly MapForm[] = ['absent', 'null', 'empty', 'map'],
  options: { carriesClientMetadata?: boolean; flavour?: MetadataFlavour } = {},
): MetadataField {
  return {
    key,
    realistic,
    adversarial,
    carriesClientMetadata: options.carriesClientMetadata ?? (realistic.includes('map') || adversarial.includes('map')),
    ...(options.flavour ? { flavour: options.flavour } : {}),
  };
}

/** Puts `value` under `key` unless it is `undefined` (an absent key). */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/**
 * Assembles an event in the key order of real events, with Cognito's pre-filled `response`
 * (none for the custom senders).
 */
export function assembleEvent(
  plan: SourcePlan,
  user: Pick<GeneratedUser, 'region' | 'userPoolId'> & { userName: string | null | undefined },
  caller: CallerContext,
  request: Record<string, unknown>,
  federated = false,
): Record<string, unknown> {
  const event: Record<string, unknown> = {
    version: plan.version,
    region: user.region,
    userPoolId: user.userPoolId,
  };
  put(event, 'userName', user.userName);
  // Federated users sign in through managed login, which reports no SDK.
  event.callerContext = federated ? { ...caller, awsSdkVersion: 'aws-sdk-unknown-unknown' } : caller;
  event.triggerSource = plan.source;
  event.request = request;
  const response = prefilledTemplate(plan.slug);
  if (response !== undefined) event.response = copyResponse(response);
  return event;
}

const TEMPLATES = new Map<TriggerSlug, Record<string, unknown> | undefined>();

/** Cognito's pre-filled response of a slug, read once from `prefilledResponse`. */
function prefilledTemplate(slug: TriggerSlug): Record<string, unknown> | undefined {
  if (!TEMPLATES.has(slug)) TEMPLATES.set(slug, prefilledResponse(slug));
  return TEMPLATES.get(slug);
}

/** A fresh copy per event (a handler may mutate its event): the templates hold only scalars and `{}`. */
function copyResponse(template: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in template) {
    const v = template[key];
    out[key] = v !== null && typeof v === 'object' ? { ...v } : v;
  }
  return out;
}

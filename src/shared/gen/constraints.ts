/**
 * The constraints every event arbitrary takes (one options object, fast-check style), and their
 * validation. A wrong value or an impossible combination throws a {@link KitUsageError} naming the
 * option, never a silently different distribution.
 */
import { KitUsageError } from '../errors.js';
import type { TriggerSource } from '../../triggers/registry.js';

/**
 * Which values to generate:
 * - `realistic`: what real pools send (faker-backed names, emails, phones; observed forms only);
 *   events draw no realism warning.
 * - `adversarial`: everything the input contract tolerates and handlers trip on: empty maps,
 *   absent vs `null` vs `{}`, unicode (emoji, RTL, combining marks), boundary lengths, many
 *   groups, long sessions, attribute keys that look like reserved claims; events stay valid.
 * - `mixed` (default): each event is one or the other.
 */
export type Profile = 'realistic' | 'adversarial' | 'mixed';

/** One of the two profiles an event is actually generated with. */
export type ConcreteProfile = Exclude<Profile, 'mixed'>;

/** The three profiles, for checking an option. */
export const PROFILES: readonly Profile[] = ['realistic', 'adversarial', 'mixed'];

/**
 * Constraints of every event arbitrary.
 *
 * Attribute counts cover the user's profile attributes (standard, `custom:` and `dev:` keys, a
 * `*_verified` flag riding with its email or phone). Cognito's own keys (`sub`,
 * `cognito:user_status`, `identities`, `cognito:*` aliases) and the attribute a scenario needs
 * (the email a custom email sender writes to, the username attribute of an email-as-username
 * pool) come on top. Group counts likewise exclude the `<poolId>_<Provider>` group Cognito adds to
 * every federated user.
 *
 * @example
 * eventArb('pre-signup', { triggerSource: 'PreSignUp_SignUp', profile: 'realistic', withClientMetadata: true })
 */
export interface EventConstraints {
  /** Restrict to these sources of the target. */
  triggerSource?: TriggerSource | readonly TriggerSource[];
  /** Pre-token event version (TokenGeneration_* targets). */
  version?: 1 | 2 | 3;
  /** Default `'mixed'`. */
  profile?: Profile;
  /**
   * `true`: the field that carries ClientMetadata is always a map; `false`: never a map (absent,
   * `null` or `{}` as Cognito sends it); `undefined`: every form the sheet allows for the source.
   */
  withClientMetadata?: boolean;
  /** `true`: `userNotFound: true` with `{}` attributes (triggers that carry it); `false`: never true. */
  userNotFound?: boolean;
  /** `true`: a federated user; `false`: never. */
  federated?: boolean;
  minAttributes?: number;
  maxAttributes?: number;
  minGroups?: number;
  maxGroups?: number;
  minSessionLength?: number;
  maxSessionLength?: number;
}

/** An inclusive size range. */
export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

/** Size defaults per profile: realistic users are small; adversarial ones reach the stress sizes. */
export const DEFAULT_SIZES: Readonly<Record<ConcreteProfile, Readonly<Record<'attributes' | 'groups' | 'session', SizeRange>>>> = {
  realistic: { attributes: { min: 0, max: 8 }, groups: { min: 0, max: 4 }, session: { min: 0, max: 6 } },
  adversarial: { attributes: { min: 0, max: 24 }, groups: { min: 0, max: 64 }, session: { min: 0, max: 40 } },
};

const SIZE_KEYS = {
  attributes: ['minAttributes', 'maxAttributes'],
  groups: ['minGroups', 'maxGroups'],
  session: ['minSessionLength', 'maxSessionLength'],
} as const;

/** Hard ceilings, so a typo such as `maxGroups: 1e9` fails fast instead of exhausting memory. */
const SIZE_CEILING = 10_000;

function checkCount(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SIZE_CEILING) {
    throw new KitUsageError(
      `${name} must be an integer from 0 to ${SIZE_CEILING}, got ${JSON.stringify(value)}`,
      name,
      'invalid-constraint',
    );
  }
  return value;
}

/** Checks the shape of a constraints object (not its fit with a trigger); throws on a bad value. */
export function checkConstraints(c: EventConstraints): void {
  if (c === null || typeof c !== 'object') {
    throw new KitUsageError('constraints must be an object such as { profile: "realistic" }', 'constraints', 'invalid-constraint');
  }
  if (c.profile !== undefined && !PROFILES.includes(c.profile)) {
    throw new KitUsageError(
      `profile must be "realistic", "adversarial" or "mixed", got ${JSON.stringify(c.profile)}`,
      'profile',
      'invalid-constraint',
    );
  }
  for (const key of ['withClientMetadata', 'userNotFound', 'federated'] as const) {
    if (c[key] !== undefined && typeof c[key] !== 'boolean') {
      throw new KitUsageError(`${key} must be true, false or undefined, got ${JSON.stringify(c[key])}`, key, 'invalid-constraint');
    }
  }
  if (c.version !== undefined && ![1, 2, 3].includes(c.version)) {
    throw new KitUsageError(`version must be 1, 2 or 3, got ${JSON.stringify(c.version)}`, 'version', 'invalid-constraint');
  }
  for (const [minKey, maxKey] of Object.values(SIZE_KEYS)) {
    const min = checkCount(minKey, c[minKey]);
    const max = checkCount(maxKey, c[maxKey]);
    if (min !== undefined && max !== undefined && min > max) {
      throw new KitUsageError(`${minKey} (${min}) is greater than ${maxKey} (${max})`, minKey, 'invalid-constraint');
    }
  }
}

/** The size range of one kind for one profile: the user's bounds over the profile's defaults. */
export function sizeRange(c: EventConstraints, kind: keyof typeof SIZE_KEYS, profile: ConcreteProfile): SizeRange {
  const [minKey, maxKey] = SIZE_KEYS[kind];
  const defaults = DEFAULT_SIZES[profile][kind];
  const min = c[minKey] ?? defaults.min;
  const max = c[maxKey] ?? Math.max(min, defaults.max);
  return { min, max };
}

/** The profiles an event arbitrary draws from. */
export function concreteProfiles(profile: Profile | undefined): ConcreteProfile[] {
  if (profile === 'realistic' || profile === 'adversarial') return [profile];
  return ['realistic', 'adversarial'];
}

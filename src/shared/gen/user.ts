/**
 * The user model: who an event is about. One generated user carries everything Cognito derives
 * from it, so the invariants hold by construction (sheet §1.2, §1.3):
 * - email/phone as the username attribute: `userName` equals `sub`;
 * - federated: `userName` is `<Provider>_<id>`, `cognito:user_status` is `EXTERNAL_PROVIDER`,
 *   `identities` is a JSON string attribute and the user is in the group `<poolId>_<Provider>`;
 * - pre sign-up: no `sub` or `cognito:user_status` yet.
 */
import fc from 'fast-check';
import { KitUsageError } from '../errors.js';
import { LIMITS } from '../patterns.js';
import { type ConcreteProfile, type Profile, type SizeRange, DEFAULT_SIZES, concreteProfiles } from './constraints.js';
import { fakerSeedArb, withFaker } from './faker.js';
import { lazyArb } from './lazy.js';
import type { SeededRandom } from './random.js';
import { adversarialStringArb } from './adversarial-string.js';
import {
  adversarialAttributesArb,
  drawPerson,
  drawRealisticAttributes,
  drawUsername,
  type Person,
  type RequiredContact,
} from './attributes.js';
import { drawFederatedIdentity, identitiesAttribute, identityArbFor, type FederatedIdentity, type ProviderType } from './federated-identity.js';
import { drawRegion } from './region.js';
import { drawUserPoolId } from './user-pool-id.js';
import { drawSub } from './sub.js';
import { INBOUND_PROVIDER_TYPES } from '../../triggers/inbound-federation/schema.js';

/** The API's user statuses (`UserStatusType`). */
export const USER_STATUSES = [
  'UNCONFIRMED',
  'CONFIRMED',
  'ARCHIVED',
  'COMPROMISED',
  'UNKNOWN',
  'RESET_REQUIRED',
  'FORCE_CHANGE_PASSWORD',
  'EXTERNAL_PROVIDER',
] as const;
/** A user status (`cognito:user_status`). */
export type UserStatus = (typeof USER_STATUSES)[number];

/**
 * How the user's `userName` was made:
 * - `plain`: a username the user chose (`jane_doe42`);
 * - `email`: a username that is itself an email address;
 * - `sub`: the pool uses email or phone as the username attribute, so Cognito made the username
 *   a UUID equal to `sub`;
 * - `federated`: `<Provider>_<id>`;
 * - `typed`: what someone typed for a user the pool does not hold (user not found, migration).
 */
export type UsernameKind = 'plain' | 'email' | 'sub' | 'federated' | 'typed';

/**
 * Where the user is in its life:
 * - `existing` (default): it has `sub` and `cognito:user_status`;
 * - `signing-up`: pre sign-up, the user does not exist yet;
 * - `not-found`: the pool has no such user (PreventUserExistenceErrors, migration): `{}` attributes.
 */
export type UserStage = 'existing' | 'signing-up' | 'not-found';

/** A generated user and what Cognito derives from it. */
export interface GeneratedUser {
  readonly profile: ConcreteProfile;
  readonly region: string;
  readonly userPoolId: string;
  readonly userName: string;
  readonly usernameKind: UsernameKind;
  /** `undefined` before sign-up completes and for a user not found. */
  readonly sub: string | undefined;
  readonly attributes: Record<string, string>;
  /** Group names, the `<poolId>_<Provider>` group of a federated user first. */
  readonly groups: readonly string[];
  /** IAM role ARNs of the groups that have one. */
  readonly roles: readonly string[];
  /** The role of the highest-precedence group with a role, or `null`. */
  readonly preferredRole: string | null;
  readonly identity: FederatedIdentity | undefined;
}

/** Options of {@link userArb}. */
export interface UserConstraints {
  profile?: Profile;
  /** `true`: always federated; `false`: never; default: either. */
  federated?: boolean;
  /** Default `existing`. */
  stage?: UserStage;
  /** Statuses of a non-federated existing user. Default `['CONFIRMED']` (realistic), every status (adversarial). */
  statuses?: readonly UserStatus[];
  /** Username kinds of a non-federated user. Default: `plain`, `email` and `sub`. */
  usernameKinds?: readonly Exclude<UsernameKind, 'federated' | 'typed'>[];
  /** A contact attribute the user must hold. */
  requires?: RequiredContact;
  /** Provider types of a federated user. Default: all six. */
  providerTypes?: readonly ProviderType[];
  /** The pool (and so the region). Default: a generated pool. */
  userPoolId?: string;
  minAttributes?: number;
  maxAttributes?: number;
  minGroups?: number;
  maxGroups?: number;
}

const NON_FEDERATED_KINDS = ['plain', 'email', 'sub'] as const;

const GROUP_NAMES = [
  'admins',
  'editors',
  'viewers',
  'premium',
  'beta-testers',
  'support',
  'finance',
  'engineering',
  'Managers',
  'ReadOnly',
  'Administrators',
  'billing',
] as const;

function poolOf(random: SeededRandom, userPoolId: string | undefined): { region: string; userPoolId: string } {
  if (userPoolId !== undefined) {
    const underscore = userPoolId.indexOf('_');
    return { region: underscore > 0 ? userPoolId.slice(0, underscore) : drawRegion(random), userPoolId };
  }
  const region = drawRegion(random);
  return { region, userPoolId: drawUserPoolId(random, region) };
}

/** IAM roles of the groups. The `<poolId>_<Provider>` group Cognito creates has none. */
function drawRoles(random: SeededRandom, groups: readonly string[], federatedGroup?: string): { roles: string[]; preferredRole: string | null } {
  if (groups.length === 0) return { roles: [], preferredRole: null };
  const account = random.chars('0123456789', 12);
  const roles: string[] = [];
  for (const g of groups) {
    if (g === federatedGroup) continue;
    // Cut before replacing: the replacement maps one UTF-16 unit to one '-', so the order does not matter.
    if (random.chance(0.35)) roles.push(`arn:aws:iam::${account}:role/${g.slice(0, 50).replace(/[^\w+=,.@-]/g, '-')}-role`);
  }
  return { roles, preferredRole: roles[0] ?? null };
}

function typedUserName(random: SeededRandom, person: Person): string {
  const r = random.next();
  if (r < 0.45) return person.email;
  if (r < 0.6) return person.phoneNumber;
  return drawUsername(random, person);
}

interface Plan {
  readonly stage: UserStage;
  readonly requires: RequiredContact | undefined;
  readonly userPoolId: string | undefined;
  readonly attributes: SizeRange;
  readonly groups: SizeRange;
}

function realisticUser(
  plan: Plan,
  seed: number,
  attributeCount: number,
  groupCount: number,
  kind: UsernameKind,
  status: UserStatus,
  providerType: ProviderType,
): GeneratedUser {
  return withFaker(seed, function drawRealisticUser(faker, random): GeneratedUser {
    const { region, userPoolId } = poolOf(random, plan.userPoolId);
    const person = drawPerson(faker, random);
    if (plan.stage === 'not-found') {
      return notFoundUser('realistic', region, userPoolId, typedUserName(random, person));
    }
    const identity = kind === 'federated' ? drawFederatedIdentity(faker, random, providerType) : undefined;
    const sub = drawSub(random, random.chance(0.5) ? 'v7' : 'v4');
    const userName =
      identity !== undefined
        ? `${identity.usernamePrefix}_${identity.userId}`
        : kind === 'sub'
          ? sub
          : kind === 'email'
            ? person.email
            : drawUsername(random, person);
    const attributes: Record<string, string> = {};
    const existing = plan.stage === 'existing';
    if (existing) {
      attributes.sub = sub;
      if (identity) attributes.identities = identitiesAttribute([identity]);
      attributes['cognito:user_status'] = identity ? 'EXTERNAL_PROVIDER' : status;
    }
    const requires = plan.requires ?? (kind === 'sub' ? 'email-or-phone' : kind === 'email' ? 'email' : undefined);
    drawRealisticAttributes(faker, random, attributes, { count: attributeCount, person, requires });
    if (existing && !identity) {
      // Verified aliases are mirrored into cognito:*_alias keys (seen on real pools).
      if (attributes.email_verified === 'true' && random.chance(0.3)) attributes['cognito:email_alias'] = attributes.email!;
      if (attributes.phone_number_verified === 'true' && random.chance(0.3)) attributes['cognito:phone_number_alias'] = attributes.phone_number!;
      if (random.chance(0.1)) attributes['cognito:token_nbf'] = String(1_700_000_000_000 + random.int(60_000_000) * 1000);
    }
    if (!existing && identity && random.chance(0.5)) {
      // A federated first sign-in: Cognito sends empty alias keys (captured PreSignUp_ExternalProvider).
      attributes['cognito:email_alias'] = '';
      attributes['cognito:phone_number_alias'] = '';
    }
    if (!existing) {
      return { profile: 'realistic', region, userPoolId, userName, usernameKind: kind, sub: undefined, attributes, groups: [], roles: [], preferredRole: null, identity };
    }
    const groups: string[] = random.sample(GROUP_NAMES, groupCount);
    const federatedGroup = identity ? `${userPoolId}_${identity.providerName}` : undefined;
    if (federatedGroup) groups.unshift(federatedGroup);
    const { roles, preferredRole } = drawRoles(random, groups, federatedGroup);
    return { profile: 'realistic', region, userPoolId, userName, usernameKind: kind, sub, attributes, groups, roles, preferredRole, identity };
  });
}

function notFoundUser(profile: ConcreteProfile, region: string, userPoolId: string, userName: string): GeneratedUser {
  return { profile, region, userPoolId, userName, usernameKind: 'typed', sub: undefined, attributes: {}, groups: [], roles: [], preferredRole: null, identity: undefined };
}

function realisticUserArb(plan: Plan, kinds: readonly UsernameKind[], statuses: readonly UserStatus[], types: readonly ProviderType[]): fc.Arbitrary<GeneratedUser> {
  return fc
    .tuple(
      fakerSeedArb(),
      fc.integer(plan.attributes),
      fc.integer(plan.groups),
      fc.constantFrom(...kinds),
      fc.constantFrom(...statuses),
      fc.constantFrom(...types),
    )
    .map(([seed, nAttributes, nGroups, kind, status, type]) => realisticUser(plan, seed, nAttributes, nGroups, kind, status, type));
}

const adversarialEmailArb = lazyArb(() =>
  fc
    .tuple(adversarialStringArb({ kind: 'username', maxLength: 40 }), fc.constantFrom('example.com', 'exämple.org', 'xn--bcher-kva.example', 'EXAMPLE.NET'))
    .map(([local, domain]) => `${local.replace(/@/g, '')}@${domain}`.replace(/^@/, 'a@')),
);

/** Adversarial group lists up to this many groups over the minimum are the common case. */
const SHORT_GROUP_SPAN = 8;

/**
 * Adversarial group names (unicode, up to the 128-character limit). Three lists in four hold at
 * most {@link SHORT_GROUP_SPAN} groups over the minimum; the fourth is drawn over the whole range,
 * so long lists (64 groups by default) still come up often, without every adversarial event
 * paying for one: the group names are the costliest part of an adversarial user to generate, to
 * copy and to check.
 */
function adversarialGroupsArb(range: SizeRange): fc.Arbitrary<string[]> {
  const names = (max: number) =>
    fc.uniqueArray(adversarialStringArb({ kind: 'username', maxLength: LIMITS.groupName }), { minLength: range.min, maxLength: max, size: 'max' });
  const shortMax = Math.min(range.max, range.min + SHORT_GROUP_SPAN);
  if (shortMax === range.max) return names(range.max);
  return fc.oneof({ arbitrary: names(shortMax), weight: 3 }, { arbitrary: names(range.max), weight: 1 });
}

function adversarialUserArb(plan: Plan, kinds: readonly UsernameKind[], statuses: readonly UserStatus[], types: readonly ProviderType[]): fc.Arbitrary<GeneratedUser> {
  const wantsFederation = kinds.includes('federated');
  return fc
    .record({
      seed: fakerSeedArb(),
      kind: fc.constantFrom(...kinds),
      status: fc.constantFrom(...statuses),
      plainName: adversarialStringArb({ kind: 'username' }),
      email: adversarialEmailArb(),
      identity: wantsFederation ? identityArbFor('adversarial', types) : fc.constant(undefined),
      attributes: adversarialAttributesArb(plan.attributes),
      // Empty maps: an existing user without even `sub` is not what Cognito sends, but handlers
      // must not crash on it. Only drawn when the attribute count may be 0 and no contact is needed
      // (Cognito cannot send a message to a user without the email or phone it goes to).
      emptyAttributes: plan.attributes.min === 0 && plan.requires === undefined ? fc.boolean() : fc.constant(false),
      groups: adversarialGroupsArb(plan.groups),
    })
    .map((r) =>
      withFaker(r.seed, (faker, random) => {
        const { region, userPoolId } = poolOf(random, plan.userPoolId);
        const sub = drawSub(random, 'hex');
        if (plan.stage === 'not-found') return notFoundUser('adversarial', region, userPoolId, random.chance(0.5) ? r.plainName : r.email);
        const identity = r.kind === 'federated' ? (r.identity ?? drawFederatedIdentity(faker, random)) : undefined;
        const userName =
          r.kind === 'federated' ? `${identity!.usernamePrefix}_${identity!.userId}` : r.kind === 'sub' ? sub : r.kind === 'email' ? r.email : r.plainName;
        const existing = plan.stage === 'existing';
        const attributes: Record<string, string> = {};
        if (!r.emptyAttributes) {
          if (existing) {
            attributes.sub = sub;
            if (identity) attributes.identities = identitiesAttribute([identity]);
            attributes['cognito:user_status'] = identity ? 'EXTERNAL_PROVIDER' : r.status;
          }
          Object.assign(attributes, r.attributes);
          if (existing) {
            // Reserved-looking keys must not overwrite what Cognito itself sets.
            attributes.sub = sub;
            attributes['cognito:user_status'] = identity ? 'EXTERNAL_PROVIDER' : r.status;
            if (identity) attributes.identities = identitiesAttribute([identity]);
          }
          const needsEmail = plan.requires === 'email' || plan.requires === 'email-or-phone' || r.kind === 'email' || r.kind === 'sub';
          if (needsEmail && attributes.email === undefined) attributes.email = r.kind === 'email' ? r.email : 'user@example.com';
          if (plan.requires === 'phone_number' && attributes.phone_number === undefined) attributes.phone_number = '+15555550100';
        }
        const groups: string[] = existing ? [...r.groups] : [];
        const federatedGroup = existing && identity ? `${userPoolId}_${identity.providerName}` : undefined;
        if (federatedGroup) groups.unshift(federatedGroup);
        const { roles, preferredRole } = existing ? drawRoles(random, groups, federatedGroup) : { roles: [], preferredRole: null };
        return { profile: 'adversarial', region, userPoolId, usernameKind: r.kind, userName, sub: existing ? sub : undefined, attributes, groups, roles, preferredRole, identity };
      }),
    );
}

function rangeOf(c: UserConstraints, profile: ConcreteProfile, kind: 'attributes' | 'groups'): SizeRange {
  const d = DEFAULT_SIZES[profile][kind];
  const min = (kind === 'attributes' ? c.minAttributes : c.minGroups) ?? d.min;
  const max = (kind === 'attributes' ? c.maxAttributes : c.maxGroups) ?? Math.max(min, d.max);
  if (min > max) throw new KitUsageError(`min${kind === 'attributes' ? 'Attributes' : 'Groups'} (${min}) is greater than max (${max})`, `min${kind === 'attributes' ? 'Attributes' : 'Groups'}`, 'invalid-constraint');
  return { min, max };
}

/** Builds the user arbitrary of one concrete profile (the event arbitraries call this). */
export function userArbFor(profile: ConcreteProfile, c: UserConstraints = {}): fc.Arbitrary<GeneratedUser> {
  const stage = c.stage ?? 'existing';
  if (stage === 'not-found' && c.federated === true) {
    throw new KitUsageError('a federated user always exists in the pool: federated: true cannot combine with a user not found', 'federated', 'impossible-constraint');
  }
  const plan: Plan = {
    stage,
    requires: c.requires,
    userPoolId: c.userPoolId,
    attributes: rangeOf(c, profile, 'attributes'),
    groups: rangeOf(c, profile, 'groups'),
  };
  const base = c.usernameKinds ?? NON_FEDERATED_KINDS;
  const kinds: UsernameKind[] =
    stage === 'not-found' ? ['typed'] : c.federated === true ? ['federated'] : c.federated === false ? [...base] : [...base, 'federated'];
  const statuses = c.statuses ?? (profile === 'realistic' ? ['CONFIRMED'] : USER_STATUSES.filter((s) => s !== 'EXTERNAL_PROVIDER'));
  const types = c.providerTypes ?? INBOUND_PROVIDER_TYPES;
  return profile === 'realistic' ? realisticUserArb(plan, kinds, statuses, types) : adversarialUserArb(plan, kinds, statuses, types);
}

/**
 * A user and everything Cognito derives from it: pool, `userName`, `sub`, attributes (Cognito's
 * own keys included), groups and their IAM roles, and for a federated user its identity.
 *
 * @example
 * fc.assert(fc.property(userArb({ federated: true }), (user) => user.userName.startsWith(`${user.identity!.usernamePrefix}_`)));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
 */
export function userArb(constraints: UserConstraints = {}): fc.Arbitrary<GeneratedUser> {
  const arbs = concreteProfiles(constraints.profile).map((p) => userArbFor(p, constraints));
  return arbs.length === 1 ? arbs[0]! : fc.oneof({ withCrossShrink: true }, ...arbs);
}

/**
 * User attribute maps: the profile attributes a user holds (standard OIDC attributes, `custom:`
 * and `dev:` keys). Every value is a string, booleans included (`"true"`), as in Cognito events.
 */
import fc from 'fast-check';
import type { ConcreteProfile, Profile, SizeRange } from './constraints.js';
import { DEFAULT_SIZES } from './constraints.js';
import { fakerSeedArb, withFaker, type Faker } from './faker.js';
import { lazyArb } from './lazy.js';
import type { SeededRandom } from './random.js';
import { adversarialStringArb } from './adversarial-string.js';

/** The person behind a realistic user: names and contacts agree with each other. */
export interface Person {
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string;
  readonly phoneNumber: string;
}

/** A contact attribute a scenario needs (a custom email sender writes to `email`). */
export type RequiredContact = 'email' | 'phone_number' | 'email-or-phone';

const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

interface NameLists {
  readonly first: readonly string[];
  readonly last: readonly string[];
}

let names: NameLists | undefined;

/**
 * The English locale's name lists, read once. Picking from them directly is several times faster
 * than faker's pattern-driven `person.lastName()`, and the names are the same data.
 */
function nameLists(faker: Faker): NameLists {
  if (names === undefined) {
    const person = faker.rawDefinitions.person as { first_name: { female: string[]; male: string[] }; last_name: { generic: string[] } };
    names = { first: [...person.first_name.female, ...person.first_name.male], last: person.last_name.generic };
  }
  return names;
}

/** Lowercase ASCII letters of a name (drops the apostrophe of O'Hara). */
const plain = (name: string) => (/^[A-Za-z]+$/.test(name) ? name.toLowerCase() : name.toLowerCase().replace(/[^a-z]/g, ''));

/** Draws a person; emails use the reserved example domains, phones are E.164 in +1 NXX 555-01XX. */
export function drawPerson(faker: Faker, random: SeededRandom): Person {
  const lists = nameLists(faker);
  const givenName = random.pick(lists.first);
  const familyName = random.pick(lists.last);
  const suffix = random.chance(0.4) ? String(random.int(100)) : '';
  return {
    givenName,
    familyName,
    email: `${plain(givenName)}.${plain(familyName)}${suffix}@${random.pick(EMAIL_DOMAINS)}`,
    // 555-0100..0199 is the range reserved for fiction, so a generated number reaches nobody.
    phoneNumber: `+1${2 + random.int(8)}${random.int(10)}${random.int(10)}55501${random.int(10)}${random.int(10)}`,
  };
}

/** A username such as `jane.doe`, `JaneDoe42` or `jdoe_7`, made from the person's names. */
export function drawUsername(random: SeededRandom, person: Person): string {
  const first = plain(person.givenName) || 'user';
  const last = plain(person.familyName) || 'name';
  const n = String(random.int(1000));
  switch (random.int(5)) {
    case 0:
      return `${first}.${last}`;
    case 1:
      return `${person.givenName.replace(/[^A-Za-z]/g, '')}${person.familyName.replace(/[^A-Za-z]/g, '')}${n}`;
    case 2:
      return `${first[0]}${last}_${n}`;
    case 3:
      return `${first}_${last}`;
    default:
      return `${first}${n}`;
  }
}

type SlotWriter = (out: Record<string, string>, person: Person, faker: Faker, random: SeededRandom) => void;

const verified = (random: SeededRandom) => (random.chance(0.75) ? 'true' : 'false');

/**
 * Realistic attribute slots, most common first. A slot writes one attribute, or two for an email
 * or phone and its `*_verified` flag.
 */
const SLOTS: ReadonlyArray<readonly [string, SlotWriter]> = [
  ['email', (o, p, _f, r) => { o.email_verified = verified(r); o.email = p.email; }],
  ['given_name', (o, p) => { o.given_name = p.givenName; }],
  ['family_name', (o, p) => { o.family_name = p.familyName; }],
  ['phone_number', (o, p, _f, r) => { o.phone_number_verified = verified(r); o.phone_number = p.phoneNumber; }],
  ['name', (o, p) => { o.name = `${p.givenName} ${p.familyName}`; }],
  ['preferred_username', (o, p, _f, r) => { o.preferred_username = drawUsername(r, p); }],
  ['custom:tenant_id', (o, _p, _f, r) => { o['custom:tenant_id'] = `t-${r.chars('0123456789abcdef', 12)}`; }],
  ['locale', (o, _p, _f, r) => { o.locale = r.pick(['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'ja-JP', 'pt-BR']); }],
  ['custom:plan', (o, _p, _f, r) => { o['custom:plan'] = r.pick(['free', 'pro', 'team', 'enterprise']); }],
  ['birthdate', (o, _p, f) => { o.birthdate = f.date.birthdate({ mode: 'age', min: 18, max: 90 }).toISOString().slice(0, 10); }],
  ['zoneinfo', (o, _p, f) => { o.zoneinfo = f.location.timeZone(); }],
  ['nickname', (o, p) => { o.nickname = p.givenName; }],
  ['updated_at', (o, _p, _f, r) => { o.updated_at = String(1_600_000_000 + r.int(150_000_000)); }],
  ['custom:department', (o, _p, f) => { o['custom:department'] = f.commerce.department(); }],
  ['gender', (o, _p, _f, r) => { o.gender = r.pick(['female', 'male', 'non-binary', 'unspecified']); }],
  ['picture', (o, _p, _f, r) => { o.picture = `https://images.example.com/avatars/${r.chars('0123456789abcdef', 16)}.png`; }],
  ['website', (o, p) => { o.website = `https://${p.familyName.toLowerCase().replace(/[^a-z]/g, '') || 'home'}.example.com`; }],
  ['middle_name', (o, _p, f, r) => { o.middle_name = r.pick(nameLists(f).first); }],
  ['address', (o, _p, f) => { o.address = `${f.location.streetAddress()}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode('#####')}`; }],
  ['custom:employee_id', (o, _p, _f, r) => { o['custom:employee_id'] = `E${r.chars('0123456789', 6)}`; }],
  ['profile', (o, _p, _f, r) => { o.profile = `https://profiles.example.com/u/${r.chars('0123456789', 8)}`; }],
  ['dev:migrated_from', (o, _p, _f, r) => { o['dev:migrated_from'] = r.pick(['legacy-db', 'auth0', 'firebase']); }],
];

/** Number of realistic attribute slots (the most a realistic user can hold). */
export const REALISTIC_ATTRIBUTE_SLOTS = SLOTS.length;

/** Options of {@link drawRealisticAttributes}. */
export interface RealisticAttributeOptions {
  readonly count: number;
  readonly person: Person;
  readonly requires?: RequiredContact | undefined;
}

/**
 * Fills `out` with `count` realistic slots (on top of a required contact). Slots are picked
 * favouring the common ones, and written in a stable order.
 */
export function drawRealisticAttributes(
  faker: Faker,
  random: SeededRandom,
  out: Record<string, string>,
  options: RealisticAttributeOptions,
): void {
  const count = Math.min(options.count, SLOTS.length);
  const chosen = new Set<number>();
  if (count > SLOTS.length / 2) {
    for (const i of random.sample(SLOTS.map((_, i) => i), count)) chosen.add(i);
  } else {
    // Common attributes (the first slots) are picked far more often than the tail.
    while (chosen.size < count) chosen.add(Math.min(SLOTS.length - 1, Math.floor(SLOTS.length * random.next() ** 1.7)));
  }
  const requires = options.requires;
  if (requires === 'email' || (requires === 'email-or-phone' && !chosen.has(3) && random.chance(0.8))) chosen.add(0);
  else if (requires === 'phone_number' || (requires === 'email-or-phone' && !chosen.has(0))) chosen.add(3);
  for (const i of [...chosen].sort((a, b) => a - b)) SLOTS[i]![1](out, options.person, faker, random);
  // Past the standard slots, a pool holds custom attributes (up to 50 per pool).
  for (let i = SLOTS.length; i < options.count; i++) out[`custom:field_${i - SLOTS.length + 1}`] = faker.word.sample();
}

/** Standard attribute names, for adversarial keys. */
const STANDARD_KEYS = [
  'email', 'email_verified', 'phone_number', 'phone_number_verified', 'name', 'given_name', 'family_name', 'middle_name',
  'nickname', 'preferred_username', 'profile', 'picture', 'website', 'gender', 'birthdate', 'zoneinfo', 'locale', 'address',
  'updated_at',
] as const;

/** Keys shaped like protected or reserved token claims: handlers that copy attributes into claims trip on them. */
export const RESERVED_LOOKING_KEYS = [
  'custom:sub', 'custom:aud', 'custom:iss', 'custom:exp', 'custom:iat', 'custom:token_use', 'custom:scope',
  'custom:cognito:groups', 'custom:identities', 'custom:auth_time', 'dev:username', 'dev:sub', 'custom:client_id',
  'custom:email_verified', 'cognito:token_nbf', 'cognito:email_alias', 'cognito:phone_number_alias',
] as const;

const adversarialKeyArb = lazyArb(() =>
  fc.oneof(
    fc.constantFrom(...RESERVED_LOOKING_KEYS),
    fc.constantFrom(...STANDARD_KEYS),
    fc.tuple(fc.constantFrom('custom:', 'dev:'), adversarialStringArb({ kind: 'name' })).map(([p, n]) => p + n),
  ),
);

/** Adversarial attribute entries (unique keys), as an arbitrary of plain objects. */
export function adversarialAttributesArb(range: SizeRange): fc.Arbitrary<Record<string, string>> {
  return fc
    .uniqueArray(fc.tuple(adversarialKeyArb(), adversarialStringArb()), { minLength: range.min, maxLength: range.max, selector: (e) => e[0], size: 'max' })
    .map((entries) => {
      const out: Record<string, string> = {};
      for (const [k, v] of entries) out[k] = v;
      return out;
    });
}

/** Options of {@link userAttributesArb}. */
export interface UserAttributesConstraints {
  profile?: Profile;
  minAttributes?: number;
  maxAttributes?: number;
  /** A contact attribute the map must hold (on top of the count). */
  requires?: RequiredContact;
}

/**
 * A map of profile attributes (no `sub` or `cognito:*` keys: {@link userArb} adds those).
 * Realistic maps hold faker-made names and contacts that agree with each other; adversarial maps
 * hold unicode, boundary-length values and reserved-looking keys.
 *
 * @example
 * fc.sample(userAttributesArb({ profile: 'realistic', minAttributes: 2, maxAttributes: 3 }), 1)
 * // e.g. [{ email_verified: 'true', email: 'jane.doe@example.com', given_name: 'Jane' }]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
 */
export function userAttributesArb(constraints: UserAttributesConstraints = {}): fc.Arbitrary<Record<string, string>> {
  const arbs = (['realistic', 'adversarial'] as const)
    .filter((p: ConcreteProfile) => constraints.profile === undefined || constraints.profile === 'mixed' || constraints.profile === p)
    .map((p) => {
      const d = DEFAULT_SIZES[p].attributes;
      const min = constraints.minAttributes ?? d.min;
      const range = { min, max: constraints.maxAttributes ?? Math.max(min, d.max) };
      if (p === 'adversarial') return adversarialAttributesArb(range);
      return fc.tuple(fakerSeedArb(), fc.integer(range)).map(([seed, count]) =>
        withFaker(seed, (faker, random) => {
          const out: Record<string, string> = {};
          drawRealisticAttributes(faker, random, out, { count, person: drawPerson(faker, random), requires: constraints.requires });
          return out;
        }),
      );
    });
  return fc.oneof(...arbs);
}

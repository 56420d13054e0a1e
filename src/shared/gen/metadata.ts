/**
 * `clientMetadata` and `validationData`: maps of strings that Cognito passes through without
 * storing or checking them, sent in one of four forms depending on the trigger, the source and
 * whether the API call carried any (sheet §4.3).
 */
import fc from 'fast-check';
import type { ConcreteProfile, Profile } from './constraints.js';
import { concreteProfiles } from './constraints.js';
import { fakerSeedArb, withFaker, type Faker } from './faker.js';
import { lazyArb } from './lazy.js';
import type { SeededRandom } from './random.js';
import { adversarialStringArb } from './adversarial-string.js';

/**
 * The forms a metadata field takes: the key `absent`, `null`, `{}` (`empty`) or a non-empty `map`.
 * Generated events leave the key out for `absent`.
 */
export type MapForm = 'absent' | 'null' | 'empty' | 'map';

/** The four forms, in the order the sheet lists them. */
export const MAP_FORMS: readonly MapForm[] = ['absent', 'null', 'empty', 'map'];

/** What a map holds: app-defined ClientMetadata, or the device keys AWS mobile SDKs put in ValidationData. */
export type MetadataFlavour = 'client-metadata' | 'sdk-validation-data';

type Entry = (faker: Faker, random: SeededRandom) => readonly [string, string];

const CLIENT_METADATA_ENTRIES: readonly Entry[] = [
  (_f, r) => ['IpAddress', `192.0.2.${r.int(255)}`],
  (f) => ['GeoLocation', `${f.location.country()} [${f.location.countryCode()}]`],
  (_f, r) => ['redirectUri', r.pick(['https://app.example.com/callback', 'http://localhost:5173/', 'myapp://auth'])],
  (_f, r) => ['signInMethod', r.pick(['MAGIC_LINK', 'FIDO2', 'SMS_OTP', 'EMAIL_OTP'])],
  (f) => ['appVersion', f.system.semver()],
  (_f, r) => ['deviceId', r.chars('0123456789abcdef', 32)],
  (_f, r) => ['environment', r.pick(['dev', 'staging', 'prod'])],
  (_f, r) => ['invitationCode', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)],
  (_f, r) => ['captchaToken', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40)],
  (f) => ['locale', f.location.language().alpha2],
  (_f, r) => ['alreadyHaveMagicLink', r.pick(['yes', 'no'])],
  (_f, r) => ['tenant', `t-${r.chars('0123456789abcdef', 8)}`],
];

const IOS_VALIDATION_ENTRIES: readonly Entry[] = [
  (_f, r) => ['cognito:iOSVersion', r.pick(['15.8', '16.7', '17.5', '18.1'])],
  (_f, r) => ['cognito:bundleShortV', `${r.between(1, 5)}.${r.int(10)}`],
  (_f, r) => ['cognito:idForVendor', r.chars('0123456789ABCDEF', 8) + '-' + r.chars('0123456789ABCDEF', 4) + '-4' + r.chars('0123456789ABCDEF', 3) + '-A' + r.chars('0123456789ABCDEF', 3) + '-' + r.chars('0123456789ABCDEF', 12)],
  (_f, r) => ['cognito:bundleVersion', String(r.between(1, 400))],
  () => ['cognito:systemName', 'iOS'],
  (_f, r) => ['cognito:bundleId', `com.example.${r.pick(['app', 'notes', 'shop'])}`],
  () => ['cognito:deviceName', 'iPhone'],
  () => ['cognito:model', 'iPhone'],
];

/** Draws a realistic non-empty map. */
export function drawMetadataMap(faker: Faker, random: SeededRandom, flavour: MetadataFlavour): Record<string, string> {
  const out: Record<string, string> = {};
  if (flavour === 'sdk-validation-data' && random.chance(0.6)) {
    for (const e of IOS_VALIDATION_ENTRIES) {
      const [k, v] = e(faker, random);
      out[k] = v;
    }
    return out;
  }
  for (const e of random.sample(CLIENT_METADATA_ENTRIES, random.between(1, 4))) {
    const [k, v] = e(faker, random);
    out[k] = v;
  }
  return out;
}

/** A map of strings as an adversarial app sends it: empty keys, unicode, long values. */
const adversarialMapArb = lazyArb(() =>
  fc
    .uniqueArray(fc.tuple(fc.oneof(adversarialStringArb({ kind: 'value', maxLength: 64 }), fc.constantFrom('__proto__', 'constructor', 'toString')), adversarialStringArb()), {
      minLength: 1,
      maxLength: 12,
      selector: (e) => e[0],
    })
    .map((entries) => {
      // Object.defineProperty keeps a key named __proto__ as an own data property, as JSON.parse would.
      const out: Record<string, string> = {};
      for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    }),
);

/** Options of {@link metadataArb}. */
export interface MetadataConstraints {
  /** The forms to draw from. Default: all four. */
  forms?: readonly MapForm[];
  profile?: Profile;
  /** Default `client-metadata`. */
  flavour?: MetadataFlavour;
}

/** A metadata value: `undefined` (leave the key out), `null`, `{}` or a map. */
export type MetadataValue = Record<string, string> | null | undefined;

function valueOfForm(form: MapForm, map: () => Record<string, string>): MetadataValue {
  switch (form) {
    case 'absent':
      return undefined;
    case 'null':
      return null;
    case 'empty':
      return {};
    case 'map':
      return map();
  }
}

/** The metadata arbitrary of one concrete profile. */
export function metadataArbFor(profile: ConcreteProfile, forms: readonly MapForm[], flavour: MetadataFlavour = 'client-metadata'): fc.Arbitrary<MetadataValue> {
  if (forms.length === 0) throw new Error('metadataArbFor: no form to draw from');
  if (profile === 'adversarial') {
    const mapArb = forms.includes('map') ? adversarialMapArb() : fc.constant({});
    return fc.tuple(fc.constantFrom(...forms), mapArb).map(([form, map]) => valueOfForm(form, () => map));
  }
  return fc
    .tuple(fc.constantFrom(...forms), fakerSeedArb())
    .map(([form, seed]) => valueOfForm(form, () => withFaker(seed, (faker, random) => drawMetadataMap(faker, random, flavour))));
}

/**
 * `clientMetadata` or `validationData` in the given forms: `undefined` (the key is absent), `null`,
 * `{}` or a map of strings.
 *
 * @example
 * fc.sample(metadataArb({ forms: ['absent', 'map'], profile: 'realistic' }), 2)
 * // e.g. [undefined, { IpAddress: '192.0.2.7', environment: 'prod' }]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#working-with-lambda-trigger-client-metadata
 */
export function metadataArb(constraints: MetadataConstraints = {}): fc.Arbitrary<MetadataValue> {
  const forms = constraints.forms ?? MAP_FORMS;
  const arbs = concreteProfiles(constraints.profile).map((p) => metadataArbFor(p, forms, constraints.flavour));
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}

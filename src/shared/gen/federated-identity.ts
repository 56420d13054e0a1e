/**
 * Federated identities: the provider a user signed in with and the user's id there. They make
 * the `<providerName>_<id>` username, the `identities` attribute and the `<poolId>_<providerName>`
 * group Cognito adds (sheet §1.2, §1.3).
 */
import fc from 'fast-check';
import { INBOUND_PROVIDER_TYPES } from '../../triggers/inbound-federation/schema.js';
import type { Profile } from './constraints.js';
import { fakerSeedArb, withFaker, type Faker } from './faker.js';
import type { SeededRandom } from './random.js';
import { adversarialStringArb } from './adversarial-string.js';
import { drawSub } from './sub.js';

/** A provider type as Cognito names it (`identities[].providerType`, inbound federation `providerType`). */
export type ProviderType = (typeof INBOUND_PROVIDER_TYPES)[number];

/** One federated identity of a user. */
export interface FederatedIdentity {
  /** The IdP's name in the pool: fixed for social providers (`Google`), chosen by the admin for OIDC and SAML. */
  readonly providerName: string;
  readonly providerType: ProviderType;
  /** The user's id at the provider. */
  readonly userId: string;
  /** The IdP issuer; `null` for social providers. */
  readonly issuer: string | null;
  /** Epoch milliseconds. */
  readonly dateCreated: number;
  readonly primary: boolean;
  /**
   * The provider part of the username. DISAGREE/UNVERIFIED (sheet §1.3): the docs write the name
   * as configured (`LoginWithAmazon_…`), real Google and ADFS users appear lowercased (`google_…`),
   * probably from case-insensitive pools; both are generated.
   */
  readonly usernamePrefix: string;
}

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const OIDC_PROVIDERS = ['auth0', 'Okta', 'Keycloak', 'EntraID', 'PingFederate'] as const;
const SAML_PROVIDERS = ['ADFS', 'AzureAD', 'CorporateAD', 'OktaSAML', 'azuread1'] as const;

/** Draws a realistic identity of a given (or drawn) provider type. */
export function drawFederatedIdentity(faker: Faker, random: SeededRandom, type?: ProviderType): FederatedIdentity {
  const providerType = type ?? random.pick(INBOUND_PROVIDER_TYPES);
  // Accounts linked 2017–2025.
  const dateCreated = 1_490_000_000_000 + random.int(265_000_000) * 1000 + random.int(1000);
  const lowerPrefix = random.chance(0.5);
  const social = (providerName: string, userId: string, lowerable = false): FederatedIdentity => ({
    providerName,
    providerType,
    userId,
    issuer: null,
    dateCreated,
    primary: true,
    usernamePrefix: lowerable && lowerPrefix ? providerName.toLowerCase() : providerName,
  });
  switch (providerType) {
    case 'Google':
      return social('Google', `1${random.chars(DIGITS, 20)}`, true);
    case 'Facebook':
      return social('Facebook', random.chars(DIGITS, random.between(15, 17)));
    case 'LoginWithAmazon':
      return social('LoginWithAmazon', `amzn1.account.${random.chars(UPPER_ALNUM, 28)}`);
    case 'SignInWithApple':
      return social('SignInWithApple', `00${random.chars(DIGITS, 4)}.${random.chars(HEX, 32)}.${random.chars(DIGITS, 4)}`);
    case 'OIDC': {
      const providerName = random.pick(OIDC_PROVIDERS);
      const userId =
        providerName === 'auth0'
          ? `auth0|${random.chars(HEX, 24)}`
          : providerName === 'EntraID'
            ? random.chars(`${UPPER_ALNUM}abcdefghijklmnopqrstuvwxyz-_`, 43)
            : drawSub(random, 'v4');
      const issuer =
        providerName === 'auth0'
          ? `https://${faker.word.noun().toLowerCase().replace(/[^a-z]/g, '') || 'tenant'}.us.auth0.com/`
          : providerName === 'EntraID'
            ? `https://login.microsoftonline.com/${drawSub(random, 'v4')}/v2.0`
            : `https://idp.example.com/realms/${faker.word.noun().toLowerCase().replace(/[^a-z]/g, '') || 'main'}`;
      return { providerName, providerType, userId, issuer, dateCreated, primary: true, usernamePrefix: providerName };
    }
    case 'SAML': {
      const providerName = random.pick(SAML_PROVIDERS);
      const first = faker.person.firstName().toLowerCase().replace(/[^a-z]/g, '') || 'user';
      const last = faker.person.lastName().toLowerCase().replace(/[^a-z]/g, '') || 'name';
      const userId = providerName === 'ADFS' ? `ad\\${first}.${last}` : `${first}.${last}@example.com`;
      const issuer =
        providerName === 'AzureAD' || providerName === 'azuread1'
          ? `https://sts.windows.net/${drawSub(random, 'v4')}/`
          : providerName === 'OktaSAML'
            ? `http://www.okta.com/exk${random.chars(`${UPPER_ALNUM}abcdefghijklmnopqrstuvwxyz`, 17)}`
            : `http://adfs.example.com/adfs/services/trust`;
      return {
        providerName,
        providerType,
        userId,
        issuer,
        dateCreated,
        primary: true,
        usernamePrefix: providerName === 'ADFS' && lowerPrefix ? 'adfs' : providerName,
      };
    }
  }
}

/** The `identities` attribute: a JSON string whose `primary` is a boolean and `dateCreated` a number (sheet §1.2). */
export function identitiesAttribute(identities: readonly FederatedIdentity[]): string {
  return JSON.stringify(
    identities.map((i) => ({
      userId: i.userId,
      providerName: i.providerName,
      providerType: i.providerType,
      issuer: i.issuer,
      primary: i.primary,
      dateCreated: i.dateCreated,
    })),
  );
}

/** Options of {@link federatedIdentityArb}. */
export interface FederatedIdentityConstraints {
  profile?: Profile;
  /** Provider types to draw from. Default: all six. */
  providerTypes?: readonly ProviderType[];
}

/**
 * Adversarial identities: OIDC/SAML provider names in unicode, ids holding underscores (a
 * username split on `_` breaks), unicode and very long ids.
 */
function adversarialIdentityArb(types: readonly ProviderType[]): fc.Arbitrary<FederatedIdentity> {
  const nameArb = adversarialStringArb({ kind: 'name', maxLength: 32 }).map((n) => n.replace(/_/g, '-'));
  return fc
    .record({
      type: fc.constantFrom(...types),
      name: nameArb,
      userId: fc.oneof(
        adversarialStringArb({ kind: 'username', maxLength: 60 }),
        fc.constantFrom('id_with_under_scores', '_leading', 'trailing_', 'a'),
      ),
      issuer: fc.option(fc.constantFrom('https://idp.example.com/', 'urn:example:idp', ''), { nil: null }),
      dateCreated: fc.constantFrom(0, 1, 1_611_313_260_723, 4_102_444_800_000),
    })
    .map(({ type, name, userId, issuer, dateCreated }) => {
      const providerName = type === 'OIDC' || type === 'SAML' ? name : type;
      return { providerName, providerType: type, userId, issuer, dateCreated, primary: true, usernamePrefix: providerName };
    });
}

/** Builds the realistic or adversarial identity arbitrary for a set of provider types. */
export function identityArbFor(profile: 'realistic' | 'adversarial', types: readonly ProviderType[]): fc.Arbitrary<FederatedIdentity> {
  if (profile === 'adversarial') return adversarialIdentityArb(types);
  return fc
    .tuple(fakerSeedArb(), fc.constantFrom(...types))
    .map(([seed, type]) => withFaker(seed, (faker, random) => drawFederatedIdentity(faker, random, type)));
}

/**
 * A federated identity (Google, Facebook, Login with Amazon, Sign in with Apple, an OIDC or a
 * SAML provider) with its id in that provider's format.
 *
 * @example
 * fc.sample(federatedIdentityArb({ providerTypes: ['Google'] }), 1)
 * // e.g. [{ providerName: 'Google', userId: '110348861498301234567', issuer: null, primary: true, … }]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html
 */
export function federatedIdentityArb(constraints: FederatedIdentityConstraints = {}): fc.Arbitrary<FederatedIdentity> {
  const types = constraints.providerTypes ?? INBOUND_PROVIDER_TYPES;
  const profile = constraints.profile ?? 'mixed';
  if (profile !== 'mixed') return identityArbFor(profile, types);
  return fc.oneof(identityArbFor('realistic', types), identityArbFor('adversarial', types));
}

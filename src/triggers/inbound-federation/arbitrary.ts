/**
 * Inbound federation events (sheet §3.10): every federated sign-in, before the profile is created
 * or updated. `userName` is `<providerName>_<id>`; `attributes` holds the raw IdP data, every value
 * a string: `tokenResponse`, `idToken`, `userInfo` for OIDC and social providers, `samlResponse`
 * for SAML. No `userAttributes`, no `clientMetadata`.
 */
import fc from 'fast-check';
import type { EventConstraints } from '../../shared/gen/constraints.js';
import { type SourceTraits, assembleEvent, callerContextArb, slugEventArb } from '../../shared/gen/event.js';
import { fakerSeedArb, withFaker, type Faker } from '../../shared/gen/faker.js';
import { lazyArb } from '../../shared/gen/lazy.js';
import type { SeededRandom } from '../../shared/gen/random.js';
import { drawPerson } from '../../shared/gen/attributes.js';
import { type FederatedIdentity, drawFederatedIdentity, identityArbFor } from '../../shared/gen/federated-identity.js';
import { drawRegion } from '../../shared/gen/region.js';
import { drawUserPoolId } from '../../shared/gen/user-pool-id.js';
import { adversarialStringArb } from '../../shared/gen/adversarial-string.js';
import { LIMITS } from '../../shared/patterns.js';
import { INBOUND_PROVIDER_TYPES, type INBOUND_FEDERATION_SOURCES } from './schema.js';
import type { EventFor } from '../../types.js';

type Source = (typeof INBOUND_FEDERATION_SOURCES)[number];

const TRAITS: Record<Source, SourceTraits> = {
  InboundFederation_ExternalProvider: { federation: 'always', hostedUi: true, metadata: [] },
};

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT-shaped string (header.payload.signature); the signature is random. */
function jwt(random: SeededRandom, claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', kid: random.chars(B64URL, 20), typ: 'JWT' })}.${b64url(claims)}.${random.chars(B64URL, 342)}`;
}

const ISSUERS: Partial<Record<FederatedIdentity['providerType'], string>> = {
  Google: 'https://accounts.google.com',
  Facebook: 'https://www.facebook.com',
  SignInWithApple: 'https://appleid.apple.com',
  LoginWithAmazon: 'https://www.amazon.com',
};

type Attributes = Record<string, Record<string, string>>;

/** The raw IdP data Cognito hands over for a realistic sign-in. */
function drawIdpAttributes(faker: Faker, random: SeededRandom, identity: FederatedIdentity): Attributes {
  const person = drawPerson(faker, random);
  if (identity.providerType === 'SAML') {
    const samlResponse: Record<string, string> = {
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': person.email,
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': person.givenName,
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': person.familyName,
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name': identity.userId,
    };
    if (random.chance(0.5)) samlResponse.department = faker.commerce.department();
    if (random.chance(0.4)) samlResponse['http://schemas.microsoft.com/ws/2008/06/identity/claims/groups'] = `${drawGroupId(random)},${drawGroupId(random)}`;
    return { samlResponse };
  }
  const iat = 1_735_689_600 + random.int(15_000_000);
  const issuer = identity.issuer ?? ISSUERS[identity.providerType] ?? 'https://idp.example.com';
  const audience = random.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26);
  const idToken: Record<string, string> = {
    sub: identity.userId,
    email: person.email,
    email_verified: random.chance(0.8) ? 'true' : 'false',
    name: `${person.givenName} ${person.familyName}`,
    iss: issuer,
    aud: audience,
    iat: String(iat),
    exp: String(iat + 3600),
  };
  if (random.chance(0.5)) {
    idToken.given_name = person.givenName;
    idToken.family_name = person.familyName;
  }
  const tokenResponse: Record<string, string> = {
    access_token: jwt(random, { sub: identity.userId, iss: issuer, iat, exp: iat + 3600, scope: 'openid email profile' }),
    id_token: jwt(random, { ...idToken, iat, exp: iat + 3600 }),
    token_type: 'Bearer',
    expires_in: '3600',
    scope: 'openid email profile',
  };
  if (random.chance(0.5)) tokenResponse.refresh_token = random.chars(B64URL, 64);
  // UserInfo may be empty (sheet §3.10).
  const userInfo: Record<string, string> = random.chance(0.2)
    ? {}
    : { sub: identity.userId, email: person.email, given_name: person.givenName, family_name: person.familyName };
  return { tokenResponse, idToken, userInfo };
}

function drawGroupId(random: SeededRandom): string {
  return `${random.chars('0123456789abcdef', 8)}-${random.chars('0123456789abcdef', 4)}-4${random.chars('0123456789abcdef', 3)}-8${random.chars('0123456789abcdef', 3)}-${random.chars('0123456789abcdef', 12)}`;
}

const adversarialMapArb = lazyArb(() =>
  fc
    .uniqueArray(
      fc.tuple(
        fc.oneof(fc.constantFrom('sub', 'email', 'name', 'bio', 'http://schemas.xmlsoap.org/claims/Group', 'custom:tenant'), adversarialStringArb({ kind: 'value', maxLength: 40 })),
        // IdP values may exceed 2,048 characters: the docs' own example asks the handler to truncate them.
        fc.oneof(adversarialStringArb(), fc.integer({ min: LIMITS.attributeValue + 1, max: LIMITS.attributeValue + 64 }).map((n) => 'b'.repeat(n))),
      ),
      { maxLength: 10, selector: (e) => e[0] },
    )
    .map((entries) => Object.fromEntries(entries)),
);

/**
 * Inbound federation events (`InboundFederation_ExternalProvider`) for the six provider types.
 *
 * @example
 * fc.assert(fc.property(inboundFederationEventArb(), (event) => {
 *   expect(event.userName.startsWith(`${event.request.providerName}_`)).toBe(true);
 * }));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export function inboundFederationEventArb(constraints: EventConstraints = {}): fc.Arbitrary<EventFor<'inbound-federation'>> {
  return slugEventArb('inbound-federation', TRAITS, constraints, (plan) => {
    if (plan.profile === 'realistic') {
      return fc
        .tuple(fakerSeedArb(), fc.constantFrom(...INBOUND_PROVIDER_TYPES), callerContextArb(plan))
        .map(([seed, type, caller]) =>
          withFaker(seed, (faker, random) => {
            const region = drawRegion(random);
            const identity = drawFederatedIdentity(faker, random, type);
            const request = { providerName: identity.providerName, providerType: identity.providerType, attributes: drawIdpAttributes(faker, random, identity) };
            const user = { region, userPoolId: drawUserPoolId(random, region), userName: `${identity.providerName}_${identity.userId}` };
            return assembleEvent(plan, user, caller, request, true);
          }),
        );
    }
    return fc
      .tuple(
        fakerSeedArb(),
        identityArbFor('adversarial', INBOUND_PROVIDER_TYPES),
        callerContextArb(plan),
        adversarialMapArb(),
        adversarialMapArb(),
        fc.constantFrom<'absent' | 'empty' | 'map'>('absent', 'empty', 'map'),
      )
      .map(([seed, identity, caller, first, second, userInfoForm]) =>
        withFaker(seed, (_faker, random) => {
          const region = drawRegion(random);
          const attributes: Attributes =
            identity.providerType === 'SAML'
              ? { samlResponse: first }
              : { tokenResponse: { token_type: 'Bearer', ...first }, idToken: { sub: identity.userId, ...second } };
          if (identity.providerType !== 'SAML' && userInfoForm !== 'absent') attributes.userInfo = userInfoForm === 'empty' ? {} : { ...second };
          const request = { providerName: identity.providerName, providerType: identity.providerType, attributes };
          const user = { region, userPoolId: drawUserPoolId(random, region), userName: `${identity.providerName}_${identity.userId}` };
          return assembleEvent(plan, user, caller, request, true);
        }),
      );
  }) as unknown as fc.Arbitrary<EventFor<'inbound-federation'>>;
}

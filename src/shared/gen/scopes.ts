/**
 * `request.scopes` of pre token V2/V3 events (sheet §3.6): the scopes of the access token, which
 * depend on how the user signed in.
 */
import fc from 'fast-check';
import type { TriggerSource } from '../../triggers/registry.js';
import type { ConcreteProfile } from './constraints.js';
import { fakerSeedArb, withFaker } from './faker.js';
import { lazyArb } from './lazy.js';
import type { SeededRandom } from './random.js';

const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';
const OIDC_SCOPES = ['email', 'phone', 'profile', ADMIN_SCOPE] as const;
const RESOURCE_SERVERS = ['https://api.example.com', 'orders', 'inventory', 'reports.example.org'] as const;
const CUSTOM_SCOPE_NAMES = ['read', 'write', 'admin', 'orders.read', 'orders.write', 'export'] as const;

function customScopes(random: SeededRandom, min: number, max: number): string[] {
  const server = random.pick(RESOURCE_SERVERS);
  return random.sample(CUSTOM_SCOPE_NAMES, random.between(min, max)).map((n) => `${server}/${n}`);
}

/** Scopes of a managed-login (authorization code) sign-in: `openid` plus what the app asked for. */
function hostedScopes(random: SeededRandom): string[] {
  return ['openid', ...random.sample(OIDC_SCOPES, random.between(1, OIDC_SCOPES.length)), ...(random.chance(0.3) ? customScopes(random, 1, 2) : [])];
}

/**
 * Draws realistic scopes for a source: API sign-ins get only `aws.cognito.signin.user.admin`
 * (documented); managed login gets the requested OIDC and custom scopes; client credentials get
 * custom (resource-server) scopes only; a refresh keeps what the original sign-in had.
 */
export function drawScopes(random: SeededRandom, source: TriggerSource, federated: boolean): string[] {
  switch (source) {
    case 'TokenGeneration_HostedAuth':
      return hostedScopes(random);
    case 'TokenGeneration_RefreshTokens':
      return federated || random.chance(0.5) ? hostedScopes(random) : [ADMIN_SCOPE];
    case 'TokenGeneration_ClientCredentials':
      return customScopes(random, 1, 3);
    default:
      return [ADMIN_SCOPE];
  }
}

const adversarialScopeArb = lazyArb(() =>
  fc.oneof(
    fc.constantFrom('openid', ADMIN_SCOPE, 'https://api.example.com/read', 'a', 'x/y/z:1'),
    // Boundary: a 256-character scope, the longest ScopeType allows.
    fc.integer({ min: 250, max: 256 }).map((n) => `https://api.example.com/${'s'.repeat(n - 24)}`),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789./:_-~!#$%&'), minLength: 1, maxLength: 40 }),
  ),
);

/** Scopes of one concrete profile for a source (`undefined` never: V2/V3 always send them). */
export function scopesArbFor(profile: ConcreteProfile, source: TriggerSource): fc.Arbitrary<string[]> {
  const realistic = fakerSeedArb().map((seed) => withFaker(seed, (_f, random) => drawScopes(random, source, false)));
  if (profile === 'realistic') return realistic;
  return fc.oneof(realistic, fc.array(adversarialScopeArb(), { maxLength: 60 }));
}

/** Options of {@link scopesArb}. */
export interface ScopesConstraints {
  /** The pre token source the scopes are for. Default `TokenGeneration_HostedAuth`. */
  triggerSource?: TriggerSource;
  profile?: ConcreteProfile;
}

/**
 * `request.scopes` of a V2/V3 pre token event for a source.
 *
 * @example
 * fc.sample(scopesArb({ triggerSource: 'TokenGeneration_Authentication' }), 1) // [['aws.cognito.signin.user.admin']]
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export function scopesArb(constraints: ScopesConstraints = {}): fc.Arbitrary<string[]> {
  return scopesArbFor(constraints.profile ?? 'realistic', constraints.triggerSource ?? 'TokenGeneration_HostedAuth');
}

/**
 * What the three pre token generation contracts share (sheet §3.6): the user sources, the
 * `groupConfiguration` built from the user's groups and roles, the scopes of V2/V3, and the V3
 * client-credentials event.
 */
import fc from 'fast-check';
import type { TriggerSource } from '../../triggers/registry.js';
import {
  type SourcePlan,
  type SourceTraits,
  assembleEvent,
  callerContextArb,
  metadataField,
  metadataFieldArb,
  metadataForUser,
  put,
  subjectArb,
} from './event.js';
import { fakerArb, fakerSeedArb, withFaker } from './faker.js';
import { drawRegion } from './region.js';
import { drawUserPoolId } from './user-pool-id.js';
import { drawScopes, scopesArbFor } from './scopes.js';
import type { GeneratedUser } from './user.js';

/** Traits of the five user sources, common to V1, V2 and V3. */
export const USER_TOKEN_TRAITS = {
  TokenGeneration_HostedAuth: {
    federation: 'sometimes',
    hostedUi: true,
    // The token endpoint's aws_client_metadata reaching an authorization-code grant is UNVERIFIED
    // (sheet §4.3): only adversarial events carry a map here.
    metadata: [metadataField('clientMetadata', ['absent'])],
  },
  TokenGeneration_Authentication: { federation: 'never', metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
  TokenGeneration_NewPasswordChallenge: { federation: 'never', metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
  TokenGeneration_AuthenticateDevice: { federation: 'never', metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
  // REFRESH_TOKEN_AUTH goes through InitiateAuth, whose ClientMetadata never reaches pre token.
  TokenGeneration_RefreshTokens: { federation: 'sometimes', metadata: [metadataField('clientMetadata', ['absent'], ['absent', 'null', 'empty'])] },
} as const satisfies Record<string, SourceTraits>;

/** Traits of the V3-only client-credentials source. */
export const CLIENT_CREDENTIALS_TRAITS = {
  TokenGeneration_ClientCredentials: { federation: 'never', metadata: [metadataField('clientMetadata', ['absent', 'map'])] },
} as const satisfies Record<string, SourceTraits>;

/** `groupConfiguration` from the user's groups: `[]`, `[]`, `null` for a user without groups. */
function groupConfiguration(user: GeneratedUser, odd: number): unknown {
  const config = { groupsToOverride: [...user.groups], iamRolesToOverride: [...user.roles], preferredRole: user.preferredRole };
  if (user.profile === 'realistic') return config;
  // One capture shows preferredRole ""; an emulator sends {} — for a user without groups only, so
  // that `minGroups` holds in every event.
  if (odd === 1) return { ...config, preferredRole: '' };
  if (odd === 2 && user.groups.length === 0) return {};
  return config;
}

/** The event arbitrary of one plan of a pre token contract (`version` 1, 2 or 3). */
export function preTokenEventArbFor<S extends TriggerSource>(plan: SourcePlan<S>): fc.Arbitrary<Record<string, unknown>> {
  if (plan.source === 'TokenGeneration_ClientCredentials') return clientCredentialsEventArb(plan);
  const withScopes = plan.version !== '1';
  const source = plan.source as TriggerSource;
  return fc
    .tuple(
      subjectArb(plan, { statuses: plan.profile === 'realistic' ? ['CONFIRMED'] : undefined }),
      callerContextArb(plan),
      metadataFieldArb(plan, 'clientMetadata'),
      withScopes && plan.profile === 'adversarial' ? scopesArbFor('adversarial', source) : fc.constant(undefined),
      fakerSeedArb(),
      plan.profile === 'adversarial' ? fc.integer({ min: 0, max: 7 }) : fc.constant(0),
    )
    .map(([{ user }, caller, clientMetadata, adversarialScopes, seed, odd]) => {
      const request: Record<string, unknown> = { userAttributes: user.attributes, groupConfiguration: groupConfiguration(user, odd) };
      put(request, 'clientMetadata', metadataForUser(plan, 'clientMetadata', clientMetadata, user));
      if (withScopes) {
        // A federated user's refresh keeps the managed-login scopes it was issued.
        request.scopes = adversarialScopes ?? withFaker(seed, (_faker, random) => drawScopes(random, source, user.identity !== undefined));
      }
      return assembleEvent(plan, user, caller, request, user.identity !== undefined);
    });
}

/**
 * V3 client credentials (M2M). UNVERIFIED (sheet §3.6, §7): no capture exists. Generated, as the
 * sheet advises: `userAttributes: {}` and an empty `groupConfiguration`; `userName` is `null`
 * (there is no user; the schema's documented example), with absent and the app client id in
 * adversarial events.
 */
function clientCredentialsEventArb(plan: SourcePlan): fc.Arbitrary<Record<string, unknown>> {
  const realistic = plan.profile === 'realistic';
  return fc
    .tuple(
      fakerArb((_faker, random) => {
        const region = drawRegion(random);
        return { region, userPoolId: drawUserPoolId(random, region), scopes: drawScopes(random, plan.source, false) };
      }),
      callerContextArb(plan),
      metadataFieldArb(plan, 'clientMetadata'),
      realistic ? fc.constant(0) : fc.integer({ min: 0, max: 5 }),
      realistic ? fc.constant<string[] | undefined>(undefined) : fc.option(scopesArbFor('adversarial', plan.source as TriggerSource), { nil: undefined }),
    )
    .map(([pool, caller, clientMetadata, odd, adversarialScopes]) => {
      const request: Record<string, unknown> = {};
      if (odd !== 1) request.userAttributes = {};
      if (odd === 2) request.groupConfiguration = null;
      else if (odd !== 3) request.groupConfiguration = { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null };
      put(request, 'clientMetadata', clientMetadata);
      request.scopes = adversarialScopes ?? pool.scopes;
      const userName = odd === 4 ? undefined : odd === 5 ? caller.clientId : null;
      return assembleEvent(plan, { ...pool, userName }, caller, request);
    });
}

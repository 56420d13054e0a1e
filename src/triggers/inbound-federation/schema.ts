import { z } from 'zod';
import { StringMapSchema } from '../../shared/atoms.js';
import { envelope, incomingResponse } from '../common.js';

export const INBOUND_FEDERATION_SOURCES = ['InboundFederation_ExternalProvider'] as const;

export const INBOUND_PROVIDER_TYPES = ['OIDC', 'SAML', 'Facebook', 'Google', 'SignInWithApple', 'LoginWithAmazon'] as const;

/**
 * What an inbound federation handler returns: `userAttributesToMap`, a map of strings that
 * **replaces** the attribute set (attributes left out are dropped; `{}` keeps them all).
 *
 * @example
 * { "userAttributesToMap": { "email": "jane@example.com", "name": "Jane Doe" } }
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export const InboundFederationResponseSchema = z.strictObject({
  userAttributesToMap: StringMapSchema.optional().meta({ description: 'Replaces the attributes of the user: attributes left out are dropped; {} keeps them all.' }),
});

/**
 * An inbound federation event (fires on every federated sign-in, before the profile is created or
 * updated). No `userAttributes`, no `clientMetadata`. `attributes` holds the raw IdP data, every
 * value a string: `tokenResponse`, `idToken`, `userInfo` (OIDC and social) or `samlResponse` (SAML).
 *
 * `version` is `"1"` only: the docs examples carry the literal `"string"` there (a placeholder, as
 * in their `awsSdkVersion` and `clientId`), the Go fixtures `"1"` (sheet §3.10).
 *
 * @example
 * {"version":"1","triggerSource":"InboundFederation_ExternalProvider","region":"us-east-1","userPoolId":"us-east-1_AbCdEfGhI",
 *  "userName":"Google_110348861498301234567","callerContext":{"awsSdkVersion":"aws-sdk-unknown-unknown","clientId":"3vhuvd93e78a25rbpu1voha2ik"},
 *  "request":{"providerName":"Google","providerType":"Google","attributes":{"idToken":{"sub":"110348861498301234567","email":"jane@example.com"}}},
 *  "response":{"userAttributesToMap":{}}}
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export const InboundFederationTriggerEventSchema = z.looseObject({
  ...envelope(INBOUND_FEDERATION_SOURCES, ['1']),
  request: z.looseObject({
    providerName: z.string({ error: 'providerName is the name of the identity provider, a string' }).meta({ description: 'The name of the identity provider as the pool knows it.' }),
    providerType: z.enum(INBOUND_PROVIDER_TYPES, {
      error: (iss) => `providerType ${JSON.stringify(iss.input)} is not one of ${INBOUND_PROVIDER_TYPES.join(', ')}`,
    }).meta({ description: 'The kind of identity provider.' }),
    attributes: z.looseObject({
      tokenResponse: StringMapSchema.optional().meta({ description: 'The token response of an OIDC or social provider.' }),
      idToken: StringMapSchema.optional().meta({ description: 'The claims of the ID token of an OIDC or social provider.' }),
      userInfo: StringMapSchema.optional().meta({ description: 'What the userInfo endpoint of an OIDC or social provider returned.' }),
      samlResponse: StringMapSchema.optional().meta({ description: 'The attributes of a SAML assertion.' }),
    }),
  }),
  response: incomingResponse(InboundFederationResponseSchema),
});

/**
 * The registry: one table of the 15 trigger contracts and their 41 triggerSources. The CLI, the
 * fixtures, the docs and the shared tests read it; adding a source is one edit here (plus the
 * source list in the trigger's schema file, which this table imports).
 *
 * This module loads zod and the schemas only: no fast-check, no faker.
 */
import type { z } from 'zod';
import { KitUsageError } from '../shared/errors.js';
import { PRE_SIGN_UP_SOURCES, PreSignUpResponseSchema, PreSignUpTriggerEventSchema } from './pre-signup/schema.js';
import {
  POST_CONFIRMATION_SOURCES,
  PostConfirmationResponseSchema,
  PostConfirmationTriggerEventSchema,
} from './post-confirmation/schema.js';
import {
  PRE_AUTHENTICATION_SOURCES,
  PreAuthenticationResponseSchema,
  PreAuthenticationTriggerEventSchema,
} from './pre-authentication/schema.js';
import {
  POST_AUTHENTICATION_SOURCES,
  PostAuthenticationResponseSchema,
  PostAuthenticationTriggerEventSchema,
} from './post-authentication/schema.js';
import {
  DEFINE_AUTH_CHALLENGE_SOURCES,
  DefineAuthChallengeResponseSchema,
  DefineAuthChallengeTriggerEventSchema,
} from './define-auth-challenge/schema.js';
import {
  CREATE_AUTH_CHALLENGE_SOURCES,
  CreateAuthChallengeResponseSchema,
  CreateAuthChallengeTriggerEventSchema,
} from './create-auth-challenge/schema.js';
import {
  VERIFY_AUTH_CHALLENGE_RESPONSE_SOURCES,
  VerifyAuthChallengeResponseResponseSchema,
  VerifyAuthChallengeResponseTriggerEventSchema,
} from './verify-auth-challenge-response/schema.js';
import {
  PRE_TOKEN_GENERATION_SOURCES,
  PreTokenGenerationResponseSchema,
  PreTokenGenerationTriggerEventSchema,
} from './pre-token-generation/schema.js';
import {
  PRE_TOKEN_GENERATION_V2_SOURCES,
  PreTokenGenerationV2ResponseSchema,
  PreTokenGenerationV2TriggerEventSchema,
} from './pre-token-generation-v2/schema.js';
import {
  PRE_TOKEN_GENERATION_V3_SOURCES,
  PreTokenGenerationV3ResponseSchema,
  PreTokenGenerationV3TriggerEventSchema,
} from './pre-token-generation-v3/schema.js';
import { USER_MIGRATION_SOURCES, UserMigrationResponseSchema, UserMigrationTriggerEventSchema } from './user-migration/schema.js';
import { CUSTOM_MESSAGE_SOURCES, CustomMessageResponseSchema, CustomMessageTriggerEventSchema } from './custom-message/schema.js';
import {
  CUSTOM_EMAIL_SENDER_SOURCES,
  CustomEmailSenderResponseSchema,
  CustomEmailSenderTriggerEventSchema,
} from './custom-email-sender/schema.js';
import {
  CUSTOM_SMS_SENDER_SOURCES,
  CustomSMSSenderResponseSchema,
  CustomSMSSenderTriggerEventSchema,
} from './custom-sms-sender/schema.js';
import {
  INBOUND_FEDERATION_SOURCES,
  InboundFederationResponseSchema,
  InboundFederationTriggerEventSchema,
} from './inbound-federation/schema.js';

const DOCS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/';

/** One triggerSource within a trigger contract. */
export interface SourceDefinition<S extends string = string> {
  readonly triggerSource: S;
  /** When Cognito sends it (sheet §2). */
  readonly firesOn: string;
  /** The @types/aws-lambda type for this source (its irregular per-source name). */
  readonly typesName: string;
}

/** One trigger contract: a slug, its sources, its schemas and its metadata. */
export interface TriggerDefinition<Slug extends string = string, S extends string = string> {
  readonly slug: Slug;
  /** Human title, e.g. "Pre sign-up". */
  readonly title: string;
  /** The LambdaConfig key, which Cognito also uses in its error messages (`PreSignUp failed with error …`). */
  readonly triggerName: string;
  /** The event `version` the generators use. */
  readonly version: '1' | '2' | '3';
  /** Every `version` value the input schema accepts (more than one where the sheet says UNVERIFIED). */
  readonly acceptedVersions: readonly string[];
  /** Whether Cognito waits for the handler (every trigger but the custom senders). */
  readonly synchronous: boolean;
  readonly sources: readonly SourceDefinition<S>[];
  /** Input schema: the event as Cognito sends it (tolerant). */
  readonly eventSchema: z.ZodType;
  /** Output schema: the `response` a handler may return (strict). For custom senders, anything (ignored). */
  readonly responseSchema: z.ZodType;
  /** Name of the schema exports, for docs and JSON Schema titles. */
  readonly schemaNames: { readonly event: string; readonly response: string };
  /** The @types/aws-lambda union type and handler type. */
  readonly typesName: string;
  readonly typesHandlerName: string;
  /** The AWS documentation page. */
  readonly docs: string;
}

function define<const Slug extends string, const S extends string>(
  def: Omit<TriggerDefinition<Slug, S>, 'sources'> & { sources: readonly SourceDefinition<S>[] },
): TriggerDefinition<Slug, S> {
  return def;
}

function sources<const S extends string>(
  list: readonly S[],
  info: { [K in S]: readonly [firesOn: string, typesName: string] },
): SourceDefinition<S>[] {
  return list.map((triggerSource) => ({ triggerSource, firesOn: info[triggerSource][0], typesName: info[triggerSource][1] }));
}

const userTokenSourceInfo = (suffix: '' | 'V2') => ({
  TokenGeneration_HostedAuth: [
    'Sign-in through managed login (hosted UI), federated sign-ins included',
    `PreTokenGenerationHostedAuth${suffix}TriggerEvent`,
  ],
  TokenGeneration_Authentication: [
    'End of an API authentication flow (InitiateAuth / RespondToAuthChallenge); also GetTokensFromRefreshToken',
    `PreTokenGenerationAuthentication${suffix}TriggerEvent`,
  ],
  TokenGeneration_NewPasswordChallenge: [
    'An admin-created user completes the temporary-password change (NEW_PASSWORD_REQUIRED)',
    `PreTokenGenerationNewPasswordChallenge${suffix}TriggerEvent`,
  ],
  TokenGeneration_AuthenticateDevice: [
    'End of a device authentication',
    `PreTokenGenerationAuthenticateDevice${suffix}TriggerEvent`,
  ],
  TokenGeneration_RefreshTokens: [
    'Token refresh with REFRESH_TOKEN_AUTH',
    `PreTokenGenerationRefreshTokens${suffix}TriggerEvent`,
  ],
}) as const;

const messageSourceInfo = (prefix: string, sms = false) => ({
  SignUp: ['Confirmation code after SignUp', `${prefix}SignUpTriggerEvent`],
  AdminCreateUser: ['Temporary-password invitation from AdminCreateUser', `${prefix}AdminCreateUserTriggerEvent`],
  ResendCode: ['ResendConfirmationCode', `${prefix}ResendCodeTriggerEvent`],
  ForgotPassword: ['Password-reset code from ForgotPassword', `${prefix}ForgotPasswordTriggerEvent`],
  UpdateUserAttribute: ['Email or phone changed with automatic verification', `${prefix}UpdateUserAttributeTriggerEvent`],
  VerifyUserAttribute: ['GetUserAttributeVerificationCode', `${prefix}VerifyUserAttributeTriggerEvent`],
  Authentication: ['MFA or OTP code at sign-in', sms ? `${prefix}AuthenticationUserTriggerEvent` : `${prefix}AuthenticationTriggerEvent`],
}) as const;

function prefixed<const P extends string, T extends Record<string, readonly [string, string]>>(
  prefix: P,
  info: T,
): { [K in keyof T & string as `${P}_${K}`]: [string, string] } {
  return Object.fromEntries(Object.entries(info).map(([k, v]) => [`${prefix}_${k}`, [v[0], v[1]]])) as never;
}

/** The 15 trigger contracts, in the order Cognito's documentation lists them. */
export const TRIGGERS = [
  define({
    slug: 'pre-signup',
    title: 'Pre sign-up',
    triggerName: 'PreSignUp',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(PRE_SIGN_UP_SOURCES, {
      PreSignUp_SignUp: ['SignUp API call or managed-login sign-up', 'PreSignUpEmailTriggerEvent'],
      PreSignUp_AdminCreateUser: ['AdminCreateUser API call', 'PreSignUpAdminCreateUserTriggerEvent'],
      PreSignUp_ExternalProvider: ["A federated user's first sign-in", 'PreSignUpExternalProviderTriggerEvent'],
    }),
    eventSchema: PreSignUpTriggerEventSchema,
    responseSchema: PreSignUpResponseSchema,
    schemaNames: { event: 'PreSignUpTriggerEventSchema', response: 'PreSignUpResponseSchema' },
    typesName: 'PreSignUpTriggerEvent',
    typesHandlerName: 'PreSignUpTriggerHandler',
    docs: `${DOCS}user-pool-lambda-pre-sign-up.html`,
  }),
  define({
    slug: 'post-confirmation',
    title: 'Post confirmation',
    triggerName: 'PostConfirmation',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(POST_CONFIRMATION_SOURCES, {
      PostConfirmation_ConfirmSignUp: [
        "ConfirmSignUp, AdminConfirmSignUp, managed-login confirmation, and a federated user's first sign-in",
        'PostConfirmationConfirmSignUpTriggerEvent',
      ],
      PostConfirmation_ConfirmForgotPassword: ['ConfirmForgotPassword', 'PostConfirmationConfirmForgotPassword'],
    }),
    eventSchema: PostConfirmationTriggerEventSchema,
    responseSchema: PostConfirmationResponseSchema,
    schemaNames: { event: 'PostConfirmationTriggerEventSchema', response: 'PostConfirmationResponseSchema' },
    typesName: 'PostConfirmationTriggerEvent',
    typesHandlerName: 'PostConfirmationTriggerHandler',
    docs: `${DOCS}user-pool-lambda-post-confirmation.html`,
  }),
  define({
    slug: 'pre-authentication',
    title: 'Pre authentication',
    triggerName: 'PreAuthentication',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(PRE_AUTHENTICATION_SOURCES, {
      PreAuthentication_Authentication: [
        "InitiateAuth / AdminInitiateAuth, managed-login sign-in, a federated user's later sign-ins",
        'PreAuthenticationTriggerEvent',
      ],
    }),
    eventSchema: PreAuthenticationTriggerEventSchema,
    responseSchema: PreAuthenticationResponseSchema,
    schemaNames: { event: 'PreAuthenticationTriggerEventSchema', response: 'PreAuthenticationResponseSchema' },
    typesName: 'PreAuthenticationTriggerEvent',
    typesHandlerName: 'PreAuthenticationTriggerHandler',
    docs: `${DOCS}user-pool-lambda-pre-authentication.html`,
  }),
  define({
    slug: 'post-authentication',
    title: 'Post authentication',
    triggerName: 'PostAuthentication',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(POST_AUTHENTICATION_SOURCES, {
      PostAuthentication_Authentication: [
        "After a successful authentication, before tokens are returned; a federated user's later sign-ins",
        'PostAuthenticationTriggerEvent',
      ],
    }),
    eventSchema: PostAuthenticationTriggerEventSchema,
    responseSchema: PostAuthenticationResponseSchema,
    schemaNames: { event: 'PostAuthenticationTriggerEventSchema', response: 'PostAuthenticationResponseSchema' },
    typesName: 'PostAuthenticationTriggerEvent',
    typesHandlerName: 'PostAuthenticationTriggerHandler',
    docs: `${DOCS}user-pool-lambda-post-authentication.html`,
  }),
  define({
    slug: 'define-auth-challenge',
    title: 'Define auth challenge',
    triggerName: 'DefineAuthChallenge',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(DEFINE_AUTH_CHALLENGE_SOURCES, {
      DefineAuthChallenge_Authentication: [
        'InitiateAuth with CUSTOM_AUTH, then every RespondToAuthChallenge of the flow',
        'DefineAuthChallengeTriggerEvent',
      ],
    }),
    eventSchema: DefineAuthChallengeTriggerEventSchema,
    responseSchema: DefineAuthChallengeResponseSchema,
    schemaNames: { event: 'DefineAuthChallengeTriggerEventSchema', response: 'DefineAuthChallengeResponseSchema' },
    typesName: 'DefineAuthChallengeTriggerEvent',
    typesHandlerName: 'DefineAuthChallengeTriggerHandler',
    docs: `${DOCS}user-pool-lambda-define-auth-challenge.html`,
  }),
  define({
    slug: 'create-auth-challenge',
    title: 'Create auth challenge',
    triggerName: 'CreateAuthChallenge',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(CREATE_AUTH_CHALLENGE_SOURCES, {
      CreateAuthChallenge_Authentication: ['After Define asked for CUSTOM_CHALLENGE', 'CreateAuthChallengeTriggerEvent'],
    }),
    eventSchema: CreateAuthChallengeTriggerEventSchema,
    responseSchema: CreateAuthChallengeResponseSchema,
    schemaNames: { event: 'CreateAuthChallengeTriggerEventSchema', response: 'CreateAuthChallengeResponseSchema' },
    typesName: 'CreateAuthChallengeTriggerEvent',
    typesHandlerName: 'CreateAuthChallengeTriggerHandler',
    docs: `${DOCS}user-pool-lambda-create-auth-challenge.html`,
  }),
  define({
    slug: 'verify-auth-challenge-response',
    title: 'Verify auth challenge response',
    triggerName: 'VerifyAuthChallengeResponse',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(VERIFY_AUTH_CHALLENGE_RESPONSE_SOURCES, {
      VerifyAuthChallengeResponse_Authentication: [
        'RespondToAuthChallenge answering a CUSTOM_CHALLENGE',
        'VerifyAuthChallengeResponseTriggerEvent',
      ],
    }),
    eventSchema: VerifyAuthChallengeResponseTriggerEventSchema,
    responseSchema: VerifyAuthChallengeResponseResponseSchema,
    schemaNames: {
      event: 'VerifyAuthChallengeResponseTriggerEventSchema',
      response: 'VerifyAuthChallengeResponseResponseSchema',
    },
    typesName: 'VerifyAuthChallengeResponseTriggerEvent',
    typesHandlerName: 'VerifyAuthChallengeResponseTriggerHandler',
    docs: `${DOCS}user-pool-lambda-verify-auth-challenge-response.html`,
  }),
  define({
    slug: 'pre-token-generation',
    title: 'Pre token generation (V1_0)',
    triggerName: 'PreTokenGeneration',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(PRE_TOKEN_GENERATION_SOURCES, userTokenSourceInfo('')),
    eventSchema: PreTokenGenerationTriggerEventSchema,
    responseSchema: PreTokenGenerationResponseSchema,
    schemaNames: { event: 'PreTokenGenerationTriggerEventSchema', response: 'PreTokenGenerationResponseSchema' },
    typesName: 'PreTokenGenerationTriggerEvent',
    typesHandlerName: 'PreTokenGenerationTriggerHandler',
    docs: `${DOCS}user-pool-lambda-pre-token-generation.html`,
  }),
  define({
    slug: 'pre-token-generation-v2',
    title: 'Pre token generation (V2_0)',
    triggerName: 'PreTokenGeneration',
    version: '2',
    acceptedVersions: ['2'],
    synchronous: true,
    sources: sources(PRE_TOKEN_GENERATION_V2_SOURCES, userTokenSourceInfo('V2')),
    eventSchema: PreTokenGenerationV2TriggerEventSchema,
    responseSchema: PreTokenGenerationV2ResponseSchema,
    schemaNames: { event: 'PreTokenGenerationV2TriggerEventSchema', response: 'PreTokenGenerationV2ResponseSchema' },
    typesName: 'PreTokenGenerationV2TriggerEvent',
    typesHandlerName: 'PreTokenGenerationV2TriggerHandler',
    docs: `${DOCS}user-pool-lambda-pre-token-generation.html`,
  }),
  define({
    slug: 'pre-token-generation-v3',
    title: 'Pre token generation (V3_0)',
    triggerName: 'PreTokenGeneration',
    version: '3',
    acceptedVersions: ['3', '2'],
    synchronous: true,
    sources: sources(PRE_TOKEN_GENERATION_V3_SOURCES, {
      // @types/aws-lambda models V3 as client credentials only; its V2 types are the closest match
      // for the five user sources (the docs say V3 user events are identical to V2).
      ...userTokenSourceInfo('V2'),
      TokenGeneration_ClientCredentials: [
        'Machine-to-machine client-credentials grant (token endpoint or GetClientToken); only with V3_0',
        'PreTokenGenerationClientCredentialsV3TriggerEvent',
      ],
    }),
    eventSchema: PreTokenGenerationV3TriggerEventSchema,
    responseSchema: PreTokenGenerationV3ResponseSchema,
    schemaNames: { event: 'PreTokenGenerationV3TriggerEventSchema', response: 'PreTokenGenerationV3ResponseSchema' },
    typesName: 'PreTokenGenerationV3TriggerEvent',
    typesHandlerName: 'PreTokenGenerationV3TriggerHandler',
    docs: `${DOCS}user-pool-lambda-pre-token-generation.html`,
  }),
  define({
    slug: 'user-migration',
    title: 'Migrate user',
    triggerName: 'UserMigration',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(USER_MIGRATION_SOURCES, {
      UserMigration_Authentication: [
        'Sign-in with a password of a username not in the pool (not for passwordless sign-in)',
        'UserMigrationAuthenticationTriggerEvent',
      ],
      UserMigration_ForgotPassword: ['ForgotPassword for a username not in the pool', 'UserMigrationForgotPasswordTriggerEvent'],
    }),
    eventSchema: UserMigrationTriggerEventSchema,
    responseSchema: UserMigrationResponseSchema,
    schemaNames: { event: 'UserMigrationTriggerEventSchema', response: 'UserMigrationResponseSchema' },
    typesName: 'UserMigrationTriggerEvent',
    typesHandlerName: 'UserMigrationTriggerHandler',
    docs: `${DOCS}user-pool-lambda-migrate-user.html`,
  }),
  define({
    slug: 'custom-message',
    title: 'Custom message',
    triggerName: 'CustomMessage',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(CUSTOM_MESSAGE_SOURCES, prefixed('CustomMessage', messageSourceInfo('CustomMessage'))),
    eventSchema: CustomMessageTriggerEventSchema,
    responseSchema: CustomMessageResponseSchema,
    schemaNames: { event: 'CustomMessageTriggerEventSchema', response: 'CustomMessageResponseSchema' },
    typesName: 'CustomMessageTriggerEvent',
    typesHandlerName: 'CustomMessageTriggerHandler',
    docs: `${DOCS}user-pool-lambda-custom-message.html`,
  }),
  define({
    slug: 'custom-email-sender',
    title: 'Custom email sender',
    triggerName: 'CustomEmailSender',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: false,
    sources: sources(CUSTOM_EMAIL_SENDER_SOURCES, {
      ...prefixed('CustomEmailSender', messageSourceInfo('CustomEmailSender')),
      CustomEmailSender_AccountTakeOverNotification: [
        'Threat protection acted on a sign-in (account takeover notification)',
        'CustomEmailSenderAccountTakeOverNotificationTriggerEvent',
      ],
    }),
    eventSchema: CustomEmailSenderTriggerEventSchema,
    responseSchema: CustomEmailSenderResponseSchema,
    schemaNames: { event: 'CustomEmailSenderTriggerEventSchema', response: 'CustomEmailSenderResponseSchema' },
    typesName: 'CustomEmailSenderTriggerEvent',
    typesHandlerName: 'CustomEmailSenderTriggerHandler',
    docs: `${DOCS}user-pool-lambda-custom-email-sender.html`,
  }),
  define({
    slug: 'custom-sms-sender',
    title: 'Custom SMS sender',
    triggerName: 'CustomSMSSender',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: false,
    sources: sources(CUSTOM_SMS_SENDER_SOURCES, prefixed('CustomSMSSender', messageSourceInfo('CustomSMSSender', true))),
    eventSchema: CustomSMSSenderTriggerEventSchema,
    responseSchema: CustomSMSSenderResponseSchema,
    schemaNames: { event: 'CustomSMSSenderTriggerEventSchema', response: 'CustomSMSSenderResponseSchema' },
    typesName: 'CustomSMSSenderTriggerEvent',
    typesHandlerName: 'CustomSMSSenderTriggerHandler',
    docs: `${DOCS}user-pool-lambda-custom-sms-sender.html`,
  }),
  define({
    slug: 'inbound-federation',
    title: 'Inbound federation',
    triggerName: 'InboundFederation',
    version: '1',
    acceptedVersions: ['1'],
    synchronous: true,
    sources: sources(INBOUND_FEDERATION_SOURCES, {
      InboundFederation_ExternalProvider: [
        'Every federated sign-in, new or returning, before the profile is created or updated',
        'InboundFederationTriggerEvent',
      ],
    }),
    eventSchema: InboundFederationTriggerEventSchema,
    responseSchema: InboundFederationResponseSchema,
    schemaNames: { event: 'InboundFederationTriggerEventSchema', response: 'InboundFederationResponseSchema' },
    typesName: 'InboundFederationTriggerEvent',
    typesHandlerName: 'InboundFederationTriggerHandler',
    docs: `${DOCS}user-pool-lambda-inbound-federation.html`,
  }),
] as const;

type Triggers = (typeof TRIGGERS)[number];
/** One of the 15 trigger slugs (named like the @types/aws-lambda files). */
export type TriggerSlug = Triggers['slug'];
/** One of the 41 triggerSources. */
export type TriggerSource = Triggers['sources'][number]['triggerSource'];
/** The sources of one trigger slug. */
export type SourcesOf<Slug extends TriggerSlug> = Extract<Triggers, { slug: Slug }>['sources'][number]['triggerSource'];
/** A slug or a triggerSource: what every command and builder takes as its target. */
export type TriggerTarget = TriggerSlug | TriggerSource;
/** Event format version of pre token generation. */
export type TokenVersion = 1 | 2 | 3;

/** Slugs in registry order. */
export const TRIGGER_SLUGS: readonly TriggerSlug[] = TRIGGERS.map((t) => t.slug);

/** The 41 distinct triggerSources, in registry order. */
export const TRIGGER_SOURCES: readonly TriggerSource[] = [
  ...new Set(TRIGGERS.flatMap((t) => t.sources.map((s) => s.triggerSource as TriggerSource))),
];

const BY_SLUG = new Map<string, TriggerDefinition>(TRIGGERS.map((t) => [t.slug, t]));
const SOURCE_SET = new Set<string>(TRIGGER_SOURCES);

/** True for one of the 15 slugs. */
export function isTriggerSlug(value: unknown): value is TriggerSlug {
  return typeof value === 'string' && BY_SLUG.has(value);
}

/** True for one of the 41 triggerSources. */
export function isTriggerSource(value: unknown): value is TriggerSource {
  return typeof value === 'string' && SOURCE_SET.has(value);
}

/** The definition of a slug. */
export function getTrigger(slug: TriggerSlug): TriggerDefinition {
  const t = BY_SLUG.get(slug);
  if (!t) throw new KitUsageError(unknownTargetMessage(slug), 'target', 'unknown-target');
  return t;
}

/** A resolved target: the trigger contract and, when the target named one, the triggerSource. */
export interface ResolvedTarget {
  readonly trigger: TriggerDefinition;
  /** The triggerSource, or undefined when the target was a slug. */
  readonly triggerSource: TriggerSource | undefined;
}

const PRE_TOKEN_SLUG_BY_VERSION = {
  1: 'pre-token-generation',
  2: 'pre-token-generation-v2',
  3: 'pre-token-generation-v3',
} as const;

/**
 * Resolves a slug or a triggerSource to its trigger contract. A TokenGeneration_* source means
 * event version 1 unless `version` says 2 or 3; TokenGeneration_ClientCredentials implies 3.
 * Throws a {@link KitUsageError} naming the closest known target for anything else.
 *
 * @example
 * resolveTarget('PreSignUp_AdminCreateUser').trigger.slug // 'pre-signup'
 * resolveTarget('TokenGeneration_Authentication', { version: 2 }).trigger.slug // 'pre-token-generation-v2'
 */
export function resolveTarget(target: string, options: { version?: TokenVersion | `${TokenVersion}` | undefined } = {}): ResolvedTarget {
  if (typeof target !== 'string') {
    throw new KitUsageError(
      `a target must be a trigger slug or triggerSource string such as "pre-signup" (got ${target === null ? 'null' : typeof target})`,
      'target',
      'unknown-target',
    );
  }
  const version = options.version === undefined ? undefined : (Number(options.version) as TokenVersion);
  if (version !== undefined && ![1, 2, 3].includes(version)) {
    throw new KitUsageError(`version must be 1, 2 or 3 (got ${String(options.version)})`, 'version', 'invalid-version');
  }
  if (isTriggerSlug(target)) {
    const trigger = getTrigger(target);
    if (version !== undefined && trigger.triggerName === 'PreTokenGeneration' && Number(trigger.version) !== version) {
      throw new KitUsageError(
        `${target} is the version ${trigger.version} contract; use ${PRE_TOKEN_SLUG_BY_VERSION[version]} for version ${version}`,
        'version',
        'version-mismatch',
      );
    }
    return { trigger, triggerSource: undefined };
  }
  if (isTriggerSource(target)) {
    if (target.startsWith('TokenGeneration_')) {
      const v: TokenVersion = target === 'TokenGeneration_ClientCredentials' ? 3 : (version ?? 1);
      if (target === 'TokenGeneration_ClientCredentials' && version !== undefined && version !== 3) {
        throw new KitUsageError(
          'TokenGeneration_ClientCredentials exists only for a V3_0 trigger (version 3)',
          'version',
          'version-mismatch',
        );
      }
      return { trigger: getTrigger(PRE_TOKEN_SLUG_BY_VERSION[v]), triggerSource: target };
    }
    const trigger = TRIGGERS.find((t) => t.sources.some((s) => s.triggerSource === target)) as TriggerDefinition;
    return { trigger, triggerSource: target };
  }
  throw new KitUsageError(unknownTargetMessage(target), 'target', 'unknown-target');
}

/** The source definition of a triggerSource within a trigger. */
export function getSource(trigger: TriggerDefinition, triggerSource: string): SourceDefinition | undefined {
  return trigger.sources.find((s) => s.triggerSource === triggerSource);
}

/**
 * Names that appear in AWS's own documentation but are not what Cognito sends (sheet §2): the
 * "did you mean" hint points to the real name.
 */
const DOC_ALIASES: Readonly<Record<string, TriggerSource>> = {
  VerifyAuthChallenge_Authentication: 'VerifyAuthChallengeResponse_Authentication',
};

/** The closest slug or triggerSource to a mistyped name (case-insensitive edit distance), if any is close. */
export function closestTarget(name: string): string | undefined {
  const alias = DOC_ALIASES[name];
  if (alias) return alias;
  const candidates = [...TRIGGER_SLUGS, ...TRIGGER_SOURCES];
  const lower = name.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best !== undefined && bestDist <= Math.max(2, Math.floor(name.length / 5)) ? best : undefined;
}

function unknownTargetMessage(target: string): string {
  const near = closestTarget(target);
  return (
    `${JSON.stringify(target)} is not a trigger slug or triggerSource` +
    (near ? ` (did you mean ${near}?)` : '') +
    `. Known slugs: ${TRIGGER_SLUGS.join(', ')}; run "cognito-trigger-kit list" for the 41 triggerSources.`
  );
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

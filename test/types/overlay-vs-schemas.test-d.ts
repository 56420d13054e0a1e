/**
 * The overlay types describe exactly what the kit's input schemas accept: for every source of
 * every slug (41 sources, plus the V2 and V3 variants of the five user-flow TokenGeneration
 * sources), the overlay variant and the zod output type of the input schema are mutually
 * assignable, once the `[key: string]: unknown` index signature of `z.looseObject` is stripped.
 *
 * Two details of the comparison:
 * - `response` is compared with the output schema (`XxxResponseSchema`): the input schema builds
 *   it with `incomingResponse(XxxResponseSchema)`, which is `XxxResponseSchema.loose()` at runtime
 *   but whose declared return type erases the shape to `Record<string, unknown>`.
 * - Two schemas check per-source rules in `superRefine`, which zod cannot express in the output
 *   type; the overlay does (UserMigration_Authentication has a password; V3 user-flow events have
 *   userName, userAttributes and groupConfiguration). Those rules are added to the schema side
 *   before comparing, and the runtime tests of the schema files cover the refinements themselves.
 */
import { describe, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type {
  CreateAuthChallengeResponseSchema,
  CreateAuthChallengeTriggerEventSchema,
  CustomEmailSenderTriggerEventSchema,
  CustomMessageResponseSchema,
  CustomMessageTriggerEventSchema,
  CustomSMSSenderTriggerEventSchema,
  DefineAuthChallengeResponseSchema,
  DefineAuthChallengeTriggerEventSchema,
  GroupConfiguration,
  InboundFederationResponseSchema,
  InboundFederationTriggerEventSchema,
  OverlaySlugEventMap,
  PostAuthenticationResponseSchema,
  PostAuthenticationTriggerEventSchema,
  PostConfirmationResponseSchema,
  PostConfirmationTriggerEventSchema,
  PreAuthenticationResponseSchema,
  PreAuthenticationTriggerEventSchema,
  PreSignUpResponseSchema,
  PreSignUpTriggerEventSchema,
  PreTokenGenerationResponseSchema,
  PreTokenGenerationTriggerEventSchema,
  PreTokenGenerationV2ResponseSchema,
  PreTokenGenerationV2TriggerEventSchema,
  PreTokenGenerationV3ResponseSchema,
  PreTokenGenerationV3TriggerEventSchema,
  SourcesOf,
  StringMap,
  TriggerSlug,
  TriggerSource,
  UserMigrationResponseSchema,
  UserMigrationTriggerEventSchema,
  VerifyAuthChallengeResponseResponseSchema,
  VerifyAuthChallengeResponseTriggerEventSchema,
} from '../../src/schemas.js';
import type { MutuallyAssignable, StripLoose, Variant } from './helpers.js';

/** Input schema and output (response) schema of each slug; `undefined` where the event has no response. */
interface SlugSchemas {
  'pre-signup': [typeof PreSignUpTriggerEventSchema, typeof PreSignUpResponseSchema];
  'post-confirmation': [typeof PostConfirmationTriggerEventSchema, typeof PostConfirmationResponseSchema];
  'pre-authentication': [typeof PreAuthenticationTriggerEventSchema, typeof PreAuthenticationResponseSchema];
  'post-authentication': [typeof PostAuthenticationTriggerEventSchema, typeof PostAuthenticationResponseSchema];
  'define-auth-challenge': [typeof DefineAuthChallengeTriggerEventSchema, typeof DefineAuthChallengeResponseSchema];
  'create-auth-challenge': [typeof CreateAuthChallengeTriggerEventSchema, typeof CreateAuthChallengeResponseSchema];
  'verify-auth-challenge-response': [
    typeof VerifyAuthChallengeResponseTriggerEventSchema,
    typeof VerifyAuthChallengeResponseResponseSchema,
  ];
  'pre-token-generation': [typeof PreTokenGenerationTriggerEventSchema, typeof PreTokenGenerationResponseSchema];
  'pre-token-generation-v2': [typeof PreTokenGenerationV2TriggerEventSchema, typeof PreTokenGenerationV2ResponseSchema];
  'pre-token-generation-v3': [typeof PreTokenGenerationV3TriggerEventSchema, typeof PreTokenGenerationV3ResponseSchema];
  'user-migration': [typeof UserMigrationTriggerEventSchema, typeof UserMigrationResponseSchema];
  'custom-message': [typeof CustomMessageTriggerEventSchema, typeof CustomMessageResponseSchema];
  // Custom senders: the event schema's own `response` (a never-optional: no response key) is right.
  'custom-email-sender': [typeof CustomEmailSenderTriggerEventSchema, undefined];
  'custom-sms-sender': [typeof CustomSMSSenderTriggerEventSchema, undefined];
  'inbound-federation': [typeof InboundFederationTriggerEventSchema, typeof InboundFederationResponseSchema];
}

type EventOut<Slug extends TriggerSlug> = StripLoose<z.output<SlugSchemas[Slug][0]>>;

type IncomingResponse<Slug extends TriggerSlug> = SlugSchemas[Slug][1] extends z.ZodType
  ? { response: StripLoose<z.output<SlugSchemas[Slug][1]>> }
  : Pick<EventOut<Slug>, 'response'>;

type UserTokenSource = SourcesOf<'pre-token-generation'>;

/** The per-source rules the two superRefine schemas enforce at runtime. */
type Refinement<Slug extends TriggerSlug, S> = Slug extends 'user-migration'
  ? S extends 'UserMigration_Authentication'
    ? { request: { password: string } }
    : unknown
  : Slug extends 'pre-token-generation-v3'
    ? S extends UserTokenSource
      ? { userName: string; request: { userAttributes: StringMap; groupConfiguration: GroupConfiguration } }
      : unknown
    : unknown;

/** What the schemas accept for source S of a slug, in one type. */
type SchemaSide<Slug extends TriggerSlug, S> = Omit<EventOut<Slug>, 'triggerSource' | 'response'> &
  { triggerSource: S } & IncomingResponse<Slug> & Refinement<Slug, S>;

/** For every slug and each of its sources: overlay variant ⇔ schema side. */
type Alignment = {
  [Slug in TriggerSlug]: {
    [S in SourcesOf<Slug>]: MutuallyAssignable<Variant<OverlaySlugEventMap[Slug], S>, SchemaSide<Slug, S>>;
  };
};
type AllTrue = { [Slug in TriggerSlug]: { [S in SourcesOf<Slug>]: true } };

describe('overlay types ⇔ input schema inference', () => {
  test('every source of every slug (41 sources + V2/V3 user-flow variants) is mutually assignable', () => {
    expectTypeOf<Alignment>().toEqualTypeOf<AllTrue>();
  });

  test('the loop reaches all 41 sources, the five V2 ones, and the five V3 user-flow twins plus client credentials', () => {
    type Reached = { [Slug in TriggerSlug]: SourcesOf<Slug> }[TriggerSlug];
    expectTypeOf<SourcesOf<'pre-token-generation-v3'>>().toEqualTypeOf<UserTokenSource | 'TokenGeneration_ClientCredentials'>();
    expectTypeOf<SourcesOf<'pre-token-generation-v2'>>().toEqualTypeOf<UserTokenSource>();
    // 41 distinct names overall: a missing slug would drop some of them from this union.
    expectTypeOf<Reached>().toEqualTypeOf<TriggerSource>();
  });

  // Per-slug checks in both directions, one assertion each, so a failure names the slug and field.
  test('overlay → schema, per slug (every overlay value is accepted by the schema type)', () => {
    expectTypeOf<OverlaySlugEventMap['pre-signup']>().toExtend<SchemaSide<'pre-signup', SourcesOf<'pre-signup'>>>();
    expectTypeOf<OverlaySlugEventMap['post-confirmation']>().toExtend<SchemaSide<'post-confirmation', SourcesOf<'post-confirmation'>>>();
    expectTypeOf<OverlaySlugEventMap['pre-authentication']>().toExtend<SchemaSide<'pre-authentication', SourcesOf<'pre-authentication'>>>();
    expectTypeOf<OverlaySlugEventMap['post-authentication']>().toExtend<SchemaSide<'post-authentication', SourcesOf<'post-authentication'>>>();
    expectTypeOf<OverlaySlugEventMap['define-auth-challenge']>().toExtend<SchemaSide<'define-auth-challenge', SourcesOf<'define-auth-challenge'>>>();
    expectTypeOf<OverlaySlugEventMap['create-auth-challenge']>().toExtend<SchemaSide<'create-auth-challenge', SourcesOf<'create-auth-challenge'>>>();
    expectTypeOf<OverlaySlugEventMap['verify-auth-challenge-response']>().toExtend<
      SchemaSide<'verify-auth-challenge-response', SourcesOf<'verify-auth-challenge-response'>>
    >();
    expectTypeOf<OverlaySlugEventMap['pre-token-generation']>().toExtend<SchemaSide<'pre-token-generation', SourcesOf<'pre-token-generation'>>>();
    expectTypeOf<OverlaySlugEventMap['pre-token-generation-v2']>().toExtend<
      SchemaSide<'pre-token-generation-v2', SourcesOf<'pre-token-generation-v2'>>
    >();
    expectTypeOf<OverlaySlugEventMap['pre-token-generation-v3']>().toExtend<
      SchemaSide<'pre-token-generation-v3', 'TokenGeneration_ClientCredentials'> | SchemaSide<'pre-token-generation-v3', UserTokenSource>
    >();
    expectTypeOf<OverlaySlugEventMap['user-migration']>().toExtend<
      SchemaSide<'user-migration', 'UserMigration_Authentication'> | SchemaSide<'user-migration', 'UserMigration_ForgotPassword'>
    >();
    expectTypeOf<OverlaySlugEventMap['custom-message']>().toExtend<SchemaSide<'custom-message', SourcesOf<'custom-message'>>>();
    expectTypeOf<OverlaySlugEventMap['custom-email-sender']>().toExtend<SchemaSide<'custom-email-sender', SourcesOf<'custom-email-sender'>>>();
    expectTypeOf<OverlaySlugEventMap['custom-sms-sender']>().toExtend<SchemaSide<'custom-sms-sender', SourcesOf<'custom-sms-sender'>>>();
    expectTypeOf<OverlaySlugEventMap['inbound-federation']>().toExtend<SchemaSide<'inbound-federation', SourcesOf<'inbound-federation'>>>();
  });

  test('schema → overlay, per source variant of the multi-source slugs', () => {
    expectTypeOf<SchemaSide<'pre-signup', 'PreSignUp_ExternalProvider'>>().toExtend<
      Variant<OverlaySlugEventMap['pre-signup'], 'PreSignUp_ExternalProvider'>
    >();
    expectTypeOf<SchemaSide<'user-migration', 'UserMigration_ForgotPassword'>>().toExtend<
      Variant<OverlaySlugEventMap['user-migration'], 'UserMigration_ForgotPassword'>
    >();
    expectTypeOf<SchemaSide<'pre-token-generation-v3', 'TokenGeneration_ClientCredentials'>>().toExtend<
      Variant<OverlaySlugEventMap['pre-token-generation-v3'], 'TokenGeneration_ClientCredentials'>
    >();
    expectTypeOf<SchemaSide<'custom-email-sender', 'CustomEmailSender_AccountTakeOverNotification'>>().toExtend<
      Variant<OverlaySlugEventMap['custom-email-sender'], 'CustomEmailSender_AccountTakeOverNotification'>
    >();
  });

  test('the refinements matter: without them the schema type is looser than the overlay', () => {
    // superRefine: UserMigration_Authentication must carry the password (sheet §3.7).
    type AuthNoRefine = Omit<EventOut<'user-migration'>, 'triggerSource' | 'response'> & {
      triggerSource: 'UserMigration_Authentication';
    } & IncomingResponse<'user-migration'>;
    expectTypeOf<AuthNoRefine>().not.toExtend<Variant<OverlaySlugEventMap['user-migration'], 'UserMigration_Authentication'>>();
    // superRefine: V3 user-flow events have a userName (only client credentials may lack one).
    type V3NoRefine = Omit<EventOut<'pre-token-generation-v3'>, 'triggerSource' | 'response'> & {
      triggerSource: 'TokenGeneration_Authentication';
    } & IncomingResponse<'pre-token-generation-v3'>;
    expectTypeOf<V3NoRefine>().not.toExtend<Variant<OverlaySlugEventMap['pre-token-generation-v3'], 'TokenGeneration_Authentication'>>();
  });

  test('StripLoose removes only the loose index signature, not string maps or JSON catch-alls', () => {
    expectTypeOf<StripLoose<{ a: string; [k: string]: unknown }>>().toEqualTypeOf<{ a: string }>();
    expectTypeOf<StripLoose<{ m: Record<string, string> }>>().toEqualTypeOf<{ m: Record<string, string> }>();
    expectTypeOf<StripLoose<{ x?: { y: number; [k: string]: unknown } | null }>>().toEqualTypeOf<{ x?: { y: number } | null }>();
    expectTypeOf<StripLoose<[]>>().toEqualTypeOf<[]>();
  });
});

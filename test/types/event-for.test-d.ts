/**
 * `EventFor<Target, Version>` gives the @types/aws-lambda type of a source, so a handler typed with
 * @types (`PreSignUpTriggerHandler`, …) takes a kit event without a cast; and it narrows to the
 * source and version asked for. `OverlayEventFor` follows the same rules with the overlay types.
 */
import type * as DT from 'aws-lambda';
import type { Callback, Context } from 'aws-lambda';
import { describe, expectTypeOf, test } from 'vitest';
import type {
  OverlayEventFor,
  OverlaySlugEventMap,
  SourcesOf,
  TokenVersion,
  TriggerSlug,
  TriggerSource,
  TriggerTarget,
} from '../../src/schemas.js';
import type { AnyTriggerEvent, EventFor, SlugEventMap, SourceEventMap } from '../../src/index.js';
import type { Assignable, Variant } from './helpers.js';

/** The @types handler of each slug. V3 user-flow events have no @types type; their V2 twin's handler is used. */
interface SlugHandlerMap {
  'pre-signup': DT.PreSignUpTriggerHandler;
  'post-confirmation': DT.PostConfirmationTriggerHandler;
  'pre-authentication': DT.PreAuthenticationTriggerHandler;
  'post-authentication': DT.PostAuthenticationTriggerHandler;
  'define-auth-challenge': DT.DefineAuthChallengeTriggerHandler;
  'create-auth-challenge': DT.CreateAuthChallengeTriggerHandler;
  'verify-auth-challenge-response': DT.VerifyAuthChallengeResponseTriggerHandler;
  'pre-token-generation': DT.PreTokenGenerationTriggerHandler;
  'pre-token-generation-v2': DT.PreTokenGenerationV2TriggerHandler;
  'pre-token-generation-v3': DT.PreTokenGenerationV3TriggerHandler | DT.PreTokenGenerationV2TriggerHandler;
  'user-migration': DT.UserMigrationTriggerHandler;
  'custom-message': DT.CustomMessageTriggerHandler;
  'custom-email-sender': DT.CustomEmailSenderTriggerHandler;
  'custom-sms-sender': DT.CustomSMSSenderTriggerHandler;
  'inbound-federation': DT.InboundFederationTriggerHandler;
}

type HandlerEvent<H> = H extends (event: infer E, context: Context, callback: Callback) => unknown ? E : never;

/** The slug a user-flow source resolves to, per version, as `resolveTarget` does. */
type TokenSlug<V> = V extends 2 ? 'pre-token-generation-v2' : V extends 3 ? 'pre-token-generation-v3' : 'pre-token-generation';
type UserTokenSource = SourcesOf<'pre-token-generation'>;
type SlugOf<S extends TriggerSource, V> = S extends 'TokenGeneration_ClientCredentials'
  ? 'pre-token-generation-v3'
  : S extends UserTokenSource
    ? TokenSlug<V>
    : { [K in TriggerSlug]: S extends SourcesOf<K> ? K : never }[TriggerSlug];

/** For every source: EventFor<S> is accepted by the slug's @types handler and is that source's own variant. */
type HandlerAccepts<V extends TokenVersion | undefined> = {
  [S in TriggerSource]: Assignable<EventFor<S, V>, HandlerEvent<SlugHandlerMap[SlugOf<S, V>]>>;
};
type NarrowsToSource<V extends TokenVersion | undefined> = {
  [S in TriggerSource]: [EventFor<S, V>] extends [never] ? false : [EventFor<S, V>['triggerSource']] extends [S] ? true : false;
};
type AllSources = { [S in TriggerSource]: true };

declare const context: Context;
/** The signature of the kit's `buildEvent`, without depending on the builder's implementation. */
declare function build<const T extends TriggerTarget, const V extends TokenVersion | undefined = undefined>(
  target: T,
  options?: { version?: V },
): EventFor<T, V>;
declare const callback: Callback;

describe('EventFor is accepted by the @types handlers (no cast)', () => {
  test('every one of the 41 sources, default version', () => {
    expectTypeOf<HandlerAccepts<undefined>>().toEqualTypeOf<AllSources>();
    expectTypeOf<NarrowsToSource<undefined>>().toEqualTypeOf<AllSources>();
  });

  test('the V2 and V3 variants of the five user-flow TokenGeneration sources (and client credentials)', () => {
    expectTypeOf<HandlerAccepts<2>>().toEqualTypeOf<AllSources>();
    expectTypeOf<HandlerAccepts<3>>().toEqualTypeOf<AllSources>();
    expectTypeOf<NarrowsToSource<2>>().toEqualTypeOf<AllSources>();
    expectTypeOf<NarrowsToSource<3>>().toEqualTypeOf<AllSources>();
    type V2Sources = { [S in UserTokenSource]: Assignable<EventFor<S, 2>, HandlerEvent<DT.PreTokenGenerationV2TriggerHandler>> };
    expectTypeOf<V2Sources>().toEqualTypeOf<{ [S in UserTokenSource]: true }>();
  });

  test('every slug union is accepted by its handler', () => {
    type SlugAccepts = { [K in TriggerSlug]: Assignable<EventFor<K>, HandlerEvent<SlugHandlerMap[K]>> };
    expectTypeOf<SlugAccepts>().toEqualTypeOf<{ [K in TriggerSlug]: true }>();
  });

  test('plain call sites compile', () => {
    const preSignUp: DT.PreSignUpTriggerHandler = async (event) => event;
    const define: DT.DefineAuthChallengeTriggerHandler = async (event) => event;
    const v2: DT.PreTokenGenerationV2TriggerHandler = async (event) => event;
    const m2m: DT.PreTokenGenerationV3TriggerHandler = async (event) => event;
    const sender: DT.CustomEmailSenderTriggerHandler = async () => undefined;
    const inbound: DT.InboundFederationTriggerHandler = async (event) => event;

    const adminCreate = {} as EventFor<'PreSignUp_AdminCreateUser'>;
    const firstRound = {} as EventFor<'DefineAuthChallenge_Authentication'>;
    const auth2 = {} as EventFor<'TokenGeneration_Authentication', 2>;
    const auth3 = {} as EventFor<'TokenGeneration_RefreshTokens', 3>;
    const clientCredentials = {} as EventFor<'TokenGeneration_ClientCredentials'>;
    const ato = {} as EventFor<'CustomEmailSender_AccountTakeOverNotification'>;
    const federation = {} as EventFor<'inbound-federation'>;

    void preSignUp(adminCreate, context, callback);
    void define(firstRound, context, callback);
    void v2(auth2, context, callback);
    void v2(auth3, context, callback);
    void m2m(clientCredentials, context, callback);
    void sender(ato, context, callback);
    void inbound(federation, context, callback);

    // The positive cases are not vacuous: the wrong event is refused.
    // @ts-expect-error a post confirmation event is not a pre sign-up event
    void preSignUp({} as EventFor<'PostConfirmation_ConfirmSignUp'>, context, callback);
    // @ts-expect-error a V1 pre token event lacks what a V2 handler reads (V1 and V2 differ in response shape)
    void v2({} as EventFor<'TokenGeneration_Authentication'>, context, callback);
    // @ts-expect-error sheet §3.6 DISAGREE: @types models V3 as client credentials only, so a V3 user-flow event is not a V3 @types event
    void m2m(auth3, context, callback);
  });
});

describe('EventFor narrowing', () => {
  test('a literal triggerSource narrows to the source type', () => {
    expectTypeOf(build('PreSignUp_AdminCreateUser')).toEqualTypeOf<DT.PreSignUpAdminCreateUserTriggerEvent>();
    expectTypeOf(build('CustomSMSSender_Authentication')).toEqualTypeOf<DT.CustomSMSSenderAuthenticationUserTriggerEvent>();
    expectTypeOf(build('TokenGeneration_Authentication', { version: 2 })).toEqualTypeOf<DT.PreTokenGenerationAuthenticationV2TriggerEvent>();
    expectTypeOf(build('pre-signup')).toEqualTypeOf<DT.PreSignUpTriggerEvent>();
    expectTypeOf(build('PreSignUp_SignUp')).not.toEqualTypeOf<DT.PreSignUpTriggerEvent>();
  });

  test('pre token versions', () => {
    expectTypeOf<EventFor<'TokenGeneration_Authentication'>>().toEqualTypeOf<DT.PreTokenGenerationAuthenticationTriggerEvent>();
    expectTypeOf<EventFor<'TokenGeneration_Authentication', 1>>().toEqualTypeOf<DT.PreTokenGenerationAuthenticationTriggerEvent>();
    expectTypeOf<EventFor<'TokenGeneration_Authentication', 2>>().toEqualTypeOf<DT.PreTokenGenerationAuthenticationV2TriggerEvent>();
    // @types has no V3 user-flow type; the docs say those events are identical to V2.
    expectTypeOf<EventFor<'TokenGeneration_Authentication', 3>>().toEqualTypeOf<DT.PreTokenGenerationAuthenticationV2TriggerEvent>();
    expectTypeOf<EventFor<'TokenGeneration_ClientCredentials'>>().toEqualTypeOf<DT.PreTokenGenerationClientCredentialsV3TriggerEvent>();
    expectTypeOf<EventFor<'TokenGeneration_ClientCredentials', 3>>().toEqualTypeOf<DT.PreTokenGenerationV3TriggerEvent>();
    expectTypeOf<EventFor<'TokenGeneration_ClientCredentials'>['version']>().toEqualTypeOf<'3'>();
    expectTypeOf<EventFor<'pre-token-generation-v2'>>().toEqualTypeOf<DT.PreTokenGenerationV2TriggerEvent>();
  });

  test('a version on a source that has none changes nothing', () => {
    expectTypeOf<EventFor<'PreSignUp_SignUp', 2>>().toEqualTypeOf<DT.PreSignUpEmailTriggerEvent>();
    expectTypeOf<EventFor<'UserMigration_ForgotPassword', 3>>().toEqualTypeOf<DT.UserMigrationForgotPasswordTriggerEvent>();
  });

  test('narrowing a slug union by triggerSource reaches the source type', () => {
    const event = {} as EventFor<'custom-message'>;
    if (event.triggerSource === 'CustomMessage_AdminCreateUser') {
      expectTypeOf(event).toEqualTypeOf<DT.CustomMessageAdminCreateUserTriggerEvent>();
    }
  });

  test('SourceEventMap covers exactly the 41 sources; AnyTriggerEvent covers every slug union', () => {
    expectTypeOf<keyof SourceEventMap>().toEqualTypeOf<TriggerSource>();
    expectTypeOf<keyof SlugEventMap>().toEqualTypeOf<TriggerSlug>();
    expectTypeOf<SlugEventMap[TriggerSlug]>().toExtend<AnyTriggerEvent>();
  });
});

describe('OverlayEventFor narrowing', () => {
  test('sources, versions and slugs', () => {
    expectTypeOf<OverlayEventFor<'PreSignUp_AdminCreateUser'>>().toEqualTypeOf<
      Variant<OverlaySlugEventMap['pre-signup'], 'PreSignUp_AdminCreateUser'>
    >();
    expectTypeOf<OverlayEventFor<'PreSignUp_AdminCreateUser'>['triggerSource']>().toEqualTypeOf<'PreSignUp_AdminCreateUser'>();
    expectTypeOf<OverlayEventFor<'TokenGeneration_Authentication'>['version']>().toEqualTypeOf<'1'>();
    expectTypeOf<OverlayEventFor<'TokenGeneration_Authentication', 2>['version']>().toEqualTypeOf<'2'>();
    expectTypeOf<OverlayEventFor<'TokenGeneration_Authentication', 3>['version']>().toEqualTypeOf<'3' | '2'>();
    expectTypeOf<OverlayEventFor<'TokenGeneration_ClientCredentials'>['userName']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<OverlayEventFor<'TokenGeneration_Authentication', 3>['userName']>().toEqualTypeOf<string>();
    expectTypeOf<OverlayEventFor<'define-auth-challenge'>>().toEqualTypeOf<OverlaySlugEventMap['define-auth-challenge']>();
  });

  test('every source resolves to exactly its own variant (never to never)', () => {
    type Resolves<V extends TokenVersion | undefined> = {
      [S in TriggerSource]: [OverlayEventFor<S, V>] extends [never]
        ? false
        : [OverlayEventFor<S, V>['triggerSource']] extends [S]
          ? true
          : false;
    };
    expectTypeOf<Resolves<undefined>>().toEqualTypeOf<AllSources>();
    expectTypeOf<Resolves<2>>().toEqualTypeOf<AllSources>();
    expectTypeOf<Resolves<3>>().toEqualTypeOf<AllSources>();
  });
});

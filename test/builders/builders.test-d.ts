import type * as DT from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildCustomMessageEvent,
  buildEvent,
  buildPreSignUpEvent,
  buildPreTokenGenerationV2Event,
  buildPreTokenGenerationV3Event,
  type EventOverrides,
} from '../../src/builders.js';

describe('builder types', () => {
  it('a literal triggerSource narrows the return type', () => {
    expectTypeOf(buildEvent('PreSignUp_AdminCreateUser')).toEqualTypeOf<DT.PreSignUpAdminCreateUserTriggerEvent>();
    expectTypeOf(buildEvent('CustomMessage_ForgotPassword')).toEqualTypeOf<DT.CustomMessageForgotPasswordTriggerEvent>();
  });

  it('a slug gives the union of its sources', () => {
    expectTypeOf(buildEvent('pre-signup')).toEqualTypeOf<DT.PreSignUpTriggerEvent>();
    expectTypeOf(buildEvent('pre-token-generation-v2')).toEqualTypeOf<DT.PreTokenGenerationV2TriggerEvent>();
  });

  it('version 2 selects the V2 type of a TokenGeneration source', () => {
    expectTypeOf(buildEvent('TokenGeneration_Authentication', {}, { version: 2 })).toEqualTypeOf<DT.PreTokenGenerationAuthenticationV2TriggerEvent>();
    expectTypeOf(buildEvent('TokenGeneration_Authentication')).toEqualTypeOf<DT.PreTokenGenerationAuthenticationTriggerEvent>();
    expectTypeOf(buildEvent('TokenGeneration_ClientCredentials')).toEqualTypeOf<DT.PreTokenGenerationClientCredentialsV3TriggerEvent>();
  });

  it('handlers typed with @types/aws-lambda accept built events without a cast', () => {
    const handler: DT.PreSignUpTriggerHandler = async (event) => event;
    expectTypeOf(handler).parameter(0).toMatchTypeOf<DT.PreSignUpTriggerEvent>();
    expectTypeOf(buildPreSignUpEvent()).toMatchTypeOf<Parameters<DT.PreSignUpTriggerHandler>[0]>();
  });

  it('per-trigger builders narrow on options.triggerSource', () => {
    expectTypeOf(buildPreSignUpEvent({}, { triggerSource: 'PreSignUp_ExternalProvider' })).toEqualTypeOf<DT.PreSignUpExternalProviderTriggerEvent>();
    expectTypeOf(buildPreSignUpEvent()).toEqualTypeOf<DT.PreSignUpTriggerEvent>();
    expectTypeOf(buildCustomMessageEvent({}, { triggerSource: 'CustomMessage_SignUp' })).toEqualTypeOf<DT.CustomMessageSignUpTriggerEvent>();
    expectTypeOf(buildPreTokenGenerationV2Event({}, { triggerSource: 'TokenGeneration_HostedAuth' })).toEqualTypeOf<DT.PreTokenGenerationHostedAuthV2TriggerEvent>();
    expectTypeOf(buildPreTokenGenerationV3Event({}, { triggerSource: 'TokenGeneration_ClientCredentials' })).toEqualTypeOf<DT.PreTokenGenerationClientCredentialsV3TriggerEvent>();
  });

  it('overrides are deep partial, accept null anywhere and undefined to delete', () => {
    buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 'a@b.co' } } });
    buildEvent('PreSignUp_SignUp', { request: { validationData: null, clientMetadata: undefined } });
    buildEvent('DefineAuthChallenge_Authentication', {
      request: { session: [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: null }] },
    });
    buildEvent('VerifyAuthChallengeResponse_Authentication', { response: { answerCorrect: null } });
    expectTypeOf<EventOverrides<{ a: { b: string[] } }>>().toEqualTypeOf<{ a?: { b?: readonly (string | null)[] | null | undefined } | null | undefined }>();
  });

  it('overrides are checked against the target type', () => {
    // @ts-expect-error userAttributes values are strings
    buildEvent('PreSignUp_SignUp', { request: { userAttributes: { email: 42 } } });
    // @ts-expect-error no such trigger
    buildEvent('PreSignUp_Nope');
    // @ts-expect-error version is 1, 2 or 3
    buildEvent('TokenGeneration_Authentication', {}, { version: 4 });
    // @ts-expect-error not a source of pre-signup
    buildPreSignUpEvent({}, { triggerSource: 'CustomMessage_SignUp' });
  });
});

/**
 * Hand-written events and the real captures stored beside the repository (`../shared/real-events`),
 * for the harness and preview tests. Builders from `src/builders.ts` are not used on purpose: these
 * tests must not depend on another slice.
 */
import { readFileSync } from 'node:fs';

const REAL_EVENTS = new URL('../../../shared/real-events/', import.meta.url);

/** A real event from `../shared/real-events/<name>`, parsed fresh on every call. */
export function realEvent(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, REAL_EVENTS), 'utf8')) as Record<string, unknown>;
}

export function preSignUpEvent(): Record<string, unknown> {
  return {
    version: '1',
    triggerSource: 'PreSignUp_SignUp',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_AbCdEfGhI',
    userName: 'jane',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' },
    request: { userAttributes: { email: 'jane@example.com' }, validationData: null },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  };
}

export function preAuthenticationEvent(): Record<string, unknown> {
  return {
    version: '1',
    triggerSource: 'PreAuthentication_Authentication',
    region: 'us-east-1',
    userPoolId: 'us-east-1_AbCdEfGhI',
    userName: 'jane',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' },
    request: { userAttributes: { sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1', email: 'jane@example.com' }, validationData: null },
    response: {},
  };
}

export function preTokenV1Event(): Record<string, unknown> {
  return {
    version: '1',
    triggerSource: 'TokenGeneration_Authentication',
    region: 'us-east-1',
    userPoolId: 'us-east-1_AbCdEfGhI',
    userName: 'jane',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' },
    request: {
      userAttributes: {
        sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1',
        'cognito:user_status': 'CONFIRMED',
        email: 'jane@example.com',
        email_verified: 'True',
        phone_number_verified: 'false',
        updated_at: '1700000000',
        'custom:plan': 'free',
        'dev:score': '42',
      },
      groupConfiguration: {
        groupsToOverride: ['readers'],
        iamRolesToOverride: ['arn:aws:iam::123456789012:role/reader'],
        preferredRole: 'arn:aws:iam::123456789012:role/reader',
      },
    },
    response: { claimsOverrideDetails: null },
  };
}

export function preTokenV2Event(): Record<string, unknown> {
  const event = preTokenV1Event();
  return {
    ...event,
    version: '2',
    request: { ...(event.request as object), scopes: ['aws.cognito.signin.user.admin', 'openid', 'email', 'phone'] },
    response: { claimsAndScopeOverrideDetails: null },
  };
}

export function clientCredentialsEvent(): Record<string, unknown> {
  return {
    version: '3',
    triggerSource: 'TokenGeneration_ClientCredentials',
    region: 'us-east-1',
    userPoolId: 'us-east-1_AbCdEfGhI',
    userName: null,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' },
    request: {
      userAttributes: {},
      groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null },
      scopes: ['orders/read'],
    },
    response: { claimsAndScopeOverrideDetails: null },
  };
}

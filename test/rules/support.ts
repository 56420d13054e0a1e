/**
 * Hand-written events for the rule tests (small, readable, valid against the input schemas) and
 * helpers to build a handler output and find an issue.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ContractIssue, PathSegment } from '../../src/shared/issues.js';
import { formatPath } from '../../src/shared/issues.js';
import type { ResponseCheckResult } from '../../src/rules/types.js';

export type Json = Record<string, unknown>;

const ENVELOPE = {
  region: 'us-east-1',
  userPoolId: 'us-east-1_AbCdEfGhI',
  userName: 'jane',
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '3vhuvd93e78a25rbpu1voha2ik' },
};

const USER = { sub: '0588acd1-d7e3-4ec6-b65d-0134a947b3e1', 'cognito:user_status': 'CONFIRMED', email: 'jane@example.com', email_verified: 'true' };

const GROUPS = {
  groupsToOverride: ['admins', 'editors'],
  iamRolesToOverride: ['arn:aws:iam::123456789012:role/Admin', 'arn:aws:iam::123456789012:role/Editor'],
  preferredRole: 'arn:aws:iam::123456789012:role/Admin',
};

/** A pre sign-up event (`email` only unless `attributes` say otherwise). */
export function preSignUp(triggerSource = 'PreSignUp_SignUp', attributes: Json = { email: 'jane@example.com' }): Json {
  return {
    version: '1',
    triggerSource,
    ...ENVELOPE,
    request: { userAttributes: attributes, validationData: null },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  };
}

export function postConfirmation(): Json {
  return { version: '1', triggerSource: 'PostConfirmation_ConfirmSignUp', ...ENVELOPE, request: { userAttributes: USER }, response: {} };
}

export function preAuthentication(): Json {
  return { version: '1', triggerSource: 'PreAuthentication_Authentication', ...ENVELOPE, request: { userAttributes: USER, validationData: {} }, response: {} };
}

export function postAuthentication(): Json {
  return { version: '1', triggerSource: 'PostAuthentication_Authentication', ...ENVELOPE, request: { userAttributes: USER, newDeviceUsed: false }, response: {} };
}

export function defineAuthChallenge(): Json {
  return {
    version: '1',
    triggerSource: 'DefineAuthChallenge_Authentication',
    ...ENVELOPE,
    request: { userAttributes: USER, session: [] },
    response: { challengeName: null, issueTokens: null, failAuthentication: null },
  };
}

export function createAuthChallenge(challengeName = 'CUSTOM_CHALLENGE'): Json {
  return {
    version: '1',
    triggerSource: 'CreateAuthChallenge_Authentication',
    ...ENVELOPE,
    request: { userAttributes: USER, challengeName, session: [] },
    response: { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
  };
}

export function verifyAuthChallenge(): Json {
  return {
    version: '1',
    triggerSource: 'VerifyAuthChallengeResponse_Authentication',
    ...ENVELOPE,
    request: { userAttributes: USER, privateChallengeParameters: { answer: '268745' }, challengeAnswer: '268745' },
    response: { answerCorrect: null },
  };
}

/** A pre token event of version 1, 2 or 3 (the user has two groups, two roles and a preferred role unless `groups` says otherwise). */
export function preToken(version: 1 | 2 | 3 = 1, triggerSource = 'TokenGeneration_Authentication', groups: Json = GROUPS): Json {
  const request: Json = { userAttributes: USER, groupConfiguration: groups };
  if (version > 1) request.scopes = ['openid', 'aws.cognito.signin.user.admin'];
  return {
    version: String(version),
    triggerSource,
    ...ENVELOPE,
    request,
    response: version === 1 ? { claimsOverrideDetails: null } : { claimsAndScopeOverrideDetails: null },
  };
}

/** A V3 client-credentials event (no user, no groups). */
export function clientCredentials(): Json {
  return {
    version: '3',
    triggerSource: 'TokenGeneration_ClientCredentials',
    ...ENVELOPE,
    userName: null,
    request: { userAttributes: {}, groupConfiguration: { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null }, scopes: ['orders/read'] },
    response: { claimsAndScopeOverrideDetails: null },
  };
}

export function userMigration(triggerSource = 'UserMigration_Authentication', userName = 'jane@example.com'): Json {
  const request: Json = { validationData: null, userAttributes: null };
  if (triggerSource === 'UserMigration_Authentication') request.password = 'hunter2';
  return {
    version: '1',
    triggerSource,
    ...ENVELOPE,
    userName,
    request,
    response: { userAttributes: null, forceAliasCreation: null, finalUserStatus: null, messageAction: null, desiredDeliveryMediums: null },
  };
}

export function customMessage(triggerSource = 'CustomMessage_SignUp'): Json {
  return {
    version: '1',
    triggerSource,
    ...ENVELOPE,
    request: {
      userAttributes: USER,
      codeParameter: '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: triggerSource === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  };
}

export function inboundFederation(attributes: Json = { idToken: { sub: '110348861498301234567', email: 'jane@example.com' }, userInfo: { email: 'jane@example.com', given_name: 'Jane', bio: 'x' } }): Json {
  return {
    version: '1',
    triggerSource: 'InboundFederation_ExternalProvider',
    ...ENVELOPE,
    userName: 'Google_110348861498301234567',
    request: { providerName: 'Google', providerType: 'Google', attributes },
    response: { userAttributesToMap: {} },
  };
}

export function customEmailSender(): Json {
  return {
    version: '1',
    triggerSource: 'CustomEmailSender_SignUp',
    ...ENVELOPE,
    request: { type: 'customEmailSenderRequestV1', code: 'AYADeILxywKhhaq8Ys4mh0aHutYAgQACABVhd3MtY3J5', clientMetadata: null, userAttributes: USER },
  };
}

/** The handler output: the event with `response` replaced. */
export function answer(event: Json, response: unknown): Json {
  return { ...structuredClone(event), response };
}

/** A real event from the shared folder. */
export function realEvent(name: string): Json {
  const url = new URL(`../../../shared/real-events/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Json;
}

/** The issues of one rule. */
export function issuesOf(result: ResponseCheckResult, rule: string): ContractIssue[] {
  return result.issues.filter((i) => i.rule === rule);
}

/** Asserts the result holds exactly the issue `rule` at `path` with `severity` (and no error of another rule). */
export function expectOnly(result: ResponseCheckResult, rule: string, severity: 'error' | 'warning', path: readonly PathSegment[]): ContractIssue {
  const found = issuesOf(result, rule);
  expect(found.map((i) => formatPath(i.path)), `issues: ${JSON.stringify(result.issues)}`).toContain(formatPath(path));
  const issue = found.find((i) => formatPath(i.path) === formatPath(path))!;
  expect(issue.severity).toBe(severity);
  expect(result.issues.filter((i) => i.rule !== rule), 'no other issue').toEqual([]);
  expect(result.ok).toBe(severity === 'warning');
  return issue;
}

/** Asserts the result has no issue of `rule` and no error at all. */
export function expectClean(result: ResponseCheckResult, rule?: string): void {
  if (rule) expect(issuesOf(result, rule)).toEqual([]);
  expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
}

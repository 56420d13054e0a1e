/**
 * Realism warnings: the event keeps the contract but differs from what Cognito really sends (a
 * hand-written or library fixture). They never make an event invalid; `--strict` fails on them.
 */
import type { ContractIssue, PathSegment } from '../shared/issues.js';
import {
  AWS_SDK_VERSION,
  CLIENT_ID_NOT_APPLICABLE,
  CLIENT_ID_REAL,
  LIMITS,
  REGION,
  SUB,
  USER_POOL_ID_REAL,
} from '../shared/patterns.js';
import type { TriggerDefinition } from '../triggers/registry.js';
import { PREFILLED_RESPONSE } from './prefill.js';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function warn(rule: string, path: PathSegment[], message: string): ContractIssue {
  return { rule: `realism/${rule}`, severity: 'warning', path, message };
}

/** Triggers whose events describe an existing user (so `sub` is always there). */
const EXISTING_USER_SLUGS = new Set([
  'post-confirmation',
  'pre-authentication',
  'post-authentication',
  'define-auth-challenge',
  'create-auth-challenge',
  'verify-auth-challenge-response',
  'pre-token-generation',
  'pre-token-generation-v2',
  'pre-token-generation-v3',
  'custom-message',
  'custom-email-sender',
  'custom-sms-sender',
]);

/** Realism warnings for an event that already passed its input schema. */
export function realismWarnings(trigger: TriggerDefinition, event: Json): ContractIssue[] {
  const out: ContractIssue[] = [];
  const request = isObj(event.request) ? event.request : {};
  const attrs = isObj(request.userAttributes) ? request.userAttributes : undefined;
  const source = String(event.triggerSource);
  const slug = trigger.slug;

  // Envelope formats.
  const region = event.region;
  if (typeof region === 'string' && !REGION.test(region)) {
    out.push(warn('region-format', ['region'], `${JSON.stringify(region)} is not an AWS region code such as "us-east-1"`));
  }
  const poolId = event.userPoolId;
  if (typeof poolId === 'string') {
    if (!USER_POOL_ID_REAL.test(poolId)) {
      out.push(
        warn('pool-id-format', ['userPoolId'], `${JSON.stringify(poolId)} does not look like a real pool id (<region>_<9 letters or digits>, e.g. "us-east-1_AbCdEfGhI")`),
      );
    } else if (typeof region === 'string' && !poolId.startsWith(`${region}_`)) {
      out.push(warn('pool-id-region', ['userPoolId'], `the pool id's region prefix does not match region ${JSON.stringify(region)}`));
    }
  }
  const caller = isObj(event.callerContext) ? event.callerContext : {};
  if (caller.awsSdkVersion === undefined) {
    out.push(
      warn(
        'aws-sdk-version',
        ['callerContext', 'awsSdkVersion'],
        caller.awsSdk !== undefined
          ? 'callerContext.awsSdk is an old documentation typo; Cognito sends callerContext.awsSdkVersion'
          : 'Cognito always sends callerContext.awsSdkVersion (most often "aws-sdk-unknown-unknown")',
      ),
    );
  } else if (typeof caller.awsSdkVersion === 'string' && !AWS_SDK_VERSION.test(caller.awsSdkVersion)) {
    out.push(
      warn('aws-sdk-version', ['callerContext', 'awsSdkVersion'], `${JSON.stringify(caller.awsSdkVersion)} is not of the form aws-sdk-<platform>-<version>`),
    );
  }
  if (typeof caller.clientId === 'string' && caller.clientId !== CLIENT_ID_NOT_APPLICABLE && !CLIENT_ID_REAL.test(caller.clientId)) {
    out.push(
      warn('client-id-format', ['callerContext', 'clientId'], `${JSON.stringify(caller.clientId)} does not look like an app client id (25–26 lowercase letters and digits)`),
    );
  }

  // The user.
  const userNotFound = request.userNotFound === true;
  const clientCredentials = source === 'TokenGeneration_ClientCredentials';
  if (attrs && EXISTING_USER_SLUGS.has(slug) && !userNotFound && !clientCredentials) {
    if (attrs.sub === undefined) {
      out.push(warn('missing-sub', ['request', 'userAttributes', 'sub'], 'Cognito always sends sub for an existing user'));
    } else if (typeof attrs.sub === 'string' && !SUB.test(attrs.sub)) {
      out.push(warn('sub-format', ['request', 'userAttributes', 'sub'], `${JSON.stringify(attrs.sub)} is not 8-4-4-4-12 lowercase hex like every real sub`));
    }
    if ((slug === 'post-confirmation' || slug.startsWith('pre-token-generation')) && attrs['cognito:user_status'] === undefined) {
      out.push(warn('missing-user-status', ['request', 'userAttributes', 'cognito:user_status'], `Cognito sends cognito:user_status in ${trigger.title} events`));
    }
  }
  if (attrs && slug === 'pre-signup') {
    for (const key of ['sub', 'cognito:user_status']) {
      if (attrs[key] !== undefined) {
        out.push(warn('user-not-created', ['request', 'userAttributes', key], `pre sign-up runs before the user exists: Cognito sends no ${key}`));
      }
    }
  }
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (typeof value === 'string' && value.length > LIMITS.attributeValue) {
        out.push(warn('attribute-length', ['request', 'userAttributes', key], `attribute values are at most ${LIMITS.attributeValue} characters in Cognito`));
      }
    }
  }

  // Pre-filled response.
  const prefill = PREFILLED_RESPONSE[trigger.slug as keyof typeof PREFILLED_RESPONSE];
  const response = event.response;
  if (prefill && isObj(response) && Object.keys(response).length === 0 && Object.keys(prefill).length > 0) {
    out.push(
      warn('prefilled-response', ['response'], `Cognito pre-fills response with ${JSON.stringify(prefill)}; an empty {} means the event was written by hand`),
    );
  }
  if (Array.isArray(isObj(response) ? response.claimsAndScopeOverrideDetails : undefined)) {
    out.push(
      warn('prefilled-response', ['response', 'claimsAndScopeOverrideDetails'], 'the docs show [] here; the real incoming value is probably null (UNVERIFIED)'),
    );
  }

  // Sessions.
  if (Array.isArray(request.session)) {
    request.session.forEach((entry, i) => {
      if (!isObj(entry)) return;
      if (!('challengeMetadata' in entry)) {
        out.push(warn('session-metadata', ['request', 'session', i, 'challengeMetadata'], 'Cognito sends challengeMetadata: null on session entries without metadata; the key is never absent'));
      } else if (entry.challengeName !== 'CUSTOM_CHALLENGE' && entry.challengeMetadata !== null) {
        out.push(
          warn('session-metadata', ['request', 'session', i, 'challengeMetadata'], `only CUSTOM_CHALLENGE entries carry metadata; Cognito sends null on ${String(entry.challengeName)} entries`),
        );
      }
    });
    if (request.session.length === 0 && request.clientMetadata !== undefined && request.clientMetadata !== null) {
      out.push(
        warn('client-metadata-first-round', ['request', 'clientMetadata'], 'the first round comes from InitiateAuth, whose ClientMetadata never reaches the custom-auth triggers'),
      );
    }
  }
  if (slug === 'create-auth-challenge' && request.challengeName !== 'CUSTOM_CHALLENGE') {
    out.push(warn('create-challenge-name', ['request', 'challengeName'], 'Cognito calls Create only after Define asked for CUSTOM_CHALLENGE'));
  }

  // Per-trigger request details.
  if (slug === 'pre-authentication' || slug === 'pre-signup' || slug === 'user-migration') {
    if (!('validationData' in request)) {
      out.push(
        warn('validation-data', ['request', 'validationData'], `Cognito sends validationData in ${trigger.title} events (null or {} when nothing was sent)`),
      );
    }
  }
  if (slug === 'pre-authentication' && request.clientMetadata !== undefined) {
    out.push(
      warn('client-metadata-pre-auth', ['request', 'clientMetadata'], 'pre authentication has no clientMetadata: the ClientMetadata of InitiateAuth arrives as validationData'),
    );
  }
  if (slug === 'pre-token-generation' && 'scopes' in request) {
    out.push(warn('version-fields', ['request', 'scopes'], 'request.scopes belongs to V2/V3 events; a version "1" event has none (or this V2 event has the wrong version)'));
  }
  if (slug === 'user-migration' && source === 'UserMigration_ForgotPassword' && request.password !== undefined) {
    out.push(warn('migration-password', ['request', 'password'], 'Cognito never sends a password for UserMigration_ForgotPassword'));
  }
  if (slug === 'custom-message') {
    if (request.codeParameter !== '{####}') {
      out.push(warn('code-parameter', ['request', 'codeParameter'], `real events carry "{####}", not ${JSON.stringify(request.codeParameter)}`));
    }
    if (request.linkParameter === undefined || request.linkParameter === null) {
      out.push(warn('link-parameter', ['request', 'linkParameter'], 'real events always carry linkParameter "{##Click Here##}"'));
    }
    const expected = source === 'CustomMessage_AdminCreateUser' ? '{username}' : null;
    if (request.usernameParameter !== expected) {
      out.push(
        warn('username-parameter', ['request', 'usernameParameter'], `real ${source} events carry ${JSON.stringify(expected)}, not ${JSON.stringify(request.usernameParameter)}`),
      );
    }
  }
  if (slug === 'inbound-federation' && typeof event.userName === 'string' && typeof request.providerName === 'string') {
    if (!event.userName.toLowerCase().startsWith(`${request.providerName.toLowerCase()}_`)) {
      out.push(warn('federated-username', ['userName'], `a federated userName is <providerName>_<id>, e.g. "${request.providerName}_12345"`));
    }
  }
  if ((slug === 'custom-email-sender' || slug === 'custom-sms-sender') && typeof request.code === 'string' && !request.code.startsWith('AYAD')) {
    out.push(warn('sender-code', ['request', 'code'], 'real codes are AWS Encryption SDK ciphertext, base64 starting with "AYAD"'));
  }
  return out;
}

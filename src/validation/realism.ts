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
import type { TriggerDefinition, TriggerSlug, TriggerSource } from '../triggers/registry.js';
import { PREFILLED_RESPONSE } from './prefill.js';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Triggers whose events describe an existing user (so `sub` is always there). */
const EXISTING_USER_SLUGS = [
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
] as const satisfies readonly TriggerSlug[];

const EXISTING_USER = new Set<string>(EXISTING_USER_SLUGS);

/** The triggers whose pre-filled response has keys, so an empty `{}` cannot come from Cognito. */
const PREFILLING_SLUGS = (Object.keys(PREFILLED_RESPONSE) as TriggerSlug[]).filter((s) => Object.keys(PREFILLED_RESPONSE[s] ?? {}).length > 0);

/** The custom-auth triggers whose events carry `request.session`. */
const SESSION_SLUGS = ['define-auth-challenge', 'create-auth-challenge'] as const satisfies readonly TriggerSlug[];

/** Where a realism warning is raised: on every event, or only on events of these slugs and triggerSources. */
export type RealismScope = 'all' | readonly (TriggerSlug | TriggerSource)[];

/** One realism warning of {@link REALISM_RULES}. */
export interface RealismRule {
  /** What the warning means, in one line. */
  readonly summary: string;
  /** The slugs or triggerSources whose events can draw it, or `'all'`. */
  readonly triggers: RealismScope;
}

/**
 * Every realism warning `validateEvent` can return, by id without its `realism/` prefix: what it
 * means and which events it applies to. The validator raises only these ids (its `warn` takes a
 * key of this table), and the scope gates the per-trigger checks, so the docs rendered from the
 * table are what the validator does.
 *
 * @example
 * for (const w of validateEvent(event).warnings) {
 *   console.log(w.rule, REALISM_RULES[w.rule.slice('realism/'.length) as RealismRuleId].summary);
 * }
 */
export const REALISM_RULES = {
  'region-format': { summary: '`region` is not an AWS region code such as `us-east-1`.', triggers: 'all' },
  'pool-id-format': { summary: '`userPoolId` is not of the real form `<region>_<9 letters or digits>`.', triggers: 'all' },
  'pool-id-region': { summary: 'The region prefix of `userPoolId` is not the event\'s `region`.', triggers: 'all' },
  'aws-sdk-version': {
    summary: '`callerContext.awsSdkVersion` is missing (or spelled `awsSdk`, an old documentation typo) or not of the form `aws-sdk-<platform>-<version>`.',
    triggers: 'all',
  },
  'client-id-format': {
    summary: '`callerContext.clientId` is neither an app client id (25–26 lowercase letters and digits) nor `CLIENT_ID_NOT_APPLICABLE`.',
    triggers: 'all',
  },
  'missing-sub': {
    summary: 'The attributes of an existing user lack `sub` (not raised when `userNotFound` is true, nor for `TokenGeneration_ClientCredentials`).',
    triggers: EXISTING_USER_SLUGS,
  },
  'sub-format': { summary: '`sub` is not lowercase 8-4-4-4-12 hex, the form of every real sub (same events as `missing-sub`).', triggers: EXISTING_USER_SLUGS },
  'missing-user-status': {
    summary: 'The attributes of an existing user lack `cognito:user_status` (same exceptions as `missing-sub`).',
    triggers: ['post-confirmation', 'pre-token-generation', 'pre-token-generation-v2', 'pre-token-generation-v3'],
  },
  'user-not-created': { summary: 'The attributes carry `sub` or `cognito:user_status`, which a user has only once created.', triggers: ['pre-signup'] },
  'attribute-length': { summary: `A \`userAttributes\` value is longer than ${LIMITS.attributeValue} characters, Cognito's attribute limit.`, triggers: 'all' },
  'prefilled-response': {
    summary: '`response` is `{}` where Cognito pre-fills keys, or `claimsAndScopeOverrideDetails` is the docs\' `[]` (real events probably carry null, UNVERIFIED).',
    triggers: PREFILLING_SLUGS,
  },
  'session-metadata': {
    summary: 'A `request.session` entry lacks the `challengeMetadata` key, or an entry other than `CUSTOM_CHALLENGE` carries metadata (Cognito sends null).',
    triggers: SESSION_SLUGS,
  },
  'client-metadata-first-round': {
    summary: 'A first-round event (empty `session`) carries `clientMetadata`, though the ClientMetadata of InitiateAuth never reaches the custom-auth triggers.',
    triggers: SESSION_SLUGS,
  },
  'create-challenge-name': { summary: '`request.challengeName` is not `CUSTOM_CHALLENGE`: Cognito calls Create only after Define asked for one.', triggers: ['create-auth-challenge'] },
  'validation-data': { summary: 'The `validationData` key is absent; Cognito sends it, null or `{}` when the call sent none.', triggers: ['pre-signup', 'pre-authentication', 'user-migration'] },
  'client-metadata-pre-auth': {
    summary: 'The event carries `clientMetadata`; pre authentication receives the ClientMetadata of InitiateAuth as `validationData`.',
    triggers: ['pre-authentication'],
  },
  'version-fields': { summary: 'A version `"1"` event carries `request.scopes`, a V2/V3 field (or a V2 event has the wrong version).', triggers: ['pre-token-generation'] },
  'migration-password': { summary: '`request.password` is set, but Cognito sends no password on a forgot-password migration.', triggers: ['UserMigration_ForgotPassword'] },
  'code-parameter': { summary: '`codeParameter` is not the `{####}` placeholder real events carry.', triggers: ['custom-message'] },
  'link-parameter': { summary: '`linkParameter` is absent or null; real events carry `{##Click Here##}`.', triggers: ['custom-message'] },
  'username-parameter': {
    summary: '`usernameParameter` is not `{username}` on `CustomMessage_AdminCreateUser`, or not null on the other sources.',
    triggers: ['custom-message'],
  },
  'federated-username': { summary: '`userName` is not of the federated form `<providerName>_<id>`.', triggers: ['inbound-federation'] },
  'sender-code': { summary: '`request.code` is not AWS Encryption SDK ciphertext (base64 starting with `AYAD`).', triggers: ['custom-email-sender', 'custom-sms-sender'] },
} as const satisfies Readonly<Record<string, RealismRule>>;

/** The id of a realism warning without its `realism/` prefix: a key of {@link REALISM_RULES}. */
export type RealismRuleId = keyof typeof REALISM_RULES;

/**
 * True when a realism warning applies to events of this slug or triggerSource.
 *
 * @example
 * realismRuleApplies('create-challenge-name', 'create-auth-challenge', 'CreateAuthChallenge_Authentication') // true
 */
export function realismRuleApplies(rule: RealismRuleId, slug: string, source: string): boolean {
  const scope: RealismScope = REALISM_RULES[rule].triggers;
  return scope === 'all' || (scope as readonly string[]).includes(slug) || (scope as readonly string[]).includes(source);
}

function warn(rule: RealismRuleId, path: PathSegment[], message: string): ContractIssue {
  return { rule: `realism/${rule}`, severity: 'warning', path, message };
}

/** Realism warnings for an event that already passed its input schema. */
export function realismWarnings(trigger: TriggerDefinition, event: Json): ContractIssue[] {
  const out: ContractIssue[] = [];
  const request = isObj(event.request) ? event.request : {};
  const attrs = isObj(request.userAttributes) ? request.userAttributes : undefined;
  const source = String(event.triggerSource);
  const slug = trigger.slug;
  const applies = (rule: RealismRuleId): boolean => realismRuleApplies(rule, slug, source);

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
  if (attrs && EXISTING_USER.has(slug) && !userNotFound && !clientCredentials) {
    if (attrs.sub === undefined) {
      out.push(warn('missing-sub', ['request', 'userAttributes', 'sub'], 'Cognito always sends sub for an existing user'));
    } else if (typeof attrs.sub === 'string' && !SUB.test(attrs.sub)) {
      out.push(warn('sub-format', ['request', 'userAttributes', 'sub'], `${JSON.stringify(attrs.sub)} is not 8-4-4-4-12 lowercase hex like every real sub`));
    }
    if (applies('missing-user-status') && attrs['cognito:user_status'] === undefined) {
      out.push(warn('missing-user-status', ['request', 'userAttributes', 'cognito:user_status'], `Cognito sends cognito:user_status in ${trigger.title} events`));
    }
  }
  if (attrs && applies('user-not-created')) {
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
  if (applies('prefilled-response') && prefill && isObj(response) && Object.keys(response).length === 0 && Object.keys(prefill).length > 0) {
    out.push(
      warn('prefilled-response', ['response'], `Cognito pre-fills response with ${JSON.stringify(prefill)}; an empty {} means the event was written by hand`),
    );
  }
  if (applies('prefilled-response') && Array.isArray(isObj(response) ? response.claimsAndScopeOverrideDetails : undefined)) {
    out.push(
      warn('prefilled-response', ['response', 'claimsAndScopeOverrideDetails'], 'the docs show [] here; the real incoming value is probably null (UNVERIFIED)'),
    );
  }

  // Sessions.
  if (Array.isArray(request.session)) {
    if (applies('session-metadata')) {
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
    }
    if (applies('client-metadata-first-round') && request.session.length === 0 && request.clientMetadata !== undefined && request.clientMetadata !== null) {
      out.push(
        warn('client-metadata-first-round', ['request', 'clientMetadata'], 'the first round comes from InitiateAuth, whose ClientMetadata never reaches the custom-auth triggers'),
      );
    }
  }
  if (applies('create-challenge-name') && request.challengeName !== 'CUSTOM_CHALLENGE') {
    out.push(warn('create-challenge-name', ['request', 'challengeName'], 'Cognito calls Create only after Define asked for CUSTOM_CHALLENGE'));
  }

  // Per-trigger request details.
  if (applies('validation-data') && !('validationData' in request)) {
    out.push(warn('validation-data', ['request', 'validationData'], `Cognito sends validationData in ${trigger.title} events (null or {} when nothing was sent)`));
  }
  if (applies('client-metadata-pre-auth') && request.clientMetadata !== undefined) {
    out.push(
      warn('client-metadata-pre-auth', ['request', 'clientMetadata'], 'pre authentication has no clientMetadata: the ClientMetadata of InitiateAuth arrives as validationData'),
    );
  }
  if (applies('version-fields') && 'scopes' in request) {
    out.push(warn('version-fields', ['request', 'scopes'], 'request.scopes belongs to V2/V3 events; a version "1" event has none (or this V2 event has the wrong version)'));
  }
  if (applies('migration-password') && request.password !== undefined) {
    out.push(warn('migration-password', ['request', 'password'], 'Cognito never sends a password for UserMigration_ForgotPassword'));
  }
  if (applies('code-parameter') && request.codeParameter !== '{####}') {
    out.push(warn('code-parameter', ['request', 'codeParameter'], `real events carry "{####}", not ${JSON.stringify(request.codeParameter)}`));
  }
  if (applies('link-parameter') && (request.linkParameter === undefined || request.linkParameter === null)) {
    out.push(warn('link-parameter', ['request', 'linkParameter'], 'real events always carry linkParameter "{##Click Here##}"'));
  }
  const expectedUsername = source === 'CustomMessage_AdminCreateUser' ? '{username}' : null;
  if (applies('username-parameter') && request.usernameParameter !== expectedUsername) {
    out.push(
      warn(
        'username-parameter',
        ['request', 'usernameParameter'],
        `real ${source} events carry ${JSON.stringify(expectedUsername)}, not ${JSON.stringify(request.usernameParameter)}`,
      ),
    );
  }
  if (applies('federated-username') && typeof event.userName === 'string' && typeof request.providerName === 'string') {
    if (!event.userName.toLowerCase().startsWith(`${request.providerName.toLowerCase()}_`)) {
      out.push(warn('federated-username', ['userName'], `a federated userName is <providerName>_<id>, e.g. "${request.providerName}_12345"`));
    }
  }
  if (applies('sender-code') && typeof request.code === 'string' && !request.code.startsWith('AYAD')) {
    out.push(warn('sender-code', ['request', 'code'], 'real codes are AWS Encryption SDK ciphertext, base64 starting with "AYAD"'));
  }
  return out;
}

/**
 * The `response` Cognito sends before calling the handler (sheet §1.4), per trigger slug. The
 * generators use it and the validator compares against it (an "unanswered" event).
 */
import type { TriggerSlug } from '../triggers/registry.js';

/** Cognito's pre-filled response, or `undefined` for the custom senders (no `response` key). */
export const PREFILLED_RESPONSE: Readonly<Record<TriggerSlug, Readonly<Record<string, unknown>> | undefined>> = {
  'pre-signup': { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  'post-confirmation': {},
  'pre-authentication': {},
  'post-authentication': {},
  'define-auth-challenge': { challengeName: null, issueTokens: null, failAuthentication: null },
  'create-auth-challenge': { publicChallengeParameters: null, privateChallengeParameters: null, challengeMetadata: null },
  'verify-auth-challenge-response': { answerCorrect: null },
  'pre-token-generation': { claimsOverrideDetails: null },
  // UNVERIFIED (sheet §1.4): the docs show [], real events are probably null. null is generated.
  'pre-token-generation-v2': { claimsAndScopeOverrideDetails: null },
  'pre-token-generation-v3': { claimsAndScopeOverrideDetails: null },
  'user-migration': {
    userAttributes: null,
    forceAliasCreation: null,
    finalUserStatus: null,
    messageAction: null,
    desiredDeliveryMediums: null,
  },
  'custom-message': { smsMessage: null, emailMessage: null, emailSubject: null },
  'custom-email-sender': undefined,
  'custom-sms-sender': undefined,
  'inbound-federation': { userAttributesToMap: {} },
};

/** A fresh copy of the pre-filled response of a slug. */
export function prefilledResponse(slug: TriggerSlug): Record<string, unknown> | undefined {
  const r = PREFILLED_RESPONSE[slug];
  return r === undefined ? undefined : structuredClone(r) as Record<string, unknown>;
}

/**
 * True when `response` holds only Cognito's pre-filled defaults (nulls, false flags, `{}`, or the
 * docs' `[]` for V2/V3): the handler has not answered.
 */
export function isUnanswered(slug: TriggerSlug, response: unknown): boolean {
  const prefill = PREFILLED_RESPONSE[slug];
  if (prefill === undefined) return response === undefined;
  if (response === null || typeof response !== 'object' || Array.isArray(response)) return false;
  for (const [key, value] of Object.entries(response)) {
    if (!(key in prefill)) return false;
    const p = prefill[key];
    // `value === p` only skips the JSON comparison for the common case (an untouched `false`).
    if (value === null || value === undefined || value === p) continue;
    if (Array.isArray(value) && value.length === 0 && key === 'claimsAndScopeOverrideDetails') continue;
    if (JSON.stringify(value) !== JSON.stringify(p)) return false;
  }
  return true;
}

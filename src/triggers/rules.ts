/**
 * Slug → response rules. Every synchronous trigger gets the shared output rules (the output is the
 * event with `response` filled in, as JSON) followed by its own rules from `<slug>/rules.ts`.
 *
 * This module loads no fast-check and no faker.
 */
import { OUTPUT_RULE_SPECS } from '../rules/output.js';
import { bindRule, type Rule, type RuleSpec } from '../rules/types.js';
import { CREATE_AUTH_CHALLENGE_RULES } from './create-auth-challenge/rules.js';
import { CUSTOM_EMAIL_SENDER_RULES } from './custom-email-sender/rules.js';
import { CUSTOM_MESSAGE_RULES } from './custom-message/rules.js';
import { CUSTOM_SMS_SENDER_RULES } from './custom-sms-sender/rules.js';
import { DEFINE_AUTH_CHALLENGE_RULES } from './define-auth-challenge/rules.js';
import { INBOUND_FEDERATION_RULES } from './inbound-federation/rules.js';
import { POST_AUTHENTICATION_RULES } from './post-authentication/rules.js';
import { POST_CONFIRMATION_RULES } from './post-confirmation/rules.js';
import { PRE_AUTHENTICATION_RULES } from './pre-authentication/rules.js';
import { PRE_SIGNUP_RULES } from './pre-signup/rules.js';
import { PRE_TOKEN_GENERATION_RULES } from './pre-token-generation/rules.js';
import { PRE_TOKEN_GENERATION_V2_RULES } from './pre-token-generation-v2/rules.js';
import { PRE_TOKEN_GENERATION_V3_RULES } from './pre-token-generation-v3/rules.js';
import { TRIGGERS, type TriggerSlug } from './registry.js';
import { USER_MIGRATION_RULES } from './user-migration/rules.js';
import { VERIFY_AUTH_CHALLENGE_RESPONSE_RULES } from './verify-auth-challenge-response/rules.js';

/**
 * Each slug's own rules (without the shared output rules).
 *
 * @example
 * SLUG_RULE_SPECS['verify-auth-challenge-response'].map((r) => r.what) // ['answer-not-boolean']
 */
export const SLUG_RULE_SPECS: Readonly<Record<TriggerSlug, readonly RuleSpec[]>> = {
  'pre-signup': PRE_SIGNUP_RULES,
  'post-confirmation': POST_CONFIRMATION_RULES,
  'pre-authentication': PRE_AUTHENTICATION_RULES,
  'post-authentication': POST_AUTHENTICATION_RULES,
  'define-auth-challenge': DEFINE_AUTH_CHALLENGE_RULES,
  'create-auth-challenge': CREATE_AUTH_CHALLENGE_RULES,
  'verify-auth-challenge-response': VERIFY_AUTH_CHALLENGE_RESPONSE_RULES,
  'pre-token-generation': PRE_TOKEN_GENERATION_RULES,
  'pre-token-generation-v2': PRE_TOKEN_GENERATION_V2_RULES,
  'pre-token-generation-v3': PRE_TOKEN_GENERATION_V3_RULES,
  'user-migration': USER_MIGRATION_RULES,
  'custom-message': CUSTOM_MESSAGE_RULES,
  'custom-email-sender': CUSTOM_EMAIL_SENDER_RULES,
  'custom-sms-sender': CUSTOM_SMS_SENDER_RULES,
  'inbound-federation': INBOUND_FEDERATION_RULES,
};

const BOUND = new Map<TriggerSlug, readonly Rule[]>(
  TRIGGERS.map((t) => {
    const specs = t.synchronous ? [...OUTPUT_RULE_SPECS, ...SLUG_RULE_SPECS[t.slug]] : SLUG_RULE_SPECS[t.slug];
    return [t.slug, Object.freeze(specs.map((spec) => bindRule(t.slug, spec)))];
  }),
);

/**
 * The rules of one slug, in the order they run (the shared output rules first).
 *
 * @example
 * rulesFor('verify-auth-challenge-response').map((r) => r.id)
 * // [..., 'verify-auth-challenge-response/answer-not-boolean']
 */
export function rulesFor(slug: TriggerSlug): readonly Rule[] {
  return BOUND.get(slug) ?? [];
}

/**
 * Every rule of every slug, in registry order.
 *
 * @example
 * allRules().length // every rule of every slug
 */
export function allRules(): Rule[] {
  return TRIGGERS.flatMap((t) => [...rulesFor(t.slug)]);
}

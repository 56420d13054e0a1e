/**
 * Migrate user (sheet §3.7): the attributes to store are required, the enums are small, SMS MFA
 * needs a phone number, a different username only for alias sign-ins, and an unset
 * `finalUserStatus` means RESET_REQUIRED.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
import { describeValue, type PathSegment } from '../../shared/issues.js';
import { isObj } from '../../rules/json.js';
import type { RuleFinding, RuleSpec } from '../../rules/types.js';
import { booleanFlagsRule, consequence, nonEmptyString, stringMapsRule } from '../../rules/values.js';
import { DELIVERY_MEDIUMS, FINAL_USER_STATUSES, MESSAGE_ACTIONS } from './schema.js';

const UNRECOGNIZABLE = 'Answers InvalidLambdaResponseException "Unrecognizable lambda output" and the user is not migrated.';
const ALIAS_ATTRIBUTES = ['email', 'phone_number', 'preferred_username'] as const;

const userAttributesRequired: RuleSpec = {
  what: 'user-attributes-required',
  severity: 'error',
  summary: 'userAttributes (the attributes to store) is required.',
  cognitoDoes: 'Does not migrate the user: the sign-in or password reset fails as for an unknown user.',
  appliesTo: (ctx) => ctx.judgeDecision,
  check(ctx) {
    const v = ctx.response?.userAttributes;
    if (v !== undefined && v !== null) return [];
    return [
      {
        path: ['response', 'userAttributes'],
        message: `userAttributes is ${describeValue(v)}: Cognito needs the attributes to create the user and does not migrate it (the caller sees the usual unknown-user error); to refuse a user, throw an error instead`,
      },
    ];
  },
};

const attributeNotString = stringMapsRule({
  what: 'attribute-not-string',
  fields: ['userAttributes'],
  cognitoDoes: UNRECOGNIZABLE,
  summary: 'userAttributes must map strings to strings (email_verified is "true", not true).',
});

const flagNotBoolean = booleanFlagsRule({
  what: 'flag-not-boolean',
  fields: ['forceAliasCreation', 'enableSMSMFA'],
  unset: 'absent-or-null',
  cognitoDoes: UNRECOGNIZABLE,
  summary: 'forceAliasCreation and enableSMSMFA must be JSON booleans (or left null).',
});

const invalidEnum: RuleSpec = {
  what: 'invalid-enum',
  severity: 'error',
  summary: `finalUserStatus is ${FINAL_USER_STATUSES.join(' or ')}, messageAction is SUPPRESS, desiredDeliveryMediums holds ${DELIVERY_MEDIUMS.join(' / ')}.`,
  cognitoDoes: UNRECOGNIZABLE,
  replacesSchema: ['schema/invalid_value'],
  check(ctx) {
    const findings: RuleFinding[] = [];
    const r = ctx.response ?? {};
    const check = (path: PathSegment[], value: unknown, allowed: readonly string[], note = ''): void => {
      if (value === undefined || value === null || allowed.includes(value as string)) return;
      findings.push({ path, message: `${describeValue(value)} is not one of ${allowed.join(', ')}${note}: ${consequence(UNRECOGNIZABLE)}` });
    };
    check(['response', 'finalUserStatus'], r.finalUserStatus, FINAL_USER_STATUSES, ' (other user statuses cannot be set by migration)');
    check(['response', 'messageAction'], r.messageAction, MESSAGE_ACTIONS, ' (unset sends the welcome message)');
    if (Array.isArray(r.desiredDeliveryMediums)) {
      r.desiredDeliveryMediums.forEach((m, i) => check(['response', 'desiredDeliveryMediums', i], m, DELIVERY_MEDIUMS));
    }
    return findings;
  },
};

const smsMfaWithoutPhone: RuleSpec = {
  what: 'sms-mfa-without-phone',
  severity: 'error',
  summary: 'enableSMSMFA true needs a phone_number in userAttributes.',
  cognitoDoes: 'Fails the migration: SMS MFA needs a phone number (and MFA enabled on the pool).',
  check(ctx) {
    const attrs = ctx.response?.userAttributes;
    if (ctx.response?.enableSMSMFA !== true || !isObj(attrs) || nonEmptyString(attrs, 'phone_number') !== undefined) return [];
    return [
      {
        path: ['response', 'enableSMSMFA'],
        message: 'enableSMSMFA is true but userAttributes has no phone_number: Cognito fails the migration (SMS MFA needs a phone number, and the pool must have MFA enabled)',
      },
    ];
  },
};

const usernameAlias: RuleSpec = {
  what: 'username-alias',
  severity: 'error',
  summary: 'userAttributes.username may differ from the typed userName only when the typed value is an alias held in email, phone_number or preferred_username.',
  cognitoDoes: 'Fails the migration: a new username is allowed only for a sign-in with an alias, and the typed alias must be stored in its attribute.',
  check(ctx) {
    const attrs = ctx.response?.userAttributes;
    const username = isObj(attrs) ? attrs.username : undefined;
    const typed = ctx.event.userName;
    if (typeof username !== 'string' || username === typed) return [];
    if (ALIAS_ATTRIBUTES.some((a) => isObj(attrs) && attrs[a] === typed)) return [];
    return [
      {
        path: ['response', 'userAttributes', 'username'],
        message: `username ${JSON.stringify(username)} differs from the typed userName ${JSON.stringify(typed)}, which is not stored in ${ALIAS_ATTRIBUTES.join(', ')}: Cognito fails the migration; return the typed userName (or omit username), or put the typed alias in its attribute`,
      },
    ];
  },
};

const statusDefaultsToReset: RuleSpec = {
  what: 'status-defaults-to-reset',
  severity: 'warning',
  summary: 'finalUserStatus left unset on UserMigration_Authentication makes the user RESET_REQUIRED.',
  cognitoDoes:
    'Sets the user RESET_REQUIRED: the sign-in ends with PasswordResetRequiredException. Several libraries (and older docs) claim unset confirms the user; set "CONFIRMED" for that.',
  appliesTo: (ctx) => ctx.triggerSource === 'UserMigration_Authentication' && isObj(ctx.response?.userAttributes),
  check(ctx) {
    const v = ctx.response?.finalUserStatus;
    if (v !== undefined && v !== null) return [];
    return [
      {
        path: ['response', 'finalUserStatus'],
        message:
          'finalUserStatus is not set: Cognito makes the user RESET_REQUIRED and the sign-in ends with PasswordResetRequiredException (not CONFIRMED, whatever some libraries say); set "CONFIRMED" to let the password just checked sign the user in',
      },
    ];
  },
};

/**
 * The migrate-user rules beyond the shared output rules.
 *
 * @example
 * rulesFor('user-migration') // the shared output rules, then USER_MIGRATION_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export const USER_MIGRATION_RULES: readonly RuleSpec[] = [
  userAttributesRequired,
  attributeNotString,
  flagNotBoolean,
  invalidEnum,
  smsMfaWithoutPhone,
  usernameAlias,
  statusDefaultsToReset,
];

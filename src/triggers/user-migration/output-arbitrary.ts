/**
 * Migrate user outputs: attributes to store (with a username only as the alias rule allows), a
 * final status, SUPPRESS, delivery mediums and flags; invalid ones break one rule each.
 */
import fc from 'fast-check';
import { isObj, type JsonObject } from '../../rules/json.js';
import { nonEmptyString } from '../../rules/values.js';
import { keyArb, optionalField, record, valueArb, type OutputGenContext, type ResponseGenerators } from '../../rules/arbitrary.js';
import { DELIVERY_MEDIUMS, FINAL_USER_STATUSES, MESSAGE_ACTIONS } from './schema.js';

const ALIASES = ['email', 'phone_number', 'preferred_username'] as const;
const typedName = (g: OutputGenContext): string => (typeof g.event.userName === 'string' ? g.event.userName : '');

const ATTRIBUTE_KEYS = ['email', 'name', 'given_name', 'family_name', 'locale', 'custom:plan', 'custom:legacy_id', 'email_verified', 'phone_number', 'phone_number_verified'];

/** Attributes to store, with `username` following the alias rule. */
function attributesArb(g: OutputGenContext): fc.Arbitrary<Record<string, string>> {
  const typed = typedName(g);
  const base = fc.dictionary(fc.oneof(fc.constantFrom(...ATTRIBUTE_KEYS), keyArb()).filter((k) => k !== 'username'), valueArb(), { maxKeys: 6 });
  return fc.tuple(base, fc.constantFrom('omit', 'same', 'alias'), fc.constantFrom(...ALIASES), fc.string({ minLength: 1, maxLength: 6 })).map(([attrs, mode, alias, suffix]) => {
    if (mode === 'same') return { ...attrs, username: typed };
    // A different username only for a sign-in with an alias: the typed alias goes into its attribute.
    if (mode === 'alias') return { ...attrs, [alias]: typed, username: `${typed}${suffix}` };
    return attrs;
  });
}

function responseArb(g: OutputGenContext, attributes: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<JsonObject> {
  const authentication = g.triggerSource === 'UserMigration_Authentication';
  return attributes.chain((userAttributes) =>
    record(
      fc.constant({ userAttributes }),
      // Unset means RESET_REQUIRED: a warning on Authentication, so clean outputs set it there.
      optionalField('finalUserStatus', fc.constantFrom(...FINAL_USER_STATUSES), { absent: !authentication, nullable: !authentication }),
      optionalField('messageAction', fc.constantFrom(...MESSAGE_ACTIONS), { nullable: true }),
      optionalField('desiredDeliveryMediums', fc.subarray([...DELIVERY_MEDIUMS]), { nullable: true }),
      optionalField('forceAliasCreation', fc.boolean(), { nullable: true }),
      optionalField('enableSMSMFA', nonEmptyString(userAttributes, 'phone_number') ? fc.boolean() : fc.constant(false), { nullable: true }),
    ),
  );
}

const cleanArb = (g: OutputGenContext): fc.Arbitrary<JsonObject> => responseArb(g, attributesArb(g));
const attrsOf = (r: JsonObject): Record<string, unknown> => (isObj(r.userAttributes) ? r.userAttributes : {});

/**
 * Generators of migrate-user responses.
 *
 * @example
 * fc.sample(USER_MIGRATION_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html
 */
export const USER_MIGRATION_OUTPUTS: ResponseGenerators = {
  clean: cleanArb,
  invalid: [
    {
      what: 'user-attributes-required',
      response: (g) => cleanArb(g).chain((r) => fc.constantFrom({ ...r, userAttributes: null }, Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'userAttributes')))),
    },
    {
      what: 'attribute-not-string',
      response: (g) =>
        fc.tuple(cleanArb(g), fc.constantFrom('email_verified', 'custom:age', 'phone_number_verified'), fc.constantFrom<unknown>(true, false, 42, null)).map(([r, key, bad]) => ({
          ...r,
          userAttributes: { ...attrsOf(r), [key]: bad },
          // SMS MFA reads phone_number; keep it a decision the attributes still support.
          enableSMSMFA: false,
        })),
    },
    {
      what: 'flag-not-boolean',
      response: (g) =>
        fc.tuple(cleanArb(g), fc.constantFrom('forceAliasCreation', 'enableSMSMFA'), fc.constantFrom<unknown>('true', 'false', 1)).map(([r, key, bad]) => ({ ...r, [key]: bad })),
    },
    {
      what: 'invalid-enum',
      response: (g) =>
        fc
          .tuple(
            cleanArb(g),
            fc.oneof(
              fc.constantFrom('FORCE_CHANGE_PASSWORD', 'confirmed', 'UNCONFIRMED', 'ARCHIVED').map((v) => ({ finalUserStatus: v })),
              fc.constantFrom('SEND', 'suppress', 'NONE').map((v) => ({ messageAction: v })),
              fc.constantFrom('PHONE', 'email', 'VOICE').map((v) => ({ desiredDeliveryMediums: ['EMAIL', v] })),
            ),
          )
          .map(([r, bad]) => ({ ...r, ...bad })),
    },
    {
      what: 'sms-mfa-without-phone',
      response: (g) =>
        cleanArb(g).map((r) => {
          const attrs = { ...attrsOf(r) };
          delete attrs.phone_number;
          // The typed alias may have been the phone number: drop the username so only SMS MFA breaks.
          if (attrs.username !== typedName(g)) delete attrs.username;
          return { ...r, userAttributes: attrs, enableSMSMFA: true };
        }),
    },
    {
      what: 'username-alias',
      response: (g) =>
        fc.tuple(cleanArb(g), fc.string({ minLength: 1, maxLength: 8 })).map(([r, suffix]) => {
          const typed = typedName(g);
          const attrs: Record<string, unknown> = { ...attrsOf(r), username: `${typed}${suffix}` };
          for (const a of ALIASES) if (attrs[a] === typed) delete attrs[a];
          return { ...r, userAttributes: attrs, enableSMSMFA: nonEmptyString(attrs, 'phone_number') ? r.enableSMSMFA ?? null : false };
        }),
    },
    {
      what: 'status-defaults-to-reset',
      applies: (g) => g.triggerSource === 'UserMigration_Authentication',
      response: (g) => cleanArb(g).chain((r) => fc.constantFrom({ ...r, finalUserStatus: null }, Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'finalUserStatus')))),
    },
  ],
};

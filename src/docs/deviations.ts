/**
 * Where the kit's overlay types (src/overlay.ts) and input schemas part from @types/aws-lambda
 * 8.10.164, as data: the contract docs render it per trigger and as one table, and a test checks
 * that every field named here still exists in the schemas of the triggers it is listed for.
 * Section numbers refer to the contract fact sheet.
 */
import { TRIGGERS, type TriggerSlug } from '../triggers/registry.js';
import { formatFieldPath, schemaFields } from './fields.js';

/** One difference between @types/aws-lambda and what Cognito sends or accepts. */
export interface TypesDeviation {
  /** The field as the docs name it. */
  readonly field: string;
  /** The schema paths it is about (`request.session[].challengeName`), all present in each listed trigger's event schema. */
  readonly paths: readonly string[];
  /** The triggers it concerns; left out: every trigger whose event schema has all of {@link paths}. */
  readonly slugs?: readonly TriggerSlug[];
  /** What @types/aws-lambda declares. */
  readonly typesSays: string;
  /** What Cognito sends or accepts. */
  readonly cognito: string;
  /** What the overlay types (and the kit's input schemas) say. */
  readonly overlay: string;
  /** The fact-sheet sections it rests on. */
  readonly sheet: string;
  /** The sheet marks the underlying fact UNVERIFIED. */
  readonly unverified?: boolean;
}

const ALL: readonly TriggerSlug[] = TRIGGERS.map((t) => t.slug);
const PRE_TOKEN_V2_V3: readonly TriggerSlug[] = ['pre-token-generation-v2', 'pre-token-generation-v3'];
const SENDERS: readonly TriggerSlug[] = ['custom-email-sender', 'custom-sms-sender'];
const CUSTOM_AUTH_SESSION: readonly TriggerSlug[] = ['define-auth-challenge', 'create-auth-challenge'];

/**
 * The differences, envelope first, then in registry order.
 *
 * @example
 * TYPES_DEVIATIONS.filter((d) => d.unverified).map((d) => d.field)
 */
export const TYPES_DEVIATIONS: readonly TypesDeviation[] = [
  {
    field: '`version`',
    paths: ['version'],
    slugs: ALL,
    typesSays: 'any `string`',
    cognito: '`"1"`; `"2"` for pre token V2_0; `"3"` for V3_0',
    overlay: 'the literal of the trigger: `"1"`, `"2"`, or `"3" | "2"` for V3_0',
    sheet: '§1.1',
    unverified: true,
  },
  {
    field: '`version` in the deprecated `CognitoUserPoolTriggerEvent`',
    paths: ['version'],
    slugs: ALL,
    typesSays: '`number`',
    cognito: 'a string',
    overlay: '`CognitoUserPoolTriggerEvent` is the union of the overlay events, so a string',
    sheet: '§1.1',
  },
  {
    field: '`callerContext.awsSdkVersion`',
    paths: ['callerContext.awsSdkVersion'],
    slugs: ALL,
    typesSays: 'required',
    cognito: 'always sent; AWS doc examples and Powertools fixtures write `awsSdk` instead',
    overlay: 'optional: such events are accepted with a realism warning',
    sheet: '§1.1',
  },
  {
    field: 'session `challengeName`',
    paths: ['request.session[].challengeName'],
    slugs: CUSTOM_AUTH_SESSION,
    typesSays: 'six names plus `CUSTOM_CHALLENGE`; no `EMAIL_OTP`, `SOFTWARE_TOKEN_MFA` or `NEW_PASSWORD_REQUIRED`',
    cognito: 'any name on the Define and Create pages or in the API enum',
    overlay: '`ChallengeName` (every known name)',
    sheet: '§3.5, §4.6',
  },
  {
    field: 'session `challengeMetadata`',
    paths: ['request.session[].challengeMetadata'],
    slugs: CUSTOM_AUTH_SESSION,
    typesSays: '`undefined` on non-custom entries',
    cognito: '`null` on `SRP_A` / `PASSWORD_VERIFIER` entries and on custom rounds where Create set none',
    overlay: '`string | null`, optional',
    sheet: '§3.5',
  },
  {
    field: 'Define `response`',
    paths: ['response.challengeName', 'response.issueTokens', 'response.failAuthentication'],
    slugs: ['define-auth-challenge'],
    typesSays: '`issueTokens`, `failAuthentication` required booleans; `challengeName` any string',
    cognito: 'all three arrive as `null`; an unknown challenge name is refused',
    overlay: 'each `… | null`, optional; `challengeName` limited to the names Define may ask for',
    sheet: '§1.4, §3.5',
  },
  {
    field: 'Create `request.challengeName`',
    paths: ['request.challengeName'],
    slugs: ['create-auth-challenge'],
    typesSays: '`string`',
    cognito: 'the name Define chose',
    overlay: '`ChallengeName`',
    sheet: '§3.5',
  },
  {
    field: 'Create `response`',
    paths: ['response.publicChallengeParameters', 'response.privateChallengeParameters', 'response.challengeMetadata'],
    slugs: ['create-auth-challenge'],
    typesSays: 'three required, non-null values',
    cognito: 'all three arrive as `null`',
    overlay: 'each `… | null`, optional',
    sheet: '§1.4',
  },
  {
    field: 'Verify `response.answerCorrect`',
    paths: ['response.answerCorrect'],
    slugs: ['verify-auth-challenge-response'],
    typesSays: '`boolean`',
    cognito: 'arrives as `null`',
    overlay: '`boolean | null`, optional',
    sheet: '§1.4',
  },
  {
    field: 'Verify `request.privateChallengeParameters`',
    paths: ['request.privateChallengeParameters'],
    slugs: ['verify-auth-challenge-response'],
    typesSays: '`StringMap`',
    cognito: 'what Create returned; what arrives when Create left them `null` is unknown',
    overlay: '`StringMap | null`',
    sheet: '§3.5',
    unverified: true,
  },
  {
    field: '`validationData`',
    paths: ['request.validationData'],
    typesSays: '`StringMap | undefined`',
    cognito: '`null` when nothing was sent (SignUp, migrate user), `{}` elsewhere',
    overlay: '`StringMap | null`, optional',
    sheet: '§4.3',
  },
  {
    field: '`clientMetadata`',
    paths: ['request.clientMetadata'],
    typesSays: '`StringMap | undefined`',
    cognito: 'usually absent when nothing was sent; `null` in custom sender events',
    overlay: '`StringMap | null`, optional',
    sheet: '§3.9, §4.3',
  },
  {
    field: 'Pre sign-up `response` flags',
    paths: ['response.autoConfirmUser', 'response.autoVerifyEmail', 'response.autoVerifyPhone'],
    slugs: ['pre-signup'],
    typesSays: 'required booleans',
    cognito: 'sent as `false`',
    overlay: 'optional booleans (an event without them is tolerated)',
    sheet: '§1.4',
  },
  {
    field: 'Post authentication `newDeviceUsed`',
    paths: ['request.newDeviceUsed'],
    slugs: ['post-authentication'],
    typesSays: 'required `boolean`',
    cognito: 'documented only when the pool remembers devices',
    overlay: 'optional',
    sheet: '§3.4',
  },
  {
    field: '`groupConfiguration.preferredRole`',
    paths: ['request.groupConfiguration.preferredRole'],
    typesSays: '`string | undefined`',
    cognito: '`null` for a user without groups',
    overlay: '`string | null`, optional',
    sheet: '§3.6',
  },
  {
    field: 'V1 `response.claimsOverrideDetails`',
    paths: ['response.claimsOverrideDetails'],
    slugs: ['pre-token-generation'],
    typesSays: 'required object',
    cognito: 'arrives as `null`',
    overlay: 'object or `null`, optional',
    sheet: '§1.4',
  },
  {
    field: 'V2/V3 `response.claimsAndScopeOverrideDetails`',
    paths: ['response.claimsAndScopeOverrideDetails'],
    slugs: PRE_TOKEN_V2_V3,
    typesSays: 'required object',
    cognito: 'probably `null`; the docs show `[]`',
    overlay: 'object, `[]` or `null`, optional',
    sheet: '§1.4',
    unverified: true,
  },
  {
    field: 'V2/V3 `claimsToAddOrOverride`',
    paths: [
      'response.claimsAndScopeOverrideDetails.idTokenGeneration.claimsToAddOrOverride',
      'response.claimsAndScopeOverrideDetails.accessTokenGeneration.claimsToAddOrOverride',
    ],
    slugs: PRE_TOKEN_V2_V3,
    typesSays: '`StringMap`: strings only',
    cognito: 'any JSON value, except `phone_number_verified`, `email_verified`, `updated_at` and `address` in the ID token',
    overlay: '`ClaimValue` (JSON); `IdTokenClaims` keeps those four as strings',
    sheet: '§3.6',
  },
  {
    field: 'V3 trigger sources',
    paths: ['triggerSource'],
    slugs: ['pre-token-generation-v3'],
    typesSays: 'only `TokenGeneration_ClientCredentials`, `version: "3"`',
    cognito: 'the five user-flow sources too, shaped as in V2',
    overlay: '`PreTokenGenerationV3TriggerEvent` covers all six',
    sheet: '§3.6',
  },
  {
    field: 'V3 client credentials `userName`, `userAttributes`, `groupConfiguration`',
    paths: ['userName', 'request.userAttributes', 'request.groupConfiguration'],
    slugs: ['pre-token-generation-v3'],
    typesSays: 'required',
    cognito: 'unknown: no user stands behind a machine token',
    overlay: '`userName?: string | null`; the other two optional',
    sheet: '§3.6, §7',
    unverified: true,
  },
  {
    field: 'Migrate user `request.password`',
    paths: ['request.password'],
    slugs: ['user-migration'],
    typesSays: 'required for both sources',
    cognito: 'sent for `UserMigration_Authentication` only',
    overlay: 'only in the Authentication variant',
    sheet: '§3.7',
  },
  {
    field: 'Migrate user `request.userAttributes`',
    paths: ['request.userAttributes'],
    slugs: ['user-migration'],
    typesSays: 'not declared',
    cognito: '`null` in a captured event',
    overlay: '`StringMap | null`, optional',
    sheet: '§3.7',
  },
  {
    field: 'Migrate user `response`',
    paths: ['response.userAttributes', 'response.desiredDeliveryMediums'],
    slugs: ['user-migration'],
    typesSays: '`userAttributes` and `desiredDeliveryMediums` required',
    cognito: 'every field arrives as `null`; mediums may stay unset (SMS)',
    overlay: 'every field `… | null`, optional',
    sheet: '§1.4, §3.7',
  },
  {
    field: 'Migrate user `finalUserStatus`',
    paths: ['response.finalUserStatus'],
    slugs: ['user-migration'],
    typesSays: 'any of the seven user statuses',
    cognito: 'only `CONFIRMED` means anything; everything else becomes `RESET_REQUIRED`',
    overlay: '`"CONFIRMED" | "RESET_REQUIRED" | null`',
    sheet: '§3.7',
  },
  {
    field: 'Custom message `linkParameter`',
    paths: ['request.linkParameter'],
    slugs: ['custom-message'],
    typesSays: 'required `string`',
    cognito: '`"{##Click Here##}"` in every real event, though undocumented',
    overlay: '`string | null`, optional',
    sheet: '§3.8',
  },
  {
    field: 'Custom message `usernameParameter` and `response` fields',
    paths: ['request.usernameParameter', 'response.smsMessage', 'response.emailMessage', 'response.emailSubject'],
    slugs: ['custom-message'],
    typesSays: 'required',
    cognito: '`"{username}"` or `null`; the response fields arrive as `null`',
    overlay: 'each `… | null`, optional',
    sheet: '§1.4, §3.8',
  },
  {
    field: 'Custom sender `response`',
    paths: ['response'],
    slugs: SENDERS,
    typesSays: '`{}` (inherited, required)',
    cognito: 'no `response` key: the invocation is asynchronous',
    overlay: '`response?: undefined`',
    sheet: '§3.9',
  },
  {
    field: 'Custom sender `request.type`',
    paths: ['request.type'],
    slugs: SENDERS,
    typesSays: '`string`',
    cognito: '`"customEmailSenderRequestV1"` / `"customSMSSenderRequestV1"`',
    overlay: 'the literal',
    sheet: '§3.9',
  },
  {
    field: 'Custom sender `request.code`',
    paths: ['request.code'],
    slugs: SENDERS,
    typesSays: '`string | null`',
    cognito: 'ciphertext; probably absent or `null` for account-takeover notifications',
    overlay: '`string | null`, optional',
    sheet: '§3.9',
    unverified: true,
  },
  {
    field: 'Account-takeover `userAttributes`',
    paths: ['request.userAttributes'],
    slugs: ['custom-email-sender'],
    typesSays: 'a fixed set of upper-case keys',
    cognito: 'only @types documents those keys',
    overlay: '`StringMap`',
    sheet: '§3.9',
    unverified: true,
  },
  {
    field: 'Inbound federation `response.userAttributesToMap`',
    paths: ['response.userAttributesToMap'],
    slugs: ['inbound-federation'],
    typesSays: 'required',
    cognito: '`{}` in the docs examples',
    overlay: 'optional',
    sheet: '§3.10',
  },
];

/**
 * The triggers a deviation concerns: its `slugs`, or every trigger whose event schema has all of
 * its paths.
 *
 * @example
 * deviationSlugs(TYPES_DEVIATIONS.find((d) => d.field === '`validationData`')!)
 * // ['pre-signup', 'pre-authentication', 'user-migration']
 */
export function deviationSlugs(deviation: TypesDeviation): TriggerSlug[] {
  if (deviation.slugs !== undefined) return [...deviation.slugs];
  return TRIGGERS.filter((t) => {
    const paths = new Set(schemaFields(t.eventSchema).map((f) => formatFieldPath(f.path)));
    return deviation.paths.every((p) => paths.has(p));
  }).map((t) => t.slug);
}

/**
 * The deviations of one trigger, in table order.
 *
 * @example
 * deviationsFor('verify-auth-challenge-response').map((d) => d.field)
 */
export function deviationsFor(slug: TriggerSlug): TypesDeviation[] {
  return TYPES_DEVIATIONS.filter((d) => deviationSlugs(d).includes(slug));
}

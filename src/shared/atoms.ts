/**
 * zod atoms shared by the trigger schemas. Input atoms are tolerant exactly as Cognito is; output
 * atoms are strict. Each carries a message that says what Cognito sends or expects.
 */
import { z } from 'zod';
import { describeValue } from './issues.js';
import { LIMITS, SCOPE, codePointLength } from './patterns.js';

/** A map of string to string, as Cognito sends `userAttributes`, `clientMetadata`, `validationData`. */
export const StringMapSchema = z.record(
  z.string(),
  z.string({ error: 'Cognito sends and accepts only string values here (booleans and numbers are strings too: "true", "42")' }),
);
export type StringMap = z.output<typeof StringMapSchema>;

/** `request.userAttributes`: every value a string, including booleans (`"true"`) and numbers. */
export const UserAttributesSchema = z.record(
  z.string(),
  z.string({ error: 'every user attribute value is a string in Cognito events (booleans are "true"/"false")' }),
).meta({ description: 'The user attributes; every value is a string, booleans and numbers included ("true", "42").' });

/**
 * `clientMetadata`: absent when the API call sent no ClientMetadata (most triggers), `null` in
 * some (custom email sender), a map otherwise (sheet §4.3).
 */
export const ClientMetadataSchema = StringMapSchema.nullish().meta({ description: 'The ClientMetadata of the API call, when that call passes it to this trigger; absent when none was sent (null in custom sender events).' });

/** `validationData`: `null` when nothing was sent (SignUp, migrate user), `{}` in others (sheet §4.3). */
export const ValidationDataSchema = StringMapSchema.nullish().meta({ description: 'Validation data: null when nothing was sent, {} in some triggers.' });

/** The envelope's `callerContext`. */
export const CallerContextSchema = z.looseObject({
  /**
   * DISAGREE (sheet §1.1): old docs and Powertools fixtures write `awsSdk`; real events use
   * `awsSdkVersion`. Both are accepted on input; a missing `awsSdkVersion` draws a realism warning.
   */
  awsSdkVersion: z.string().optional().meta({ description: 'The SDK that made the call, most often "aws-sdk-unknown-unknown"; old doc examples write awsSdk instead (accepted, with a realism warning).' }),
  clientId: z.string({ error: 'callerContext.clientId is the app client id (or CLIENT_ID_NOT_APPLICABLE for admin operations)' }).meta({ description: 'The app client id, or CLIENT_ID_NOT_APPLICABLE for admin operations without an app client.' }),
}).meta({ description: 'The app client and SDK of the API call that fired the trigger.' });

/** Every challenge name Cognito is known to use: the Define page, the Create page and the API enum (sheet §3.5, §4.6). */
export const CHALLENGE_NAMES = [
  'CUSTOM_CHALLENGE',
  'SRP_A',
  'PASSWORD_VERIFIER',
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
  'NEW_PASSWORD_REQUIRED',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'SELECT_CHALLENGE',
  'SMS_OTP',
  'PASSWORD',
  'WEB_AUTHN',
  'PASSWORD_SRP',
] as const;
export type ChallengeName = (typeof CHALLENGE_NAMES)[number];

/**
 * What a Define handler may ask for: the union of the Define and Create page lists (sheet §3.5,
 * DISAGREE: union taken). The MFA names are in the set (they are valid challenge names), but the
 * response rules flag them: Cognito adds MFA challenges itself.
 */
export const DEFINE_CHALLENGE_NAMES = [
  'CUSTOM_CHALLENGE',
  'SRP_A',
  'PASSWORD_VERIFIER',
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'ADMIN_NO_SRP_AUTH',
  'NEW_PASSWORD_REQUIRED',
] as const;

/** Challenges Cognito issues by itself after PASSWORD_VERIFIER for a user with MFA. */
export const MFA_CHALLENGE_NAMES = ['SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA', 'SMS_OTP'] as const;

export const ChallengeNameSchema = z.enum(CHALLENGE_NAMES, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a Cognito challenge name (known: ${CHALLENGE_NAMES.join(', ')})`,
});

/**
 * One element of `request.session`. `challengeMetadata` is `null` on non-custom entries and on
 * custom rounds where Create set none (real events); @types/aws-lambda types it as absent.
 */
export const ChallengeResultSchema = z.looseObject({
  challengeName: ChallengeNameSchema.meta({ description: 'The challenge of that round.' }),
  challengeResult: z.boolean({ error: 'challengeResult is a boolean: whether the user passed that challenge' }).meta({ description: 'Whether the user passed that challenge.' }),
  challengeMetadata: z.string().nullish().meta({ description: 'What Create set for a CUSTOM_CHALLENGE round; null on other entries and where Create set none.' }),
});
export type ChallengeResult = z.output<typeof ChallengeResultSchema>;

/** `request.session`: chronological; `[]` on the first round of a passwordless CUSTOM_AUTH. */
export const SessionSchema = z.array(ChallengeResultSchema).meta({ description: 'The earlier rounds of this sign-in, oldest first; [] on the first round of a passwordless CUSTOM_AUTH.' });

/** A boolean flag a handler returns (strict output: `"true"` is not a boolean). */
export function outputBoolean(field: string, consequence: string) {
  return z.boolean({
    error: (iss) =>
      `${field} must be a JSON boolean, not ${describeValue(iss.input)}: ${consequence}`,
  });
}

/** A scope as a handler may return it: no blank space, `"` or `\`, 1–256 characters. */
export const ScopeSchema = z
  .string()
  .regex(SCOPE, { error: 'a scope is 1–256 printable characters without blank space, " or \\ (API ScopeType); Cognito rejects it otherwise' });

/**
 * A string whose length Cognito limits in characters (code points), with the limit in the message.
 * zod's own `.max()` counts UTF-16 units (an emoji would count twice), hence the refinement; the
 * `maxLength` metadata carries the limit into the JSON Schema export, where string length is
 * defined in code points, so both agree.
 *
 * @example
 * limitedString('smsMessage', 140, 'Cognito rejects the message').safeParse('😀'.repeat(140)).success // true
 */
export function limitedString(field: string, max: number, consequence: string) {
  return z
    .string()
    .refine((s) => codePointLength(s) <= max, {
      error: (iss) =>
        `${field} is ${codePointLength(String(iss.input))} characters; Cognito allows at most ${max} (${consequence})`,
      abort: true,
    })
    .meta({ maxLength: max });
}

/** A JSON value (pre-token V2/V3 claim values may be any JSON value). */
export const JsonValueSchema = z.json();

export { LIMITS };

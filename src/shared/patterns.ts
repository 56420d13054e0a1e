/**
 * Formats Cognito uses for the ids and names in its events. Only realism warnings and the
 * generators use these: the input schemas stay as tolerant as Cognito is, since documentation and
 * captured events carry placeholders such as `us-west-2_EXAMPLE` or `YOUR CLIENT ID`.
 */

/** AWS region code, e.g. `us-east-1`, `ap-south-1`, `us-gov-west-1`. */
export const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** API pattern for a user pool id (`[\w-]+_[0-9a-zA-Z]+`, 1–55 characters). */
export const USER_POOL_ID_API = /^[\w-]+_[0-9a-zA-Z]+$/;

/** What every real pool id looks like: `<region>_<9 alphanumerics>`. */
export const USER_POOL_ID_REAL = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}_[0-9a-zA-Z]{9}$/;

/** API pattern for an app client id (`[\w+]+`, 1–128); real ones are 25–26 of `[a-z0-9]`. */
export const CLIENT_ID_API = /^[\w+]+$/;
export const CLIENT_ID_REAL = /^[a-z0-9]{25,26}$/;

/** The client id Cognito puts in events of admin operations that have no app client. */
export const CLIENT_ID_NOT_APPLICABLE = 'CLIENT_ID_NOT_APPLICABLE';

/** Every observed `sub`: 8-4-4-4-12 lowercase hex (not guaranteed to be an RFC 4122 UUID). */
export const SUB = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `callerContext.awsSdkVersion`: `aws-sdk-<platform>-<version>`, most often `aws-sdk-unknown-unknown`. */
export const AWS_SDK_VERSION = /^aws-sdk-[a-z0-9]+-[\w.-]+$/;

/** API `ScopeType`: 1–256 of `[\x21\x23-\x5B\x5D-\x7E]` (no blank space, `"` or `\`). */
export const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/;

/** API username pattern: letters, marks, symbols, numbers and punctuation, 1–128. */
export const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

/** Limits from the Cognito API model (sheet §1.2, §4.6). */
export const LIMITS = {
  attributeValue: 2048,
  attributeName: 32,
  customAttributeName: 20,
  username: 128,
  groupName: 128,
  scope: 256,
  smsMessage: 140,
  emailMessage: 20_000,
  emailSubject: 140,
  clientMetadataValue: 131_072,
} as const;

/** Number of Unicode code points: Cognito counts characters, not UTF-16 units. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Custom message (sheet §3.8): the placeholders Cognito fills in, the length limits, and email
 * fields that only a developer (SES) email account uses.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
import { codePointLength, LIMITS } from '../../shared/patterns.js';
import { codePlaceholder, LINK_PLACEHOLDER, usernamePlaceholder } from '../../rules/placeholders.js';
import type { RuleContext, RuleFinding, RuleSpec } from '../../rules/types.js';

/** The fields that carry the code (the subject does not). */
const MESSAGE_FIELDS = ['smsMessage', 'emailMessage'] as const;
const ALL_FIELDS = ['smsMessage', 'emailMessage', 'emailSubject'] as const;
const EMAIL_FIELDS = ['emailMessage', 'emailSubject'] as const;

/** Sources whose email may verify by link (`{##text##}`) instead of by code. */
const LINK_SOURCES = new Set(['CustomMessage_SignUp', 'CustomMessage_ResendCode']);

const strings = (ctx: RuleContext, fields: readonly string[]): Array<[string, string]> =>
  fields.flatMap((f) => {
    const v = ctx.response?.[f];
    return typeof v === 'string' ? [[f, v] as [string, string]] : [];
  });

const missingCodePlaceholder: RuleSpec = {
  what: 'missing-code-placeholder',
  severity: 'error',
  summary: "smsMessage and emailMessage must contain the request's codeParameter (\"{####}\").",
  cognitoDoes:
    'Has nowhere to put the code or temporary password, so the user cannot confirm, reset or sign in (whether Cognito then sends it anyway, falls back to the default message or fails is UNVERIFIED).',
  check(ctx) {
    const code = codePlaceholder(ctx.event);
    const findings: RuleFinding[] = [];
    for (const [field, text] of strings(ctx, MESSAGE_FIELDS)) {
      if (text.includes(code)) continue;
      if (field === 'emailMessage' && LINK_SOURCES.has(ctx.triggerSource) && LINK_PLACEHOLDER.test(text)) continue;
      findings.push({
        path: ['response', field],
        message: `${field} does not contain the code placeholder ${JSON.stringify(code)} (request.codeParameter): Cognito has nowhere to put the code, so the user never receives it`,
      });
    }
    return findings;
  },
};

const missingUsernamePlaceholder: RuleSpec = {
  what: 'missing-username-placeholder',
  severity: 'error',
  summary: "For CustomMessage_AdminCreateUser the message must also contain usernameParameter (\"{username}\").",
  cognitoDoes: 'Cannot tell the invited user their username: the invitation is unusable.',
  appliesTo: (ctx) => ctx.triggerSource === 'CustomMessage_AdminCreateUser',
  check(ctx) {
    const name = usernamePlaceholder(ctx.event);
    return strings(ctx, MESSAGE_FIELDS)
      .filter(([, text]) => !text.includes(name))
      .map(([field]) => ({
        path: ['response', field],
        message: `${field} does not contain the username placeholder ${JSON.stringify(name)} (request.usernameParameter): Cognito has nowhere to put the username, so the invited user never learns what to sign in with`,
      }));
  },
};

const LIMIT: Record<(typeof ALL_FIELDS)[number], number> = {
  smsMessage: LIMITS.smsMessage,
  emailMessage: LIMITS.emailMessage,
  emailSubject: LIMITS.emailSubject,
};

const tooLong: RuleSpec = {
  what: 'too-long',
  severity: 'error',
  summary: `smsMessage ≤ ${LIMITS.smsMessage}, emailMessage ≤ ${LIMITS.emailMessage}, emailSubject ≤ ${LIMITS.emailSubject} characters.`,
  cognitoDoes: 'Rejects the message (the limits count characters, the code included).',
  replacesSchema: ['schema/custom'],
  check: (ctx) =>
    strings(ctx, ALL_FIELDS)
      .filter(([field, text]) => codePointLength(text) > LIMIT[field as keyof typeof LIMIT])
      .map(([field, text]) => ({
        path: ['response', field],
        message: `${field} is ${codePointLength(text)} characters; Cognito allows at most ${LIMIT[field as keyof typeof LIMIT]} (the code included) and rejects the message`,
      })),
};

const emailNeedsDeveloperAccount: RuleSpec = {
  what: 'email-needs-developer-account',
  severity: 'warning',
  summary: 'emailMessage / emailSubject are used only when the pool sends email through SES (EmailSendingAccount DEVELOPER).',
  cognitoDoes:
    'With EmailSendingAccount DEVELOPER, sends them; with COGNITO_DEFAULT, answers HTTP 400 InvalidLambdaResponseException. Pass emailSendingAccount to decide.',
  appliesTo: (ctx) => ctx.options.emailSendingAccount === undefined,
  check: (ctx) =>
    strings(ctx, EMAIL_FIELDS).map(([field]) => ({
      path: ['response', field],
      message: `${field} is used only when the pool sends email with SES (EmailSendingAccount DEVELOPER); with COGNITO_DEFAULT Cognito answers InvalidLambdaResponseException (pass emailSendingAccount to check which)`,
    })),
};

const emailWithCognitoDefault: RuleSpec = {
  what: 'email-with-cognito-default',
  severity: 'error',
  summary: 'With EmailSendingAccount COGNITO_DEFAULT, emailMessage and emailSubject must stay null.',
  cognitoDoes: 'Answers HTTP 400 InvalidLambdaResponseException: the default email account does not take custom email text.',
  appliesTo: (ctx) => ctx.options.emailSendingAccount === 'COGNITO_DEFAULT',
  check: (ctx) =>
    strings(ctx, EMAIL_FIELDS).map(([field]) => ({
      path: ['response', field],
      message: `${field} is set but the pool sends email with COGNITO_DEFAULT: Cognito answers InvalidLambdaResponseException (HTTP 400); leave it null or switch the pool to SES (DEVELOPER)`,
    })),
};

/**
 * The custom message rules beyond the shared output rules.
 *
 * @example
 * rulesFor('custom-message') // the shared output rules, then CUSTOM_MESSAGE_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export const CUSTOM_MESSAGE_RULES: readonly RuleSpec[] = [
  missingCodePlaceholder,
  missingUsernamePlaceholder,
  tooLong,
  emailNeedsDeveloperAccount,
  emailWithCognitoDefault,
];

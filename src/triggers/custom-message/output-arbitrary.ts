/**
 * Custom message outputs: messages that carry the event's placeholders within Cognito's limits,
 * email text only for a developer (SES) account; invalid ones break one rule each.
 */
import fc from 'fast-check';
import { codePlaceholder, usernamePlaceholder } from '../../rules/placeholders.js';
import { codePointLength, LIMITS } from '../../shared/patterns.js';
import { optionalField, record, wordsArb, type OutputGenContext, type ResponseGenerators } from '../../rules/arbitrary.js';
import type { JsonObject } from '../../rules/json.js';

const ADMIN = 'CustomMessage_AdminCreateUser';
const admin = (g: OutputGenContext): boolean => g.triggerSource === ADMIN;

/** The placeholders a message of this event must carry. */
function required(g: OutputGenContext): string[] {
  return admin(g) ? [codePlaceholder(g.event), usernamePlaceholder(g.event)] : [codePlaceholder(g.event)];
}

/** A message around `parts`, at most `max` characters (null when the placeholders alone do not fit). */
function messageArb(parts: readonly string[], max: number, html = false): fc.Arbitrary<string | null> {
  return fc.tuple(wordsArb(0, 6), fc.array(wordsArb(0, 3), { minLength: parts.length, maxLength: parts.length })).map(([lead, gaps]) => {
    const body = [lead, ...parts.flatMap((p, i) => [p, gaps[i] ?? ''])].filter((s) => s !== '').join(' ');
    const text = html ? `<p>${body}</p>` : body;
    if (codePointLength(text) <= max) return text;
    const bare = parts.join(' ');
    return codePointLength(bare) <= max ? bare : null;
  });
}

function cleanArb(g: OutputGenContext): fc.Arbitrary<JsonObject> {
  const parts = required(g);
  const developer = g.options.emailSendingAccount === 'DEVELOPER';
  return record(
    optionalField('smsMessage', messageArb(parts, LIMITS.smsMessage), { nullable: true }),
    developer ? optionalField('emailMessage', messageArb(parts, LIMITS.emailMessage, true), { nullable: true }) : optionalField('emailMessage', fc.constant(null)),
    developer ? optionalField('emailSubject', wordsArb(1, 6), { nullable: true }) : optionalField('emailSubject', fc.constant(null)),
  );
}

/**
 * Generators of custom message responses.
 *
 * @example
 * fc.sample(CUSTOM_MESSAGE_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export const CUSTOM_MESSAGE_OUTPUTS: ResponseGenerators = {
  clean: cleanArb,
  invalid: [
    {
      what: 'missing-code-placeholder',
      response: (g) => {
        const code = codePlaceholder(g.event);
        const rest = admin(g) ? [usernamePlaceholder(g.event)] : [];
        return messageArb(rest, LIMITS.smsMessage)
          .map((m) => (m === null || m === '' ? 'Welcome' : m))
          .filter((m) => !m.includes(code) && rest.every((p) => m.includes(p)))
          .map((smsMessage) => ({ smsMessage, emailMessage: null, emailSubject: null }));
      },
    },
    {
      what: 'missing-username-placeholder',
      applies: admin,
      response: (g) => {
        const name = usernamePlaceholder(g.event);
        return messageArb([codePlaceholder(g.event)], LIMITS.smsMessage)
          .filter((m): m is string => m !== null && !m.includes(name))
          .map((smsMessage) => ({ smsMessage, emailMessage: null, emailSubject: null }));
      },
    },
    {
      what: 'too-long',
      response: (g) =>
        fc.tuple(wordsArb(1, 3), fc.integer({ min: 1, max: 60 })).map(([word, extra]) => {
          const parts = required(g).join(' ');
          const length = Math.max(codePointLength(parts) + 1, LIMITS.smsMessage + extra);
          const padding = ` ${word}`.repeat(length);
          // Cut by code points: the limit counts characters, and an emoji is one.
          return { smsMessage: Array.from(`${parts}${padding}`).slice(0, length).join(''), emailMessage: null, emailSubject: null };
        }),
    },
    {
      what: 'email-needs-developer-account',
      applies: (g) => g.options.emailSendingAccount === undefined,
      response: (g) =>
        fc.tuple(messageArb(required(g), LIMITS.emailMessage, true), wordsArb(1, 5)).map(([emailMessage, emailSubject]) => ({ smsMessage: null, emailMessage, emailSubject })),
    },
    {
      what: 'email-with-cognito-default',
      options: { emailSendingAccount: 'COGNITO_DEFAULT' },
      response: (g) =>
        fc.tuple(messageArb(required(g), LIMITS.emailMessage, true), optionalField('emailSubject', wordsArb(1, 5), { nullable: true })).map(([emailMessage, subject]) => ({
          smsMessage: null,
          emailMessage: emailMessage ?? required(g).join(' '),
          ...subject,
        })),
    },
  ],
};

/**
 * Custom message: the company's wording for every code Cognito sends, by SMS and by email (the
 * pool sends email through SES, which is what lets a trigger set the email body and subject).
 *
 * The code and username placeholders are read from the request, never hard-coded, and the SMS
 * stays within Cognito's 140 characters.
 */
import type { CustomMessageTriggerHandler, CustomMessageTriggerEvent } from 'aws-lambda';

const BRAND = 'Acme';

type Source = CustomMessageTriggerEvent['triggerSource'];

function wording(source: Source, code: string, username: string | null): { sms: string; subject: string; body: string } {
  switch (source) {
    case 'CustomMessage_AdminCreateUser':
      return {
        sms: `Welcome to ${BRAND}! Username: ${username ?? ''} Temporary password: ${code}`,
        subject: `Your ${BRAND} account`,
        body: `<p>An account was created for you.</p><p>Username: <b>${username ?? ''}</b><br>Temporary password: <b>${code}</b></p>`,
      };
    case 'CustomMessage_ForgotPassword':
      return {
        sms: `${BRAND} password reset code: ${code}`,
        subject: `Reset your ${BRAND} password`,
        body: `<p>Use <b>${code}</b> to reset your password. If you did not ask for it, ignore this email.</p>`,
      };
    case 'CustomMessage_Authentication':
      return { sms: `${BRAND} sign-in code: ${code}`, subject: `Your ${BRAND} sign-in code`, body: `<p>Your sign-in code is <b>${code}</b>.</p>` };
    default:
      return { sms: `${BRAND} verification code: ${code}`, subject: `Verify your ${BRAND} account`, body: `<p>Your verification code is <b>${code}</b>.</p>` };
  }
}

export const handler: CustomMessageTriggerHandler = async (event) => {
  const { codeParameter, usernameParameter } = event.request;
  const text = wording(event.triggerSource, codeParameter, usernameParameter);
  event.response.smsMessage = text.sms;
  event.response.emailSubject = text.subject;
  event.response.emailMessage = text.body;
  return event;
};

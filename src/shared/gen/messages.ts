/**
 * What the custom message and custom sender triggers share: the user's status per message source
 * (sheet §2, §3.8, §3.9) and the scenarios that need an email or a phone number.
 */
import type { UserStatus } from './user.js';

/** The part of a message triggerSource after `CustomMessage_` / `CustomEmailSender_` / `CustomSMSSender_`. */
export type MessageEvent =
  | 'SignUp'
  | 'AdminCreateUser'
  | 'ResendCode'
  | 'ForgotPassword'
  | 'UpdateUserAttribute'
  | 'VerifyUserAttribute'
  | 'Authentication'
  | 'AccountTakeOverNotification';

/** The status a user has when each message is sent. */
export const MESSAGE_STATUSES: Readonly<Record<MessageEvent, readonly UserStatus[]>> = {
  SignUp: ['UNCONFIRMED'],
  ResendCode: ['UNCONFIRMED'],
  AdminCreateUser: ['FORCE_CHANGE_PASSWORD'],
  ForgotPassword: ['CONFIRMED', 'CONFIRMED', 'RESET_REQUIRED'],
  UpdateUserAttribute: ['CONFIRMED'],
  VerifyUserAttribute: ['CONFIRMED'],
  Authentication: ['CONFIRMED'],
  AccountTakeOverNotification: ['CONFIRMED'],
};

/** The message event of a triggerSource. */
export function messageEventOf(source: string): MessageEvent {
  return source.slice(source.indexOf('_') + 1) as MessageEvent;
}

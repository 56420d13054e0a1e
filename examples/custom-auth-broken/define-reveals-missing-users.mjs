/**
 * BROKEN on purpose: fails a user that does not exist at once, while a real user gets a code —
 * anyone can tell which usernames have an account. Caught by custom-auth/reveals-user-existence
 * (a warning; an error with --strict).
 */
import { handler as otpDefine } from '../custom-auth-otp/define.mjs';

export const handler = async (event) => {
  if (event.request.userNotFound === true) {
    event.response.issueTokens = false;
    event.response.failAuthentication = true;
    return event;
  }
  return otpDefine(event);
};

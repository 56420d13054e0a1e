/**
 * BROKEN on purpose: reads the previous round's metadata unconditionally, but the first round's
 * session is [] — a TypeError on every first round. Caught by custom-auth/handler-error.
 */
import { handler as otpCreate } from '../custom-auth-otp/create.mjs';

export const handler = async (event) => {
  const previous = event.request.session.at(-1).challengeMetadata;
  await otpCreate(event);
  event.response.challengeMetadata = `${event.response.challengeMetadata} after ${previous}`;
  return event;
};

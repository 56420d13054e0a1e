/**
 * BROKEN on purpose: puts the code in the public challenge parameters (a debugging leftover), so
 * every client can read the answer. Caught by custom-auth/answer-in-public-parameters.
 */
import { handler as otpCreate } from '../custom-auth-otp/create.mjs';

export const handler = async (event) => {
  await otpCreate(event);
  event.response.publicChallengeParameters.debugCode = event.response.privateChallengeParameters.answer;
  return event;
};

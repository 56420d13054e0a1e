/**
 * BROKEN on purpose: expects clientMetadata on every call, but InitiateAuth's ClientMetadata never
 * reaches the custom-auth triggers, so the first round has none. Caught by
 * custom-auth/handler-error.
 */
import { handler as otpCreate } from '../custom-auth-otp/create.mjs';

export const handler = async (event) => {
  const redirect = event.request.clientMetadata.redirectUri ?? 'https://app.example.com/';
  await otpCreate(event);
  event.response.publicChallengeParameters.redirect = redirect;
  return event;
};

/**
 * BROKEN on purpose: never fails the authentication, so a client may guess a 6-digit code for as
 * long as the session lasts. Caught by custom-auth/unbounded-wrong-answers (a warning; an error
 * with --strict).
 */
export const handler = async (event) => {
  const last = (event.request.session ?? []).at(-1);
  const passed = last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult === true;
  event.response.issueTokens = passed;
  event.response.failAuthentication = false;
  event.response.challengeName = passed ? null : 'CUSTOM_CHALLENGE';
  return event;
};

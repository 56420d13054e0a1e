/**
 * BROKEN on purpose: trusts the last session entry without checking its challengeName. A client
 * that starts the sign-in with SRP (CHALLENGE_NAME SRP_A) gets `[SRP_A true]` — Cognito always
 * records SRP_A as passed — and signs in without a password or a code. Caught, in the SRP starts
 * the fuzzer tries, by custom-auth/tokens-without-correct-answer.
 */
export const handler = async (event) => {
  const session = event.request.session ?? [];
  const last = session.at(-1);
  event.response.issueTokens = last?.challengeResult === true;
  event.response.failAuthentication = !event.response.issueTokens && session.length >= 3;
  event.response.challengeName = event.response.issueTokens || event.response.failAuthentication ? null : 'CUSTOM_CHALLENGE';
  return event;
};

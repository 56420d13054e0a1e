/**
 * BROKEN on purpose: computes the two flags independently, so a right answer at the last allowed
 * attempt sets issueTokens AND failAuthentication. Caught by custom-auth/define-conflicting-decision.
 */
export const handler = async (event) => {
  const session = event.request.session ?? [];
  const last = session.at(-1);
  event.response.issueTokens = last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult === true;
  event.response.failAuthentication = session.length >= 3;
  event.response.challengeName = 'CUSTOM_CHALLENGE';
  return event;
};

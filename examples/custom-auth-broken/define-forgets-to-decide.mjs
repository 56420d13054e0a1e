/**
 * BROKEN on purpose: after the third wrong answer it returns without deciding anything (it meant
 * to fail the authentication). Caught by custom-auth/define-no-decision.
 */
export const handler = async (event) => {
  const session = event.request.session ?? [];
  const last = session.at(-1);
  if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult === true) {
    event.response.issueTokens = true;
  } else if (session.length < 3) {
    event.response.challengeName = 'CUSTOM_CHALLENGE';
  }
  return event;
};

/**
 * BROKEN on purpose: issues tokens as soon as one challenge was answered, without reading whether
 * the answer was right. Caught by custom-auth/tokens-without-correct-answer.
 */
export const handler = async (event) => {
  const session = event.request.session ?? [];
  if (session.length > 0) {
    event.response.issueTokens = true;
    event.response.failAuthentication = false;
  } else {
    event.response.challengeName = 'CUSTOM_CHALLENGE';
    event.response.issueTokens = false;
    event.response.failAuthentication = false;
  }
  return event;
};

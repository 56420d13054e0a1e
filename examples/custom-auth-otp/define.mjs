/**
 * Define auth challenge of a passwordless e-mail one-time-code sign-in: the user gets up to three
 * codes; a right answer signs them in, three wrong ones end the attempt.
 *
 * What makes it safe (each point is a flow property the kit checks):
 * - tokens only when the latest entry is one of ours (CUSTOM_CHALLENGE) and passed: a client that
 *   starts SRP sends SRP_A, which Cognito always records as `challengeResult: true`;
 * - a bounded number of attempts (brute force on a 6-digit code needs many);
 * - the same path whether or not the user exists (`userNotFound`): Verify never passes a user
 *   that does not exist, so that user fails after three attempts like anyone answering wrong;
 * - exactly one decision per call, with every flag set.
 */
export const MAX_ATTEMPTS = 3;

function decide(event, { challengeName = null, issueTokens = false, failAuthentication = false }) {
  event.response.challengeName = challengeName;
  event.response.issueTokens = issueTokens;
  event.response.failAuthentication = failAuthentication;
  return event;
}

export const handler = async (event) => {
  // Cognito sends `session: []` on the first call (InitiateAuth); `?? []` also covers hand-written events.
  const session = event.request.session ?? [];
  // This flow is passwordless: anything else in the session (SRP_A, PASSWORD_VERIFIER…) means the
  // client started another kind of sign-in, which this pool does not offer.
  if (session.some((entry) => entry.challengeName !== 'CUSTOM_CHALLENGE')) return decide(event, { failAuthentication: true });
  const last = session.at(-1);
  if (last?.challengeResult === true) return decide(event, { issueTokens: true });
  if (session.length >= MAX_ATTEMPTS) return decide(event, { failAuthentication: true });
  return decide(event, { challengeName: 'CUSTOM_CHALLENGE' });
};

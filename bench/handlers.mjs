/**
 * Trivial handlers for the fuzz benchmark: the least each trigger must answer for its contract to
 * hold on every generated event, so a fuzz run measures the kit and never stops at a failure.
 */

/** What each slug's handler writes into `response` (the rest of the event comes back as it came). */
const ANSWERS = {
  'define-auth-challenge': { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false },
  'create-auth-challenge': { publicChallengeParameters: { question: 'q' }, privateChallengeParameters: { answer: 'a' }, challengeMetadata: 'CHALLENGE' },
  'verify-auth-challenge-response': { answerCorrect: false },
  'user-migration': { userAttributes: { email: 'jane@example.com', email_verified: 'true' }, finalUserStatus: 'CONFIRMED', messageAction: 'SUPPRESS' },
};

/**
 * A trivial async handler for a trigger slug: it returns the event it got, with the slug's minimal
 * answer merged into `response` where the contract requires a decision.
 *
 * @param {string} slug
 * @returns {(event: any) => Promise<any>}
 */
export function trivialHandler(slug) {
  const answer = ANSWERS[slug];
  if (answer === undefined) return async (event) => event;
  return async (event) => {
    event.response = { ...event.response, ...answer };
    return event;
  };
}

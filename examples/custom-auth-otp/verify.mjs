/**
 * Verify auth challenge response of the passwordless e-mail one-time-code sign-in: the answer is
 * right when it equals the code Create stored in `privateChallengeParameters.answer`.
 *
 * A real handler compares with `crypto.timingSafeEqual` on equal-length buffers, so the time taken
 * does not leak how many leading digits were right.
 */
export const handler = async (event) => {
  const expected = event.request.privateChallengeParameters?.answer;
  // No code was sent to a user that does not exist: nothing can be the right answer.
  event.response.answerCorrect = event.request.userNotFound !== true && typeof expected === 'string' && event.request.challengeAnswer === expected;
  return event;
};

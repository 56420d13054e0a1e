/**
 * BROKEN on purpose: compares the answer (a string) with the code turned into a number, so no
 * answer is ever right. Caught by custom-auth/always-right-no-tokens.
 */
export const handler = async (event) => {
  event.response.answerCorrect = event.request.challengeAnswer === Number(event.request.privateChallengeParameters.answer);
  return event;
};

/**
 * BROKEN on purpose: a stub left in place — every answer is "correct". Caught by
 * custom-auth/tokens-without-correct-answer and custom-auth/always-wrong-got-tokens.
 */
export const handler = async (event) => {
  event.response.answerCorrect = true;
  return event;
};

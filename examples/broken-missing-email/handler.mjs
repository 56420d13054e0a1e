/**
 * DELIBERATELY BROKEN. A pre sign-up handler that auto-confirms company addresses, written for a
 * pool where everyone signs up with an email. A phone-number sign-up, or a federated user whose
 * identity provider shares no email, has no `email` attribute: `.toLowerCase()` of undefined
 * throws a TypeError and the sign-up fails with "PreSignUp failed with error Cannot read
 * properties of undefined". The kit reports fuzz/crash.
 */
export const handler = async (event) => {
  const email = event.request.userAttributes.email.toLowerCase();
  if (email.endsWith('@example.com') && event.triggerSource !== 'PreSignUp_AdminCreateUser') {
    event.response.autoConfirmUser = true;
    event.response.autoVerifyEmail = true;
  }
  return event;
};

/**
 * Create auth challenge of the passwordless e-mail one-time-code sign-in.
 *
 * The code goes in `privateChallengeParameters.answer` (only Verify sees it, and the kit's
 * simulated client reads it there, the convention of the AWS examples); the client gets a masked
 * destination and the attempt number, nothing secret. A user that does not exist gets a challenge
 * of the same shape, so the answer does not tell who has an account.
 *
 * This example must run anywhere without a network, so the code is derived deterministically from
 * the pool, the username and the attempt. A real handler draws it with `crypto.randomInt(0, 1e6)`
 * and sends it by e-mail (Amazon SES) before returning — and sends nothing for a user that does
 * not exist.
 */

/** FNV-1a: a small, stable string hash (a stand-in for a random code, see above). */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function otpFor(userPoolId, userName, attempt) {
  return String(hash(`${userPoolId}/${userName}/${attempt}`) % 1_000_000).padStart(6, '0');
}

/** `jane@example.com` → `j***@example.com`; anything else keeps its first character. */
export function mask(destination) {
  const at = destination.indexOf('@');
  return at > 0 ? `${destination[0]}***${destination.slice(at)}` : `${destination.slice(0, 1)}***`;
}

export const handler = async (event) => {
  // `session` is [] on the first round: count the attempts from it without reading an entry.
  const session = event.request.session ?? [];
  const attempt = session.filter((entry) => entry.challengeName === 'CUSTOM_CHALLENGE').length + 1;
  // A user that does not exist has no attributes: fall back to what they typed.
  const destination = event.request.userAttributes?.email ?? event.userName;
  const code = otpFor(event.userPoolId, event.userName, attempt);
  event.response.publicChallengeParameters = { destination: mask(destination), attempt: String(attempt) };
  event.response.privateChallengeParameters = { answer: code };
  event.response.challengeMetadata = `EMAIL_OTP-${attempt}`;
  return event;
};

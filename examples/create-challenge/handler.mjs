/**
 * Create auth challenge: the first custom round is a small arithmetic captcha, every later round a
 * six-digit one-time code sent to the user's email (or phone when there is no email).
 *
 * The answer goes to `privateChallengeParameters.answer` (read by the verify handler); the client
 * gets only what it needs to show the challenge.
 */
import { randomInt } from 'node:crypto';

/** How codes reach the user. A real pool wires SES / SNS here; the default only records the last one. */
export const outbox = [];
async function deliverByDefault(message) {
  outbox.splice(0, outbox.length, message);
}

/** Hides most of an address so the client can say where the code went: `j***@example.com`. */
function mask(destination) {
  const at = destination.indexOf('@');
  if (at > 0) return `${destination[0]}***${destination.slice(at)}`;
  return `***${destination.slice(-2)}`;
}

function customRounds(session) {
  return (session ?? []).filter((round) => round.challengeName === 'CUSTOM_CHALLENGE').length;
}

/**
 * Builds the handler with its delivery channel (tests pass a fake).
 *
 * @param {(message: { to: string, channel: 'email' | 'sms', code: string }) => Promise<void>} deliver
 */
export function createChallengeHandler(deliver = deliverByDefault) {
  return async (event) => {
    if (event.request.challengeName !== 'CUSTOM_CHALLENGE') return event;

    if (customRounds(event.request.session) === 0) {
      const a = randomInt(1, 10);
      const b = randomInt(1, 10);
      event.response.publicChallengeParameters = { type: 'captcha', question: `What is ${a} + ${b}?` };
      event.response.privateChallengeParameters = { answer: String(a + b) };
      event.response.challengeMetadata = 'CAPTCHA';
      return event;
    }

    const { email, phone_number: phone } = event.request.userAttributes;
    const to = email || phone;
    if (!to) {
      // A deliberate denial: the client sees "CreateAuthChallenge failed with error …".
      throw new Error('No email address or phone number to send the sign-in code to.');
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await deliver({ to, channel: email ? 'email' : 'sms', code });
    event.response.publicChallengeParameters = { type: 'otp', destination: mask(to) };
    event.response.privateChallengeParameters = { answer: code };
    event.response.challengeMetadata = 'OTP';
    return event;
  };
}

export const handler = createChallengeHandler();

/**
 * Migrate user: on the first sign-in (or password reset) of someone Cognito does not know, look
 * them up in the legacy directory and bring them over, confirmed and with their email verified
 * so they are not asked for a code again.
 *
 * Unknown users and wrong passwords are refused by throwing, as the Cognito docs prescribe; the
 * client then sees the usual "Incorrect username or password" style error.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A stand-in for the legacy user store: a real function would query the old database or call its
 * login API.
 */
export const legacyDirectory = {
  /** @returns {Promise<{ email: string, passwordSha256: string, phone?: string } | undefined>} */
  async find(userName) {
    return LEGACY_USERS.get(userName.toLowerCase());
  },
};

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();

const LEGACY_USERS = new Map([
  ['ada', { email: 'ada@example.com', passwordSha256: sha256('correct horse battery staple').toString('hex') }],
  ['grace', { email: 'grace@example.org', passwordSha256: sha256('hopper-1906').toString('hex'), phone: '+15555550123' }],
]);

function passwordMatches(password, expectedHex) {
  const expected = Buffer.from(expectedHex, 'hex');
  return typeof password === 'string' && timingSafeEqual(sha256(password), expected);
}

/** @param {typeof legacyDirectory} directory */
export function createMigrationHandler(directory = legacyDirectory) {
  return async (event) => {
    const user = await directory.find(event.userName);
    if (!user) throw new Error('User does not exist.');

    if (event.triggerSource === 'UserMigration_Authentication' && !passwordMatches(event.request.password, user.passwordSha256)) {
      throw new Error('Incorrect username or password.');
    }

    event.response.userAttributes = {
      email: user.email,
      email_verified: 'true',
      ...(user.phone ? { phone_number: user.phone, phone_number_verified: 'true' } : {}),
    };
    event.response.messageAction = 'SUPPRESS';
    if (event.triggerSource === 'UserMigration_Authentication') {
      // The password was checked above: without this the user would be RESET_REQUIRED.
      event.response.finalUserStatus = 'CONFIRMED';
    }
    return event;
  };
}

export const handler = createMigrationHandler();

import type fc from 'fast-check';
import { CLIENT_ID_NOT_APPLICABLE } from '../patterns.js';
import { fakerArb } from './faker.js';
import type { SeededRandom } from './random.js';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Options of {@link clientIdArb}. */
export interface ClientIdConstraints {
  /**
   * Sometimes produce `CLIENT_ID_NOT_APPLICABLE`, what Cognito sends for admin operations that
   * have no app client. Default false.
   */
  withNotApplicable?: boolean;
}

/** Draws an app client id: 26 of `[a-z0-9]` (now and then 25, as some real ids are). */
export function drawClientId(random: SeededRandom): string {
  return random.chars(LOWER_ALNUM, random.chance(0.1) ? 25 : 26);
}

/**
 * An app client id: 25–26 lowercase letters and digits (sheet §1.1: 15 of 17 real ids had 26).
 *
 * @example
 * fc.sample(clientIdArb(), 1) // e.g. ['3vhuvd93e78a25rbpu1voha2ik']
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html
 */
export function clientIdArb(constraints: ClientIdConstraints = {}): fc.Arbitrary<string> {
  return fakerArb((_faker, random) =>
    constraints.withNotApplicable === true && random.chance(0.2) ? CLIENT_ID_NOT_APPLICABLE : drawClientId(random),
  );
}

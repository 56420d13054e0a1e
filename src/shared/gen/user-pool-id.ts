import type fc from 'fast-check';
import { fakerArb } from './faker.js';
import type { SeededRandom } from './random.js';
import { drawRegion } from './region.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Options of {@link userPoolIdArb}. */
export interface UserPoolIdConstraints {
  /** The pool's region (the id's prefix). Default: a generated region. */
  region?: string;
}

/** Draws `<region>_<9 alphanumerics>`. */
export function drawUserPoolId(random: SeededRandom, region: string): string {
  return `${region}_${random.chars(ALNUM, 9)}`;
}

/**
 * A user pool id as every real pool has one: `<region>_<9 letters or digits, mixed case>`
 * (the API allows more, sheet §1.1).
 *
 * @example
 * fc.sample(userPoolIdArb({ region: 'eu-west-1' }), 1) // e.g. ['eu-west-1_LW335q1x3']
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html
 */
export function userPoolIdArb(constraints: UserPoolIdConstraints = {}): fc.Arbitrary<string> {
  return fakerArb((_faker, random) => drawUserPoolId(random, constraints.region ?? drawRegion(random)));
}

import type fc from 'fast-check';
import { fakerArb } from './faker.js';
import type { SeededRandom } from './random.js';

/**
 * Forms of `sub` seen on real pools (sheet §1.2). Cognito does not promise an RFC 4122 UUID:
 * - `v4`: older pools, random UUIDs (version nibble 4, RFC variant);
 * - `v7`: newer pools, e.g. `26e2d294-80b1-709e-51e1-27beb70d3cee` (version nibble 7, any variant);
 * - `hex`: any 8-4-4-4-12 lowercase hex, the widest form the docs allow a handler to expect.
 */
export type SubForm = 'v4' | 'v7' | 'hex';

/** Every sub form. */
export const SUB_FORMS: readonly SubForm[] = ['v4', 'v7', 'hex'];

/** Options of {@link subArb}. */
export interface SubConstraints {
  /** Forms to draw from. Default `['v4', 'v7']`, the forms real pools produce. */
  forms?: readonly SubForm[];
}

const VARIANT = ['8', '9', 'a', 'b'] as const;

/** Draws a sub of the given form. */
export function drawSub(random: SeededRandom, form: SubForm): string {
  const h = random.hex(32);
  const third = form === 'v4' ? `4${h.slice(12, 15)}` : form === 'v7' ? `7${h.slice(12, 15)}` : h.slice(12, 16);
  const fourth = form === 'v4' ? `${random.pick(VARIANT)}${h.slice(17, 20)}` : h.slice(16, 20);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${third}-${fourth}-${h.slice(20, 32)}`;
}

/**
 * A user's `sub`: 36 characters of lowercase hex in 8-4-4-4-12 groups.
 *
 * @example
 * fc.sample(subArb({ forms: ['v7'] }), 1) // e.g. ['1428f428-c001-7013-6ffe-9b0100820c85']
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 */
export function subArb(constraints: SubConstraints = {}): fc.Arbitrary<string> {
  const forms = constraints.forms ?? ['v4', 'v7'];
  return fakerArb((_faker, random) => drawSub(random, random.pick(forms)));
}

/**
 * The faker bridge. One private `Faker` instance, built from the English locale's definitions
 * with our own randomizer, re-seeded synchronously from a fast-check integer before every value.
 * The global faker singleton is never touched: a test that seeds or draws from it cannot change
 * what the kit generates, and every generated value replays from the fast-check seed and path.
 */
import fc from 'fast-check';
import { faker as englishFaker } from '@faker-js/faker/locale/en';
import { SeededRandom } from './random.js';

/** A faker instance (the English locale). */
export type Faker = typeof englishFaker;

interface FakerOptions {
  locale: Faker['rawDefinitions'];
  randomizer: { next(): number; seed(seed: number | number[]): void };
}

/**
 * Faker's date helpers default to "now"; a fixed reference date keeps dates replayable.
 * 2025-06-01 is after every feature the sheet describes (V3 pre-token, inbound federation aside).
 */
export const FAKER_REFERENCE_DATE = Date.UTC(2025, 5, 1);

const random = new SeededRandom(0);
let instance: Faker | undefined;

function privateFaker(): Faker {
  if (instance === undefined) {
    // The locale subpath exports only a ready-made instance; its constructor builds a private
    // one from the same definitions (no second copy of the locale data is loaded).
    const FakerClass = englishFaker.constructor as new (options: FakerOptions) => Faker;
    // Faker calls the randomizer's methods detached from their object.
    const randomizer = { next: () => random.next(), seed: (seed: number | number[]) => random.seed(seed) };
    instance = new FakerClass({ locale: englishFaker.rawDefinitions, randomizer });
    instance.setDefaultRefDate(FAKER_REFERENCE_DATE);
  }
  return instance;
}

/**
 * Runs `fn` with the private faker and its generator, both seeded with `seed`. `fn` must be
 * synchronous and must not call `withFaker` itself (the seeding is not re-entrant).
 *
 * @example
 * withFaker(7, (faker) => faker.person.firstName()) === withFaker(7, (faker) => faker.person.firstName()) // true
 */
export function withFaker<T>(seed: number, fn: (faker: Faker, random: SeededRandom) => T): T {
  const faker = privateFaker();
  random.seed(seed);
  return fn(faker, random);
}

/** The integer a faker-backed value is seeded with: unbiased, so samples do not repeat small seeds. */
export const fakerSeedArb = (): fc.Arbitrary<number> => fc.noBias(fc.integer({ min: 0, max: 0x7fffffff }));

/**
 * An arbitrary of faker-made values: fast-check draws a seed, the private faker is re-seeded with
 * it and `fn` builds the value. Shrinking walks the seed, so it yields other values of the same
 * kind rather than smaller ones.
 *
 * @example
 * const emails = fakerArb((faker) => faker.internet.exampleEmail());
 * fc.assert(fc.property(emails, (email) => email.includes('@')));
 */
export function fakerArb<T>(fn: (faker: Faker, random: SeededRandom) => T): fc.Arbitrary<T> {
  return fakerSeedArb().map((seed) => withFaker(seed, fn));
}

import type fc from 'fast-check';
import { fakerArb } from './faker.js';
import type { SeededRandom } from './random.js';

/** `callerContext.awsSdkVersion` values seen in real events (sheet §1.1). */
export const AWS_SDK_VERSIONS = [
  'aws-sdk-unknown-unknown',
  'aws-sdk-ios-2.6.29',
  'aws-sdk-ios-2.9.3',
  'aws-sdk-js-2.1639.0',
  'aws-sdk-nodejs-2.987.0',
  'aws-sdk-nodejs-2.856.0',
] as const;

/** Options of {@link awsSdkVersionArb}. */
export interface AwsSdkVersionConstraints {
  /** Restrict to `aws-sdk-unknown-unknown`, what managed login and plain HTTPS callers produce. */
  unknownOnly?: boolean;
}

/** Draws a value; `aws-sdk-unknown-unknown` most of the time, as in real traffic. */
export function drawAwsSdkVersion(random: SeededRandom, constraints: AwsSdkVersionConstraints = {}): string {
  if (constraints.unknownOnly === true || random.chance(0.6)) return AWS_SDK_VERSIONS[0];
  return random.pick(AWS_SDK_VERSIONS);
}

/**
 * `callerContext.awsSdkVersion`: `aws-sdk-<platform>-<version>`.
 *
 * @example
 * fc.sample(awsSdkVersionArb(), 2) // e.g. ['aws-sdk-unknown-unknown', 'aws-sdk-ios-2.9.3']
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function awsSdkVersionArb(constraints: AwsSdkVersionConstraints = {}): fc.Arbitrary<string> {
  return fakerArb((_faker, random) => drawAwsSdkVersion(random, constraints));
}

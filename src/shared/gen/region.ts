import type fc from 'fast-check';
import { fakerArb } from './faker.js';
import type { SeededRandom } from './random.js';

/** Regions where Amazon Cognito user pools run (commercial partitions first, then GovCloud). */
export const COGNITO_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'ap-south-1',
  'ap-south-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-east-1',
  'me-south-1',
  'me-central-1',
  'af-south-1',
  'il-central-1',
  'us-gov-west-1',
  'us-gov-east-1',
] as const;

const COMMERCIAL = COGNITO_REGIONS.filter((r) => !r.includes('-gov-'));

/** Options of {@link regionArb}. */
export interface RegionConstraints {
  /** Include the GovCloud regions (`us-gov-west-1`, `us-gov-east-1`). Default true. */
  withGovCloud?: boolean;
}

/** Draws a region, favouring us-east-1 as real traffic does. */
export function drawRegion(random: SeededRandom, constraints: RegionConstraints = {}): string {
  const list = constraints.withGovCloud === false ? COMMERCIAL : COGNITO_REGIONS;
  return random.chance(0.35) ? 'us-east-1' : random.pick(list);
}

/**
 * An AWS region code where Cognito user pools exist, e.g. `us-east-1` or `ap-south-1`.
 *
 * @example
 * fc.sample(regionArb({ withGovCloud: false }), 3) // e.g. ['us-east-1', 'eu-west-2', 'ap-south-1']
 * @see https://docs.aws.amazon.com/general/latest/gr/cognito_identity.html
 */
export function regionArb(constraints: RegionConstraints = {}): fc.Arbitrary<string> {
  return fakerArb((_faker, random) => drawRegion(random, constraints));
}

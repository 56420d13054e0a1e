/**
 * The `code` of custom sender events: AWS Encryption SDK ciphertext (message format version 1,
 * algorithm 0x0378), base64. Real values start `AYADeA…` because the first bytes are the format
 * version (0x01), the message type (0x80) and the algorithm id (0x0378) (sheet §3.9).
 */
import fc from 'fast-check';
import { fakerSeedArb, withFaker } from './faker.js';
import type { SeededRandom } from './random.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PUBLIC_KEY_NAME = 'aws-crypto-public-key';
const KMS = 'aws-kms';

function u16(n: number): number[] {
  return [(n >> 8) & 0xff, n & 0xff];
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

/**
 * Draws a ciphertext-shaped code: a real-looking header (version, type, algorithm, message id, the
 * `aws-crypto-public-key` encryption context, one `aws-kms` data key naming a KMS key ARN) and
 * random bytes where the encrypted key, the code and the signature would be. It does not decrypt.
 */
export function drawSenderCode(random: SeededRandom, region: string): string {
  const key = `arn:aws:kms:${region}:${random.chars('0123456789', 12)}:key/${random.chars('0123456789abcdef', 8)}-${random.chars('0123456789abcdef', 4)}-4${random.chars('0123456789abcdef', 3)}-a${random.chars('0123456789abcdef', 3)}-${random.chars('0123456789abcdef', 12)}`;
  const publicKey = ascii(random.chars(BASE64, 68));
  const context = [...u16(1), ...u16(PUBLIC_KEY_NAME.length), ...ascii(PUBLIC_KEY_NAME), ...u16(publicKey.length), ...publicKey];
  const encryptedKey = [...random.bytes(184)];
  const bytes = [
    0x01, 0x80, 0x03, 0x78,
    ...random.bytes(16),
    ...u16(context.length), ...context,
    ...u16(1), ...u16(KMS.length), ...ascii(KMS), ...u16(key.length), ...ascii(key), ...u16(encryptedKey.length), ...encryptedKey,
    0x02, 0, 0, 0, 0, 12, 0, 0, 0x10, 0,
    ...random.bytes(28),
    0xff, 0xff, 0xff, 0xff, 0, 0, 0, 1,
    ...random.bytes(12),
    0, 0, 0, 6 + random.int(10),
    ...random.bytes(22 + random.int(10)),
    ...u16(103), ...random.bytes(103),
  ];
  return Buffer.from(bytes).toString('base64');
}

/** Options of {@link senderCodeArb}. */
export interface SenderCodeConstraints {
  /** The region of the KMS key named in the header. Default `us-east-1`. */
  region?: string;
}

/**
 * An encrypted-looking custom sender `code` (base64, starting `AYADeA`).
 *
 * @example
 * fc.assert(fc.property(senderCodeArb(), (code) => code.startsWith('AYAD')));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export function senderCodeArb(constraints: SenderCodeConstraints = {}): fc.Arbitrary<string> {
  return fakerSeedArb().map((seed) => withFaker(seed, (_faker, random) => drawSenderCode(random, constraints.region ?? 'us-east-1')));
}

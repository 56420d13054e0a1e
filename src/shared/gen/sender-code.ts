/**
 * The `code` of custom sender events: AWS Encryption SDK ciphertext (message format version 1,
 * algorithm 0x0378), base64. Real values start `AYADeA…` because the first bytes are the format
 * version (0x01), the message type (0x80) and the algorithm id (0x0378) (sheet §3.9).
 */
import type fc from 'fast-check';
import { fakerSeedArb, withFaker } from './faker.js';
import type { SeededRandom } from './random.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PUBLIC_KEY_NAME = 'aws-crypto-public-key';
const KMS = 'aws-kms';

/** Writes big-endian numbers, ASCII text and random bytes into a preallocated buffer. */
class Writer {
  readonly bytes: Uint8Array;
  offset = 0;
  constructor(size: number, private readonly random: SeededRandom) {
    this.bytes = new Uint8Array(size);
  }
  u8(...values: number[]): void {
    for (const v of values) this.bytes[this.offset++] = v;
  }
  u16(n: number): void {
    this.u8((n >> 8) & 0xff, n & 0xff);
  }
  text(s: string): void {
    for (let i = 0; i < s.length; i++) this.bytes[this.offset++] = s.charCodeAt(i);
  }
  /** A length-prefixed field. */
  field(s: string): void {
    this.u16(s.length);
    this.text(s);
  }
  noise(n: number): void {
    this.random.fill(this.bytes, this.offset, n);
    this.offset += n;
  }
}

/**
 * Draws a ciphertext-shaped code: a real-looking header (version, type, algorithm, message id, the
 * `aws-crypto-public-key` encryption context, one `aws-kms` data key naming a KMS key ARN) and
 * random bytes where the encrypted key, the code and the signature would be. It does not decrypt.
 */
export function drawSenderCode(random: SeededRandom, region: string): string {
  const h = random.hex(44);
  const key = `arn:aws:kms:${region}:${h.slice(0, 12).replace(/[a-f]/g, (c) => String(c.charCodeAt(0) - 97))}:key/${h.slice(12, 20)}-${h.slice(20, 24)}-4${h.slice(24, 27)}-a${h.slice(27, 30)}-${h.slice(30, 42)}`;
  const publicKey = random.chars(BASE64, 68);
  const contextLength = 2 + 2 + PUBLIC_KEY_NAME.length + 2 + publicKey.length;
  const encryptedKeyLength = 184;
  const codeLength = 6 + random.int(10);
  const size = 4 + 16 + 2 + contextLength + 2 + 2 + KMS.length + 2 + key.length + 2 + encryptedKeyLength + 10 + 28 + 8 + 12 + 4 + codeLength + 16 + 2 + 103;
  const w = new Writer(size, random);
  w.u8(0x01, 0x80, 0x03, 0x78);
  w.noise(16);
  w.u16(contextLength);
  w.u16(1);
  w.field(PUBLIC_KEY_NAME);
  w.field(publicKey);
  w.u16(1);
  w.field(KMS);
  w.field(key);
  w.u16(encryptedKeyLength);
  w.noise(encryptedKeyLength);
  // Content type (framed), reserved, IV length, frame length.
  w.u8(0x02, 0, 0, 0, 0, 12, 0, 0, 0x10, 0);
  // Header IV and authentication tag.
  w.noise(28);
  // Final frame: sequence number end marker and number 1, IV, content length, code, tag.
  w.u8(0xff, 0xff, 0xff, 0xff, 0, 0, 0, 1);
  w.noise(12);
  w.u8(0, 0, 0, codeLength);
  w.noise(codeLength + 16);
  // Signature.
  w.u16(103);
  w.noise(103);
  return Buffer.from(w.bytes.buffer, 0, w.offset).toString('base64');
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

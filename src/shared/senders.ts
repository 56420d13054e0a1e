/** Pieces shared by the two custom sender contracts (sheet §3.9). */
import { z } from 'zod';

/** `type` and `code` of a custom sender request. */
export function customSenderRequestShape<const T extends string>(type: T) {
  return {
    type: z.literal(type, { error: (iss) => `request.type must be ${JSON.stringify(type)} for this trigger, got ${JSON.stringify(iss.input)}` }).meta({ description: 'Names the request format; always the same literal for this trigger.' }),
    code: z.string({ error: 'request.code is the encrypted code (base64 ciphertext) or null' }).nullish().meta({ description: 'The code or temporary password, encrypted with the KMS key of the pool (base64 ciphertext starting with AYAD); probably absent or null for account-takeover notifications (UNVERIFIED).' }),
  };
}

/** Custom sender events carry no `response` key: Cognito invokes them asynchronously and reads nothing back. */
export const NoResponseSchema = z
  .never({ error: 'custom sender events have no response key: Cognito invokes this trigger asynchronously and ignores its result' })
  .optional();

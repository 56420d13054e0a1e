/**
 * Custom challenges as a Create handler sets them up: the parameters the client sees, the
 * private parameters only Verify receives, the metadata recorded in the session, and the answer
 * that passes. Verify events are built from these, so `privateChallengeParameters` look like a
 * real Create output and `challengeAnswer` is a string that does (or does not) match.
 */
import fc from 'fast-check';
import type { ConcreteProfile, Profile } from './constraints.js';
import { concreteProfiles } from './constraints.js';
import { fakerSeedArb, withFaker, type Faker } from './faker.js';
import type { SeededRandom } from './random.js';
import { adversarialStringArb } from './adversarial-string.js';
import { lazyArb } from './lazy.js';

/** A custom challenge: what Create returns and what answers it. */
export interface CustomChallenge {
  readonly publicChallengeParameters: Record<string, string>;
  /** `null` only in adversarial challenges (UNVERIFIED: what Verify gets when Create left it null). */
  readonly privateChallengeParameters: Record<string, string> | null;
  readonly challengeMetadata: string | null;
  /** The answer that passes. */
  readonly correctAnswer: string;
}

type Kind = (faker: Faker, random: SeededRandom) => CustomChallenge;

const KINDS: readonly Kind[] = [
  // One-time code sent by email or SMS.
  (_f, r) => {
    const code = r.chars('0123456789', 6);
    return { publicChallengeParameters: { email: 'j***@example.com' }, privateChallengeParameters: { secretLoginCode: code }, challengeMetadata: `CODE-${code}`, correctAnswer: code };
  },
  // Arithmetic captcha.
  (_f, r) => {
    const a = r.between(1, 9);
    const b = r.between(1, 9);
    return { publicChallengeParameters: { question: `${a} + ${b}` }, privateChallengeParameters: { answer: String(a + b) }, challengeMetadata: 'CAPTCHA_CHALLENGE', correctAnswer: String(a + b) };
  },
  // Security question.
  (f) => {
    const answer = f.color.human();
    return { publicChallengeParameters: { question: 'What is your favourite colour?' }, privateChallengeParameters: { answer }, challengeMetadata: 'QUESTION-1', correctAnswer: answer };
  },
  // Passkey / magic-link libraries answer a dummy first and send the real data as client metadata.
  (_f, r) => {
    const challenge = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 86);
    const fido2options = JSON.stringify({ challenge, credentials: [], timeout: 120000, userVerification: 'required' });
    return {
      publicChallengeParameters: { challenge: 'PROVIDE_AUTH_PARAMETERS' },
      privateChallengeParameters: { challenge: 'PROVIDE_AUTH_PARAMETERS', fido2options },
      challengeMetadata: null,
      correctAnswer: '__dummy__',
    };
  },
];

/** Draws a realistic custom challenge. */
export function drawCustomChallenge(faker: Faker, random: SeededRandom): CustomChallenge {
  return random.pick(KINDS)(faker, random);
}

const adversarialMap = lazyArb(() =>
  fc
    .uniqueArray(fc.tuple(adversarialStringArb({ kind: 'value', maxLength: 40 }), adversarialStringArb()), { maxLength: 8, selector: (e) => e[0] })
    .map((entries) => Object.fromEntries(entries)),
);

function adversarialChallengeArb(): fc.Arbitrary<CustomChallenge> {
  return fc
    .record({
      publicChallengeParameters: adversarialMap(),
      privateChallengeParameters: fc.option(adversarialMap(), { nil: null, freq: 4 }),
      challengeMetadata: fc.option(adversarialStringArb(), { nil: null }),
      correctAnswer: adversarialStringArb(),
    })
    .map((c) => ({
      ...c,
      // A Create output that holds the answer keeps it where Verify looks.
      privateChallengeParameters: c.privateChallengeParameters === null ? null : { ...c.privateChallengeParameters, answer: c.correctAnswer },
    }));
}

/** The challenge arbitrary of one concrete profile. */
export function customChallengeArbFor(profile: ConcreteProfile): fc.Arbitrary<CustomChallenge> {
  if (profile === 'adversarial') return adversarialChallengeArb();
  return fakerSeedArb().map((seed) => withFaker(seed, drawCustomChallenge));
}

/** Options of {@link customChallengeArb}. */
export interface CustomChallengeConstraints {
  profile?: Profile;
}

/**
 * A custom challenge as a Create handler would set it up (one-time code, captcha, security
 * question, passkey/magic-link dummy round) with the answer that passes.
 *
 * @example
 * fc.assert(fc.property(customChallengeArb({ profile: 'realistic' }), (c) => typeof c.correctAnswer === 'string'));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export function customChallengeArb(constraints: CustomChallengeConstraints = {}): fc.Arbitrary<CustomChallenge> {
  const arbs = concreteProfiles(constraints.profile).map(customChallengeArbFor);
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}

/**
 * `request.session` of the custom-auth triggers (sheet §3.5): the rounds so far, oldest first.
 * - a passwordless CUSTOM_AUTH starts with `[]`;
 * - with SRP (`CHALLENGE_NAME: SRP_A`) it starts `SRP_A`, then `PASSWORD_VERIFIER`, then for a user
 *   with MFA the challenge Cognito adds by itself (`SMS_MFA`, `EMAIL_OTP`, `SOFTWARE_TOKEN_MFA`);
 * - custom rounds follow, each one entry with its result and the metadata Create returned (or `null`);
 * - `challengeMetadata` is `null` on every entry that is not CUSTOM_CHALLENGE.
 */
import fc from 'fast-check';
import type { ChallengeName } from '../atoms.js';
import { type ConcreteProfile, type Profile, type SizeRange, DEFAULT_SIZES, concreteProfiles } from './constraints.js';
import { fakerSeedArb, withFaker } from './faker.js';
import { adversarialStringArb } from './adversarial-string.js';

/** One session entry as Cognito sends it. */
export interface SessionEntry {
  challengeName: ChallengeName;
  challengeResult: boolean;
  challengeMetadata: string | null;
}

/** How the flow started. */
export type SessionStart = 'passwordless' | 'srp';

const MFA_AFTER_PASSWORD = ['SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'] as const;
const REALISTIC_METADATA = ['CAPTCHA_CHALLENGE', 'OTP', 'MAGIC_LINK', 'EMAIL_OTP_CODE', 'QUESTION-1', 'FIDO2', 'PROVIDE_AUTH_PARAMETERS'] as const;

/** Options of {@link challengeSessionArb}. */
export interface ChallengeSessionConstraints {
  profile?: Profile;
  minLength?: number;
  maxLength?: number;
  /**
   * `false`: never the session of a flow's first round (`[]`, or `[SRP_A]` with SRP), which comes
   * from InitiateAuth and so never carries ClientMetadata. Default: any.
   */
  withFirstRound?: boolean;
}

/** True for the session of a flow's first round (it came from InitiateAuth). */
export function isFirstRound(session: readonly SessionEntry[]): boolean {
  return session.length === 0 || (session.length === 1 && session[0]!.challengeName === 'SRP_A');
}

const entry = (challengeName: ChallengeName, challengeResult: boolean, challengeMetadata: string | null = null): SessionEntry => ({
  challengeName,
  challengeResult,
  challengeMetadata,
});

/** The SRP prefix of a session: `SRP_A`, `PASSWORD_VERIFIER`, then Cognito's own MFA step. */
function srpPrefix(mfa: (typeof MFA_AFTER_PASSWORD)[number] | undefined, device: boolean): SessionEntry[] {
  const out = [entry('SRP_A', true), entry('PASSWORD_VERIFIER', true)];
  if (device) out.push(entry('DEVICE_SRP_AUTH', true), entry('DEVICE_PASSWORD_VERIFIER', true));
  if (mfa) out.push(entry(mfa, true));
  return out;
}

/** Cuts or pads to the length range; padding adds failed custom rounds, as a user retrying would. */
function fit(entries: SessionEntry[], range: SizeRange, withFirstRound: boolean): SessionEntry[] {
  const out = entries.slice(0, range.max);
  while (out.length < range.min) out.push(entry('CUSTOM_CHALLENGE', false, out.at(-1)?.challengeMetadata ?? null));
  if (!withFirstRound && isFirstRound(out)) {
    if (out.length === 1 && range.max >= 2) out.push(entry('PASSWORD_VERIFIER', true));
    else out.splice(0, out.length, entry('CUSTOM_CHALLENGE', false, null));
  }
  return out;
}

function realisticSessionArb(range: SizeRange, withFirstRound: boolean): fc.Arbitrary<SessionEntry[]> {
  return fc.tuple(fakerSeedArb(), fc.integer(range), fc.constantFrom<SessionStart>('passwordless', 'srp')).map(([seed, length, start]) =>
    withFaker(seed, (_faker, random) => {
      const entries: SessionEntry[] = start === 'srp' ? srpPrefix(random.chance(0.3) ? random.pick(MFA_AFTER_PASSWORD) : undefined, false) : [];
      // One kind of challenge per flow, retried or chained; Create may set no metadata at all.
      const metadata = random.chance(0.8) ? random.pick(REALISTIC_METADATA) : null;
      while (entries.length < length) entries.push(entry('CUSTOM_CHALLENGE', random.chance(0.6), metadata));
      return fit(entries.slice(0, length), range, withFirstRound);
    }),
  );
}

function adversarialSessionArb(range: SizeRange, withFirstRound: boolean): fc.Arbitrary<SessionEntry[]> {
  const custom = fc
    .tuple(fc.boolean(), fc.option(adversarialStringArb(), { nil: null, freq: 3 }))
    .map(([result, metadata]) => entry('CUSTOM_CHALLENGE', result, metadata));
  return fc
    .record({
      start: fc.constantFrom<'none' | 'srp' | 'srp-mfa' | 'srp-device' | 'srp-failed'>('none', 'srp', 'srp-mfa', 'srp-device', 'srp-failed'),
      mfa: fc.constantFrom(...MFA_AFTER_PASSWORD),
      // size 'max': without it fast-check keeps arrays near 10 entries, and long sessions are the point.
      rounds: fc.array(custom, { minLength: range.min, maxLength: range.max, size: 'max' }),
    })
    .map(({ start, mfa, rounds }) => {
      const prefix =
        start === 'none'
          ? []
          : start === 'srp-failed'
            ? [entry('SRP_A', true), entry('PASSWORD_VERIFIER', false)]
            : srpPrefix(start === 'srp-mfa' ? mfa : undefined, start === 'srp-device');
      return fit([...prefix, ...rounds], range, withFirstRound);
    });
}

/** The session arbitrary of one concrete profile (the custom-auth event arbitraries call this). */
export function challengeSessionArbFor(profile: ConcreteProfile, range: SizeRange, withFirstRound = true): fc.Arbitrary<SessionEntry[]> {
  return profile === 'realistic' ? realisticSessionArb(range, withFirstRound) : adversarialSessionArb(range, withFirstRound);
}

/**
 * A custom-auth `session`, in Cognito's order: `[]` or `[SRP_A, PASSWORD_VERIFIER, …]` first,
 * custom rounds after, `challengeMetadata: null` on every non-custom entry.
 *
 * @example
 * fc.assert(fc.property(challengeSessionArb(), (s) => s.every((e) => e.challengeName === 'CUSTOM_CHALLENGE' || e.challengeMetadata === null)));
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export function challengeSessionArb(constraints: ChallengeSessionConstraints = {}): fc.Arbitrary<SessionEntry[]> {
  const arbs = concreteProfiles(constraints.profile).map((p) => {
    const d = DEFAULT_SIZES[p].session;
    const min = constraints.minLength ?? d.min;
    return challengeSessionArbFor(p, { min, max: constraints.maxLength ?? Math.max(min, d.max) }, constraints.withFirstRound ?? true);
  });
  return arbs.length === 1 ? arbs[0]! : fc.oneof({ withCrossShrink: true }, ...arbs);
}

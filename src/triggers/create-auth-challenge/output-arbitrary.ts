/**
 * Create auth challenge outputs: string maps whose private values never reach the public map;
 * invalid ones use non-string values, leak the answer, or set nothing.
 */
import fc from 'fast-check';
import { isObj, type JsonObject } from '../../rules/json.js';
import { keyArb, nonStringArb, optionalField, record, stringMapArb, type OutputGenContext, type ResponseGenerators } from '../../rules/arbitrary.js';

/** Private parameters (at least one entry) and public ones that share no value with them. */
function parametersArb(): fc.Arbitrary<{ pub: Record<string, string>; priv: Record<string, string> }> {
  return fc.tuple(stringMapArb(1, 3), stringMapArb(0, 4)).map(([priv, pub]) => {
    const secrets = new Set(Object.values(priv));
    return { priv, pub: Object.fromEntries(Object.entries(pub).filter(([, v]) => !secrets.has(v))) };
  });
}

const metadata = optionalField('challengeMetadata', fc.oneof(fc.constantFrom('CAPTCHA_CHALLENGE', 'OTP', 'QUESTION-1'), fc.string({ maxLength: 30 })), { nullable: true });

function cleanArb(g: OutputGenContext): fc.Arbitrary<JsonObject> {
  // A CUSTOM_CHALLENGE needs something to ask and to check; the other names Create may see tolerate empty maps.
  const custom = g.request.challengeName === 'CUSTOM_CHALLENGE';
  return record(
    parametersArb().chain(({ pub, priv }) =>
      fc.constantFrom(
        { publicChallengeParameters: pub, privateChallengeParameters: priv },
        { privateChallengeParameters: priv },
        ...(custom ? [] : [{ publicChallengeParameters: null, privateChallengeParameters: null }]),
      ),
    ),
    metadata,
  );
}

/**
 * Generators of Create responses.
 *
 * @example
 * fc.sample(CREATE_AUTH_CHALLENGE_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export const CREATE_AUTH_CHALLENGE_OUTPUTS: ResponseGenerators = {
  clean: cleanArb,
  invalid: [
    {
      what: 'parameters-not-strings',
      response: (g) =>
        fc.tuple(cleanArb(g), keyArb(), nonStringArb(), fc.boolean()).map(([r, key, bad, inPrivate]) => {
          const field = inPrivate ? 'privateChallengeParameters' : 'publicChallengeParameters';
          const map = isObj(r[field]) ? r[field] : {};
          // Keep at least one private entry so the challenge still has something to check.
          return inPrivate ? { ...r, [field]: { ...map, [`${key}_bad`]: bad } } : { ...r, [field]: { ...map, [key]: bad } };
        }),
    },
    {
      what: 'metadata-not-string',
      response: (g) => fc.tuple(cleanArb(g), fc.constantFrom<unknown>(42, true, { round: 1 }, ['a'])).map(([r, challengeMetadata]) => ({ ...r, challengeMetadata })),
    },
    {
      what: 'answer-leaked',
      response: () =>
        fc.tuple(parametersArb(), keyArb()).map(([{ pub, priv }, key]) => {
          const secret = Object.values(priv)[0]!;
          return { publicChallengeParameters: { ...pub, [key]: secret }, privateChallengeParameters: priv, challengeMetadata: 'LEAK' };
        }),
    },
    {
      what: 'no-challenge-parameters',
      applies: (g) => g.request.challengeName === 'CUSTOM_CHALLENGE',
      response: () =>
        record(
          optionalField('publicChallengeParameters', fc.constant({}), { nullable: true }),
          optionalField('privateChallengeParameters', fc.constant({}), { nullable: true }),
          fc.constant({ challengeMetadata: 'EMPTY' }),
        ),
    },
  ],
};

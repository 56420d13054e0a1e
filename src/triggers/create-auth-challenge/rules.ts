/**
 * Create auth challenge: string maps and a string `challengeMetadata` (sheet §3.5), and no secret
 * shared with the client.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
import { describeValue } from '../../shared/issues.js';
import { isObj } from '../../rules/json.js';
import type { RuleFinding, RuleSpec } from '../../rules/types.js';
import { consequence, stringMapsRule } from '../../rules/values.js';

const UNRECOGNIZABLE = 'Answers InvalidLambdaResponseException "Unrecognizable lambda output" and the sign-in fails.';

const parametersNotStrings = stringMapsRule({
  what: 'parameters-not-strings',
  fields: ['publicChallengeParameters', 'privateChallengeParameters'],
  cognitoDoes: UNRECOGNIZABLE,
  summary: 'publicChallengeParameters and privateChallengeParameters must map strings to strings.',
});

const metadataNotString: RuleSpec = {
  what: 'metadata-not-string',
  severity: 'error',
  summary: 'challengeMetadata must be a string (or left null).',
  cognitoDoes: UNRECOGNIZABLE,
  replacesSchema: ['schema/invalid_type'],
  check(ctx) {
    const v = ctx.response?.challengeMetadata;
    if (v === undefined || v === null || typeof v === 'string') return [];
    return [
      {
        path: ['response', 'challengeMetadata'],
        message: `challengeMetadata is ${describeValue(v)}, not a string: ${consequence(UNRECOGNIZABLE)} (Cognito stores it as a string in this round's session entry; JSON.stringify it yourself if it is structured)`,
      },
    ];
  },
};

const answerLeaked: RuleSpec = {
  what: 'answer-leaked',
  severity: 'error',
  summary: 'No value of privateChallengeParameters may also appear in publicChallengeParameters.',
  cognitoDoes: 'Sends publicChallengeParameters to the client as ChallengeParameters: a private value there (the expected answer) is readable by anyone signing in.',
  check(ctx) {
    const pub = ctx.response?.publicChallengeParameters;
    const priv = ctx.response?.privateChallengeParameters;
    if (!isObj(pub) || !isObj(priv)) return [];
    const secrets = new Map<string, string>();
    for (const [k, v] of Object.entries(priv)) if (typeof v === 'string' && v !== '') secrets.set(v, k);
    const findings: RuleFinding[] = [];
    for (const [k, v] of Object.entries(pub)) {
      const privateKey = typeof v === 'string' ? secrets.get(v) : undefined;
      if (privateKey === undefined) continue;
      findings.push({
        path: ['response', 'publicChallengeParameters', k],
        message: `publicChallengeParameters.${k} holds the value of privateChallengeParameters.${privateKey}: Cognito sends public parameters to the client, so the answer leaks to whoever signs in`,
      });
    }
    return findings;
  },
};

const noChallengeParameters: RuleSpec = {
  what: 'no-challenge-parameters',
  severity: 'warning',
  summary: 'A CUSTOM_CHALLENGE normally sets publicChallengeParameters or privateChallengeParameters.',
  cognitoDoes:
    'Sends the client empty ChallengeParameters and Verify no privateChallengeParameters to compare against (what Cognito does with null maps is UNVERIFIED).',
  appliesTo: (ctx) => ctx.judgeDecision && ctx.request.challengeName === 'CUSTOM_CHALLENGE',
  check(ctx) {
    const empty = (v: unknown): boolean => !isObj(v) || Object.keys(v).length === 0;
    if (!empty(ctx.response?.publicChallengeParameters) || !empty(ctx.response?.privateChallengeParameters)) return [];
    return [
      {
        path: ['response', 'privateChallengeParameters'],
        message:
          'neither publicChallengeParameters nor privateChallengeParameters holds anything: the client gets no challenge data and Verify has no expected answer to compare with (what Cognito does with null here is UNVERIFIED)',
      },
    ];
  },
};

/**
 * The Create rules beyond the shared output rules.
 *
 * @example
 * rulesFor('create-auth-challenge') // the shared output rules, then CREATE_AUTH_CHALLENGE_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export const CREATE_AUTH_CHALLENGE_RULES: readonly RuleSpec[] = [parametersNotStrings, metadataNotString, answerLeaked, noChallengeParameters];

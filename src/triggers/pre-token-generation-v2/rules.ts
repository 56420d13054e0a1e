/**
 * Pre token generation V2_0: ID and access token claims (any JSON value but four simple ID claims), scopes and group overrides (sheet §3.6). The claim and group logic is shared by the three
 * versions and lives in `src/rules/claims.ts` and `src/rules/groups.ts`.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
import { claimRuleSpecs } from '../../rules/claims.js';
import { GROUP_RULE_SPECS } from '../../rules/groups.js';
import type { RuleSpec } from '../../rules/types.js';

/**
 * The V2_0 pre token rules beyond the shared output rules.
 *
 * @example
 * rulesFor('pre-token-generation-v2') // the shared output rules, then PRE_TOKEN_GENERATION_V2_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export const PRE_TOKEN_GENERATION_V2_RULES: readonly RuleSpec[] = [...claimRuleSpecs(2), ...GROUP_RULE_SPECS];

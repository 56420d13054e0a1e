/**
 * The judgements behind the assertion helpers and the vitest matchers, written once: each returns
 * a {@link Verdict} (pass or not, a header and the issues), which `assertions.ts` turns into a
 * thrown `CognitoContractError` and `vitest.ts` into a matcher result.
 */
import { KitUsageError } from '../shared/errors.js';
import { formatIssue, type ContractIssue } from '../shared/issues.js';
import { getTrigger, type TriggerSlug } from '../triggers/registry.js';
import { validateEvent, type ValidateOptions } from '../validation/validate.js';
import { checkResponse } from './check.js';
import { tokenSections, type ClaimsVersion, type TokenKind } from './claims.js';
import { groupOutcome, groupOverridePath, type GroupState } from './groups.js';
import { dig, jsonCopy } from './json.js';
import type { CheckOptions, ResponseCheckResult } from './types.js';

/** The outcome of one judgement. */
export interface Verdict {
  readonly pass: boolean;
  /** `PreTokenGeneration (pre-token-generation / TokenGeneration_Authentication): 2 problems`. */
  readonly header: string;
  /** What is wrong when `pass` is false (errors first); may hold warnings for context. */
  readonly issues: readonly ContractIssue[];
  /** What passing means, for a negated matcher: "the output preserves the groups". */
  readonly claim: string;
}

/**
 * The header and lines of a failed verdict, as `CognitoContractError` prints them.
 *
 * @example
 * console.log(formatVerdict(contractVerdict(event, output)))
 */
export function formatVerdict(v: Pick<Verdict, 'header' | 'issues'>): string {
  return `${v.header}\n${v.issues.map((i) => `  ✖ ${formatIssue(i)}`).join('\n')}`;
}

function header(result: Pick<ResponseCheckResult, 'trigger' | 'triggerSource'>, count: number): string {
  const name = getTrigger(result.trigger).triggerName;
  const where = result.triggerSource ? `${result.trigger} / ${result.triggerSource}` : result.trigger;
  return `${name} (${where}): ${count} problem${count === 1 ? '' : 's'}`;
}

/**
 * Whether `output` satisfies the contract: no error (with `strict`, no warning either).
 *
 * @example
 * contractVerdict(event, output).pass
 */
export function contractVerdict(event: unknown, output: unknown, options: CheckOptions = {}): Verdict {
  return verdictOf(checkResponse(event, output, options));
}

/**
 * The verdict of a check result already computed.
 *
 * @example
 * verdictOf(checkResponse(event, output)).pass
 */
export function verdictOf(r: ResponseCheckResult): Verdict {
  return { pass: r.ok, header: header(r, r.issues.length), issues: r.issues, claim: 'the output satisfies the Cognito contract' };
}

/**
 * Whether an event is a valid Cognito event (request and response schemas, realism with `strict`).
 *
 * @example
 * eventVerdict(buildEvent('PreSignUp_SignUp')).pass // true
 */
export function eventVerdict(event: unknown, options: ValidateOptions = {}): Verdict {
  const r = validateEvent(event, options);
  const shown = options.strict ? r.issues : r.errors;
  const where = r.triggerSource ? ` (${r.trigger} / ${r.triggerSource})` : r.trigger ? ` (${r.trigger})` : '';
  return {
    pass: r.ok,
    header: `Invalid Cognito event${where}: ${shown.length} problem${shown.length === 1 ? '' : 's'}`,
    issues: shown,
    claim: 'the event is a valid Cognito event',
  };
}

/** A focused judgement: the contract first (an unreadable output proves nothing), then the intent. */
function focused(
  event: unknown,
  output: unknown,
  slugs: readonly TriggerSlug[],
  helper: string,
  claim: string,
  intent: (result: ResponseCheckResult, response: unknown) => ContractIssue[],
): Verdict {
  const result = checkResponse(event, output);
  if (!slugs.includes(result.trigger)) {
    throw new KitUsageError(`${helper} is for ${slugs.join(', ')} events; this event is ${result.trigger}`, 'event.triggerSource', 'wrong-trigger');
  }
  const problems = [...result.errors, ...(result.errors.length === 0 ? intent(result, dig(jsonCopy(output), 'response')) : [])];
  return { pass: problems.length === 0, header: header(result, problems.length), issues: problems, claim };
}

const assertIssue = (what: string, path: ContractIssue['path'], message: string): ContractIssue => ({
  rule: `assert/${what}`,
  severity: 'error',
  path,
  message,
});

const VERIFY: readonly TriggerSlug[] = ['verify-auth-challenge-response'];
const DEFINE: readonly TriggerSlug[] = ['define-auth-challenge'];
const PRE_TOKEN: readonly TriggerSlug[] = ['pre-token-generation', 'pre-token-generation-v2', 'pre-token-generation-v3'];
const versionOf = (slug: TriggerSlug): ClaimsVersion => (slug === 'pre-token-generation' ? 1 : 2);

/**
 * Verify: the output keeps the contract and `answerCorrect` is `expected`.
 *
 * @example
 * answerVerdict(event, output, true).pass
 */
export function answerVerdict(event: unknown, output: unknown, expected: boolean): Verdict {
  return focused(event, output, VERIFY, expected ? 'assertAnswerCorrect' : 'assertAnswerIncorrect', `the output answers ${expected ? 'correctly' : 'incorrectly'}`, (_r, response) => {
    const actual = dig(response, 'answerCorrect');
    return actual === expected
      ? []
      : [assertIssue('answer-correct', ['response', 'answerCorrect'], `expected answerCorrect ${String(expected)}, got ${JSON.stringify(actual)}`)];
  });
}

/** The three decisions a Define handler can make. */
export type DefineDecision = { kind: 'issueTokens' } | { kind: 'failAuthentication' } | { kind: 'challenge'; challengeName: string };

/**
 * Define: the output keeps the contract and makes `decision`.
 *
 * @example
 * decisionVerdict(event, output, { kind: 'challenge', challengeName: 'CUSTOM_CHALLENGE' }).pass
 */
export function decisionVerdict(event: unknown, output: unknown, decision: DefineDecision): Verdict {
  const wanted =
    decision.kind === 'challenge' ? `ask for ${decision.challengeName}` : decision.kind === 'issueTokens' ? 'issue tokens' : 'fail the authentication';
  return focused(event, output, DEFINE, 'this Define assertion', `the output decides to ${wanted}`, (_r, response) => {
    const issue = dig(response, 'issueTokens') === true;
    const fail = dig(response, 'failAuthentication') === true;
    const name = dig(response, 'challengeName');
    const ok =
      decision.kind === 'issueTokens' ? issue : decision.kind === 'failAuthentication' ? fail : !issue && !fail && name === decision.challengeName;
    if (ok) return [];
    const made = issue ? 'issues tokens' : fail ? 'fails the authentication' : `asks for ${JSON.stringify(name)}`;
    return [assertIssue('define-decision', ['response'], `expected the handler to ${wanted}, but it ${made}`)];
  });
}

function sameState(a: GroupState, b: GroupState): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && [...x].sort().join('\u0000') === [...y].sort().join('\u0000');
  return same(a.groups, b.groups) && same(a.roles, b.roles) && a.preferredRole === b.preferredRole;
}

/** "groups ["a","b"] become ["a"]; preferredRole "x" becomes null", naming only what changed. */
function describeChange(before: GroupState, after: GroupState): string {
  const parts: string[] = [];
  const list = (xs: readonly string[]): string => JSON.stringify(xs);
  if (list([...before.groups].sort()) !== list([...after.groups].sort())) parts.push(`groups ${list(before.groups)} become ${list(after.groups)}`);
  if (list([...before.roles].sort()) !== list([...after.roles].sort())) parts.push(`roles ${list(before.roles)} become ${list(after.roles)}`);
  if (before.preferredRole !== after.preferredRole) parts.push(`preferredRole ${JSON.stringify(before.preferredRole)} becomes ${JSON.stringify(after.preferredRole)}`);
  return parts.join('; ');
}

const TOKEN: Record<TokenKind, string> = { id: 'ID token', access: 'access token' };

/**
 * Pre token: the tokens keep the request's groups, roles and preferred role.
 *
 * @example
 * groupsPreservedVerdict(event, output).issues
 */
export function groupsPreservedVerdict(event: unknown, output: unknown): Verdict {
  return focused(event, output, PRE_TOKEN, 'assertGroupsPreserved', 'the output preserves the groups', (r, response) => {
    const version = versionOf(r.trigger);
    const o = groupOutcome(jsonCopy(event), response, version);
    const issues: ContractIssue[] = [];
    if (o.overridden && !sameState(o.before, o.after)) {
      issues.push(
        assertIssue(
          'groups-preserved',
          groupOverridePath(version),
          `groupOverrideDetails replaces the user's groups: ${describeChange(o.before, o.after)}`,
        ),
      );
    }
    for (const token of o.suppressedIn) {
      issues.push(assertIssue('groups-preserved', ['response'], `cognito:groups is suppressed from the ${TOKEN[token]} (claimsToSuppress)`));
    }
    return issues;
  });
}

/**
 * Pre token: neither token carries any group.
 *
 * @example
 * groupsSuppressedVerdict(event, output).pass
 */
export function groupsSuppressedVerdict(event: unknown, output: unknown): Verdict {
  return focused(event, output, PRE_TOKEN, 'assertGroupsSuppressed', 'the output suppresses the groups', (r, response) => {
    const o = groupOutcome(jsonCopy(event), response, versionOf(r.trigger));
    if (o.after.groups.length === 0) return [];
    const keeping = (['id', 'access'] as const).filter((t) => !o.suppressedIn.includes(t));
    return keeping.map((t) =>
      assertIssue('groups-suppressed', ['response'], `the ${TOKEN[t]} still carries cognito:groups ${JSON.stringify(o.after.groups)}: set groupOverrideDetails.groupsToOverride to [] (both tokens), or suppress cognito:groups`),
    );
  });
}

/**
 * Pre token: the output neither adds, overrides nor suppresses `claims` in any token; without
 * `claims`, it touches none of the claims Cognito protects (no claim rule fires).
 *
 * @example
 * claimsUntouchedVerdict(event, output, ['email']).pass
 */
export function claimsUntouchedVerdict(event: unknown, output: unknown, claims?: readonly string[]): Verdict {
  return focused(event, output, PRE_TOKEN, 'assertClaimsUntouched', 'the output leaves the claims untouched', (r, response) => {
    if (claims === undefined) {
      const claimRules = /\/(non-overridable-claim|non-suppressible-claim|group-claim-override|dev-claim-override|scope-claim|aud-not-client-id)$/;
      return r.issues.filter((i) => claimRules.test(i.rule));
    }
    const issues: ContractIssue[] = [];
    for (const s of tokenSections(response, versionOf(r.trigger))) {
      for (const claim of claims) {
        if (s.add && Object.prototype.hasOwnProperty.call(s.add, claim)) {
          issues.push(assertIssue('claims-untouched', [...s.base, 'claimsToAddOrOverride', claim], `${claim} is added or overridden in the ${TOKEN[s.token]}`));
        }
        const i = s.suppress?.indexOf(claim) ?? -1;
        if (i >= 0) issues.push(assertIssue('claims-untouched', [...s.base, 'claimsToSuppress', i], `${claim} is suppressed from the ${TOKEN[s.token]}`));
      }
    }
    return issues;
  });
}

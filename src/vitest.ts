/**
 * `cognito-trigger-kit/vitest`: importing this module registers the Cognito matchers with vitest's
 * `expect` (vitest 4.1+) and types them.
 *
 * @example
 * // vitest.setup.ts (or at the top of a test file)
 * import 'cognito-trigger-kit/vitest';
 *
 * expect(await handler(event)).toSatisfyCognitoContract(event);
 */
import { expect } from 'vitest';
import type { CheckOptions } from './rules/types.js';
import {
  answerVerdict,
  claimsUntouchedVerdict,
  contractVerdict,
  decisionVerdict,
  eventVerdict,
  formatVerdict,
  groupsPreservedVerdict,
  groupsSuppressedVerdict,
  type Verdict,
} from './rules/verdicts.js';
import type { ValidateOptions } from './validation/validate.js';

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

function result(isNot: boolean, verdict: Verdict): MatcherResult {
  return {
    pass: verdict.pass,
    message: () => (isNot ? `expected the opposite, but ${verdict.claim}` : formatVerdict(verdict)),
  };
}

/**
 * The matcher implementations, for `expect.extend` in a setup of your own (importing this module
 * already registers them).
 *
 * @example
 * expect.extend(cognitoMatchers);
 */
export const cognitoMatchers = {
  /** The received handler output satisfies the contract of `event`'s trigger. */
  toSatisfyCognitoContract(this: { isNot: boolean }, received: unknown, event: unknown, options?: CheckOptions): MatcherResult {
    return result(this.isNot, contractVerdict(event, received, options));
  },
  /** The received value is a valid Cognito event (request and pre-filled response). */
  toBeValidCognitoEvent(this: { isNot: boolean }, received: unknown, options?: ValidateOptions): MatcherResult {
    return result(this.isNot, eventVerdict(received, options));
  },
  /** Pre token: the tokens keep the request's groups, roles and preferred role. */
  toPreserveGroups(this: { isNot: boolean }, received: unknown, event: unknown): MatcherResult {
    return result(this.isNot, groupsPreservedVerdict(event, received));
  },
  /** Pre token: neither token carries a group. */
  toSuppressGroups(this: { isNot: boolean }, received: unknown, event: unknown): MatcherResult {
    return result(this.isNot, groupsSuppressedVerdict(event, received));
  },
  /** Pre token: the output does not touch `claims` (default: any claim Cognito protects). */
  toLeaveClaimsUntouched(this: { isNot: boolean }, received: unknown, event: unknown, claims?: readonly string[]): MatcherResult {
    return result(this.isNot, claimsUntouchedVerdict(event, received, claims));
  },
  /** Verify: the output accepts the answer. */
  toAnswerCorrectly(this: { isNot: boolean }, received: unknown, event: unknown): MatcherResult {
    return result(this.isNot, answerVerdict(event, received, true));
  },
  /** Verify: the output rejects the answer. */
  toAnswerIncorrectly(this: { isNot: boolean }, received: unknown, event: unknown): MatcherResult {
    return result(this.isNot, answerVerdict(event, received, false));
  },
  /** Define: the output issues tokens. */
  toIssueTokens(this: { isNot: boolean }, received: unknown, event: unknown): MatcherResult {
    return result(this.isNot, decisionVerdict(event, received, { kind: 'issueTokens' }));
  },
  /** Define: the output fails the authentication. */
  toFailAuthentication(this: { isNot: boolean }, received: unknown, event: unknown): MatcherResult {
    return result(this.isNot, decisionVerdict(event, received, { kind: 'failAuthentication' }));
  },
  /** Define: the output asks for `challengeName` (default CUSTOM_CHALLENGE). */
  toRequestChallenge(this: { isNot: boolean }, received: unknown, event: unknown, challengeName = 'CUSTOM_CHALLENGE'): MatcherResult {
    return result(this.isNot, decisionVerdict(event, received, { kind: 'challenge', challengeName }));
  },
};

expect.extend(cognitoMatchers);

declare module 'vitest' {
  // The type parameter must match vitest's own declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> {
    /**
     * The received handler output satisfies the Cognito contract of `event`'s trigger.
     * @example expect(await handler(event)).toSatisfyCognitoContract(event)
     */
    toSatisfyCognitoContract(event: unknown, options?: CheckOptions): T;
    /**
     * The received value is a valid Cognito event.
     * @example expect(buildEvent('PreSignUp_SignUp')).toBeValidCognitoEvent()
     */
    toBeValidCognitoEvent(options?: ValidateOptions): T;
    /**
     * Pre token: the tokens keep the request's groups, roles and preferred role.
     * @example expect(await handler(event)).toPreserveGroups(event)
     */
    toPreserveGroups(event: unknown): T;
    /**
     * Pre token: neither token carries a group.
     * @example expect(await handler(event)).toSuppressGroups(event)
     */
    toSuppressGroups(event: unknown): T;
    /**
     * Pre token: the output does not add, override or suppress `claims` (default: any claim Cognito protects).
     * @example expect(await handler(event)).toLeaveClaimsUntouched(event, ['email'])
     */
    toLeaveClaimsUntouched(event: unknown, claims?: readonly string[]): T;
    /**
     * Verify: the output accepts the answer (`answerCorrect: true`).
     * @example expect(await handler(event)).toAnswerCorrectly(event)
     */
    toAnswerCorrectly(event: unknown): T;
    /**
     * Verify: the output rejects the answer (`answerCorrect: false`).
     * @example expect(await handler(event)).toAnswerIncorrectly(event)
     */
    toAnswerIncorrectly(event: unknown): T;
    /**
     * Define: the output issues tokens.
     * @example expect(await handler(event)).toIssueTokens(event)
     */
    toIssueTokens(event: unknown): T;
    /**
     * Define: the output fails the authentication.
     * @example expect(await handler(event)).toFailAuthentication(event)
     */
    toFailAuthentication(event: unknown): T;
    /**
     * Define: the output asks for `challengeName` (default CUSTOM_CHALLENGE).
     * @example expect(await handler(event)).toRequestChallenge(event, 'CUSTOM_CHALLENGE')
     */
    toRequestChallenge(event: unknown, challengeName?: string): T;
  }
}

/**
 * Details of the checker, the shared output rules, the group rules and the rule table that the
 * case table does not pin: the errors a caller gets for bad arguments, `ok` under `strict`, the
 * guidance in the messages, and what `groupOutcome` makes of odd values. Written against the
 * survivors of the mutation run (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import { renderRuleTable, ruleCatalog, type RuleCatalogEntry } from '../../src/rules/catalog.js';
import { checkResponse, checkResponseFor } from '../../src/rules/check.js';
import { groupOutcome } from '../../src/rules/groups.js';
import { TRIGGERS } from '../../src/triggers/registry.js';
import { answer, customEmailSender, issuesOf, preSignUp, preToken, type Json } from './support.js';
import { usageError } from '../support/usage-error.js';


/** The single issue of `rule` for this output. */
function one(event: Json, output: unknown, rule: string) {
  const found = issuesOf(checkResponse(event, output), rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('checkResponse arguments', () => {
  it('names the option and the rule for an unknown emailSendingAccount', () => {
    const e = preSignUp();
    const err = usageError(() => checkResponse(e, e, { emailSendingAccount: 'SES' as never }));
    expect(err.path).toBe('options.emailSendingAccount');
    expect(err.rule).toBe('invalid-option');
  });

  it('names the event itself, not "(root)", when the event is not an object', () => {
    const err = usageError(() => checkResponse('not an event', {}));
    expect(err.path).toBe('event');
    expect(err.rule).toBe('schema/invalid_type');
  });

  it('names the event and the rule when a named target gets an event that is not a JSON object', () => {
    const err = usageError(() => checkResponseFor('pre-signup', 'not an event', {}));
    expect(err.path).toBe('event');
    expect(err.rule).toBe('invalid-event');
  });
});

describe('checkResponse results', () => {
  it('strict passes an output with neither errors nor warnings', () => {
    const e = preSignUp();
    expect(checkResponse(e, answer(e, { autoConfirmUser: true, autoVerifyEmail: false, autoVerifyPhone: false }), { strict: true }).ok).toBe(true);
  });

  it('never calls a custom sender event unanswered: it has no response to leave at the pre-fill', () => {
    const e = customEmailSender();
    expect(checkResponse(e, e).unanswered).toBe(false);
  });
});

describe('the shared output rules: messages', () => {
  it('tells a missing return from an output JSON cannot write', () => {
    const e = preSignUp();
    expect(one(e, undefined, 'pre-signup/output-not-json').message).toMatch(/^the handler returned undefined \(a missing return/);
    expect(one(e, { ...e, big: 10n }, 'pre-signup/output-not-json').message).toMatch(/^the output cannot be serialized to JSON: /);
  });

  it('describes a JSON output that is not an object', () => {
    expect(one(preSignUp(), 42, 'pre-signup/output-not-event').message).toMatch(/^the output is the number 42, not the event/);
  });

  it('tells a missing response key from a response that is not an object', () => {
    const e = preSignUp();
    const { response: _response, ...withoutResponse } = e;
    const missing = one(e, withoutResponse, 'pre-signup/output-not-event');
    expect(missing.path).toEqual(['response']);
    expect(missing.message).toMatch(/^the output has no response key: /);
    expect(missing.message).not.toContain('looks like the response object itself');
    const notObject = one(e, { ...e, response: 'yes' }, 'pre-signup/output-not-event');
    expect(notObject.message).toMatch(/^response is the string "yes", not an object: /);
  });

  it('lists only the keys that are not the event\'s when the output looks like a bare response', () => {
    const e = preSignUp();
    const message = one(e, { version: '1', autoConfirmUser: true, autoVerifyEmail: false }, 'pre-signup/output-not-event').message;
    expect(message).toContain('(it looks like the response object itself: autoConfirmUser, autoVerifyEmail)');
  });

  it('points a change to request at the response fields, and not a change elsewhere', () => {
    const e = preSignUp();
    const request = one(e, { ...answer(e, e.response), request: { userAttributes: { email: 'x@example.com' }, validationData: null } }, 'pre-signup/event-changed');
    expect(request.path).toEqual(['request', 'userAttributes', 'email']);
    expect(request.message).toContain('(to change what Cognito stores or issues, use the response fields of this trigger)');
    const userName = one(e, { ...answer(e, e.response), userName: 'john' }, 'pre-signup/event-changed');
    expect(userName.message).toBe('userName differs from the event: Cognito reads only response and ignores this change');
  });
});

describe('all-groups-removed and roles-removed', () => {
  const v1 = (groupOverrideDetails: unknown) => {
    const e = preToken(1);
    return { e, out: answer(e, { claimsOverrideDetails: { groupOverrideDetails } }) };
  };

  it('says which shape removed the groups and which groups the user loses', () => {
    for (const [god, shape] of [
      [null, 'null'],
      [{}, '{}'],
      [{ iamRolesToOverride: [] }, 'an object without groupsToOverride'],
    ] as const) {
      const { e, out } = v1(god);
      const message = one(e, out, 'pre-token-generation/all-groups-removed').message;
      expect(message).toMatch(new RegExp(`^groupOverrideDetails is ${shape.replace(/[{}]/g, '\\$&')}: Cognito removes all groups`));
      expect(message).toContain('(the user\'s groups "admins", "editors" are dropped)');
    }
  });

  it('does not list lost groups for a user who had none', () => {
    const e = preToken(1, 'TokenGeneration_Authentication', { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null });
    const message = one(e, answer(e, { claimsOverrideDetails: { groupOverrideDetails: null } }), 'pre-token-generation/all-groups-removed').message;
    expect(message).toBe('groupOverrideDetails is null: Cognito removes all groups from both tokens; to keep them, copy request.groupConfiguration, or omit groupOverrideDetails');
  });

  it('warns about a preferred role left out while the roles are kept', () => {
    const { e, out } = v1({ groupsToOverride: ['admins'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/Admin'] });
    const issues = issuesOf(checkResponse(e, out), 'pre-token-generation/roles-removed');
    expect(issues.map((i) => i.path)).toEqual([['response', 'claimsOverrideDetails', 'groupOverrideDetails', 'preferredRole']]);
    const kept = v1({ groupsToOverride: ['admins'], iamRolesToOverride: ['arn:aws:iam::123456789012:role/Admin'], preferredRole: 'arn:aws:iam::123456789012:role/Admin' });
    expect(issuesOf(checkResponse(kept.e, kept.out), 'pre-token-generation/roles-removed')).toEqual([]);
  });
});

describe('groupOutcome', () => {
  it('keeps only string groups and roles, and reads an empty preferred role as none', () => {
    const e = preToken(1);
    const outcome = groupOutcome(e, { claimsOverrideDetails: { groupOverrideDetails: { groupsToOverride: ['a', 1, null], iamRolesToOverride: [true, 'r'], preferredRole: '' } } }, 1);
    expect(outcome.after).toEqual({ groups: ['a'], roles: ['r'], preferredRole: null });
    expect(outcome.before.preferredRole).toBe('arn:aws:iam::123456789012:role/Admin');
  });

  it('reads a non-array group list as no groups', () => {
    const outcome = groupOutcome(preToken(1), { claimsOverrideDetails: { groupOverrideDetails: { groupsToOverride: 'admins' } } }, 1);
    expect(outcome.after.groups).toEqual([]);
  });
});

describe('renderRuleTable', () => {
  const catalog = ruleCatalog();
  const shared = (slug: string): RuleCatalogEntry => ({ ...catalog[0]!, id: `${slug}/x`, slug: slug as RuleCatalogEntry['slug'], what: 'x', shared: true });
  const rowOf = (table: string) => table.trimEnd().split('\n')[2]!;

  it('lists the triggers of a shared rule in registry order, whatever order the entries come in', () => {
    const row = rowOf(renderRuleTable(['pre-token-generation-v3', 'pre-token-generation', 'pre-token-generation-v2'].map(shared)));
    expect(row).toContain('| pre-token-generation, pre-token-generation-v2, pre-token-generation-v3 |');
  });

  it('says "every synchronous trigger" only for exactly the synchronous triggers', () => {
    const sync = TRIGGERS.filter((t) => t.synchronous).map((t) => t.slug);
    expect(rowOf(renderRuleTable(sync.map(shared)))).toContain('| every synchronous trigger |');
    const swapped = [...sync.slice(1), 'custom-email-sender'];
    const row = rowOf(renderRuleTable(swapped.map(shared)));
    expect(row).not.toContain('every synchronous trigger');
    expect(row).toContain('custom-email-sender');
  });

  it('keeps a cell on one line', () => {
    const table = renderRuleTable([{ ...catalog[0]!, shared: false, summary: 'line one\nline two' }]);
    expect(rowOf(table)).toContain('| line one line two |');
  });
});

/**
 * How checkResponse works around the rules: picking the trigger, judging the JSON form, replacing
 * the schema issue a rule restates, unanswered responses, strict mode, asynchronous senders.
 */
import { describe, expect, it } from 'vitest';
import { checkResponse, checkResponseFor } from '../../src/rules/check.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { responseIssues } from '../../src/validation/validate.js';
import { getTrigger } from '../../src/triggers/registry.js';
import { rulesFor } from '../../src/triggers/rules.js';
import {
  answer,
  customEmailSender,
  customMessage,
  defineAuthChallenge,
  postConfirmation,
  preSignUp,
  preToken,
  verifyAuthChallenge,
} from './support.js';

describe('picking the trigger', () => {
  it('reads it from the event, and the version of a TokenGeneration event', () => {
    const v2 = preToken(2);
    expect(checkResponse(v2, answer(v2, { claimsAndScopeOverrideDetails: null })).trigger).toBe('pre-token-generation-v2');
    expect(checkResponse(preToken(1), answer(preToken(1), { claimsOverrideDetails: null })).trigger).toBe('pre-token-generation');
  });

  it('throws a KitUsageError naming the field when the event does not say which trigger it is for', () => {
    expect(() => checkResponse({ version: '1' }, {})).toThrow(KitUsageError);
    expect(() => checkResponse({ triggerSource: 'PreSignUp_Signup' }, {})).toThrow(/did you mean PreSignUp_SignUp/);
    expect(() => checkResponse('not an event', {})).toThrow(/checkResponseFor/);
    const thrown = (() => {
      try {
        checkResponse({ triggerSource: 'Nope' }, {});
        return undefined;
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toBeInstanceOf(KitUsageError);
    expect((thrown as KitUsageError).path).toBe('event.triggerSource');
  });

  it('checkResponseFor names the target, with a version for TokenGeneration sources', () => {
    const event = { ...preToken(2), triggerSource: 'trigger_source' };
    const output = answer(event, { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { tier: 3 } } } });
    const r = checkResponseFor('TokenGeneration_Authentication', event, output, { version: 2 });
    expect(r.trigger).toBe('pre-token-generation-v2');
    expect(r.errors).toEqual([]);
    expect(() => checkResponseFor('TokenGeneration_Authentication', event, output, { version: 1 })).not.toThrow();
    expect(checkResponseFor('TokenGeneration_Authentication', event, output, { version: 1 }).errors.map((i) => i.rule)).toContain('pre-token-generation/v2-key-in-v1');
    expect(() => checkResponseFor('no-such-trigger' as never, event, output)).toThrow(KitUsageError);
  });

  it('rejects an unknown emailSendingAccount', () => {
    const e = customMessage();
    expect(() => checkResponse(e, answer(e, {}), { emailSendingAccount: 'SES' as never })).toThrow(/emailSendingAccount/);
  });
});

describe('schema issues and rules', () => {
  it('a rule replaces the schema issue it restates at the same path', () => {
    const e = verifyAuthChallenge();
    const response = { answerCorrect: 'true' };
    expect(responseIssues(getTrigger('verify-auth-challenge-response'), response).map((i) => i.rule)).toEqual(['schema/invalid_type']);
    const r = checkResponse(e, answer(e, response));
    expect(r.issues.map((i) => i.rule)).toEqual(['verify-auth-challenge-response/answer-not-boolean']);
    expect(r.issues[0]!.message).toMatch(/write true without quotes/);
  });

  it('keeps schema issues no rule covers (an unknown key in a response that expects nothing)', () => {
    const e = postConfirmation();
    const r = checkResponse(e, answer(e, { welcomeSent: true }));
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ rule: 'schema/unrecognized_key', severity: 'error', path: ['response', 'welcomeSent'] });
  });

  it('keeps a schema issue and a rule issue that say different things at the same path', () => {
    const e = customMessage();
    const r = checkResponse(e, answer(e, { smsMessage: 'x'.repeat(150) }));
    expect(r.issues.map((i) => i.rule).sort()).toEqual(['custom-message/missing-code-placeholder', 'custom-message/too-long']);
  });

  it('every rule that replaces schema issues names schema ids', () => {
    for (const slug of ['pre-signup', 'define-auth-challenge', 'pre-token-generation-v2', 'custom-message'] as const) {
      for (const rule of rulesFor(slug)) for (const id of rule.replacesSchema ?? []) expect(id).toMatch(/^schema\/[a-z_]+$/);
    }
  });
});

describe('the JSON form', () => {
  it('judges what JSON makes of the output (an undefined property is simply absent)', () => {
    const e = verifyAuthChallenge();
    const r = checkResponse(e, answer(e, { answerCorrect: undefined }));
    expect(r.issues.map((i) => i.rule)).toEqual(['verify-auth-challenge-response/answer-not-boolean']);
    expect(r.issues[0]!.message).toMatch(/missing/);
  });

  it('stops at an output it cannot read, with one issue', () => {
    const e = defineAuthChallenge();
    const r = checkResponse(e, { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.rule).toBe('define-auth-challenge/output-not-event');
    expect(r.issues[0]!.message).toMatch(/looks like the response object itself/);
  });

  it('does not accept a JSON-able event it cannot read', () => {
    const cyclic: Record<string, unknown> = { ...verifyAuthChallenge() };
    cyclic.self = cyclic;
    expect(() => checkResponse(cyclic, {})).toThrow(/JSON object/);
  });
});

describe('unanswered responses and requireDecision', () => {
  it('reports whether the output left the response at the pre-fill', () => {
    const e = preSignUp();
    expect(checkResponse(e, e).unanswered).toBe(true);
    expect(checkResponse(e, answer(e, { autoConfirmUser: true })).unanswered).toBe(false);
  });

  it('a pre-filled response is fine where no decision is needed, with either setting', () => {
    for (const e of [preSignUp(), postConfirmation(), preToken(1), preToken(2), customMessage()]) {
      expect(checkResponse(e, e).ok).toBe(true);
      expect(checkResponse(e, e, { requireDecision: false }).ok).toBe(true);
    }
  });

  it('by default a Verify or Define handler that decides nothing fails; requireDecision: false accepts it', () => {
    for (const e of [verifyAuthChallenge(), defineAuthChallenge()]) {
      expect(checkResponse(e, e).ok).toBe(false);
      expect(checkResponse(e, e, { requireDecision: false }).ok).toBe(true);
    }
  });

  it('requireDecision: false still judges an answered response', () => {
    const e = defineAuthChallenge();
    const r = checkResponse(e, answer(e, { challengeName: null, issueTokens: false, failAuthentication: false }), { requireDecision: false });
    expect(r.errors.map((i) => i.rule)).toEqual(['define-auth-challenge/no-decision']);
  });
});

describe('strict and ordering', () => {
  it('warnings fail only with strict, and come after errors', () => {
    const e = customMessage();
    const out = answer(e, { smsMessage: 'no code', emailSubject: 'Hello' });
    const r = checkResponse(e, out);
    expect(r.issues.map((i) => i.severity)).toEqual(['error', 'warning']);
    expect(r.errors).toHaveLength(1);
    expect(r.warnings).toHaveLength(1);
    const warnOnly = answer(e, { emailSubject: 'Hello' });
    expect(checkResponse(e, warnOnly).ok).toBe(true);
    expect(checkResponse(e, warnOnly, { strict: true }).ok).toBe(false);
  });
});

describe('asynchronous senders', () => {
  it('has no rule: Cognito ignores what a custom sender returns', () => {
    const e = customEmailSender();
    expect(rulesFor('custom-email-sender')).toEqual([]);
    expect(rulesFor('custom-sms-sender')).toEqual([]);
    for (const output of [undefined, null, e, { anything: 1 }]) {
      const r = checkResponse(e, output);
      expect(r).toMatchObject({ ok: true, issues: [], trigger: 'custom-email-sender' });
    }
  });
});

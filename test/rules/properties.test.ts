/**
 * The checker has no false alarms and no blind spots, over events from `eventArb`:
 * - a valid output (validOutputArb) never draws an error (≥ 1,000 runs per trigger);
 * - an output that breaks one rule (invalidOutputArb) draws exactly that rule, with its severity;
 * - over those runs, every rule of the trigger is broken at least once.
 * `CTK_PROPERTY_RUNS` raises the count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/rules/catalog.js';
import { checkResponse, checkResponseFor } from '../../src/rules/check.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import { invalidOutputArb, invalidOutputRules, invalidResponseArb, validOutputArb, validResponseArb } from '../../src/triggers/output-arbitraries.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { PROPERTY_RUNS } from '../arbitraries/runs.js';
import { customEmailSender, realEvent } from './support.js';

const SYNC = TRIGGERS.filter((t) => t.synchronous).map((t) => t.slug as TriggerSlug);
const catalog = ruleCatalog();

describe.each(SYNC)('%s', (slug) => {
  it(`valid outputs never draw an error (${PROPERTY_RUNS} runs)`, () => {
    fc.assert(
      fc.property(validResponseArb(slug), ({ event, output }) => {
        const r = checkResponseFor(slug, event, output);
        expect(r.errors).toEqual([]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('outputs without warnings draw no issue at all', () => {
    fc.assert(
      fc.property(validResponseArb(slug, { withWarnings: false }), ({ event, output }) => {
        expect(checkResponseFor(slug, event, output, { strict: true }).issues).toEqual([]);
      }),
      { numRuns: Math.ceil(PROPERTY_RUNS / 4) },
    );
  });

  it(`every single-rule invalid output is caught with its rule id, and only it (${PROPERTY_RUNS} runs), covering every rule`, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(invalidResponseArb(slug), ({ event, output, rule, severity, options }) => {
        seen.add(rule);
        const r = checkResponseFor(slug, event, output, options);
        expect([...new Set(r.issues.map((i) => i.rule))]).toEqual([rule]);
        expect(new Set(r.issues.map((i) => i.severity))).toEqual(new Set([severity]));
      }),
      { numRuns: PROPERTY_RUNS },
    );
    const expected = catalog.filter((c) => c.slug === slug).map((c) => c.id).sort();
    expect([...seen].sort()).toEqual(expected);
  });
});

describe('custom message and the email account', () => {
  it.each(['DEVELOPER', 'COGNITO_DEFAULT'] as const)('valid outputs for %s draw no error', (emailSendingAccount) => {
    fc.assert(
      fc.property(validResponseArb('custom-message', { emailSendingAccount }), ({ event, output }) => {
        expect(checkResponse(event, output, { emailSendingAccount }).errors).toEqual([]);
      }),
      { numRuns: Math.ceil(PROPERTY_RUNS / 4) },
    );
  });

  it('DEVELOPER outputs do set email fields sometimes', () => {
    const outs = fc.sample(validResponseArb('custom-message', { emailSendingAccount: 'DEVELOPER', withWarnings: false }), { numRuns: 200, seed: 7 });
    expect(outs.some(({ output }) => typeof (output.response as { emailMessage?: unknown }).emailMessage === 'string')).toBe(true);
  });
});

describe('over real captures', () => {
  it.each([
    'github-captured-createauthchallenge-first-call.json',
    'github-captured-defineauthchallenge-after-srp-a.json',
    'github-captured-custommessage-forgotpassword.json',
    'github-captured-custommessage-admincreateuser.json',
    'github-captured-pretokengen-v1-hostedauth-saml.json',
    'tutorial-migrateuser-forgotpassword.json',
    'blog-captured-presignup-externalprovider.json',
    'awsdocs-pretokengen-v2-hostedauth.json',
  ])('%s: valid outputs draw no error, invalid ones their rule', (name) => {
    const event = realEvent(name);
    fc.assert(
      fc.property(validOutputArb(event), (output) => {
        expect(checkResponse(event, output).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(invalidOutputArb(event), ({ output, rule, options }) => {
        expect([...new Set(checkResponse(event, output, options).issues.map((i) => i.rule))]).toEqual([rule]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the arbitraries themselves', () => {
  it('a custom sender has nothing to break, and its output is the event', () => {
    const e = customEmailSender();
    expect(fc.sample(validOutputArb(e), 1)[0]).toBe(e);
    expect(invalidOutputRules(e)).toEqual([]);
    expect(() => invalidOutputArb(e)).toThrow(KitUsageError);
  });

  it('selects by rule id and by severity', () => {
    const event = realEvent('github-captured-custommessage-admincreateuser.json');
    const only = fc.sample(invalidOutputArb(event, { rules: ['custom-message/missing-username-placeholder'] }), 20);
    expect(new Set(only.map((o) => o.rule))).toEqual(new Set(['custom-message/missing-username-placeholder']));
    const warnings = fc.sample(invalidOutputArb(event, { severity: 'warning' }), 50);
    expect(warnings.every((o) => o.severity === 'warning')).toBe(true);
    expect(() => invalidOutputArb(event, { rules: ['pre-signup/flags-ignored'] })).toThrow(/no rule of custom-message/);
  });

  it('lists only the rules the event allows breaking', () => {
    const signUp = realEvent('github-captured-custommessage-forgotpassword.json');
    expect(invalidOutputRules(signUp)).not.toContain('custom-message/missing-username-placeholder');
    expect(invalidOutputRules(realEvent('github-captured-custommessage-admincreateuser.json'))).toContain('custom-message/missing-username-placeholder');
  });

  it('replays from a seed', () => {
    const event = realEvent('github-captured-createauthchallenge-first-call.json');
    expect(fc.sample(validOutputArb(event), { numRuns: 5, seed: 42 })).toEqual(fc.sample(validOutputArb(event), { numRuns: 5, seed: 42 }));
  });
});

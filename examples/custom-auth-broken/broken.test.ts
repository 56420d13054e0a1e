/**
 * Each broken variant of the OTP flow is caught by the kit, with the property that names its bug.
 * The other two handlers are the correct ones from ../custom-auth-otp.
 */
import { describe, expect, it } from 'vitest';
import { alwaysWrong, checkFlow, fuzzCustomAuth, simulateCustomAuth, type CustomAuthHandlers, type FlowPropertyId } from '../../src/fuzz.js';
import { handler as create } from '../custom-auth-otp/create.mjs';
import { handler as define } from '../custom-auth-otp/define.mjs';
import { handler as verify } from '../custom-auth-otp/verify.mjs';

const otp: CustomAuthHandlers = { define, create, verify };

async function variant(file: string): Promise<CustomAuthHandlers['define']> {
  const module = (await import(new URL(`./${file}.mjs`, import.meta.url).href)) as { handler: CustomAuthHandlers['define'] };
  return module.handler;
}

const CASES: ReadonlyArray<{ file: string; role: keyof CustomAuthHandlers; property: FlowPropertyId; strict?: boolean }> = [
  { file: 'define-skips-result-check', role: 'define', property: 'custom-auth/tokens-without-correct-answer' },
  { file: 'define-trusts-srp', role: 'define', property: 'custom-auth/tokens-without-correct-answer' },
  { file: 'define-conflicting', role: 'define', property: 'custom-auth/define-conflicting-decision' },
  { file: 'define-forgets-to-decide', role: 'define', property: 'custom-auth/define-no-decision' },
  { file: 'define-unlimited-retries', role: 'define', property: 'custom-auth/unbounded-wrong-answers', strict: true },
  { file: 'define-reveals-missing-users', role: 'define', property: 'custom-auth/reveals-user-existence', strict: true },
  { file: 'create-leaks-answer', role: 'create', property: 'custom-auth/answer-in-public-parameters' },
  { file: 'create-crashes-on-first-round', role: 'create', property: 'custom-auth/handler-error' },
  { file: 'create-expects-client-metadata', role: 'create', property: 'custom-auth/handler-error' },
  { file: 'verify-accepts-anything', role: 'verify', property: 'custom-auth/tokens-without-correct-answer' },
  { file: 'verify-compares-numbers', role: 'verify', property: 'custom-auth/always-right-no-tokens' },
];

describe('broken custom-auth handlers are caught', () => {
  it.each(CASES)('$file → $property', async ({ file, role, property, strict }) => {
    const report = await fuzzCustomAuth({ ...otp, [role]: await variant(file) }, { runs: 150, seed: 1, strict });
    expect(report.ok).toBe(false);
    expect(report.counterexample!.violation.property).toBe(property);
  });

  it('warnings (unbounded retries, revealing who exists) pass without strict', async () => {
    for (const file of ['define-unlimited-retries', 'define-reveals-missing-users']) {
      const report = await fuzzCustomAuth({ ...otp, define: await variant(file) }, { runs: 150, seed: 1 });
      expect(report.ok, file).toBe(true);
      expect(report.warnings.length, file).toBeGreaterThan(0);
    }
  });

  it('a Verify that accepts anything gives tokens to an always-wrong client', async () => {
    const t = await simulateCustomAuth({ ...otp, verify: await variant('verify-accepts-anything') }, { answers: alwaysWrong() });
    expect(checkFlow(t).map((v) => v.property)).toContain('custom-auth/always-wrong-got-tokens');
  });
});

/**
 * docs/guide/scenarios.md stays true: its routing table is `renderClientMetadataRouting()`, and
 * its example is the code between the `example` markers below, which runs here. Set
 * UPDATE_DOCS=1 to rewrite the table in the draft.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiCallArb } from '../../src/arbitraries.js';
import { renderClientMetadataRouting } from '../../src/scenarios/render.js';

const DOC = new URL('../../docs/guide/scenarios.md', import.meta.url);
const START = '<!-- routing-table:start -->';
const END = '<!-- routing-table:end -->';

// example:start
it('InitiateAuth ClientMetadata reaches pre authentication as validationData, and nothing after it', () => {
  const signIn = apiCallArb('InitiateAuth', { authFlow: 'USER_PASSWORD_AUTH', userInPool: true, mfa: 'none', newPasswordRequired: false, withClientMetadata: true });
  fc.assert(
    fc.property(signIn, (scenario) => {
      for (const step of scenario.steps) {
        const request = step.event.request as { clientMetadata?: unknown; validationData?: unknown };
        if (step.triggerSource === 'PreAuthentication_Authentication') {
          expect(request.validationData).toEqual(scenario.clientMetadata);
        } else {
          // PostAuthentication_Authentication and TokenGeneration_Authentication get nothing.
          expect(request.clientMetadata).toBeUndefined();
        }
      }
    }),
  );
});

it('the ClientMetadata of the RespondToAuthChallenge that finishes the sign-in does reach them', () => {
  const withTotp = apiCallArb('InitiateAuth', { authFlow: 'USER_PASSWORD_AUTH', userInPool: true, mfa: 'SOFTWARE_TOKEN_MFA', withClientMetadata: true });
  fc.assert(
    fc.property(withTotp, (scenario) => {
      for (const step of scenario.steps) {
        const sent = scenario.requests[step.request]!.clientMetadata; // what the request that fired the step sent
        const request = step.event.request as { clientMetadata?: unknown; validationData?: unknown };
        if (step.routing === 'clientMetadata') expect(request.clientMetadata).toEqual(sent);
        if (step.routing === 'validationData') expect(request.validationData).toEqual(sent);
      }
      expect(scenario.steps.map((s) => `${s.triggerSource} ← ${scenario.requests[s.request]!.operation}`)).toEqual([
        'PreAuthentication_Authentication ← InitiateAuth',
        'PostAuthentication_Authentication ← RespondToAuthChallenge',
        'TokenGeneration_Authentication ← RespondToAuthChallenge',
      ]);
    }),
  );
});
// example:end

function exampleOfThisFile(): string {
  const source = readFileSync(new URL(import.meta.url), 'utf8');
  return source.slice(source.indexOf('// example:start\n') + '// example:start\n'.length, source.indexOf('// example:end'));
}

describe('docs/guide/scenarios.md', () => {
  it('embeds the routing table as renderClientMetadataRouting() renders it', () => {
    const doc = readFileSync(DOC, 'utf8');
    const table = renderClientMetadataRouting();
    const embedded = doc.slice(doc.indexOf(START) + START.length + 1, doc.indexOf(END));
    if (process.env.UPDATE_DOCS === '1' && embedded !== table) {
      writeFileSync(DOC, doc.slice(0, doc.indexOf(START) + START.length + 1) + table + doc.slice(doc.indexOf(END)));
      return;
    }
    expect(doc.indexOf(START)).toBeGreaterThan(0);
    expect(embedded, 'the table is stale: run UPDATE_DOCS=1 npx vitest run test/scenarios/docs.test.ts').toBe(table);
  });

  it('shows the example that runs in this file', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toContain(exampleOfThisFile());
  });
});

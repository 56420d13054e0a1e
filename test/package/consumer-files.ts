/**
 * The files written into the temporary consumer projects of the packed-install test. They are
 * strings rather than files in this repository because the repository's own tsconfig, vitest and
 * eslint would otherwise pick them up and resolve `cognito-trigger-kit` to the local checkout.
 */

/** The package's entry points (the `exports` keys besides the wildcard and package.json) and one runtime export each. */
export const ENTRY_EXPORTS: Readonly<Record<string, string>> = {
  '.': 'validateEvent',
  './schemas': 'PreSignUpTriggerEventSchema',
  './arbitraries': 'eventArb',
  './builders': 'buildEvent',
  './assertions': 'assertResponse',
  './harness': 'invokeHandler',
  './fuzz': 'fuzzTrigger',
  './vitest': 'cognitoMatchers',
};

/** What `load.mjs` / `load.cjs` print. */
export interface LoadReport {
  readonly requireModule?: boolean;
  readonly entries: Record<string, { type?: string; error?: string }>;
  readonly fixture: { triggerSource: string; ok: boolean };
  readonly packageJson: string;
  readonly cliMain?: string;
}

/** What `use.mjs` / `use.cjs` print. */
export interface UseReport {
  readonly sources: number;
  readonly built: number;
  readonly invalidBuilt: readonly string[];
  readonly sampledSlugs: number;
  readonly invalidSamples: readonly string[];
  readonly jsonSchemas: number;
  readonly goodAsserted: boolean;
  readonly badError: string;
  readonly badIsContractError: boolean;
  readonly invokeKind: string;
  readonly fuzzOk: boolean;
  readonly fuzzRuns: number;
  readonly brokenFuzzRule: string | undefined;
}

const LOAD_BODY = `
  const spec = (entry) => (entry === '.' ? 'cognito-trigger-kit' : 'cognito-trigger-kit/' + entry.slice(2));
  const table = JSON.parse(process.argv[2]);
  const report = { entries: {} };
  for (const [entry, name] of Object.entries(table)) {
    try {
      const mod = await load(spec(entry));
      report.entries[entry] = { type: typeof mod[name] };
    } catch (error) {
      report.entries[entry] = { error: String(error.code ?? error.name) + ': ' + String(error.message).split('\\n')[0] };
    }
  }
`;

/** Imports every entry point, the JSON fixture (import attributes) and package.json. */
export const LOAD_MJS = `const load = (spec) => import(spec);
const main = async () => {${LOAD_BODY}
  const fixture = (await import('cognito-trigger-kit/fixtures/pre-signup/PreSignUp_SignUp.json', { with: { type: 'json' } })).default;
  const { validateEvent } = await import('cognito-trigger-kit');
  report.fixture = { triggerSource: fixture.triggerSource, ok: validateEvent(fixture).ok };
  report.packageJson = (await import('cognito-trigger-kit/package.json', { with: { type: 'json' } })).default.name;
  console.log(JSON.stringify(report));
};
await main();
`;

/**
 * Requires every entry point through Node's require(esm), the JSON fixture and package.json, and
 * the CLI's module graph (a top-level await anywhere in it would make require throw
 * ERR_REQUIRE_ASYNC_MODULE).
 */
export const LOAD_CJS = `const path = require('node:path');
const load = async (spec) => require(spec);
const main = async () => {${LOAD_BODY}
  report.requireModule = process.features.require_module;
  const fixture = require('cognito-trigger-kit/fixtures/pre-signup/PreSignUp_SignUp.json');
  const { validateEvent } = require('cognito-trigger-kit');
  report.fixture = { triggerSource: fixture.triggerSource, ok: validateEvent(fixture).ok };
  report.packageJson = require('cognito-trigger-kit/package.json').name;
  const root = path.dirname(require.resolve('cognito-trigger-kit/package.json'));
  report.cliMain = typeof require(path.join(root, 'dist', 'cli', 'main.js')).main;
  console.log(JSON.stringify(report));
};
main().catch((error) => { console.error(error); process.exitCode = 1; });
`;

const USE_BODY = `
  const fc = fcModule.default ?? fcModule;
  const report = {};
  report.sources = kit.TRIGGER_SOURCES.length;
  report.invalidBuilt = [];
  report.built = 0;
  for (const source of kit.TRIGGER_SOURCES) {
    const versions = source.startsWith('TokenGeneration_') && source !== 'TokenGeneration_ClientCredentials' ? [1, 2, 3] : [undefined];
    for (const version of versions) {
      const event = builders.buildEvent(source, undefined, { version, seed: 7 });
      report.built += 1;
      if (!kit.validateEvent(event).ok) report.invalidBuilt.push(source + '@' + version);
    }
  }
  // The consumer's own fast-check drives the kit's arbitraries: one fast-check instance.
  report.invalidSamples = [];
  report.sampledSlugs = 0;
  for (const slug of kit.TRIGGER_SLUGS) {
    report.sampledSlugs += 1;
    for (const event of fc.sample(arbitraries.eventArb(slug), { numRuns: 40, seed: 11 })) {
      const result = kit.validateEvent(event);
      if (!result.ok) report.invalidSamples.push(slug + ': ' + JSON.stringify(result.errors[0]));
    }
  }
  report.jsonSchemas = Object.keys(kit.allJsonSchemas()).length;
  const event = builders.buildEvent('PreSignUp_SignUp');
  assertions.assertResponse(event, { ...event, response: { ...event.response, autoConfirmUser: true } });
  report.goodAsserted = true;
  try {
    assertions.assertResponse(event, { ...event, response: { autoConfirmUser: 'yes' } });
    report.badError = 'no error';
  } catch (error) {
    report.badError = String(error.message);
    report.badIsContractError = error instanceof kit.CognitoContractError;
  }
  const handler = async (incoming) => ({ ...incoming, response: { ...incoming.response, autoConfirmUser: false } });
  report.invokeKind = (await harness.invokeHandler(handler, event)).kind;
  const fuzzed = await fuzz.fuzzTrigger(handler, { trigger: 'pre-signup', runs: 25, seed: 1 });
  report.fuzzOk = fuzzed.ok;
  report.fuzzRuns = fuzzed.runs;
  const broken = await fuzz.fuzzTrigger(async (incoming) => ({ ...incoming, response: { autoConfirmUser: 'yes' } }), { trigger: 'pre-signup', runs: 25, seed: 1 });
  report.brokenFuzzRule = broken.counterexample?.rule;
  console.log(JSON.stringify(report));
`;

/** Uses every layer once from an ES module. */
export const USE_MJS = `import * as kit from 'cognito-trigger-kit';
import * as builders from 'cognito-trigger-kit/builders';
import * as arbitraries from 'cognito-trigger-kit/arbitraries';
import * as assertions from 'cognito-trigger-kit/assertions';
import * as harness from 'cognito-trigger-kit/harness';
import * as fuzz from 'cognito-trigger-kit/fuzz';
import * as fcModule from 'fast-check';
const main = async () => {${USE_BODY}};
await main();
`;

/** Uses every layer once from a CommonJS module. */
export const USE_CJS = `const kit = require('cognito-trigger-kit');
const builders = require('cognito-trigger-kit/builders');
const arbitraries = require('cognito-trigger-kit/arbitraries');
const assertions = require('cognito-trigger-kit/assertions');
const harness = require('cognito-trigger-kit/harness');
const fuzz = require('cognito-trigger-kit/fuzz');
const fcModule = require('fast-check');
const main = async () => {${USE_BODY}};
main().catch((error) => { console.error(error); process.exitCode = 1; });
`;

/**
 * A consumer's TypeScript: kit events handed to handlers typed with @types/aws-lambda, and the
 * vitest matchers' types. The same text is `consumer.ts` (ESM) and `consumer.cts` (CommonJS).
 * Each `@ts-expect-error` is a failing case: if the kit's types degraded to `any`, the directive
 * would be unused and tsc would fail.
 */
export const CONSUMER_TS = `import type {
  Callback,
  DefineAuthChallengeTriggerEvent,
  DefineAuthChallengeTriggerHandler,
  PreSignUpTriggerEvent,
  PreSignUpTriggerHandler,
  PreTokenGenerationV2TriggerHandler,
} from 'aws-lambda';
import * as fc from 'fast-check';
import { expect } from 'vitest';
import { validateEvent, type EventFor, type TriggerSource } from 'cognito-trigger-kit';
import { PreSignUpTriggerEventSchema } from 'cognito-trigger-kit/schemas';
import { preSignUpEventArb } from 'cognito-trigger-kit/arbitraries';
import { buildDefineAuthChallengeEvent, buildEvent, buildPreSignUpEvent } from 'cognito-trigger-kit/builders';
import { assertResponse, checkResponse } from 'cognito-trigger-kit/assertions';
import { createLambdaContext, invokeHandler } from 'cognito-trigger-kit/harness';
import { fuzzTrigger } from 'cognito-trigger-kit/fuzz';
import 'cognito-trigger-kit/vitest';

const preSignUp: PreSignUpTriggerHandler = async (event) => {
  event.response.autoConfirmUser = event.request.userAttributes.email?.endsWith('@example.com') ?? false;
  return event;
};
const preTokenV2: PreTokenGenerationV2TriggerHandler = async (event) => {
  event.response.claimsAndScopeOverrideDetails = { accessTokenGeneration: { scopesToAdd: ['read'] } };
  return event;
};
const defineChallenge: DefineAuthChallengeTriggerHandler = async (event) => {
  event.response.issueTokens = event.request.session.some((round) => round.challengeResult);
  return event;
};

const context = createLambdaContext();
const callback: Callback = () => undefined;

export async function consumer(): Promise<void> {
  const signUp = buildEvent('PreSignUp_SignUp');
  await preSignUp(signUp, context, callback);
  await preSignUp(buildEvent('PreSignUp_AdminCreateUser', { request: { userAttributes: { email: 'a@example.com' } } }), context, callback);
  await preTokenV2(buildEvent('TokenGeneration_Authentication', undefined, { version: 2 }), context, callback);
  await defineChallenge(buildEvent('DefineAuthChallenge_Authentication'), context, callback);
  await defineChallenge(buildDefineAuthChallengeEvent(), context, callback);
  await preSignUp(buildPreSignUpEvent(undefined, { triggerSource: 'PreSignUp_ExternalProvider' }), context, callback);

  const source: 'PreSignUp_SignUp' = signUp.triggerSource;
  const typed: EventFor<'DefineAuthChallenge_Authentication'> = buildEvent('DefineAuthChallenge_Authentication');
  const asTypes: DefineAuthChallengeTriggerEvent = typed;
  const all: readonly TriggerSource[] = [source];

  // @ts-expect-error a pre sign-up event is not a define auth challenge event
  await defineChallenge(signUp, context, callback);
  // @ts-expect-error not a triggerSource
  buildEvent('PreSignUp_Typo');

  fc.assert(
    fc.property(preSignUpEventArb(), (event) => {
      const asPreSignUp: PreSignUpTriggerEvent = event;
      return validateEvent(asPreSignUp).ok && PreSignUpTriggerEventSchema.safeParse(event).success;
    }),
    { numRuns: 5 },
  );
  assertResponse(asTypes, await defineChallenge(asTypes, context, callback));
  const issues: number = checkResponse(signUp, signUp).issues.length;
  const outcome = await invokeHandler(preSignUp, signUp);
  const report = await fuzzTrigger(preSignUp, { trigger: 'pre-signup', runs: 10 });
  const ok: boolean = report.ok && outcome.kind === 'returned';

  expect(await preSignUp(signUp, context, callback)).toSatisfyCognitoContract(signUp);
  expect(signUp).toBeValidCognitoEvent();
  expect(await defineChallenge(asTypes, context, callback)).not.toIssueTokens(asTypes);
  // @ts-expect-error the matcher needs the event the output answers
  expect(signUp).toSatisfyCognitoContract();
  void [all, issues, ok];
}
`;

/** A vitest test in the consumer project: the matchers register on import and judge outputs. */
export const MATCHERS_TEST_TS = `import { describe, expect, it } from 'vitest';
import { buildEvent } from 'cognito-trigger-kit/builders';
import 'cognito-trigger-kit/vitest';

describe('cognito-trigger-kit/vitest in a consumer project', () => {
  it('passes an output that keeps the contract', () => {
    const event = buildEvent('PreSignUp_SignUp');
    expect({ ...event, response: { ...event.response, autoConfirmUser: true } }).toSatisfyCognitoContract(event);
  });

  it('fails an output that breaks it, naming the field', () => {
    const event = buildEvent('PreSignUp_SignUp');
    const broken = { ...event, response: { ...event.response, autoConfirmUser: 'yes' } };
    expect(broken).not.toSatisfyCognitoContract(event);
    expect(() => expect(broken).toSatisfyCognitoContract(event)).toThrow(/response\\.autoConfirmUser/);
  });
});
`;

/** A TypeScript handler for \`fuzz\` (loaded through tsx). */
export const HANDLER_TS = `import type { PreSignUpTriggerHandler } from 'aws-lambda';

export const handler: PreSignUpTriggerHandler = async (event) => {
  const domain: string = event.request.userAttributes.email?.split('@')[1] ?? '';
  event.response.autoConfirmUser = domain === 'example.com';
  return event;
};
`;

/** An async ES module handler that keeps the pre sign-up contract. */
export const HANDLER_MJS = `export const handler = async (event) => {
  event.response.autoConfirmUser = false;
  return event;
};
`;

/** A callback-style CommonJS handler that keeps the pre sign-up contract. */
export const HANDLER_CJS = `exports.handler = (event, context, callback) => {
  event.response.autoConfirmUser = false;
  callback(null, event);
};
`;

/** A handler that breaks the contract: a string where Cognito needs a boolean. */
export const BROKEN_MJS = `export const handler = async (event) => ({ ...event, response: { ...event.response, autoConfirmUser: 'yes' } });
`;

/** The CommonJS twin of {@link BROKEN_MJS}. */
export const BROKEN_CJS = `exports.handler = async (event) => ({ ...event, response: { ...event.response, autoConfirmUser: 'yes' } });
`;

/** The consumer's tsconfig: NodeNext, strict, and library declarations checked too (no skipLibCheck). */
export function consumerTsconfig(files: readonly string[]): string {
  const config = {
    compilerOptions: {
      target: 'ES2023',
      lib: ['ES2023'],
      module: 'nodenext',
      moduleResolution: 'nodenext',
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    },
    files,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * Shared pieces of the custom-auth tests: the example handlers (loaded by URL, as they are plain
 * ESM JavaScript without type declarations), small handler factories for targeted flows, and the
 * real captured events.
 */
import { readFileSync } from 'node:fs';
import type { CustomAuthHandlers } from '../../../src/fuzz.js';
import type { AnyHandler } from '../../../src/harness.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url);
const REAL_EVENTS = new URL('../../../../shared/real-events/', import.meta.url);

type Json = Record<string, unknown>;
type AnyEvent = { request: Json; response: Json; userPoolId: string; userName: string };

/** The `handler` export of `examples/<path>`. */
export async function exampleHandler(path: string): Promise<AnyHandler> {
  const module = (await import(new URL(path, EXAMPLES).href)) as { handler?: unknown };
  if (typeof module.handler !== 'function') throw new Error(`examples/${path} exports no handler`);
  return module.handler as AnyHandler;
}

/** The passwordless OTP example: three handlers that keep every property. */
export async function otpHandlers(): Promise<CustomAuthHandlers> {
  return {
    define: await exampleHandler('custom-auth-otp/define.mjs'),
    create: await exampleHandler('custom-auth-otp/create.mjs'),
    verify: await exampleHandler('custom-auth-otp/verify.mjs'),
  };
}

/** A real event from `../shared/real-events/<name>`. */
export function realEvent(name: string): Json {
  return JSON.parse(readFileSync(new URL(name, REAL_EVENTS), 'utf8')) as Json;
}

/** Wraps a function of (event) → response fields into an async handler that returns the event. */
export function respond(fill: (event: AnyEvent) => Json | void | Promise<Json | void>): AnyHandler {
  return (async (event: AnyEvent) => {
    const fields = await fill(event);
    if (fields) Object.assign(event.response, fields);
    return event;
  }) as unknown as AnyHandler;
}

/** A Define following a simple plan: tokens after a passed custom challenge, fail after `attempts`. */
export function defineWith(options: { attempts?: number; srp?: 'password' | 'custom' } = {}): AnyHandler {
  const attempts = options.attempts ?? 3;
  return respond((event) => {
    const session = event.request.session as Array<{ challengeName: string; challengeResult: boolean }>;
    const last = session.at(-1);
    const custom = session.filter((e) => e.challengeName === 'CUSTOM_CHALLENGE');
    if (last?.challengeName === 'SRP_A') {
      return options.srp === 'password'
        ? { challengeName: 'PASSWORD_VERIFIER', issueTokens: false, failAuthentication: false }
        : options.srp === 'custom'
          ? { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false }
          : { issueTokens: false, failAuthentication: true };
    }
    if (last && last.challengeName !== 'CUSTOM_CHALLENGE' && !last.challengeResult) return { issueTokens: false, failAuthentication: true };
    if (last?.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) return { issueTokens: true, failAuthentication: false };
    if (custom.length >= attempts) return { issueTokens: false, failAuthentication: true };
    return { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false };
  });
}

/** A Create that stores a per-round code under `key` (default `answer`). */
export function createWith(options: { key?: string; metadata?: string | null } = {}): AnyHandler {
  return respond((event) => {
    const session = event.request.session as unknown[];
    const code = String(100000 + session.length * 7919);
    return {
      publicChallengeParameters: { hint: 'check your e-mail' },
      privateChallengeParameters: { [options.key ?? 'answer']: code },
      challengeMetadata: options.metadata === undefined ? 'CODE' : options.metadata,
    };
  });
}

/** A Verify comparing `challengeAnswer` with `privateChallengeParameters[key]`. */
export function verifyWith(key = 'answer'): AnyHandler {
  return respond((event) => {
    const expected = (event.request.privateChallengeParameters as Json | null)?.[key];
    return { answerCorrect: event.request.challengeAnswer === expected };
  });
}

/** Handlers built from the factories (a correct flow unless overridden). */
export function handlersWith(overrides: Partial<CustomAuthHandlers> = {}): CustomAuthHandlers {
  return { define: defineWith(), create: createWith(), verify: verifyWith(), ...overrides };
}

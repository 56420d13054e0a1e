/** Handlers that show each way a run can end, shared by the fuzz tests. */
import type { Callback } from 'aws-lambda';

// The event is whatever the fuzzer generated: the handlers below poke at it as untyped JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Returns the event untouched: holds every trigger whose response needs no decision. */
export const echo = async (event: Json): Promise<Json> => event;

/** Reads the email every event is assumed to have: a TypeError on users without one. */
export const readsEmail = async (event: Json): Promise<Json> => {
  event.request.userAttributes.email.toLowerCase();
  return event;
};

export const rangeError = async (): Promise<never> => {
  throw new RangeError('Invalid array length');
};

export const syntaxError = async (): Promise<Json> => JSON.parse('{"unterminated": ');

export const referenceError = async (): Promise<Json> => {
  throw new ReferenceError('tenantConfig is not defined');
};

export const neverSettles = (): Promise<never> => new Promise<never>(() => {});

export const returnsUndefined = async (): Promise<undefined> => undefined;

/** Returns only the response, not the whole event (Lambda's "no response object"). */
export const returnsResponseOnly = async (event: Json): Promise<Json> => event.response;

/** Returns an object with a `response` but nothing else of the event. */
export const returnsOtherObject = async (): Promise<Json> => ({ response: {} });

export const returnsBigInt = async (event: Json): Promise<Json> => ({ ...event, response: { ...event.response, n: 1n } });

/** A plain function returning a value: the "forgot async" bug, Lambda ignores the value. */
export const forgotAsync = (event: Json): Json => event;

export const throwsPlainObject = async (): Promise<never> => {
  throw { code: 'DENIED' };
};

export const callsExit = async (): Promise<never> => {
  process.exit(3);
};

export const callbackTwice = (event: Json, _context: unknown, callback: Callback): void => {
  callback(null, event);
  callback(null, event);
};

export class SignUpsClosed extends Error {
  override readonly name = 'SignUpsClosed';
}

/** Denies every sign-up on purpose, with an Error subclass. */
export const deniesOnPurpose = async (): Promise<never> => {
  throw new SignUpsClosed('Sign-ups are closed.');
};

/** Verify: answers with the string "true" or "false". */
export const answersWithString = async (event: Json): Promise<Json> => {
  event.response.answerCorrect = String(event.request.challengeAnswer === event.request.privateChallengeParameters?.answer);
  return event;
};

/** Pre token (V2/V3): an empty groupOverrideDetails, which wipes every group (a warning). */
export const wipesGroups = async (event: Json): Promise<Json> => {
  event.response.claimsAndScopeOverrideDetails = { groupOverrideDetails: {} };
  return event;
};

/** Verify: answers correctly. */
export const verifiesAnswer = async (event: Json): Promise<Json> => {
  const expected = event.request.privateChallengeParameters?.answer;
  event.response.answerCorrect = typeof expected === 'string' && expected === event.request.challengeAnswer;
  return event;
};

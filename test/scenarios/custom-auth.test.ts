/**
 * Custom-auth flows across calls (sheet §3.5): sessions in order, Create with the session of the
 * Define before it, Verify with the private parameters of the Create before it, Define with the
 * session grown by one entry, clientMetadata only from the RespondToAuthChallenge answers.
 */
import { describe, expect, it } from 'vitest';
import { apiCallArb, type ApiCallScenario, type ScenarioStep } from '../../src/scenarios/api-call-arb.js';
import { WITH_CUSTOM_MESSAGE, check, requestOf, sources } from './helpers.js';

const custom = { triggers: WITH_CUSTOM_MESSAGE, authFlow: 'CUSTOM_AUTH', withClientMetadata: true, userInPool: true } as const;

interface Entry {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata: string | null;
}
const sessionOf = (step: ScenarioStep) => requestOf(step).session as Entry[];
const ofTrigger = (s: ApiCallScenario, trigger: string) => s.steps.filter((x) => x.trigger === trigger);

describe('custom authentication flows', () => {
  it('the InitiateAuth round: Define with session [] and no clientMetadata, then Create with the same session', () => {
    check(apiCallArb('InitiateAuth', { ...custom, customAuthStart: 'passwordless' }), (s) => {
      const [preAuth, define, create] = s.steps;
      expect(preAuth!.triggerSource).toBe('PreAuthentication_Authentication');
      expect(define!.triggerSource).toBe('DefineAuthChallenge_Authentication');
      expect(create!.triggerSource).toBe('CreateAuthChallenge_Authentication');
      for (const step of [define!, create!]) {
        expect(step.request).toBe(0);
        expect(sessionOf(step)).toEqual([]);
        expect(requestOf(step)).not.toHaveProperty('clientMetadata');
      }
      expect(requestOf(create!).challengeName).toBe('CUSTOM_CHALLENGE');
    });
  });

  it('with SRP: Define [SRP_A] on InitiateAuth, then [SRP_A, PASSWORD_VERIFIER] with the answer’s clientMetadata', () => {
    check(apiCallArb('InitiateAuth', { ...custom, customAuthStart: 'srp' }), (s) => {
      const defines = ofTrigger(s, 'DefineAuthChallenge');
      expect(sessionOf(defines[0]!)).toEqual([{ challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null }]);
      expect(requestOf(defines[0]!)).not.toHaveProperty('clientMetadata');
      expect(defines[0]!.assumedResponse).toMatchObject({ challengeName: 'PASSWORD_VERIFIER' });
      expect(s.requests[1]).toMatchObject({ operation: 'RespondToAuthChallenge', challengeName: 'PASSWORD_VERIFIER' });
      expect(sessionOf(defines[1]!).map((e) => e.challengeName)).toEqual(['SRP_A', 'PASSWORD_VERIFIER']);
      expect(requestOf(defines[1]!).clientMetadata).toEqual(s.requests[1]!.clientMetadata);
    });
  });

  it('each answer: Verify with Create’s private parameters, then Define with the session grown by one entry', () => {
    check(apiCallArb('InitiateAuth', { ...custom, maxRounds: 5 }), (s) => {
      let lastCreate: ScenarioStep | undefined;
      let lastSession: Entry[] = [];
      let verified: { result: boolean; metadata: string | null } | undefined;
      for (const step of s.steps) {
        const request = requestOf(step);
        if (step.trigger === 'CreateAuthChallenge') {
          expect(sessionOf(step)).toEqual(lastSession);
          lastCreate = step;
        } else if (step.trigger === 'VerifyAuthChallengeResponse') {
          expect(lastCreate).toBeDefined();
          expect(request.privateChallengeParameters).toEqual(lastCreate!.challenge!.privateChallengeParameters);
          expect(request.clientMetadata).toEqual(s.requests[step.request]!.clientMetadata);
          expect(step.request).toBeGreaterThan(lastCreate!.request);
          const correct = request.challengeAnswer === lastCreate!.challenge!.correctAnswer;
          expect(step.assumedResponse).toEqual({ answerCorrect: correct });
          verified = { result: correct, metadata: lastCreate!.challenge!.challengeMetadata };
        } else if (step.trigger === 'DefineAuthChallenge') {
          const session = sessionOf(step);
          if (verified !== undefined) {
            expect(session.slice(0, -1)).toEqual(lastSession);
            expect(session.at(-1)).toEqual({ challengeName: 'CUSTOM_CHALLENGE', challengeResult: verified.result, challengeMetadata: verified.metadata });
            expect(request.clientMetadata).toEqual(s.requests[step.request]!.clientMetadata);
            verified = undefined;
          }
          lastSession = session;
        }
      }
      // A user in the pool ends with tokens, in the request of the last answer.
      expect(sources(s).slice(-2)).toEqual(['PostAuthentication_Authentication', 'TokenGeneration_Authentication']);
      const last = s.requests.length - 1;
      for (const step of s.steps.slice(-2)) expect(requestOf(step).clientMetadata).toEqual(s.requests[last]!.clientMetadata);
      expect(ofTrigger(s, 'DefineAuthChallenge').at(-1)!.assumedResponse).toMatchObject({ issueTokens: true });
      expect(ofTrigger(s, 'VerifyAuthChallengeResponse').length).toBe(s.facts.customRounds.length);
    });
  });

  it('a user not found with PreventUserExistenceErrors ENABLED: userNotFound true, {} attributes, and no tokens', () => {
    check(apiCallArb('InitiateAuth', { ...custom, userInPool: false, preventUserExistenceErrors: true }), (s) => {
      expect(s.steps.length).toBeGreaterThan(0);
      for (const step of s.steps) {
        expect(requestOf(step).userNotFound).toBe(true);
        expect(requestOf(step).userAttributes).toEqual({});
      }
      expect(sources(s)).not.toContain('PostAuthentication_Authentication');
      expect(ofTrigger(s, 'DefineAuthChallenge').at(-1)!.assumedResponse).toMatchObject({ failAuthentication: true });
    }, 20);
  });

  it('a user not in the pool with LEGACY errors fires nothing', () => {
    check(apiCallArb('InitiateAuth', { ...custom, userInPool: false, preventUserExistenceErrors: false }), (s) => {
      expect(s.steps).toEqual([]);
    }, 10);
  });

  it('pre authentication on CUSTOM_AUTH follows the UNVERIFIED choice', () => {
    check(apiCallArb('InitiateAuth', { ...custom, unverified: { preAuthenticationOnCustomAuth: false } }), (s) => {
      expect(s.steps[0]!.triggerSource).toBe('DefineAuthChallenge_Authentication');
      expect(sources(s)).not.toContain('PreAuthentication_Authentication');
    }, 10);
  });

  it('a RespondToAuthChallenge answer alone: Verify and Define in one request, the session already holds earlier rounds', () => {
    check(apiCallArb('RespondToAuthChallenge', { triggers: WITH_CUSTOM_MESSAGE, challengeName: 'CUSTOM_CHALLENGE', userInPool: true, withClientMetadata: true }), (s) => {
      expect(s.requests).toHaveLength(1);
      for (const step of s.steps) {
        expect(step.request).toBe(0);
        expect(requestOf(step).clientMetadata).toEqual(s.clientMetadata);
      }
      const define = ofTrigger(s, 'DefineAuthChallenge')[0]!;
      expect(sessionOf(define).length).toBeGreaterThanOrEqual(1);
      expect(sessionOf(define).at(-1)).toMatchObject({ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true });
    });
  });

  it('the custom-auth calls run under AdminInitiateAuth with AdminRespondToAuthChallenge answers', () => {
    check(apiCallArb('AdminInitiateAuth', { ...custom, authFlow: 'CUSTOM_AUTH' }), (s) => {
      expect(s.requests[0]!.operation).toBe('AdminInitiateAuth');
      for (const q of s.requests.slice(1)) expect(q.operation).toBe('AdminRespondToAuthChallenge');
    }, 10);
  });
});

import fc from 'fast-check';
import * as PT from '@aws-lambda-powertools/parser/schemas/cognito';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES, validateEvent, resolveTarget } from '../dist/index.js';
const map = { 'pre-signup': PT.PreSignupTriggerSchema, 'post-confirmation': PT.PostConfirmationTriggerSchema, 'pre-authentication': PT.PreAuthenticationTriggerSchema,
 'post-authentication': PT.PostAuthenticationTriggerSchema, 'define-auth-challenge': PT.DefineAuthChallengeTriggerSchema, 'create-auth-challenge': PT.CreateAuthChallengeTriggerSchema,
 'verify-auth-challenge-response': PT.VerifyAuthChallengeTriggerSchema, 'pre-token-generation': PT.PreTokenGenerationTriggerSchemaV1, 'pre-token-generation-v2': PT.PreTokenGenerationTriggerSchemaV2AndV3,
 'pre-token-generation-v3': PT.PreTokenGenerationTriggerSchemaV2AndV3, 'user-migration': PT.MigrateUserTriggerSchema, 'custom-message': PT.CustomMessageTriggerSchema,
 'custom-email-sender': PT.CustomEmailSenderTriggerSchema, 'custom-sms-sender': PT.CustomSMSSenderTriggerSchema };
const pairs = [];
for (const s of TRIGGER_SOURCES) {
  const slug = resolveTarget(s).trigger.slug; const sch = map[slug];
  const evs = fc.sample(eventArb(s, { profile: 'realistic' }), { numRuns: 50, seed: 3 });
  let acc = 0;
  for (const e of evs) if (sch && sch.safeParse(e).success && validateEvent(e).ok) { pairs.push([e, sch]); acc++; }
  console.log(s, slug, acc);
}
console.log('pairs', pairs.length);
for (let r = 0; r < 5; r++) {
  let t = performance.now(); for (let k = 0; k < 5; k++) for (const [e, s] of pairs) s.safeParse(e); const a = (performance.now() - t) / pairs.length / 5 * 1000;
  t = performance.now(); for (let k = 0; k < 5; k++) for (const [e] of pairs) validateEvent(e, { realism: false }); const b = (performance.now() - t) / pairs.length / 5 * 1000;
  t = performance.now(); for (let k = 0; k < 5; k++) for (const [e] of pairs) validateEvent(e); const c = (performance.now() - t) / pairs.length / 5 * 1000;
  console.log('pt', a.toFixed(1), 'ours', b.toFixed(1), 'ours+realism', c.toFixed(1));
}

import fc from 'fast-check';
import * as PT from '@aws-lambda-powertools/parser/schemas/cognito';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES, validateEvent, resolveTarget, isUnanswered } from '../dist/index.js';
import { triggerForEvent } from '../dist/validation/validate.js';
const map = { 'pre-signup': PT.PreSignupTriggerSchema, 'post-confirmation': PT.PostConfirmationTriggerSchema, 'pre-authentication': PT.PreAuthenticationTriggerSchema,
 'post-authentication': PT.PostAuthenticationTriggerSchema, 'define-auth-challenge': PT.DefineAuthChallengeTriggerSchema, 'create-auth-challenge': PT.CreateAuthChallengeTriggerSchema,
 'verify-auth-challenge-response': PT.VerifyAuthChallengeTriggerSchema, 'pre-token-generation': PT.PreTokenGenerationTriggerSchemaV1, 'pre-token-generation-v2': PT.PreTokenGenerationTriggerSchemaV2AndV3,
 'pre-token-generation-v3': PT.PreTokenGenerationTriggerSchemaV2AndV3, 'user-migration': PT.MigrateUserTriggerSchema, 'custom-message': PT.CustomMessageTriggerSchema,
 'custom-email-sender': PT.CustomEmailSenderTriggerSchema, 'custom-sms-sender': PT.CustomSMSSenderTriggerSchema };
const pairs = [];
for (const s of TRIGGER_SOURCES) {
  const tr = resolveTarget(s).trigger; const sch = map[tr.slug];
  const evs = fc.sample(eventArb(s, { profile: 'realistic' }), { numRuns: 50, seed: 3 });
  for (const e of evs) if (sch && sch.safeParse(e).success && validateEvent(e).ok) pairs.push([e, sch, tr]);
}
const T = (label, f) => { const res = []; for (let r = 0; r < 7; r++) { const t = performance.now(); for (let k = 0; k < 5; k++) for (const p of pairs) f(p); res.push((performance.now() - t) / pairs.length / 5 * 1000); } res.sort((a,b)=>a-b); console.log(label.padEnd(20), res[3].toFixed(2)); };
for (let round = 0; round < 2; round++) {
T('pt', ([e, s]) => s.safeParse(e));
T('ours full', ([e]) => validateEvent(e, { realism: false }));
T('event schema', ([e, , t]) => t.eventSchema.safeParse(e));
T('resp schema', ([e, , t]) => t.responseSchema.safeParse(e.response));
T('triggerFor', ([e]) => triggerForEvent(e));
T('unanswered', ([e, , t]) => isUnanswered(t.slug, e.response));
}
const bySlug = new Map();
for (const p of pairs) { const k = p[2].slug; if (!bySlug.has(k)) bySlug.set(k, []); bySlug.get(k).push(p); }
for (const [slug, ps] of bySlug) {
  const m = (f) => { const res = []; for (let r = 0; r < 7; r++) { const t = performance.now(); for (let k = 0; k < 20; k++) for (const p of ps) f(p); res.push((performance.now() - t) / ps.length / 20 * 1000); } res.sort((a,b)=>a-b); return res[3].toFixed(2); };
  console.log(slug.padEnd(32), 'pt', m(([e, s]) => s.safeParse(e)), 'ev', m(([e, , t]) => t.eventSchema.safeParse(e)), 'full', m(([e]) => validateEvent(e, { realism: false })));
}

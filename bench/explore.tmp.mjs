import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES, validateEvent } from '../dist/index.js';
import { fuzzTrigger } from '../dist/fuzz.js';
import { invokeHandler } from '../dist/harness.js';
import { checkResponse } from '../dist/assertions.js';
const now = () => performance.now();
let t = now(); let n = 0;
for (const s of TRIGGER_SOURCES) { const arb = eventArb(s, { profile: 'realistic' }); const xs = fc.sample(arb, { numRuns: 200, seed: 1 }); n += xs.length; }
console.log('gen warm us/event', ((now() - t) * 1000 / n).toFixed(1));
t = now(); n = 0;
const evs = [];
for (const s of TRIGGER_SOURCES) { const arb = eventArb(s, { profile: 'realistic' }); const xs = fc.sample(arb, { numRuns: 500, seed: 2 }); n += xs.length; evs.push(...xs.slice(0, 50)); }
console.log('gen us/event', ((now() - t) * 1000 / n).toFixed(1));
t = now();
for (const e of evs) validateEvent(e);
console.log('validate us', ((now() - t) * 1000 / evs.length).toFixed(1));
t = now();
for (const e of evs) validateEvent(e, { realism: false });
console.log('validate norealism us', ((now() - t) * 1000 / evs.length).toFixed(1));
t = now();
for (const e of evs) structuredClone(e);
console.log('structuredClone us', ((now() - t) * 1000 / evs.length).toFixed(1));
const h = async (e) => e;
t = now();
const outs = [];
for (const e of evs) outs.push(await invokeHandler(h, e));
console.log('invoke us', ((now() - t) * 1000 / evs.length).toFixed(1));
t = now();
for (let i = 0; i < evs.length; i++) checkResponse(evs[i], outs[i].kind === 'returned' ? outs[i].output : evs[i], { requireDecision: true });
console.log('check us', ((now() - t) * 1000 / evs.length).toFixed(1));
for (const s of ['PreSignUp_SignUp', 'TokenGeneration_Authentication', 'CustomMessage_SignUp', 'DefineAuthChallenge_Authentication']) {
  t = now();
  const r = await fuzzTrigger(h, { trigger: s, runs: 1000, seed: 1 });
  console.log('fuzz', s, ((now() - t) / 1000).toFixed(3), 'ms/run', r.ok, r.counts);
}

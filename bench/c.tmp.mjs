import { z } from 'zod';
import fc from 'fast-check';
import { TRIGGERS, TRIGGER_SOURCES, resolveTarget, validateEvent } from '../dist/index.js';
import { eventArb } from '../dist/arbitraries.js';
console.log(typeof z.compile, typeof z.core.validate);
for (const t of TRIGGERS) {
  for (const [side, s] of [['event', t.eventSchema], ['response', t.responseSchema]]) {
    try { z.compile(s, { strict: true }); console.log(t.slug, side, 'ok'); } catch (e) { console.log(t.slug, side, 'FAIL', e.message); }
  }
}
const evs = [];
for (const s of TRIGGER_SOURCES) evs.push(...fc.sample(eventArb(s, { profile: 'realistic' }), { numRuns: 30, seed: 3 }));
const items = evs.map((e) => { const t = resolveTarget(e.triggerSource, { version: e.version === '2' ? 2 : e.version === '3' ? 3 : undefined }).trigger; return [e, t]; });
const compiled = new Map();
for (const t of TRIGGERS) { const c = z.compile(t.eventSchema); compiled.set(t.slug, c); }
let agree = 0;
for (const [e, t] of items) { const a = t.eventSchema.safeParse(e).success; const b = z.core.validate(compiled.get(t.slug), e); if (a === b) agree++; }
console.log('agree', agree, items.length);
const T = (label, f) => { const res = []; for (let r = 0; r < 7; r++) { const t = performance.now(); for (let k = 0; k < 5; k++) for (const p of items) f(p); res.push((performance.now() - t) / items.length / 5 * 1000); } res.sort((a,b)=>a-b); console.log(label.padEnd(20), res[3].toFixed(2)); };
for (let i = 0; i < 2; i++) {
T('safeParse', ([e, t]) => t.eventSchema.safeParse(e));
T('compiled safeParse', ([e, t]) => compiled.get(t.slug).safeParse(e));
T('validate()', ([e, t]) => z.core.validate(compiled.get(t.slug), e));
T('validateEvent', ([e]) => validateEvent(e, { realism: false }));
}

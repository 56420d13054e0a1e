import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES, validateEvent } from '../dist/index.js';
import { invokeHandler } from '../dist/harness.js';
import { checkResponse } from '../dist/assertions.js';
import { judgeOutcome } from '../dist/fuzz.js';
const now = () => performance.now();
const profile = process.argv[2] || 'mixed';
const evs = [];
for (const s of TRIGGER_SOURCES) { evs.push(...fc.sample(eventArb(s, { profile }), { numRuns: 40, seed: 3 })); }
function time(label, fn, reps = 3) {
  const res = [];
  for (let r = 0; r < reps; r++) { const t = now(); fn(); res.push((now() - t) * 1000 / evs.length); }
  res.sort((a, b) => a - b); console.log(label.padEnd(24), res.map(x => x.toFixed(1)).join(' '));
}
async function timeA(label, fn, reps = 3) {
  const res = [];
  for (let r = 0; r < reps; r++) { const t = now(); await fn(); res.push((now() - t) * 1000 / evs.length); }
  res.sort((a, b) => a - b); console.log(label.padEnd(24), res.map(x => x.toFixed(1)).join(' '));
}
const arbs = TRIGGER_SOURCES.map((s) => eventArb(s, { profile }));
time('gen', () => { let i = 0; for (const a of arbs) fc.sample(a, { numRuns: 40, seed: 5 + i++ }); });
time('json roundtrip', () => { for (const e of evs) JSON.parse(JSON.stringify(e)); });
time('structuredClone', () => { for (const e of evs) structuredClone(e); });
time('validate', () => { for (const e of evs) validateEvent(e); });
time('validate norealism', () => { for (const e of evs) validateEvent(e, { realism: false }); });
const h = async (e) => e;
const outs = [];
await timeA('invoke', async () => { outs.length = 0; for (const e of evs) outs.push(await invokeHandler(h, e)); });
await timeA('invoke no await', async () => { await Promise.all(evs.map(e => invokeHandler(h, e))); });
time('check', () => { for (let i = 0; i < evs.length; i++) checkResponse(evs[i], outs[i].output, { requireDecision: true }); });
time('judge', () => { for (let i = 0; i < evs.length; i++) judgeOutcome(evs[i], outs[i]); });
await timeA('setImmediate', async () => { for (const e of evs) await new Promise(r => setImmediate(r)); });

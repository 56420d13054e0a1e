import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const s of ['CustomSMSSender_SignUp', 'PreSignUp_SignUp', 'TokenGeneration_Authentication']) {
const evs = fc.sample(eventArb(s, { profile: 'realistic' }), { numRuns: 2000, seed: 1 });
const flat = evs.map(e => JSON.parse(JSON.stringify(e)));
const evs2 = fc.sample(eventArb(s, { profile: 'realistic' }), { numRuns: 2000, seed: 1 });
let t = cpu(); for (const e of evs2) JSON.parse(JSON.stringify(e)); const a = (cpu() - t) / evs.length * 1000;
t = cpu(); for (const e of evs2) JSON.parse(JSON.stringify(e)); const a2 = (cpu() - t) / evs.length * 1000;
t = cpu(); for (const e of flat) JSON.parse(JSON.stringify(e)); const b = (cpu() - t) / evs.length * 1000;
t = cpu(); for (const e of flat) structuredClone(e); const c = (cpu() - t) / evs.length * 1000;
console.log(s, 'fresh', a.toFixed(1), 'second', a2.toFixed(1), 'flat', b.toFixed(1), 'sc', c.toFixed(1), 'bytes', JSON.stringify(evs[0]).length);
}

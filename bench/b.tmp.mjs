import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { invokeHandler } from '../dist/harness.js';
import { judgeOutcome, fuzzTrigger } from '../dist/fuzz.js';
import { checkResponse } from '../dist/assertions.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const s = process.argv[2] || 'PreSignUp_SignUp';
const arb = eventArb(s, { profile: 'realistic' });
const h = async (e) => e;
const N = 1000;
const evs = fc.sample(arb, { numRuns: N, seed: 1 });
const M = async (label, f) => { const xs = []; for (let r = 0; r < 7; r++) { const t = cpu(); await f(); xs.push((cpu() - t) / N * 1000); } xs.sort((a, b) => a - b); console.log(label.padEnd(28), xs[3].toFixed(1), 'us'); };
for (let round = 0; round < 2; round++) {
await M('gen (fc.sample)', () => fc.sample(arb, { numRuns: N, seed: 2 }));
await M('fc.check noop async', () => fc.check(fc.asyncProperty(arb, async () => true), { numRuns: N, seed: 2 }));
await M('json roundtrip', () => { for (const e of evs) JSON.parse(JSON.stringify(e)); });
const outs = [];
await M('invoke', async () => { outs.length = 0; for (const e of evs) outs.push(await invokeHandler(h, e)); });
await M('judge', () => { for (let i = 0; i < N; i++) judgeOutcome(evs[i], outs[i], {}); });
await M('checkResponse', () => { for (let i = 0; i < N; i++) checkResponse(evs[i], outs[i].output, { requireDecision: true }); });
await M('fuzzTrigger', () => fuzzTrigger(h, { trigger: s, runs: N, seed: 2, constraints: { profile: 'realistic' } }));
}

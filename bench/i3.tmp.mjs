import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { invokeHandler } from '../dist/harness.js';
const evs = fc.sample(eventArb('PreSignUp_SignUp', { profile: 'realistic' }), { numRuns: 1000, seed: 1 });
const h = async (e) => e;
for (let r = 0; r < 20; r++) for (const e of evs) await invokeHandler(h, e);

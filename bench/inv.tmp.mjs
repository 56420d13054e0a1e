import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES } from '../dist/index.js';
import { invokeHandler } from '../dist/harness.js';
const evs = [];
for (const s of TRIGGER_SOURCES) evs.push(...fc.sample(eventArb(s, { profile: 'realistic' }), { numRuns: 20, seed: 3 }));
const h = async (e) => e;
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  for (let k = 0; k < 5; k++) for (const e of evs) await invokeHandler(h, e);
  console.log('invoke us', ((performance.now() - t) * 1000 / evs.length / 5).toFixed(1));
}

import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES } from '../dist/index.js';
const profile = process.argv[2] || 'adversarial';
for (let k = 0; k < 3; k++) for (const s of TRIGGER_SOURCES) fc.sample(eventArb(s, { profile }), { numRuns: 100, seed: k });

import { fuzzTrigger } from '../dist/fuzz.js';
const h = async (e) => e;
const s = process.argv[2] || 'CustomSMSSender_SignUp';
for (let i = 0; i < 3; i++) await fuzzTrigger(h, { trigger: s, runs: 500, seed: i, constraints: { profile: 'realistic' } });
const t = performance.now();
for (let i = 0; i < 10; i++) await fuzzTrigger(h, { trigger: s, runs: 500, seed: i, constraints: { profile: 'realistic' } });
console.log('ms/run', (performance.now() - t) / 5000);

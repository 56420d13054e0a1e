import fc from 'fast-check';
import { eventArb } from '../dist/arbitraries.js';
import { TRIGGER_SOURCES } from '../dist/index.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const profile = process.argv[2] || 'realistic';
const res = [];
for (const s of TRIGGER_SOURCES) fc.sample(eventArb(s, { profile }), { numRuns: 300, seed: 2 });
for (const s of TRIGGER_SOURCES) {
  const arb = eventArb(s, { profile });
  fc.sample(arb, { numRuns: 100, seed: 1 });
  const xs = [];
  for (let r = 0; r < 5; r++) { const t = cpu(); fc.sample(arb, { numRuns: 200, seed: r + 10 }); xs.push((cpu() - t) / 200 * 1000); }
  xs.sort((a, b) => a - b);
  res.push([s, xs[2]]);
}
res.sort((a, b) => b[1] - a[1]);
for (const [s, us] of res) console.log(s.padEnd(45), us.toFixed(1), 'us', Math.round(1e6 / us), '/s');
console.log('mean rate', Math.round(res.reduce((a, [, us]) => a + 1e6 / us, 0) / res.length), 'mean us', (res.reduce((a, [, us]) => a + us, 0) / res.length).toFixed(1));

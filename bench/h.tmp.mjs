import { fuzzTrigger } from '../dist/fuzz.js';
import { TRIGGER_SOURCES, resolveTarget } from '../dist/index.js';
import { trivialHandler } from './handlers.mjs';
for (const s of TRIGGER_SOURCES) {
  const slug = resolveTarget(s).trigger.slug;
  const r = await fuzzTrigger(trivialHandler(slug), { trigger: s, runs: 1000, seed: 11 });
  if (!r.ok || r.warnings.length) console.log(s, r.ok, r.counterexample?.rule, r.counterexample?.message, JSON.stringify(r.warnings), JSON.stringify(r.counts));
}
console.log('done');

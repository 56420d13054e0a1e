import fc from 'fast-check';
import { apiCallArb, allApiCallsArb } from '../../src/scenarios/api-call-arb.js';
import { validateEvent } from '../../src/validation/validate.js';
const [s] = fc.sample(apiCallArb('InitiateAuth', { authFlow: 'CUSTOM_AUTH', profile: 'realistic', userInPool: true, withClientMetadata: true }), { numRuns: 1, seed: 4 });
console.log(JSON.stringify({ ...s, user: undefined }, null, 1).slice(0, 6000));
let bad = 0, n = 0;
for (const sc of fc.sample(allApiCallsArb({}), { numRuns: 400, seed: 7 })) {
  for (const st of sc.steps) {
    n++;
    const r = validateEvent(st.event, st.version ? { version: st.version } : {});
    const warn = sc.profile === 'realistic' ? r.warnings : [];
    if (r.errors.length || warn.length) { bad++; if (bad < 8) console.log(sc.call, sc.variant, st.triggerSource, sc.profile, JSON.stringify([...r.errors, ...warn].map(i => [i.rule, i.path, i.message]))); }
  }
}
console.log('steps', n, 'bad', bad);

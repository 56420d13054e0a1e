import { fuzzTrigger } from '../dist/fuzz.js';
import { TRIGGER_SOURCES, resolveTarget } from '../dist/index.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const answer = {
  'define-auth-challenge': { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false },
  'create-auth-challenge': { publicChallengeParameters: { q: '1' }, privateChallengeParameters: { a: '1' }, challengeMetadata: 'M' },
  'verify-auth-challenge-response': { answerCorrect: false },
};
const handlerFor = (slug) => async (event) => { const a = answer[slug]; if (slug === 'user-migration') throw new Error('User does not exist'); if (a) event.response = { ...event.response, ...a }; return event; };
const profile = process.argv[2];
const runs = +(process.argv[3] || 300);
const all = [];
for (const pass of [0, 1]) {
  for (const s of TRIGGER_SOURCES) {
    const slug = resolveTarget(s).trigger.slug;
    let last = cpu(); const per = [];
    const t0 = cpu();
    const r = await fuzzTrigger(handlerFor(slug), { trigger: s, runs, seed: 7, constraints: profile ? { profile } : undefined, onProgress: () => { const n = cpu(); per.push(n - last); last = n; } });
    const total = cpu() - t0;
    if (!r.ok) console.log('NOT OK', s, r.counterexample?.rule, r.counterexample?.message);
    if (pass === 1) { per.sort((a, b) => a - b); all.push(...per); console.log(s.padEnd(45), 'mean', (total / runs).toFixed(3), 'median', per[per.length >> 1].toFixed(3)); }
  }
}
all.sort((a, b) => a - b);
console.log('overall median', all[all.length >> 1].toFixed(3), 'mean', (all.reduce((a, b) => a + b, 0) / all.length).toFixed(3), 'p90', all[Math.floor(all.length * 0.9)].toFixed(3));

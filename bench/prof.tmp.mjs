import { fuzzTrigger } from '../dist/fuzz.js';
import { TRIGGER_SOURCES } from '../dist/index.js';
const h = async (e) => e;
const srcs = process.argv[2] ? [process.argv[2]] : ['PreSignUp_SignUp', 'TokenGeneration_Authentication', 'CustomMessage_SignUp', 'PostConfirmation_ConfirmSignUp', 'UserMigration_Authentication'];
const t = performance.now();
let runs = 0;
for (const s of srcs) { const r = await fuzzTrigger(h, { trigger: s, runs: 2000, seed: 1 }); runs += r.runs; }
console.log('ms/run', (performance.now() - t) / runs);

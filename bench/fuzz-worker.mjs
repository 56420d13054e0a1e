/**
 * Worker of the "41 sources × 1,000 runs on 2 cores" figure: fuzzes the sources it is given, one
 * after the other, with the trivial handlers, and posts what it found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fuzzTrigger } from 'cognito-trigger-kit/fuzz';
import { resolveTarget } from 'cognito-trigger-kit';
import { trivialHandler } from './handlers.mjs';

const { sources, runs, seed } = workerData;
const results = [];
for (const source of sources) {
  const report = await fuzzTrigger(trivialHandler(resolveTarget(source).trigger.slug), { trigger: source, runs, seed });
  results.push({ source, ok: report.ok, runs: report.runs, rule: report.counterexample?.rule });
}
parentPort.postMessage(results);

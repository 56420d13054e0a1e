/**
 * Timing helpers shared by the benchmarks: side-by-side batches under tinybench, medians, and the
 * clock they read.
 *
 * The clock is the CPU time of this process (user + system), not the wall clock: the bench runs on
 * a 2-core machine that other work shares, and a batch descheduled for 30 ms would otherwise
 * count those 30 ms. CPU time still grows under contention (shared caches, SMT siblings), which is
 * why every figure is compared with a baseline measured in the same rounds.
 */
import { performance } from 'node:perf_hooks';
import { Bench } from 'tinybench';

/** CPU milliseconds used by this process so far (user + system). */
export function cpuNow() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The median of a list of numbers (NaN for an empty list). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–1) of a list of numbers, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Runs batch tasks side by side and returns, per task, the median CPU milliseconds per item.
 *
 * Each task is `{ name, batch }`: `batch()` does one batch of work (sync or async) and returns how
 * many items it handled. tinybench times every batch (`overriddenDuration` = CPU ms per item in
 * that batch, `overriddenIterationCost` = the batch's wall time, so the time budget stays real).
 * The tasks run in `rounds` short rounds, their order rotating each round, so slow drifts of the
 * machine's load hit every task alike; the samples of all rounds are pooled and the median taken.
 *
 * @param {{ name: string, batch: () => number | Promise<number> }[]} tasks
 * @param {{ rounds?: number, time?: number, iterations?: number }} [options]
 * @returns {Promise<Map<string, { median: number, samples: number[] }>>}
 */
export async function sideBySide(tasks, options = {}) {
  const rounds = options.rounds ?? 5;
  const time = options.time ?? 200;
  const iterations = options.iterations ?? 3;
  const pooled = new Map(tasks.map((t) => [t.name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time,
      iterations,
      retainSamples: true,
      warmup: round === 0,
      warmupTime: time / 2,
      warmupIterations: 1,
    });
    const shift = round % tasks.length;
    const ordered = [...tasks.slice(shift), ...tasks.slice(0, shift)];
    for (const task of ordered) {
      bench.add(task.name, async () => {
        const wall0 = performance.now();
        const cpu0 = cpuNow();
        const items = await task.batch();
        const cpu = cpuNow() - cpu0;
        return { overriddenDuration: cpu / Math.max(1, items), overriddenIterationCost: performance.now() - wall0 };
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state === 'errored') throw result.error;
      const samples = result.latency?.samples ?? [];
      pooled.get(task.name).push(...samples);
    }
  }
  return new Map([...pooled].map(([name, samples]) => [name, { median: median(samples), samples }]));
}

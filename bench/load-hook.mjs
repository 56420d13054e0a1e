/**
 * Module-loading recorder for the import benchmark. Preloaded with
 * `node --import ./bench/load-hook.mjs …`, it registers a loader hook that appends the URL of every
 * module the process loads to the file named by CTK_BENCH_LOADED, so the bench can prove which
 * packages an entry point pulls in. Used only for that check, never while timing: the hook runs
 * on a separate loader thread and slows the import down.
 */
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const log = process.env.CTK_BENCH_LOADED;

/** The `load` hook (runs on the loader thread): record the URL, then load as usual. */
export async function load(url, context, nextLoad) {
  if (log) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}

// On the main thread (as the --import preload), install this same module as the hooks module.
if (log && isMainThread) register(import.meta.url);

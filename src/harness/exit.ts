/**
 * Intercepting `process.exit` while handlers run, so a handler that calls it is reported instead
 * of ending the test (or fuzzer) process.
 *
 * Overlapping invocations are safe: the patch is installed once while at least one invocation is
 * running (a reference count) and each handler runs inside an `AsyncLocalStorage` scope, so a call
 * from inside a handler — synchronously, after an `await`, or from a timer it set — is attributed
 * to that handler's invocation only. A call with no scope (a callback from a library that loses
 * async context) is attributed to every invocation still running. `process.exit` is restored when
 * the last running invocation ends, unless someone else replaced it meanwhile (then theirs stays).
 *
 * Limits, documented rather than hidden: a handler that captured `process.exit` before the
 * invocation (`const { exit } = process` at import time) is not intercepted; a late call from a
 * handler whose invocation has already ended is swallowed while other invocations still run, and
 * reaches the real `process.exit` once none runs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** One running invocation's interest in exits. */
export interface ExitWatcher {
  onExit(code: number): void;
  /**
   * Told of a call from code whose own invocation has already ended (a timer the handler left
   * behind), which would otherwise be swallowed unseen. The fuzzer keeps such a watcher running
   * for a whole fuzz so it can report the handler.
   */
  onLateExit?(code: number): void;
}

const scope = new AsyncLocalStorage<ExitWatcher>();
const running = new Set<ExitWatcher>();
let original: typeof process.exit | undefined;
let patched: typeof process.exit | undefined;

/** Runs `fn` inside the watcher's scope: exits from code it starts are attributed to the watcher. */
export function runInExitScope<T>(watcher: ExitWatcher, fn: () => T): T {
  return scope.run(watcher, fn);
}

/**
 * Starts intercepting exits for a watcher; returns the function that stops it (idempotent). The
 * last stop restores `process.exit`.
 */
export function interceptExits(watcher: ExitWatcher): () => void {
  running.add(watcher);
  if (running.size === 1) install();
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    running.delete(watcher);
    if (running.size === 0) uninstall();
  };
}

function exitCode(code: unknown): number {
  const raw = code ?? process.exitCode ?? 0;
  const n = typeof raw === 'number' ? raw : Number(raw);
  return Number.isInteger(n) ? n : 1;
}

function install(): void {
  original = process.exit;
  patched = function exit(code?: number | string | null): never {
    const owner = scope.getStore();
    if (owner && !running.has(owner)) {
      for (const w of running) w.onLateExit?.(exitCode(code));
      return undefined as never;
    }
    const targets = owner ? [owner] : [...running];
    for (const t of targets) t.onExit(exitCode(code));
    // Return instead of throwing: a sentinel thrown from a timer callback would be an uncaught
    // exception in the host process. The handler's code after exit() keeps running; the harness
    // ignores whatever it does, because the invocation has already ended.
    return undefined as never;
  } as typeof process.exit;
  process.exit = patched;
}

function uninstall(): void {
  if (process.exit === patched && original) process.exit = original;
  original = undefined;
  patched = undefined;
}

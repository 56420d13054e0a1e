#!/usr/bin/env node
/**
 * The `cognito-trigger-kit` executable. It avoids top-level await because Node's `require(esm)`
 * refuses modules that use it, and a wrapper script may load the binary that way.
 */
import { formatFailure } from './errors.js';
import { defaultIo } from './io.js';
import { main } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `cognito-trigger-kit validate big.ndjson | head` closes the pipe early: the reader has what it
  // wanted, so stop quietly instead of dying on an unhandled EPIPE with a stack trace.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${formatFailure(error)}\n`);
  process.exit(2);
});

main(process.argv.slice(2), defaultIo()).then((code) => {
  process.exitCode = code;
  // A fuzzed handler may leave timers, sockets or a late process.exit behind (a hung promise, an
  // SDK client): the report is written, so end once the output is flushed instead of waiting.
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});

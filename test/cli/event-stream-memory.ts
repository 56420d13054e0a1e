/**
 * Child process of the `event --count` memory test (not a test file itself): streams COUNT events
 * into a slow counting sink and reports the heap after a full GC at CHECKPOINT lines and at the end.
 *
 *   node --expose-gc --import tsx test/cli/event-stream-memory.ts <target> <count> <checkpoint>
 */
import { Writable } from 'node:stream';
import { writeEvents } from '../../src/cli/commands/event.js';

const [target = 'TokenGeneration_ClientCredentials', countText = '1000000', checkpointText = '100000'] = process.argv.slice(2);
const count = Number(countText);
const checkpoint = Number(checkpointText);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

let lines = 0;
let bytes = 0;
let drains = 0;
let heapAtCheckpoint = -1;
let rssAtCheckpoint = -1;

const sink = new Writable({
  highWaterMark: 64 * 1024,
  write(chunk: Buffer, _encoding, callback) {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
      lines += 1;
      if (lines === checkpoint) {
        gc();
        heapAtCheckpoint = process.memoryUsage().heapUsed;
        rssAtCheckpoint = process.memoryUsage().rss;
      }
    }
    // A consumer slower than the producer: the writer must wait for 'drain'.
    setImmediate(callback);
  },
});
sink.on('drain', () => {
  drains += 1;
});

writeEvents(sink, { target, seed: 1, count }).then(() => {
  gc();
  const end = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({ lines, bytes, drains, heapAtCheckpoint, heapAtEnd: end.heapUsed, rssAtCheckpoint, rssAtEnd: end.rss })}\n`,
  );
});

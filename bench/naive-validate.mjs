/**
 * The baseline of the stream bench: how a user might validate an NDJSON file without the CLI —
 * the whole file read as text, split into lines, every event parsed and validated, and the
 * verdicts kept for a summary. Prints the number of valid events.
 *
 *   node bench/naive-validate.mjs <file.ndjson>
 */
import { readFileSync } from 'node:fs';
import { validateEvent } from 'cognito-trigger-kit';

const events = readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const verdicts = events.map((event) => validateEvent(event));
console.log(verdicts.filter((v) => v.ok).length);

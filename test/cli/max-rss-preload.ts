/**
 * Preloaded into a CLI subprocess by the streaming test (not a test file itself): on exit, writes
 * the process's peak resident set size, in kilobytes, to the file named by CTK_TEST_MAX_RSS_FILE.
 *
 *   CTK_TEST_MAX_RSS_FILE=/tmp/rss node --import tsx --import ./test/cli/max-rss-preload.ts src/cli/bin.ts …
 */
import { writeFileSync } from 'node:fs';

const out = process.env.CTK_TEST_MAX_RSS_FILE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}

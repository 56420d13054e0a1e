// @ts-check
/**
 * Mutation testing of the output rules, the schemas, the validator and the harness
 * (`npm run mutation`; docs/mutation.md has the scores, the survivors and the commands).
 * Too slow for every CI run: it is run by hand, in pieces narrowed with `--mutate`.
 *
 * `MUTATION_NAME` names the report and incremental files of one piece, so pieces run one after
 * another keep their own results under reports/mutation/. `MUTATION_STATIC=1` also runs the static
 * mutants (the zod schema definitions); narrow the suites of such a run with `MUTATION_INCLUDE`
 * (vitest.mutation.config.ts), never with `--testFiles`, and pass `--force`: the incremental file
 * would reuse a static mutant that survived even when new tests could now kill it.
 */
import { cpSync, existsSync } from 'node:fs';

const name = process.env.MUTATION_NAME ?? 'all';
const tempDirName = `.stryker-tmp/${name}`;

// The suites read the real captures from ../shared/real-events, beside the repository. Stryker runs
// them from a sandbox one level deeper (<tempDirName>/sandbox-xxxx), so a copy goes where that
// relative path lands. Stryker deletes only the sandbox, never this copy.
if (existsSync('../shared/real-events')) {
  cpSync('../shared/real-events', `${tempDirName}/shared/real-events`, { recursive: true, force: true });
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/rules/**/*.ts',
    '!src/rules/**/*arbitrary*.ts',
    'src/triggers/*/rules.ts',
    'src/triggers/*/schema.ts',
    'src/shared/atoms.ts',
    'src/shared/tokens.ts',
    'src/shared/claims.ts',
    'src/validation/validate.ts',
    'src/validation/zod-issues.ts',
    'src/validation/prefill.ts',
    'src/harness/**/*.ts',
  ],
  // Two cores, shared: one test-runner process per core at most.
  concurrency: 2,
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  timeoutMS: 20_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 10,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  tempDirName,
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};

import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The suites the mutation run uses (`MUTATION_INCLUDE` narrows them to a comma-separated list of
 * globs). The static schema run needs that narrowing here rather than Stryker's `--testFiles`: with
 * `--testFiles`, Stryker gives every mutant a test filter and so activates it only after the test
 * file has loaded, when a static mutant (a zod schema definition) has already been evaluated
 * unmutated, and every static mutant survives.
 */
const include = process.env.MUTATION_INCLUDE?.split(',').map((glob) => glob.trim()).filter(Boolean) ?? [
  'test/rules/**/*.test.ts',
  'test/assertions/**/*.test.ts',
  'test/contract/**/*.test.ts',
  'test/harness/**/*.test.ts',
  'test/preview/**/*.test.ts',
];

/**
 * The test run Stryker repeats for every mutant (`npm run mutation`, see stryker.config.mjs):
 * only the suites that exercise the mutated modules, no type tests, and a small property-run
 * count so one mutant's run takes seconds. The two harness suites that spawn a child Node process
 * are left out: Stryker activates a mutant through a global in its own worker, so a child process
 * always runs the unmutated code and those tests could never kill a mutant, only slow every run.
 */
export default defineConfig({
  test: {
    include,
    exclude: [...configDefaults.exclude, 'test/harness/process.test.ts', 'test/harness/docs.test.ts'],
    typecheck: { enabled: false },
    setupFiles: ['./test/mutation.setup.ts'],
    env: { CTK_PROPERTY_RUNS: process.env.CTK_PROPERTY_RUNS ?? '200' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

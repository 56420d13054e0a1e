import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`: packs the tarball and installs it into fresh ESM and CommonJS projects.
 * It builds, packs and runs `npm install` twice, so it lives apart from `npm test` and gets
 * minutes, not seconds.
 */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    typecheck: { enabled: false },
    fileParallelism: false,
    testTimeout: 5 * 60_000,
    hookTimeout: 15 * 60_000,
  },
});

import { defineConfig } from 'vitest/config';
import { TEST_TODAY } from './test/helpers/today.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'node_modules/**'],
    // Builds the fixture sites once for every test that reads or browses them.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Commands the tests run print plain text whatever the terminal (tests match on it).
    env: { KEYPLAN_TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  },
});

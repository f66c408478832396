import { defineConfig } from 'vitest/config';

// Tests run in a zone west of UTC on purpose: code that leans on the machine's local time breaks here.
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/ui/**', 'node_modules/**'],
    env: { TZ: 'America/New_York' },
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});

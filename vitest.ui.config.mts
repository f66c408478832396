import { defineConfig } from 'vitest/config';

// The sidebar in a real headless Chromium (npm run test:ui).
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    include: ['test/ui/**/*.test.ts'],
    env: { TZ: 'America/New_York' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});

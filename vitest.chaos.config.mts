import { defineConfig } from 'vitest/config';

/** `npm run test:chaos`: the sync chaos suite (real processes; minutes, not seconds). */
export default defineConfig({
  test: {
    name: 'chaos',
    environment: 'node',
    reporters: ['default', './testing/vitestSkipGuard.ts'],
    include: ['testing/chaos/**/*.chaos.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});

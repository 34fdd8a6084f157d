import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The skip guard fails the run on a skipped test that testing/allowedSkips.ts does not list.
    reporters: ['default', './testing/vitestSkipGuard.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'server/**/*.test.ts',
            'bench/**/*.test.ts',
            'testing/*.test.ts',
            '*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // `*.local.test.ts` need models built locally that may not be committed (`npm run test:local`).
    exclude: ['**/node_modules/**', '**/*.local.test.ts'],
    // Generous: CLI tests spawn processes, and CI machines may be busy. Nothing here times work.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

/** Tests of models built locally from sets whose terms keep the weights out of the repository. */
export default defineConfig({
  test: { include: ['src/**/*.local.test.ts'], testTimeout: 120_000 },
});

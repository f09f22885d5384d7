import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Suites that share Redis/Postgres use unique prefixes, so files may run in parallel.
    pool: 'forks',
    reporters: ['default'],
  },
});

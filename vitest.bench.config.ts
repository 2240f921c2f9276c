import { defineConfig } from 'vitest/config';

// `npm run bench` (pure part): the library functions on generated pipelines, one core, Node.
export default defineConfig({
  test: {
    benchmark: { include: ['tests/bench/pure/**/*.bench.ts'] },
    environment: 'node',
  },
});

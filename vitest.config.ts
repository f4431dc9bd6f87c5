// Test projects: `unit` (pure model and CLI), `corpus`, `broker` (real ActiveMQ), `browser` (real Chromium). Timeouts are
// bounds for a failure on a busy machine (keytool and the fuzzer take seconds alone), never a performance check.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 300_000 } },
      { test: { name: 'broker', include: ['tests/broker/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false } },
      { test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});

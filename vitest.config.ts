// Test projects: `unit` (pure model and CLI), `corpus`, `broker` (real ActiveMQ), `browser` (real Chromium). Timeouts are
// bounds for a failure on a busy machine (keytool and the fuzzer take seconds alone), never a performance check.
// The broker and browser projects drive real JVMs and a real Chromium on a shared 2-core machine, where a start or a
// delivery window can be missed under load: a test there is tried once more before it counts as failed, and
// `npm test` lists every test that passed only on its retry, with what the first attempt said (scripts/testSummary.cjs).
// The unit and corpus projects get no retry: a failure there (a fast-check counterexample, say) is a finding.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 300_000 } },
      { test: { name: 'broker', include: ['tests/broker/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false, retry: 1 } },
      { test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false, retry: 1 } },
    ],
  },
});

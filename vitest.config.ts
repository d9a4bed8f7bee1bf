import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the web app imports the domain engine as @domain (web/vite.config.ts); its unit tests do too
  resolve: { alias: { '@domain': fileURLToPath(new URL('./src/domain', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // a fresh test database (migrated template copy) can take more than the default 10 s on a loaded machine
    hookTimeout: 60_000,
    // vitest's default is one worker less than the cores: on CI's 2 cores a single worker ran the
    // suite serially; many suites wait on a database or a browser, so two overlap well
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});

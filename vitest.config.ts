import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/main/**/*.test.ts',
            'src/shared/**/*.test.ts',
            'server/src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          exclude: ['**/*.peer.test.ts'],
          // Pure and service tests share no global state: one module graph per worker keeps the
          // loop fast (npm run test:unit, node and dom, stays under a minute on 2 cores).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Tests that start real peers (git http-backend, WordPress, Hugo, Jekyll).
          name: 'peers',
          environment: 'node',
          include: ['src/**/*.peer.test.ts', 'tests/peers/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/src/testing/speakThroughAppI18n.ts'],
          // One jsdom per worker rather than per file (22 s of setup saved). A file that stubs
          // window.copydesk gets its own client: copydesk() rebuilds it when the bridge changes.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'crash',
          environment: 'node',
          include: ['tests/crash/**/*.test.ts'],
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/harness/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The team server against real peers: its own process, redis-server, PostgreSQL.
          name: 'team',
          environment: 'node',
          include: ['tests/team/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'ghost',
          environment: 'node',
          include: ['tests/ghost/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})

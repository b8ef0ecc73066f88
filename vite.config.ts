import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to each other's source through the `@parley/source`
// export condition, so tests and the demo need no build step.
const conditions = ['@parley/source'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  // Vitest's node environment resolves through the SSR conditions, not `resolve.conditions`.
  ssr: { resolve: { conditions } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', root: 'packages/core', environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'adapter-local',
          root: 'packages/adapter-local',
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: {
          name: 'adapter-xmpp',
          root: 'packages/adapter-xmpp',
          environment: 'node',
          globalSetup: ['src/test/globalSetup.ts'],
          setupFiles: ['src/test/setup.ts'],
          // Each test starts its own Prosody (~0.2 s) and real sockets: allow for loopback I/O.
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: 'adapter-nim', root: 'packages/adapter-nim', environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          root: 'packages/ui',
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The built demo in Debian's Chromium, driven by playwright-core.
          name: 'e2e',
          root: 'apps/demo',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      // Consumers of the built packages: they run after `pnpm build` (`pnpm test:consumers`).
      {
        extends: true,
        test: {
          // The README's examples in a fresh Vite app outside the workspace, installed with npm.
          name: 'consumer-vite',
          root: 'scripts/consumer',
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The Next.js App Router example: next build, next start, Chromium.
          name: 'consumer-next',
          root: 'apps/next',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

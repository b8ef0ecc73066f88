import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Workspace packages resolve to each other's source through the `@parley/source`
// export condition, so tests and the demo need no build step.
const conditions = ['@parley/source'];

// The component tests run on React 18 too (the peer range is ^18.3 || ^19). compat/react18
// installs React 18 with its own react-dom, Testing Library and use-sync-external-store, so
// their `require('react')` finds 18; these aliases send every other import there, and inlining
// the dependencies makes Vite resolve their imports (Radix, TanStack Virtual) the same way.
const react18 = (name: string) =>
  fileURLToPath(new URL(`compat/react18/node_modules/${name}`, import.meta.url));
const onReact18 = {
  resolve: {
    alias: ['react', 'react-dom', '@testing-library/react', 'use-sync-external-store'].map(
      (name) => ({ find: new RegExp(`^${name}(?=/|$)`), replacement: react18(name) }),
    ),
    // Radix's helpers (react-remove-scroll and kin) have no exports map: their ES build is
    // inlined like the rest, where their CommonJS `main` would load React 19 through Node.
    mainFields: ['module', 'main'],
  },
};

/**
 * A package's component tests in jsdom, on React 19 and again on React 18. Components wait on
 * lazily loaded chunks and a real backend: on a busy machine a test may take seconds.
 */
function components(name: 'react' | 'ui'): TestProjectInlineConfiguration[] {
  const test = {
    root: `packages/${name}`,
    environment: 'jsdom' as const,
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
  };
  return [
    { extends: true, test: { ...test, name } },
    {
      extends: true,
      ...onReact18,
      test: {
        ...test,
        name: `${name}-r18`,
        server: { deps: { inline: true } },
        env: { PARLEY_REACT_MAJOR: '18' },
      },
    },
  ];
}

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
        test: { name: 'adapter-easemob', root: 'packages/adapter-easemob', environment: 'node' },
      },
      ...components('react'),
      ...components('ui'),
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

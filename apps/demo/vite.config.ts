import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The demo consumes the packages' public entries; `@parley/source` maps them to source so
// `pnpm dev` needs no build step.
export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['@parley/source'],
    // @xmpp/client 0.14 imports node:dns on a path browsers never take: see the stub.
    alias: { 'node:dns': fileURLToPath(new URL('src/xmpp/nodeDnsStub.ts', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The demo, and the README's example as pasted into a page with no CSS of its own.
    rollupOptions: {
      input: {
        demo: fileURLToPath(new URL('index.html', import.meta.url)),
        dropIn: fileURLToPath(new URL('drop-in.html', import.meta.url)),
      },
    },
    // NetEase's SDK is one minified 1.1 MB file; it loads only with the NetEase IM backend.
    chunkSizeWarningLimit: 1200,
  },
});

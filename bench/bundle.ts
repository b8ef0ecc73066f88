import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** One built asset of the minimal app. */
export interface BundleRow {
  name: 'js' | 'css';
  raw: number;
  gzip: number;
  /** Budget in gzipped KiB, from size-budget.json. */
  budget: number;
}

/**
 * Builds the minimal app (ChatLayout inside ChatProvider and ParleyRoot) with React,
 * ReactDOM and the JSX runtime external, and measures the JS and CSS it ships.
 */
export async function measureBundle(): Promise<BundleRow[]> {
  const outDir = join(here, 'bundle-app', 'dist');
  await build({
    root: join(here, 'bundle-app'),
    logLevel: 'warn',
    resolve: { conditions: ['@parley/source'] },
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
        // Radix ships "use client" banners, meaningless in a client bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  const budget = JSON.parse(readFileSync(join(here, 'size-budget.json'), 'utf8')) as Record<
    'js' | 'css',
    number
  >;
  const assets = readdirSync(join(outDir, 'assets'));
  const measure = (name: 'js' | 'css'): BundleRow => {
    const files = assets.filter((f) => f.endsWith(`.${name}`));
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(outDir, 'assets', file));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { name, raw, gzip, budget: budget[name] };
  };
  return [measure('js'), measure('css')];
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** What a row of the bundle table measures. */
export type BundlePart = 'initial js' | 'lazy js' | 'total js' | 'one locale js' | 'css';

/** One measured part of the minimal app's build. */
export interface BundleRow {
  name: BundlePart;
  raw: number;
  gzip: number;
  /** Budget in gzipped KiB, from size-budget.json; undefined for parts without one. */
  budget: number | undefined;
}

/** size-budget.json: gzipped KiB per budgeted part. */
interface Budget {
  initialJs: number;
  totalJs: number;
  localeJs: number;
  css: number;
}

/**
 * The JS files the page loads before it can render: the entry chunk and, transitively, the
 * chunks it imports statically. Everything reached only through `import()` is lazy.
 */
function initialFiles(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

/**
 * Builds the minimal app (ChatLayout inside ChatProvider and ParleyRoot) with React,
 * ReactDOM and the JSX runtime external, and measures what it ships: the initial JS (what the
 * first render waits for), the lazy JS (menus, popovers, dialogs and the link matcher, loaded
 * on demand or when idle), their total, one lazily loaded locale (the largest, with its
 * loader) and the CSS. Gzip sizes are per file, as served.
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
      manifest: true,
      rollupOptions: {
        external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
        // Radix ships "use client" banners, meaningless in a client bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
  const budget = JSON.parse(readFileSync(join(here, 'size-budget.json'), 'utf8')) as Budget;
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const initial = initialFiles(manifest);
  // The lazily loaded locales are alternatives: an app downloads the one its root asks for
  // (and their loader), not twelve. They are budgeted as one, the largest.
  const chunks = Object.entries(manifest).filter(([, chunk]) => chunk.file.endsWith('.js'));
  const isLocale = (key: string) => /\/i18n\/(locales\/|supplyLazyLocales)/.test(key);
  const js = new Set(chunks.filter(([key]) => !isLocale(key)).map(([, chunk]) => chunk.file));
  const loader = chunks.filter(([key]) => key.includes('supplyLazyLocales'));
  const locales = chunks.filter(([key]) => isLocale(key) && !key.includes('supplyLazyLocales'));
  const css = new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []));
  const measure = (name: BundlePart, files: Iterable<string>, limit?: number): BundleRow => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(outDir, file));
      raw += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return { name, raw, gzip, budget: limit };
  };
  const largest = locales
    .map(([, chunk]) => measure('one locale js', [chunk.file]))
    .reduce((a, b) => (b.gzip > a.gzip ? b : a), measure('one locale js', []));
  const loaderRow = measure(
    'one locale js',
    loader.map(([, chunk]) => chunk.file),
  );
  return [
    measure('initial js', initial, budget.initialJs),
    measure(
      'lazy js',
      [...js].filter((file) => !initial.has(file)),
    ),
    measure('total js', js, budget.totalJs),
    {
      name: 'one locale js',
      raw: largest.raw + loaderRow.raw,
      gzip: largest.gzip + loaderRow.gzip,
      budget: budget.localeJs,
    },
    measure('css', css, budget.css),
  ];
}

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './packPackages.ts';

/** The version of a package the workspace has installed, so the app gets the same. */
function workspaceVersion(name: string): string {
  const manifest = join(ROOT, 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

const TOOLS = [
  'vite',
  '@vitejs/plugin-react',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
];

// What `npm create vite -- --template react-ts` writes, less its demo content and CSS:
// strict, noUnusedLocals and noUnusedParameters, bundler resolution, verbatimModuleSyntax,
// erasableSyntaxOnly.
const LINTING = {
  noUnusedLocals: true,
  noUnusedParameters: true,
  erasableSyntaxOnly: true,
  noFallthroughCasesInSwitch: true,
};

const FILES: Record<string, unknown> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Vite + React + TS</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
  'src/main.tsx': `import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import App from './App.tsx'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
`,
  'vite.config.ts': `import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
})
`,
  'tsconfig.json': {
    files: [],
    references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }],
  },
  'tsconfig.app.json': {
    compilerOptions: {
      tsBuildInfoFile: './node_modules/.tmp/tsconfig.app.tsbuildinfo',
      target: 'es2023',
      lib: ['ES2023', 'DOM'],
      module: 'esnext',
      types: ['vite/client'],
      allowArbitraryExtensions: true,
      skipLibCheck: true,
      moduleResolution: 'bundler',
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      moduleDetection: 'force',
      noEmit: true,
      jsx: 'react-jsx',
      strict: true,
      ...LINTING,
    },
    include: ['src'],
  },
  'tsconfig.node.json': {
    compilerOptions: {
      tsBuildInfoFile: './node_modules/.tmp/tsconfig.node.tsbuildinfo',
      target: 'es2023',
      lib: ['ES2023'],
      types: ['node'],
      skipLibCheck: true,
      module: 'nodenext',
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      moduleDetection: 'force',
      noEmit: true,
      strict: true,
      ...LINTING,
    },
    include: ['vite.config.ts'],
  },
};

/**
 * Writes a fresh Vite + React + TypeScript app in `dir`, as the react-ts template makes it,
 * with `sources` (path → text) in it and `dependencies` (name → version or tarball) to
 * install; React and the tools are the workspace's versions.
 */
export function writeViteApp(
  dir: string,
  sources: Record<string, string>,
  dependencies: Record<string, string>,
): void {
  const manifest = {
    name: 'parley-consumer',
    private: true,
    version: '0.0.0',
    type: 'module',
    scripts: { build: 'tsc -b && vite build' },
    dependencies: {
      react: workspaceVersion('react'),
      'react-dom': workspaceVersion('react-dom'),
      ...dependencies,
    },
    devDependencies: Object.fromEntries(TOOLS.map((name) => [name, workspaceVersion(name)])),
  };
  const files = { ...FILES, ...sources, 'package.json': manifest };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
    writeFileSync(join(dir, path), text);
  }
}

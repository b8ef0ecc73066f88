import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, launchChromium, serveStatic } from '../browser.ts';
import { chatAsNewUser } from './chatAsNewUser.ts';
import {
  packPackages,
  ROOT,
  tarballFile,
  tarballFiles,
  workspacePackages,
} from './packPackages.ts';
import { codeBlock, installedPackages } from './readme.ts';
import { writeViteApp } from './viteApp.ts';

/** Each package README's example, as a source file of the app. */
function packageExamples(): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const pkg of workspacePackages()) {
    const readme = readFileSync(join(pkg.dir, 'README.md'), 'utf8');
    if (readme.includes('\n## Example\n')) {
      sources[`src/examples/${basename(pkg.dir)}.tsx`] = codeBlock('## Example', 'tsx?', readme);
    }
  }
  return sources;
}

/** Runs a command in `cwd`; fails with its output when it fails. */
function run(command: string, args: string[], cwd: string): string {
  // Leave out the npm_* settings pnpm passes to scripts: npm in the app must use its own.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${output}`);
  }
  return output;
}

const work = mkdtempSync(join(tmpdir(), 'parley-consumer-'));
const app = join(work, 'app');
let tarballs = new Map<string, string>();
let browser: Browser | undefined;

beforeAll(() => {
  ensureChromium();
  tarballs = packPackages(join(work, 'tarballs'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the packed packages', () => {
  it.each(workspacePackages().map((p) => [p.name]))(
    '%s ships docs and metadata, no dev files',
    (name) => {
      const tarball = tarballs.get(name) ?? '';
      const files = tarballFiles(tarball);
      expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'dist/index.js']));
      const devOnly = files.filter((f) =>
        /(^|\/)(test|stories)\/|\.(test|stories|bench)\./.test(f),
      );
      expect(devOnly).toEqual([]);
      const manifest = JSON.parse(tarballFile(tarball, 'package.json'));
      expect(manifest).toMatchObject({
        license: 'MIT',
        homepage: expect.stringMatching(/^https:\/\//),
        repository: {
          url: expect.stringMatching(/^git\+https:\/\//),
          directory: expect.any(String),
        },
      });
      expect(tarballFile(tarball, 'LICENSE')).toMatch(/^MIT License/);
      const readme = tarballFile(tarball, 'README.md');
      expect(readme).toContain(`npm i ${name}`);
      // No workspace protocol may leak into a published manifest.
      expect(JSON.stringify(manifest)).not.toContain('workspace:');
    },
  );

  it('marks the React entries as client modules, and only them', () => {
    const clientEntries = workspacePackages()
      .filter((p) =>
        tarballFile(tarballs.get(p.name) ?? '', 'dist/index.js').startsWith("'use client';"),
      )
      .map((p) => p.name);
    expect(clientEntries.sort()).toEqual(['@parley/react', '@parley/ui']);
  });

  it('has @parley/ui take @parley/react as a peer, so an app has one React context', () => {
    const ui = JSON.parse(tarballFile(tarballs.get('@parley/ui') ?? '', 'package.json'));
    expect(ui.dependencies['@parley/react']).toBeUndefined();
    expect(ui.peerDependencies['@parley/react']).toMatch(/^\^/);
  });
});

describe("the README's examples, pasted into a fresh Vite + React + TypeScript app", () => {
  it('install from the packed packages with npm', () => {
    const names = new Set([...installedPackages(), '@parley/core']);
    const dependencies = Object.fromEntries(
      [...names].map((name) => {
        const tarball = tarballs.get(name);
        if (!tarball) throw new Error(`README installs ${name}, which is not a package here`);
        return [name, `file:${tarball}`];
      }),
    );
    writeViteApp(
      app,
      {
        'src/App.tsx': codeBlock('## Use it in an app', 'tsx'),
        'src/Headless.tsx': codeBlock('### Headless', 'tsx'),
        'src/ownData.ts': codeBlock('### Your own data', 'ts'),
        ...packageExamples(),
      },
      dependencies,
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], app);
  });

  it('type-check under the template tsconfig (strict, unused locals, bundler resolution)', () => {
    // The package READMEs' examples are in the app too.
    expect(Object.keys(packageExamples()).length).toBeGreaterThanOrEqual(4);
    run(join(app, 'node_modules/.bin/tsc'), ['-b'], app);
  });

  it('build with Vite', () => {
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  });

  it('make a working chat: the sample conversations show, and a message goes out', async () => {
    const server = await serveStatic(join(app, 'dist'));
    try {
      browser = await launchChromium();
      const shots = join(ROOT, 'docs/screenshots');
      const visit = await chatAsNewUser(browser, server.url, {
        first: join(shots, 'readme-app.png'),
        sent: join(shots, 'readme-app-chat.png'),
      });
      expect(visit.names).toEqual(expect.arrayContaining(['Sam Lee', 'Weekend trip']));
    } finally {
      await server.close();
    }
  });
});

it('the README says the packages are ESM-only', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/ESM-only/);
});

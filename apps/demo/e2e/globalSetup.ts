import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath, serveStatic } from '../../../scripts/browser.ts';

const demo = join(dirname(fileURLToPath(import.meta.url)), '..');

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

/** Builds the demo once, serves it on 127.0.0.1 and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail early, with the install hint, when there is no Chromium
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: demo, stdio: 'inherit' });
  const server = await serveStatic(join(demo, 'dist'));
  project.provide('demoUrl', server.url);
  return () => server.close();
}

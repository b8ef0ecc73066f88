import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureChromium, serveStatic } from '../../../scripts/browser.ts';

const demo = join(dirname(fileURLToPath(import.meta.url)), '..');

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}

/** Builds the demo once, serves it on 127.0.0.1 and hands its URL to the tests. */
export default async function setup(project: TestProject) {
  ensureChromium(); // installs Debian's when missing, or fails early saying how to
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: demo, stdio: 'inherit' });
  const server = await serveStatic(join(demo, 'dist'));
  project.provide('demoUrl', server.url);
  return () => server.close();
}

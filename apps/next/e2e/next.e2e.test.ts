import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, launchChromium } from '../../../scripts/browser.ts';
import { chatAsNewUser } from '../../../scripts/consumer/chatAsNewUser.ts';

const app = join(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let server: ChildProcess | undefined;
let url = '';
let browser: Browser | undefined;

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  return typeof address === 'object' && address ? address.port : 0;
}

/** Starts `next start` and resolves once it serves the page. */
async function start(): Promise<string> {
  const port = await freePort();
  const next = join(app, 'node_modules/.bin/next');
  server = spawn(next, ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd: app, env });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    const ok = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return base;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('next start did not answer');
}

beforeAll(async () => {
  ensureChromium();
  // The build fails when a server component cannot import the kit (no "use client" boundary).
  execFileSync(join(app, 'node_modules/.bin/next'), ['build'], { cwd: app, env, stdio: 'pipe' });
  url = await start();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('the Next.js App Router example', () => {
  it('prerenders the server component page with the kit in it', async () => {
    const html = await fetch(url).then((r) => r.text());
    expect(html).toContain('class="parley-root"');
    expect(html).toContain('Starting the chat');
  });

  it('hydrates into a working chat', async () => {
    browser = await launchChromium();
    const visit = await chatAsNewUser(browser, url);
    expect(visit.names).toEqual(expect.arrayContaining(['Sam Lee', 'Priya Patel']));
  });
});

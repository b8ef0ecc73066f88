import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { aptInstall } from './aptInstall.ts';

/** Flags that keep Debian's Chromium quiet on a machine with no outside network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/** Where the system Chromium lives; `CHROMIUM_PATH` overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Debian's Chromium, and fonts so Chinese text and emoji in screenshots are not boxes. */
const CHROMIUM_PACKAGES = ['chromium', 'fonts-wqy-microhei', 'fonts-noto-color-emoji'];

/**
 * Where Chromium is, installing Debian's package first when there is none (and no
 * `CHROMIUM_PATH`), so `pnpm test` runs its browser tests on a fresh Debian machine. Throws
 * with the command to run by hand when the install is not possible (no root, not Debian).
 */
export function ensureChromium(): string {
  try {
    return chromiumPath();
  } catch (missing) {
    if (process.env.CHROMIUM_PATH) throw missing;
    try {
      aptInstall(CHROMIUM_PACKAGES);
    } catch (error) {
      throw new Error(
        `Chromium not found and "apt-get install -y ${CHROMIUM_PACKAGES.join(' ')}" failed ` +
          `(${String(error)}). Install it by hand or set CHROMIUM_PATH.`,
      );
    }
    return chromiumPath();
  }
}

/** Launches the system Chromium (never a downloaded browser build). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** A static file server on 127.0.0.1 for a built app; unknown paths fall back to index.html. */
export async function serveStatic(
  dir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) file = join(root, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

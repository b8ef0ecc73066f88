import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prosodyConfig } from './prosodyConfig.ts';

/** A running private Prosody. */
export interface ProsodyServer {
  domain: string;
  mucDomain: string;
  /** WebSocket endpoint, `ws://127.0.0.1:<port>/xmpp-websocket`. */
  websocketUrl: string;
  c2sPort: number;
  pid: number;
  /** Creates an account by in-band registration (XEP-0077) over loopback. */
  register(username: string, password: string): Promise<void>;
  /** Stops the server by its PID and removes its files. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A crashed or interrupted test run must not leave servers behind.
  process.on('exit', () => {
    for (const child of running) if (child.pid) process.kill(child.pid, 'SIGKILL');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One exchange on a raw c2s socket: writes, then reads until `until` matches. */
function exchange(port: number, lines: string[], until: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let buffer = '';
    let step = 0;
    const timer = setTimeout(() => fail(new Error(`no answer from Prosody: ${buffer}`)), 5000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    };
    socket.setNoDelay(true);
    socket.on('error', fail);
    socket.connect(port, '127.0.0.1', () => socket.write(lines[step++] ?? ''));
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      if (step < lines.length && buffer.includes('</stream:features>')) {
        socket.write(lines[step++] ?? '');
        return;
      }
      if (until.test(buffer)) {
        clearTimeout(timer);
        socket.end('</stream:stream>');
        resolve(buffer);
      }
    });
  });
}

async function waitUntilListening(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prosody exited early; see ${log}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Prosody did not listen on ${port} within 10 s; see ${log}`);
}

/** Starts a fresh Prosody (memory storage) on free loopback ports, in the foreground. */
export async function startProsody(domain = 'localhost'): Promise<ProsodyServer> {
  installExitHook();
  const dir = mkdtempSync(join(tmpdir(), 'parley-prosody-'));
  const [c2sPort, httpPort] = [await freePort(), await freePort()];
  const mucDomain = `conference.${domain}`;
  const configPath = join(dir, 'prosody.cfg.lua');
  writeFileSync(configPath, prosodyConfig({ dir, domain, mucDomain, c2sPort, httpPort }));
  const child = spawn('prosody', ['--config', configPath, '-F'], { stdio: 'ignore' });
  running.add(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start prosody');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitUntilListening(c2sPort, child, join(dir, 'prosody.log'));
    await waitUntilListening(httpPort, child, join(dir, 'prosody.log'));
  } catch (error) {
    process.kill(pid, 'SIGKILL');
    running.delete(child);
    throw error;
  }
  const header = `<?xml version='1.0'?><stream:stream to='${domain}' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>`;
  return {
    domain,
    mucDomain,
    websocketUrl: `ws://127.0.0.1:${httpPort}/xmpp-websocket`,
    c2sPort,
    pid,
    async register(username, password) {
      const iq = `<iq type='set' id='reg'><query xmlns='jabber:iq:register'><username>${username}</username><password>${password}</password></query></iq>`;
      const answer = await exchange(c2sPort, [header, iq], /<iq[^>]*id=['"]reg['"][^>]*>/);
      if (!/type=['"]result['"]/.test(answer) && !answer.includes('conflict')) {
        throw new Error(`registration of ${username} failed: ${answer}`);
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(pid, 'SIGTERM');
        const timer = setTimeout(() => process.kill(pid, 'SIGKILL'), 2000);
        await exited;
        clearTimeout(timer);
      }
      running.delete(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

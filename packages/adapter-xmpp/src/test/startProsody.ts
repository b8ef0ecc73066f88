import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, isListening, waitUntil } from './ports.ts';
import { prosodyConfig } from './prosodyConfig.ts';
import { ServerProcess } from './ServerProcess.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';

/** A running private Prosody. */
export interface ProsodyServer extends XmppEndpoint {
  c2sPort: number;
  pid: number;
  /** Creates an account by in-band registration (XEP-0077) over loopback. */
  register(username: string, password: string): Promise<void>;
  /** Stops the server by its PID and removes its files. */
  stop(): Promise<void>;
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

/** Starts a fresh Prosody (memory storage) on free loopback ports, in the foreground. */
export async function startProsody(domain = 'localhost'): Promise<ProsodyServer> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-prosody-'));
  const [c2sPort, httpPort] = [await freePort(), await freePort()];
  const mucDomain = `conference.${domain}`;
  const configPath = join(dir, 'prosody.cfg.lua');
  writeFileSync(configPath, prosodyConfig({ dir, domain, mucDomain, c2sPort, httpPort }));
  const server = ServerProcess.spawn('prosody', ['--config', configPath, '-F']);
  const log = join(dir, 'prosody.log');
  const failed = () => (server.running ? undefined : `Prosody exited early; see ${log}`);
  try {
    for (const port of [c2sPort, httpPort]) {
      await waitUntil(() => isListening(port), `Prosody did not listen on ${port}; see ${log}`, {
        failed,
      });
    }
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  const header = `<?xml version='1.0'?><stream:stream to='${domain}' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>`;
  return {
    domain,
    mucDomain,
    websocketUrl: `ws://127.0.0.1:${httpPort}/xmpp-websocket`,
    c2sPort,
    pid: server.pid,
    async register(username, password) {
      const iq = `<iq type='set' id='reg'><query xmlns='jabber:iq:register'><username>${username}</username><password>${password}</password></query></iq>`;
      const answer = await exchange(c2sPort, [header, iq], /<iq[^>]*id=['"]reg['"][^>]*>/);
      if (!/type=['"]result['"]/.test(answer) && !answer.includes('conflict')) {
        throw new Error(`registration of ${username} failed: ${answer}`);
      }
    },
    async stop() {
      await server.stop(2000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

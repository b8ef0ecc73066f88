import { execFile } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type EjabberdConfigInput, ejabberdConfig } from './ejabberdConfig.ts';
import { EJABBERDCTL } from './ensureEjabberd.ts';
import { waitUntil } from './ports.ts';
import { ServerProcess } from './ServerProcess.ts';

const run = promisify(execFile);

/** What a node needs to know about the Erlang distribution it is part of. */
export interface Distribution {
  /** Port of the run's private epmd (never the system's 4369). */
  epmdPort: number;
  cookie: string;
}

/**
 * One private ejabberd node: its own Erlang node name, ports, config and spool directory under
 * `dir`. It can be stopped and started again with the same name and spool, as an operator
 * restarts a cluster node; Mnesia then brings it back into its cluster.
 */
export class EjabberdNode {
  readonly websocketUrl: string;
  private server: ServerProcess | undefined;
  private readonly spool: string;

  constructor(
    /** Erlang node name, `parley-…@127.0.0.1`. */
    readonly name: string,
    private readonly dir: string,
    private config: EjabberdConfigInput,
    private readonly distribution: Distribution,
  ) {
    this.websocketUrl = `ws://127.0.0.1:${config.httpPort}/xmpp-websocket`;
    this.spool = join(dir, 'spool');
    mkdirSync(join(dir, 'logs'), { recursive: true });
    writeFileSync(join(dir, 'ejabberd.yml'), ejabberdConfig(config));
    writeFileSync(join(dir, 'inetrc'), '{lookup, ["file", "native"]}.\n');
    // ejabberdctl sources this after choosing the user it runs as: root would run the node as
    // the system's `ejabberd` user. This node is private to the run, so it runs as the caller.
    writeFileSync(
      join(dir, 'ejabberdctl.cfg'),
      [
        'EXEC_CMD=as_current_user',
        `ERLANG_NODE=${name}`,
        `ERL_OPTIONS="-setcookie ${distribution.cookie} -start_epmd false -kernel inet_dist_use_interface {127,0,0,1}"`,
        `EJABBERD_PID_PATH=${join(dir, 'ejabberd.pid')}`,
        '',
      ].join('\n'),
    );
  }

  /** PID of the node's Erlang VM while it runs (ejabberdctl, its launcher, is its parent). */
  get pid(): number | undefined {
    return this.server?.running ? this.server.pid : undefined;
  }

  get running(): boolean {
    return this.server?.running ?? false;
  }

  /** Resident memory of the node's VM, bytes (0 when stopped). */
  rss(): number {
    const pid = this.pid;
    if (pid === undefined) return 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0; // it has just exited
    }
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      HOME: this.dir,
      ERL_EPMD_PORT: String(this.distribution.epmdPort),
      ERL_EPMD_ADDRESS: '127.0.0.1',
    };
  }

  private ctlArgs(): string[] {
    return ['--config-dir', this.dir, '--spool', this.spool, '--logs', join(this.dir, 'logs')];
  }

  get httpPort(): number {
    return this.config.httpPort;
  }

  /** Serves `hosts` from now on: rewrites the config and reloads it, which starts their modules. */
  async setHosts(hosts: readonly string[]): Promise<void> {
    this.config = { ...this.config, hosts };
    writeFileSync(join(this.dir, 'ejabberd.yml'), ejabberdConfig(this.config));
    if (this.running) await this.ctl('reload_config');
  }

  /** Starts the node and resolves once its admin API reports it started. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.running) return;
    const out = openSync(join(this.dir, 'console.log'), 'a');
    const server = ServerProcess.spawn(EJABBERDCTL, [...this.ctlArgs(), 'foreground'], {
      env: this.env(),
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    this.server = server;
    await this.ready(timeoutMs, server);
    const pid = Number(readFileSync(join(this.dir, 'ejabberd.pid'), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) throw new Error(`${this.name} wrote no PID file`);
    server.adopt(pid);
  }

  /** Waits until the node answers `status` as started (after a start or a cluster join). */
  async ready(timeoutMs = 60_000, server = this.server): Promise<void> {
    const where = `${join(this.dir, 'console.log')} and ${join(this.dir, 'logs')}`;
    await waitUntil(
      async () => {
        const status = await this.api('status', {}).catch(() => '');
        return typeof status === 'string' && /status: started/i.test(status);
      },
      `ejabberd node ${this.name} did not start; see ${where}`,
      {
        timeoutMs,
        failed: () =>
          server?.running ? undefined : `ejabberd node ${this.name} exited; see ${where}`,
      },
    );
  }

  /** Stops the node by its PID (a clean shutdown) and keeps its spool for a restart. */
  async stop(graceMs = 10_000): Promise<void> {
    await this.server?.stop(graceMs);
  }

  /** Kills the node's Erlang VM at once (SIGKILL), as a crash would; its spool stays. */
  async crash(): Promise<void> {
    const server = this.server;
    if (!server?.running) return;
    server.kill('SIGKILL');
    await server.exited;
  }

  /** Runs an `ejabberdctl` command against this node; rejects with its output on failure. */
  async ctl(...args: string[]): Promise<string> {
    try {
      const { stdout } = await run(EJABBERDCTL, [...this.ctlArgs(), ...args], {
        env: this.env(),
        timeout: 120_000,
      });
      return stdout;
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`ejabberdctl ${args.join(' ')} on ${this.name} failed: ${stdout}${stderr}`, {
        cause: error,
      });
    }
  }

  /**
   * Calls an ejabberd command through the admin API (the commands `ejabberdctl` runs, over
   * HTTP on 127.0.0.1: milliseconds instead of an Erlang VM started per command).
   */
  async api(command: string, args: Record<string, string>): Promise<unknown> {
    const response = await fetch(`http://127.0.0.1:${this.config.httpPort}/api/${command}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      throw new Error(`ejabberd ${command} failed (${response.status}): ${JSON.stringify(body)}`);
    }
    return body;
  }
}

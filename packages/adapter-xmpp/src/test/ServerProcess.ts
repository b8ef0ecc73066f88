import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const alive = new Set<ServerProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A crashed or interrupted run must not leave servers behind.
  process.on('exit', () => {
    for (const server of alive) server.kill('SIGKILL');
  });
}

/** The processes `pid` started, and theirs (Linux `/proc`), children first. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children = children.concat(text.split(/\s+/).map(Number));
    }
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/**
 * A server started by the test harness and stopped by its PID, never by name: other runs on
 * the same machine have servers of their own. A launcher script (ejabberdctl runs the Erlang
 * VM as its child and waits for it) names the server's own PID with {@link adopt}: stopping
 * signals that one, and the launcher exits once it has. Every one still running is killed,
 * with whatever it started, when this process exits.
 */
export class ServerProcess {
  readonly child: ChildProcess;
  /** Resolves when the spawned process has exited. */
  readonly exited: Promise<void>;
  private serverPid: number | undefined;

  private constructor(child: ChildProcess) {
    this.child = child;
    this.exited = new Promise((resolve) => {
      if (!this.running) resolve();
      else child.once('exit', () => resolve());
    });
    void this.exited.then(() => alive.delete(this));
  }

  /** Spawns `command` (stdio ignored unless `options` says otherwise) and tracks it. */
  static spawn(
    command: string,
    args: readonly string[],
    options: SpawnOptions = {},
  ): ServerProcess {
    installExitHook();
    const child = spawn(command, args, { stdio: 'ignore', ...options });
    if (child.pid === undefined) throw new Error(`could not start ${command}`);
    const server = new ServerProcess(child);
    alive.add(server);
    return server;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The server's PID: the adopted one, else the spawned process's. */
  get pid(): number {
    return this.serverPid ?? this.child.pid ?? 0;
  }

  /** Names the server's own PID when the spawned process is its launcher. */
  adopt(pid: number): void {
    this.serverPid = pid;
  }

  /**
   * Signals the server. Before a launcher's server is known (or for SIGKILL) the launcher and
   * everything it started, so nothing outlives it.
   */
  kill(signal: NodeJS.Signals): void {
    const launcher = this.child.pid ?? 0;
    const pids =
      this.serverPid !== undefined && signal !== 'SIGKILL'
        ? [this.serverPid]
        : [...descendants(launcher), launcher];
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // Already gone.
      }
    }
  }

  /** SIGTERM (a clean shutdown), then SIGKILL if it is still running after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running) return;
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

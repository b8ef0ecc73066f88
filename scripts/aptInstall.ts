import { execFileSync } from 'node:child_process';

/** Whether `binary` is on PATH. */
export function hasBinary(binary: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs Debian packages with apt-get, refreshing the package lists first when a fresh
 * image has none. Throws when apt-get fails (no root, no network, not Debian): callers turn
 * that into an error that says what to install by hand.
 */
export function aptInstall(packages: readonly string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: 'ignore',
      env,
    });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
    install();
  }
}

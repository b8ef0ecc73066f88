import { execFileSync } from 'node:child_process';

function has(binary: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function aptInstall(): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'prosody'], {
      stdio: 'ignore',
      env,
    });
  try {
    install();
  } catch {
    // A fresh image has no package lists yet.
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
    install();
  }
}

/**
 * Makes sure the `prosody` binary exists, installing Debian's package when it does not.
 * Throws (so the run fails loudly) when it cannot: the XMPP tests never skip silently.
 */
export function ensureProsody(): void {
  if (has('prosody')) return;
  try {
    aptInstall();
  } catch (error) {
    throw new Error(
      `Prosody is not installed and "apt-get install -y prosody" failed (${String(error)}). ` +
        'Install Prosody 0.12+ (Debian package "prosody") to run the @parley/adapter-xmpp tests.',
    );
  }
  if (!has('prosody')) throw new Error('apt-get reported success but `prosody` is not on PATH.');
}

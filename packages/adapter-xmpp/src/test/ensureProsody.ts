import { aptInstall, hasBinary } from '../../../../scripts/aptInstall.ts';

/**
 * Makes sure the `prosody` binary exists, installing Debian's package when it does not.
 * Throws (so the run fails loudly) when it cannot: the XMPP tests never skip silently.
 */
export function ensureProsody(): void {
  if (hasBinary('prosody')) return;
  try {
    aptInstall(['prosody']);
  } catch (error) {
    throw new Error(
      `Prosody is not installed and "apt-get install -y prosody" failed (${String(error)}). ` +
        'Install Prosody 0.12+ (Debian package "prosody") to run the @parley/adapter-xmpp tests.',
    );
  }
  if (!hasBinary('prosody'))
    throw new Error('apt-get reported success but `prosody` is not on PATH.');
}

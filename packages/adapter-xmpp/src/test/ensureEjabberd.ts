import { userInfo } from 'node:os';
import { hasBinary } from '../../../../scripts/aptInstall.ts';
import { ensureDebianPackage } from './ensureDebianPackage.ts';

/** Where Debian installs ejabberd's control script (`/usr/sbin`, not on every user's PATH). */
export const EJABBERDCTL = '/usr/sbin/ejabberdctl';

/** Whether ejabberd can run here, or why not. */
export type EjabberdStatus = { ok: true } | { ok: false; reason: string };

/**
 * Makes sure Debian's ejabberd (with its Erlang runtime and epmd) is installed, installing the
 * package when it is not. Returns why it cannot instead of throwing: the ejabberd runs are the
 * one part of the suite that may be skipped, and their tests say so loudly.
 */
export function ensureEjabberd(): EjabberdStatus {
  // Debian's ejabberdctl refuses every other user before it reads any configuration.
  const user = userInfo().username;
  if (user !== 'root' && user !== 'ejabberd') {
    return { ok: false, reason: `Debian's ejabberdctl runs only as root or ejabberd, not ${user}` };
  }
  try {
    ensureDebianPackage(EJABBERDCTL, 'ejabberd', '(ejabberd 23.01+) to run the cluster tests');
    if (!hasBinary('epmd')) throw new Error('`epmd` (Debian package erlang-base) is missing.');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

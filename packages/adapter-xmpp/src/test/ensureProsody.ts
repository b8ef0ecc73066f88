import { ensureDebianPackage } from './ensureDebianPackage.ts';

/**
 * Makes sure the `prosody` binary exists, installing Debian's package when it does not.
 * Throws (so the run fails loudly) when it cannot: the XMPP tests never skip silently.
 */
export function ensureProsody(): void {
  ensureDebianPackage(
    'prosody',
    'prosody',
    '(Prosody 0.12+) to run the @parley/adapter-xmpp tests',
  );
}

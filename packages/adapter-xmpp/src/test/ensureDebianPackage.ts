import { aptInstall, hasBinary } from '../../../../scripts/aptInstall.ts';

/**
 * Makes sure `binary` exists, installing Debian's `pkg` when it does not. Throws with what to
 * install by hand when it cannot (no root, no network, not Debian).
 */
export function ensureDebianPackage(binary: string, pkg: string, purpose: string): void {
  if (hasBinary(binary)) return;
  try {
    aptInstall([pkg]);
  } catch (error) {
    throw new Error(
      `${binary} is not installed and "apt-get install -y ${pkg}" failed (${String(error)}). ` +
        `Install the Debian package "${pkg}" ${purpose}.`,
    );
  }
  if (!hasBinary(binary))
    throw new Error(`apt-get reported success but \`${binary}\` is not on PATH.`);
}

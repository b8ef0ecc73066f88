import { ensureEjabberd } from './ensureEjabberd.ts';
import { ensureProsody } from './ensureProsody.ts';

/** Vitest global setup: installs Prosody and ejabberd once per run, before any test file starts. */
export default function setup(): void {
  ensureProsody();
  const ejabberd = ensureEjabberd();
  if (!ejabberd.ok) {
    console.warn(
      `\n!!! The ejabberd tests (single node and cluster) are SKIPPED: ${ejabberd.reason}\n`,
    );
  }
}

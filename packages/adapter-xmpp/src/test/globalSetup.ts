import { ensureProsody } from './ensureProsody.ts';

/** Vitest global setup: installs Prosody once per run, before any test file starts. */
export default function setup(): void {
  ensureProsody();
}

import type { ServerState } from './ServerState.ts';

/**
 * What a device's connection needs of its server: the state its commands work on, and a way
 * to answer only once a change is stored. `LocalServer` is the one implementation.
 */
export interface ServerPort {
  readonly state: ServerState;
  /** Runs a change and resolves with its result once it is stored. */
  commit<T>(change: () => T): Promise<T>;
}

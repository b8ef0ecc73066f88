import type { ConformanceFactory } from '@parley/core/testing';
import { type ProsodyServer, startProsody } from './startProsody.ts';
import { type XmppBackend, xmppFactory } from './xmppFactory.ts';

/** What the factory's backend also offers to the XMPP-specific tests. */
export type ProsodyBackend = XmppBackend<ProsodyServer>;

/** Conformance factory: a fresh Prosody per test, accounts registered on first use. */
export function prosodyFactory(onBackend?: (backend: ProsodyBackend) => void): ConformanceFactory {
  return xmppFactory(async () => {
    const server = await startProsody();
    return {
      server,
      serviceFor: () => server.websocketUrl,
      register: (account, password) => server.register(account, password),
      close: () => server.stop(),
    };
  }, onBackend);
}

/**
 * A factory for a test file, and the Prosody backend of the running test (set when the test's
 * `setup(factory)` made it), for the XMPP-specific tests.
 */
export function prosodyTestBackend(): { factory: ConformanceFactory; current(): ProsodyBackend } {
  let backend: ProsodyBackend | undefined;
  return {
    factory: prosodyFactory((made) => {
      backend = made;
    }),
    current() {
      if (!backend) throw new Error('no backend: call setup(factory) first');
      return backend;
    },
  };
}

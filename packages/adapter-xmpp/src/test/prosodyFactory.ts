import type { ChatAdapter } from '@parley/core';
import type { ConformanceFactory } from '@parley/core/testing';
import { createXmppAdapter } from '../createXmppAdapter.ts';
import type { XmppAdapterOptions } from '../XmppAdapterOptions.ts';
import { createTeamRoom } from './createTeamRoom.ts';
import { type ProsodyServer, startProsody } from './startProsody.ts';

/** What the factory's backend also offers to the XMPP-specific tests. */
export interface ProsodyBackend {
  server: ProsodyServer;
  /**
   * A new, not yet connected device of `account` (registered on first use). `service`
   * overrides the endpoint, e.g. a proxy that can cut the connection; `extra` sets other
   * options (login window sizes).
   */
  adapter(
    account: string,
    service?: string,
    extra?: Pick<XmppAdapterOptions, 'loginWindow' | 'unreadScan' | 'connectTimeoutMs'>,
  ): Promise<ChatAdapter>;
}

const password = (account: string) => `pw-${account}`;

/**
 * Accounts the conformance suite messages before they first sign in. A real server needs an
 * account before it accepts messages for it (Prosody bounces them otherwise), so the backend
 * provisions the suite's cast up front; any other account is registered on first connect.
 */
const CAST = ['alice', 'bob', 'carol', 'me', 'cs1', 'p1', 'p2', 'p3', 'p4', 'p5'];

/** Conformance factory: a fresh Prosody per test, accounts registered on first use. */
export function prosodyFactory(onBackend?: (backend: ProsodyBackend) => void): ConformanceFactory {
  return async ({ recallWindowMs }) => {
    const server = await startProsody();
    const registered = new Set<string>();
    const adapters: ChatAdapter[] = [];
    let teams = 0;
    const register = async (account: string) => {
      if (registered.has(account)) return;
      await server.register(account, password(account));
      registered.add(account);
    };
    const backend: ProsodyBackend = {
      server,
      async adapter(account, service = server.websocketUrl, extra = {}) {
        await register(account);
        const adapter = createXmppAdapter({
          service,
          domain: server.domain,
          username: account,
          password: password(account),
          mechanism: 'PLAIN',
          recallWindowMs,
          ...extra,
        });
        adapters.push(adapter);
        return adapter;
      },
    };
    await Promise.all(CAST.map(register));
    onBackend?.(backend);
    return {
      async connect(account) {
        const adapter = await backend.adapter(account);
        await adapter.connect();
        return adapter;
      },
      async createTeam({ owner, members }) {
        teams += 1;
        const teamId = `t${teams}`;
        for (const account of [owner, ...members]) await register(account);
        await createTeamRoom(
          server,
          teamId,
          { username: owner, password: password(owner) },
          members,
        );
        return teamId;
      },
      async close() {
        await Promise.all(adapters.map((a) => a.disconnect()));
        await server.stop();
      },
    };
  };
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

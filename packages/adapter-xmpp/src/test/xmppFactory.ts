import type { ChatAdapter } from '@parley/core';
import type { ConformanceFactory } from '@parley/core/testing';
import { createXmppAdapter } from '../createXmppAdapter.ts';
import type { XmppAdapterOptions } from '../XmppAdapterOptions.ts';
import { createTeamRoom } from './createTeamRoom.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';

/** What the factory's backend also offers to the XMPP-specific tests. */
export interface XmppBackend<S extends XmppEndpoint> {
  server: S;
  /**
   * A new, not yet connected device of `account` (registered on first use). `service`
   * overrides the endpoint, e.g. a proxy that can cut the connection; `extra` sets other
   * options (login window sizes, the connect timeout, the room check, the edit window).
   */
  adapter(
    account: string,
    service?: string,
    extra?: Pick<
      XmppAdapterOptions,
      'loginWindow' | 'unreadScan' | 'connectTimeoutMs' | 'roomCheckMs' | 'editWindowMs'
    >,
  ): Promise<ChatAdapter>;
}

/** One empty XMPP domain for one test: a fresh server, or a fresh virtual host of one. */
export interface TestDomain<S extends XmppEndpoint> {
  server: S;
  /** The endpoint devices of `account` connect to (accounts may live on different nodes). */
  serviceFor(account: string): string;
  /** Creates the account; creating it twice is no error. */
  register(account: string, password: string): Promise<void>;
  /** Releases the domain once every device has disconnected. */
  close(): Promise<void>;
}

const password = (account: string) => `pw-${account}`;

/**
 * Accounts the conformance suite messages before they first sign in. A real server needs an
 * account before it accepts messages for it (it bounces them otherwise), so the backend
 * provisions the suite's cast up front; any other account is registered on first connect.
 */
const CAST = ['alice', 'bob', 'carol', 'me', 'cs1', 'p1', 'p2', 'p3', 'p4', 'p5'];

/** Conformance factory over XMPP: a fresh domain per test, accounts registered on first use. */
export function xmppFactory<S extends XmppEndpoint>(
  open: () => Promise<TestDomain<S>>,
  onBackend?: (backend: XmppBackend<S>) => void,
): ConformanceFactory {
  return async ({ recallWindowMs, editWindowMs }) => {
    const domain = await open();
    const { server } = domain;
    const registered = new Set<string>();
    const adapters: ChatAdapter[] = [];
    let teams = 0;
    const register = async (account: string) => {
      if (registered.has(account)) return;
      await domain.register(account, password(account));
      registered.add(account);
    };
    const backend: XmppBackend<S> = {
      server,
      async adapter(account, service = domain.serviceFor(account), extra = {}) {
        await register(account);
        const adapter = createXmppAdapter({
          service,
          domain: server.domain,
          username: account,
          password: password(account),
          mechanism: 'PLAIN',
          recallWindowMs,
          editWindowMs,
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
          { ...server, websocketUrl: domain.serviceFor(owner) },
          teamId,
          { username: owner, password: password(owner) },
          members,
        );
        return teamId;
      },
      async close() {
        await Promise.all(adapters.map((a) => a.disconnect()));
        await domain.close();
      },
    };
  };
}

import { LocalServer, type LocalServerOptions } from '@parley/adapter-local';
import { FakeInteractions } from './FakeInteractions.ts';

/**
 * Easemob's cloud for the fake SDK: the embedded `LocalServer` holds users, groups, messages,
 * unread, pins, receipts and recall windows; this adds what Easemob's server keeps beyond it.
 * Several `FakeConnection`s (devices, users) share one cloud.
 */
export class FakeEasemobCloud {
  /** Tokens of users that have one; a user without one signs in with any token. */
  readonly tokens = new Map<string, string>();
  /**
   * When a server conversation was deleted, by `user|sessionId`: Easemob's deleteConversation
   * removes it from the server list for good (until a newer message), roaming or not.
   */
  readonly deletedAt = new Map<string, number>();
  /** Reactions and modified messages, and the devices told of them. */
  readonly interactions = new FakeInteractions();
  private sequence = 0;

  private constructor(readonly server: LocalServer) {}

  static async open(options: LocalServerOptions = {}): Promise<FakeEasemobCloud> {
    return new FakeEasemobCloud(await LocalServer.open(options));
  }

  /** A fresh id for the server's copy of a send: Easemob's server does not deduplicate. */
  nextId(): string {
    this.sequence += 1;
    return `em${this.sequence}`;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** Key of per-user, per-session cloud records. */
export function userSession(user: string, sessionId: string): string {
  return `${user}|${sessionId}`;
}

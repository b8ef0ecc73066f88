import { LocalServer, type LocalServerOptions } from '@parley/adapter-local';
import type { TMsgThreadMsgInfo } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';

/**
 * NetEase's cloud for the fake SDK: the embedded `LocalServer` holds accounts, teams, messages,
 * unread/ack, pins, receipts and recall windows; this adds what the SDK's server keeps beyond
 * it. Several `FakeNim` instances (devices, accounts) share one cloud.
 */
export class FakeNimCloud {
  /** Tokens of accounts that have one; an account without one signs in with any token. */
  readonly tokens = new Map<string, string>();
  /** When `deleteSession({ isSyncToServer })` / `deleteRoamingMsgs` cleared roaming, by `account|sessionId`. */
  readonly roamingClearedAt = new Map<string, number>();
  /** When a server session was deleted (`deleteCloudSessionList`), by `account|sessionId`. */
  readonly cloudDeletedAt = new Map<string, number>();
  /** Reply links (`threadMessageInfo`) of messages sent with `replyMsg`, by idClient. */
  readonly threads = new Map<string, TMsgThreadMsgInfo>();

  private constructor(readonly server: LocalServer) {}

  static async open(options: LocalServerOptions = {}): Promise<FakeNimCloud> {
    return new FakeNimCloud(await LocalServer.open(options));
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** Key of per-account, per-session cloud records. */
export function accountSession(account: string, sessionId: string): string {
  return `${account}|${sessionId}`;
}

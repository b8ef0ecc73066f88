import type {
  DirectoryQuery,
  DirectoryResult,
  HistoryDelete,
  HistoryQuery,
  Message,
  Page,
  PageQuery,
  Scene,
  SendRequest,
  Session,
  SessionId,
  StickTopInfo,
  Team,
  TeamMember,
  TeamReceiptDetail,
  UserProfile,
} from '@parley/core';
import {
  checkBoolean,
  checkId,
  checkIdClients,
  checkObject,
  checkOptional,
  checkSessionId,
  checkSessionIds,
  checkString,
  checkTime,
} from '@parley/core/rules';
import { deleteHistory, deleteSessions } from './deletes.ts';
import { searchDirectory } from './directory.ts';
import type { DeviceLink, FeedEntry } from './Feed.ts';
import { getHistory } from './history.ts';
import { edit, react } from './interactions.ts';
import { forward, recall, send } from './messages.ts';
import { getPinned, pin, unpin, updatePinExt } from './pins.ts';
import { markAllRead, markRead, sendReceipt, teamReceiptDetail } from './receipts.ts';
import type { ServerPort } from './ServerPort.ts';
import { getSession, getSessions, setMute, setSessionExt } from './sessions.ts';

/**
 * One signed-in device on the server: its login time (which decides whether sessions deleted
 * without history are still hidden) and every command it may issue. Commands resolve after
 * their changes are stored.
 */
export class ServerConnection {
  readonly loginTime: number;

  constructor(
    private readonly server: ServerPort,
    private readonly link: DeviceLink,
  ) {
    this.loginTime = server.state.data.tick();
    server.state.feed.attach(link);
  }

  private get account(): string {
    return this.link.account;
  }

  private get origin(): string {
    return this.link.deviceId;
  }

  /** Stops pushing events to the device. */
  close(): void {
    this.server.state.feed.detach(this.link);
  }

  /** Re-attaches after a network drop; the device then asks for what it missed. */
  reattach(): void {
    this.server.state.feed.attach(this.link);
  }

  head(): number {
    return this.server.state.feed.head(this.account);
  }

  since(seq: number): FeedEntry[] {
    return this.server.state.feed.since(this.account, seq);
  }

  getSessions(query: PageQuery): Page<Session> {
    return getSessions(this.server.state.data, this.account, query, this.loginTime);
  }

  getSession(id: SessionId): Session | null {
    checkSessionId(id);
    return getSession(this.server.state.data, this.account, id, this.loginTime);
  }

  getPinned(query: PageQuery): Page<Session> {
    return getPinned(this.server.state, this.account, query);
  }

  getHistory(query: HistoryQuery): Page<Message> {
    checkObject(query, 'query');
    checkSessionId(query.sessionId, 'query.sessionId');
    checkOptional(query.anchorTime, 'query.anchorTime', checkTime);
    return getHistory(this.server.state.data, this.account, query);
  }

  send(request: SendRequest): Promise<Message> {
    return this.server.commit(() => send(this.server.state, this.account, request, this.origin));
  }

  forward(idClient: string, target: { scene: Scene; to: string; idClient: string }) {
    checkId(idClient, 'idClient');
    return this.server.commit(() =>
      forward(this.server.state, this.account, idClient, target, this.origin),
    );
  }

  react(idClient: string, change: { key: string; on: boolean }): Promise<{ time: number }> {
    checkId(idClient, 'idClient');
    return this.server.commit(() =>
      react(this.server.state, this.account, idClient, change, this.origin),
    );
  }

  edit(idClient: string, body: string): Promise<{ time: number }> {
    checkId(idClient, 'idClient');
    return this.server.commit(() =>
      edit(this.server.state, this.account, idClient, body, this.origin),
    );
  }

  getUsers(accounts: readonly string[]): UserProfile[] {
    return this.server.state.data.profiles(accounts);
  }

  recall(idClient: string): Promise<Message> {
    checkId(idClient, 'idClient');
    return this.server.commit(() => recall(this.server.state, this.account, idClient, this.origin));
  }

  markRead(id: SessionId, ack: number): Promise<void> {
    checkSessionId(id);
    checkTime(ack, 'ack');
    return this.server.commit(() =>
      markRead(this.server.state, this.account, id, ack, this.origin),
    );
  }

  markAllRead(): Promise<void> {
    const ids = this.getAllSessionIds();
    return this.server.commit(() => markAllRead(this.server.state, this.account, ids, this.origin));
  }

  private getAllSessionIds(): SessionId[] {
    const ids: SessionId[] = [];
    let cursor = '';
    do {
      const page = this.getSessions({ cursor, limit: 100 });
      ids.push(...page.items.map((s) => s.id));
      cursor = page.cursor;
    } while (cursor);
    return ids;
  }

  sendReceipt(idClient: string): Promise<void> {
    checkId(idClient, 'idClient');
    return this.server.commit(() => sendReceipt(this.server.state, this.account, idClient));
  }

  teamReceiptDetail(idClient: string): TeamReceiptDetail {
    return teamReceiptDetail(this.server.state, checkId(idClient, 'idClient'));
  }

  pin(id: SessionId, ext?: string): Promise<StickTopInfo> {
    checkSessionId(id);
    checkOptional(ext, 'ext', checkString);
    return this.server.commit(() => pin(this.server.state, this.account, id, ext));
  }

  unpin(id: SessionId): Promise<StickTopInfo> {
    checkSessionId(id);
    return this.server.commit(() => unpin(this.server.state, this.account, id));
  }

  updatePinExt(id: SessionId, ext: string): Promise<StickTopInfo> {
    checkSessionId(id);
    checkString(ext, 'ext');
    return this.server.commit(() => updatePinExt(this.server.state, this.account, id, ext));
  }

  deleteSessions(ids: SessionId[], options: { clearHistory: boolean; unpin?: boolean }) {
    const valid = checkSessionIds(ids);
    checkObject(options, 'options');
    const opts = {
      clearHistory: checkBoolean(options.clearHistory, 'options.clearHistory'),
      unpin: checkOptional(options.unpin, 'options.unpin', checkBoolean) ?? false,
    };
    return this.server.commit(() =>
      deleteSessions(this.server.state, this.account, valid, opts, this.origin),
    );
  }

  deleteHistory(target: HistoryDelete): Promise<void> {
    checkObject(target, 'target');
    checkSessionId(target.sessionId, 'target.sessionId');
    if ('idClients' in target) checkIdClients(target.idClients, 'target.idClients');
    else checkTime(target.before, 'target.before');
    return this.server.commit(() =>
      deleteHistory(this.server.state, this.account, target, this.origin),
    );
  }

  setSessionExt(id: SessionId, ext: string): Promise<Session> {
    checkSessionId(id);
    checkString(ext, 'ext');
    return this.server.commit(() =>
      setSessionExt(this.server.state, this.account, id, ext, this.origin, this.loginTime),
    );
  }

  setMute(id: SessionId, mute: boolean): Promise<void> {
    checkSessionId(id);
    return this.server.commit(() =>
      setMute(this.server.state, this.account, id, checkBoolean(mute, 'mute'), this.origin),
    );
  }

  /** Tells the other side(s) of a session that the account is typing. */
  typing(id: SessionId): void {
    const { scene, to } = checkSessionId(id);
    const { data, feed } = this.server.state;
    const until = data.tick() + 3000;
    const targets =
      scene === 'p2p' ? [to] : (data.teams.get(to)?.members.map((m) => m.account) ?? []);
    for (const target of targets) {
      if (target === this.account) continue;
      const sessionId = scene === 'p2p' ? `p2p-${this.account}` : id;
      feed.emit(target, { type: 'typing', sessionId, from: this.account, until });
    }
  }

  getTeams(ids: readonly string[]): Team[] {
    return ids.flatMap((id) => {
      const team = this.server.state.data.team(id);
      return team ? [team] : [];
    });
  }

  getTeamMembers(id: string): TeamMember[] {
    return this.server.state.data.teams.get(id)?.members ?? [];
  }

  searchDirectory(query: DirectoryQuery): DirectoryResult {
    return searchDirectory(this.server.state.data, this.account, query);
  }
}

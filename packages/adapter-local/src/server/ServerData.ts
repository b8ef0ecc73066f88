import type { Scene, SessionId, Team, UserProfile } from '@parley/core';
import { NOT_PINNED, parseSessionId } from '@parley/core/rules';
import type { StorageWrite } from '../storage/ServerStorage.ts';
import { type RecordByStore, type StoreName, wrapRecord } from './records.ts';
import type { SessionRecord, StoredMessage, TeamRecord } from './types.ts';

function compareMessages(a: StoredMessage, b: StoredMessage): number {
  return a.time - b.time || (a.idClient < b.idClient ? -1 : a.idClient > b.idClient ? 1 : 0);
}

function addToSetMap(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

/**
 * The server's working set in memory, with the indexes its queries need, and the queue of
 * writes that the next flush sends to storage. Times come from a strictly increasing clock,
 * so no two server events share a time.
 */
export class ServerData {
  readonly users = new Map<string, UserProfile>();
  readonly teams = new Map<string, TeamRecord>();
  /** account → ids of the teams it belongs to. */
  readonly memberTeams = new Map<string, Set<string>>();
  /** conversation key → its messages, ascending by (time, idClient). */
  readonly convs = new Map<string, StoredMessage[]>();
  /** account → p2p peers it has messages with. */
  readonly peers = new Map<string, Set<string>>();
  readonly byId = new Map<string, StoredMessage>();
  /** account → its session records by session id. */
  readonly sessions = new Map<string, Map<SessionId, SessionRecord>>();
  private pending: StorageWrite[] = [];
  private clock = 0;

  constructor(private readonly now: () => number) {}

  /** A server time later than every time handed out before. */
  tick(): number {
    this.clock = Math.max(this.now(), this.clock + 1);
    return this.clock;
  }

  /** Keeps the clock ahead of times seen in stored data. */
  observeTime(time: number): void {
    if (time > this.clock) this.clock = time;
  }

  queue<S extends StoreName>(store: S, key: string, value: RecordByStore[S] | undefined): void {
    this.pending.push({ store, key, value: value && wrapRecord(store, value) });
  }

  /** Takes the writes queued since the last call. */
  takeWrites(): StorageWrite[] {
    const writes = this.pending;
    this.pending = [];
    return writes;
  }

  putUser(user: UserProfile): void {
    this.users.set(user.account, user);
    this.queue('users', user.account, user);
  }

  putTeam(record: TeamRecord): void {
    const old = this.teams.get(record.team.teamId);
    for (const m of old?.members ?? []) this.memberTeams.get(m.account)?.delete(record.team.teamId);
    for (const m of record.members) addToSetMap(this.memberTeams, m.account, record.team.teamId);
    this.teams.set(record.team.teamId, record);
    this.queue('teams', record.team.teamId, record);
  }

  /**
   * Adds or replaces a message and keeps its conversation sorted. `bulk` skips the sort;
   * the caller calls `sortAll` once at the end.
   */
  putMessage(message: StoredMessage, options: { persist?: boolean; bulk?: boolean } = {}): void {
    const key = convKeyOf(message);
    let conv = this.convs.get(key);
    if (!conv) {
      conv = [];
      this.convs.set(key, conv);
    }
    const old = this.byId.get(message.idClient);
    if (old) conv[conv.lastIndexOf(old)] = message;
    else {
      const last = conv[conv.length - 1];
      conv.push(message);
      if (!options.bulk && last && compareMessages(last, message) > 0) conv.sort(compareMessages);
      if (message.scene === 'p2p') {
        addToSetMap(this.peers, message.from, message.to);
        addToSetMap(this.peers, message.to, message.from);
      }
    }
    this.byId.set(message.idClient, message);
    this.observeTime(message.time);
    if (options.persist !== false) this.queue('messages', message.idClient, message);
  }

  /** Sorts every conversation; after a bulk load that appended out of order. */
  sortAll(): void {
    for (const conv of this.convs.values()) conv.sort(compareMessages);
  }

  /** The account's record of a session, created with defaults (not yet stored) if missing. */
  record(account: string, sessionId: SessionId): SessionRecord {
    let byAccount = this.sessions.get(account);
    if (!byAccount) {
      byAccount = new Map();
      this.sessions.set(account, byAccount);
    }
    let record = byAccount.get(sessionId);
    if (!record) {
      const parsed = parseSessionId(sessionId);
      record = {
        account,
        sessionId,
        scene: parsed?.scene ?? 'p2p',
        to: parsed?.to ?? '',
        ack: 0,
        msgReceiptTime: 0,
        stickTopInfo: NOT_PINNED,
        ext: '',
        mute: false,
        createdAt: 0,
        deletedAt: 0,
        clearedBefore: 0,
        deletedIds: [],
      };
      byAccount.set(sessionId, record);
    }
    return record;
  }

  /** Stores a changed record. */
  saveRecord(record: SessionRecord): void {
    this.sessions.get(record.account)?.set(record.sessionId, record);
    this.queue('sessions', recordKey(record.account, record.sessionId), record);
  }

  /** Messages of a session as seen by `account` (before one-sided deletes). */
  conversation(account: string, sessionId: SessionId): readonly StoredMessage[] {
    const parsed = parseSessionId(sessionId);
    if (!parsed) return [];
    return this.convs.get(convKey(parsed.scene, account, parsed.to)) ?? [];
  }

  /** Profiles of the given accounts that exist, in the order asked. */
  profiles(accounts: readonly string[]): UserProfile[] {
    return accounts.flatMap((account) => {
      const user = this.users.get(account);
      return user ? [user] : [];
    });
  }

  team(teamId: string): Team | undefined {
    return this.teams.get(teamId)?.team;
  }

  isMember(account: string, teamId: string): boolean {
    return this.memberTeams.get(account)?.has(teamId) ?? false;
  }
}

/** Storage key of a session record. */
export function recordKey(account: string, sessionId: SessionId): string {
  return `${account}\u0000${sessionId}`;
}

/** Key of the conversation between `account` and `to` (a peer or a team). */
export function convKey(scene: Scene, account: string, to: string): string {
  if (scene !== 'p2p') return `${scene}:${to}`;
  return account < to ? `p2p:${account}\u0000${to}` : `p2p:${to}\u0000${account}`;
}

/** Conversation key of a stored message. */
export function convKeyOf(message: StoredMessage): string {
  return convKey(message.scene, message.from, message.to);
}

/** The id of the session a message belongs to, for `account`. */
export function sessionIdFor(account: string, message: StoredMessage): SessionId {
  if (message.scene !== 'p2p') return `${message.scene}-${message.to}`;
  return `p2p-${message.from === account ? message.to : message.from}`;
}

/** Accounts that take part in a message's conversation. */
export function participants(data: ServerData, message: StoredMessage): string[] {
  if (message.scene === 'p2p') {
    return message.from === message.to ? [message.from] : [message.from, message.to];
  }
  return data.teams.get(message.to)?.members.map((m) => m.account) ?? [];
}

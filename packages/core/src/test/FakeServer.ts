import type { AdapterEvent } from '../model/AdapterEvent.ts';
import { ChatError } from '../model/ChatError.ts';
import { isCountable, type Message } from '../model/Message.ts';
import { emptySession, NOT_PINNED, type Session, type StickTopInfo } from '../model/Session.ts';
import { parseSessionId, type SessionId, toSessionId } from '../model/SessionId.ts';
import { compareMessages } from '../rules/messageOrder.ts';
import { newestMessage } from '../rules/newestMessage.ts';
import { survivesHistoryDelete } from '../rules/sessionDelete.ts';
import { reappearsAtLogin, type SessionDeletion } from './sessionDeletion.ts';

/** Per-account server state. */
interface AccountState {
  acks: Map<SessionId, number>;
  pins: Map<SessionId, StickTopInfo>;
  deletions: Map<SessionId, SessionDeletion>;
  historyBefore: Map<SessionId, number>;
  historyIds: Map<SessionId, Set<string>>;
  receipts: Map<SessionId, number>;
}

/** A device as the server sees it. */
export interface FakeDevice {
  account: string;
  connected: boolean;
  push(event: AdapterEvent): void;
}

/**
 * A minimal in-memory IM backend for core's controller tests: one message log, per-account
 * read marks, pins and deletes, pushing events to connected devices. Time is a counter so
 * tests are deterministic.
 */
export class FakeServer {
  clock = 1000;
  readonly messages: Message[] = [];
  readonly devices = new Set<FakeDevice>();
  readonly teams = new Map<string, string[]>();
  private readonly accounts = new Map<string, AccountState>();

  tick(): number {
    this.clock += 1;
    return this.clock;
  }

  account(name: string): AccountState {
    let state = this.accounts.get(name);
    if (!state) {
      state = {
        acks: new Map(),
        pins: new Map(),
        deletions: new Map(),
        historyBefore: new Map(),
        historyIds: new Map(),
        receipts: new Map(),
      };
      this.accounts.set(name, state);
    }
    return state;
  }

  /** Accounts that take part in a message. */
  participants(message: Pick<Message, 'scene' | 'from' | 'to'>): string[] {
    if (message.scene === 'p2p') return [message.from, message.to];
    return this.teams.get(message.to) ?? [message.from];
  }

  /** The message as `account` sees it (its session id). */
  viewOf(message: Message, account: string): Message {
    if (message.scene !== 'p2p') return message;
    const peer = message.from === account ? message.to : message.from;
    const sessionId = toSessionId('p2p', peer);
    return sessionId === message.sessionId ? message : { ...message, sessionId };
  }

  /** Pushes to every connected device of `accounts`, except `skip`. */
  broadcast(
    accounts: readonly string[],
    event: (account: string) => AdapterEvent | null,
    skip?: FakeDevice,
  ) {
    for (const device of this.devices) {
      if (device === skip || !device.connected || !accounts.includes(device.account)) continue;
      const payload = event(device.account);
      if (payload) device.push(payload);
    }
  }

  /** Messages of a session that `account` still has, oldest first. */
  history(account: string, sessionId: SessionId): Message[] {
    const state = this.account(account);
    const before = state.historyBefore.get(sessionId) ?? 0;
    const ids = state.historyIds.get(sessionId) ?? new Set<string>();
    const deletion = state.deletions.get(sessionId);
    const clearedAt = deletion?.clearHistory ? deletion.time : 0;
    return this.messages
      .filter((m) => this.participants(m).includes(account))
      .map((m) => this.viewOf(m, account))
      .filter((m) => m.sessionId === sessionId)
      .filter((m) =>
        survivesHistoryDelete(
          m,
          Math.max(before, clearedAt),
          Object.fromEntries([...ids].map((id) => [id, true])),
        ),
      )
      .sort(compareMessages);
  }

  /** Sessions of an account, built from its history (rule 1), newest first. */
  sessions(account: string): Session[] {
    const state = this.account(account);
    const ids = new Set<SessionId>();
    for (const message of this.messages) {
      if (this.participants(message).includes(account))
        ids.add(this.viewOf(message, account).sessionId);
    }
    const result: Session[] = [];
    for (const id of ids) {
      const messages = this.history(account, id);
      const newest = messages[messages.length - 1];
      if (!reappearsAtLogin(state.deletions.get(id) ?? null, newest?.time ?? null)) continue;
      const parsed = parseSessionId(id);
      if (!parsed || !newest) continue;
      const ack = state.acks.get(id) ?? 0;
      let lastMsg: Message | null = null;
      for (const message of messages) lastMsg = newestMessage(lastMsg, message);
      const unread = messages.filter(
        (m) => m.from !== account && !m.recall && isCountable(m) && m.time > ack,
      ).length;
      result.push({
        ...emptySession(parsed.scene, parsed.to),
        lastMsg,
        updateTime: newest.time,
        unread,
        ack,
        msgReceiptTime: state.receipts.get(id) ?? 0,
        stickTopInfo: state.pins.get(id) ?? NOT_PINNED,
      });
    }
    return result.sort((a, b) => b.updateTime - a.updateTime || (a.id < b.id ? -1 : 1));
  }

  find(idClient: string): Message | undefined {
    return this.messages.find((m) => m.idClient === idClient);
  }

  replace(message: Message): void {
    const index = this.messages.findIndex((m) => m.idClient === message.idClient);
    if (index >= 0) this.messages[index] = message;
    else this.messages.push(message);
  }

  pinnedCount(account: string): number {
    return [...this.account(account).pins.values()].filter((p) => p.isStickOnTop).length;
  }

  notFound(what: string): ChatError {
    return new ChatError('NOT_FOUND', `${what} not found`);
  }
}

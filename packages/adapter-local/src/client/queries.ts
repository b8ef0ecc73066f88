import type { ChatAdapter, Message } from '@parley/core';
import { ChatError } from '@parley/core';
import type { ServerConnection } from '../server/ServerConnection.ts';

/** Runs a function on the live connection, rejecting with `NOT_CONNECTED` when offline. */
export type Call = <T>(run: (conn: ServerConnection) => T | Promise<T>) => Promise<T>;

function idOf(message: Message): string {
  if (typeof message !== 'object' || message === null || typeof message.idClient !== 'string') {
    throw new ChatError('INVALID_ARGUMENT', 'Expected a message with an idClient');
  }
  return message.idClient;
}

/** The adapter methods that map one-to-one onto server commands and queries. */
export function bindQueries(
  call: Call,
): Omit<ChatAdapter, 'connect' | 'disconnect' | 'subscribe' | 'send'> {
  return {
    getSessions: (query) => call((c) => c.getSessions(query ?? {})),
    getSession: (id) => call((c) => c.getSession(id)),
    getPinnedSessions: (query) => call((c) => c.getPinned(query ?? {})),
    getHistory: (query) => call((c) => c.getHistory(query)),
    recall: (message) => call((c) => c.recall(idOf(message))),
    react: (message, change) => call((c) => c.react(idOf(message), change)),
    edit: (message, body) => call((c) => c.edit(idOf(message), body)),
    markSessionRead: (id, ack) => call((c) => c.markRead(id, ack)),
    markAllSessionsRead: () => call((c) => c.markAllRead()),
    sendReceipt: (message) => call((c) => c.sendReceipt(idOf(message))),
    pin: (id, ext) => call((c) => c.pin(id, ext)),
    unpin: (id) => call((c) => c.unpin(id)),
    updatePinExt: (id, ext) => call((c) => c.updatePinExt(id, ext)),
    deleteSessions: (ids, options) => call((c) => c.deleteSessions(ids, options)),
    deleteHistory: (target) => call((c) => c.deleteHistory(target)),
    setSessionExt: (id, ext) => call((c) => c.setSessionExt(id, ext)),
    setMute: (id, mute) => call((c) => c.setMute(id, mute)),
    sendTyping: (id) => call((c) => c.typing(id)),
    forward: (message, target) => call((c) => c.forward(idOf(message), target)),
    getUsers: (accounts) => call((c) => c.getUsers(accounts)),
    getTeams: (ids) => call((c) => c.getTeams(ids)),
    getTeamMembers: (id) => call((c) => c.getTeamMembers(id)),
    getTeamReceiptDetail: (message) => call((c) => c.teamReceiptDetail(idOf(message))),
    searchDirectory: (query) => call((c) => c.searchDirectory(query)),
  };
}

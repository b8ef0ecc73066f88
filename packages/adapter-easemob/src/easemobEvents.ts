import type { Message, SessionId } from '@parley/core';
import { NOT_PINNED, recallTip } from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import { sessionIdOf } from './conversationTarget.ts';
import { advance, type EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import type { EasemobHandlers } from './EasemobConnection.ts';
import { reactionChanges } from './easemobReactions.ts';
import { fetchHistory } from './fetchHistory.ts';
import { toMessage } from './toMessage.ts';

/** Codes of `onDisconnected` that mean this device was signed out by the server. */
const KICKED = new Set([206, 207, 216, 217, 220]);

/** What the event translation needs besides the adapter's deps. */
export interface EventOptions {
  /** True once `disconnect` was asked for: the SDK's `onDisconnected` is then expected. */
  stopping(): boolean;
}

function byServerId(deps: EasemobAdapterDeps, id: string | undefined): Message | undefined {
  return id ? deps.seen.get(id) : undefined;
}

/**
 * The messages a deleteRoaming event took away: Easemob says only which conversation changed,
 * so the messages this device saw there are looked for again in the server's history.
 */
async function roamingDeleted(deps: EasemobAdapterDeps, sessionId: SessionId): Promise<void> {
  const known = new Map<string, Message>();
  for (const m of deps.seen.values()) if (m.sessionId === sessionId) known.set(m.idClient, m);
  if (known.size === 0) return;
  const oldest = Math.min(...[...known.values()].map((m) => m.time));
  const still = new Set<string>();
  let cursor = '';
  do {
    const page = await fetchHistory({ sessionId, limit: 100, cursor }, deps);
    for (const m of page.items) still.add(m.idClient);
    cursor = page.items.some((m) => m.time < oldest) ? '' : page.cursor;
  } while (cursor);
  const gone = [...known.keys()].filter((id) => !still.has(id));
  for (const id of gone) deps.forget(id);
  if (gone.length > 0) {
    deps.emit({ type: 'historyDeleted', sessionId, idClients: gone, time: Date.now() });
  }
}

/**
 * Translates the SDK's events (seed 002's multi-device events, acks, recalls) into Parley's
 * adapter events. A channel ack is a session read: from my other device it resets my unread
 * (`sessionRead`), from the peer it says they read everything (`p2pReceipt`). A read ack is a
 * receipt of one message; in a group it carries the read count.
 */
export function easemobHandlers(deps: EasemobAdapterDeps, opts: EventOptions): EasemobHandlers {
  const me = () => deps.me();
  const connection = (status: 'connected' | 'reconnecting' | 'disconnected', error?: unknown) => {
    const code = typeof error === 'object' && error ? Reflect.get(error, 'type') : undefined;
    deps.emit({
      type: 'connection',
      status,
      ...(KICKED.has(Number(code))
        ? {
            error: {
              code: 'NOT_CONNECTED',
              message: `Signed out by the server (${String(code)}): another device may have signed in`,
            },
          }
        : {}),
    });
  };
  const fail = (error: unknown) => void error;
  const known = (id: string) => deps.seen.get(id);

  return {
    onConnected: () => connection('connected'),
    onReconnecting: () => connection('reconnecting'),
    onDisconnected: (error) => {
      if (!opts.stopping()) connection('disconnected', error);
    },
    onMessage: (list) => {
      for (const body of Array.isArray(list) ? list : []) {
        const message = toMessage(body, me(), known);
        if (!message) continue;
        deps.remember(message);
        const hiddenAt = deps.hidden.get(message.sessionId);
        if (hiddenAt !== undefined && message.time > hiddenAt)
          deps.hidden.delete(message.sessionId);
        deps.emit({ type: 'message', message });
      }
    },
    onChannelMessage: (ack: EasemobChat.ChannelMsgBody) => {
      const mine = ack?.from === me();
      const id = sessionIdOf(ack?.chatType, mine ? ack?.to : ack?.from);
      const time = Number(ack?.time) || Date.now();
      if (!id) return;
      if (mine) {
        advance(deps.reads.ack, id, time);
        deps.emit({ type: 'sessionRead', sessionId: id, ack: time });
      } else if (id.startsWith('p2p-')) {
        advance(deps.reads.receipt, id, time);
        deps.emit({ type: 'p2pReceipt', sessionId: id, time });
      }
    },
    onReadMessage: (ack: EasemobChat.ReadMsgBody) => {
      const read = byServerId(deps, ack?.mid ?? ack?.ackId);
      if (!read) return;
      if (read.scene === 'p2p') {
        advance(deps.reads.receipt, read.sessionId, read.time);
        deps.emit({ type: 'p2pReceipt', sessionId: read.sessionId, time: read.time });
        return;
      }
      const count = Number(ack.groupReadCount?.[read.idServer]) || 0;
      if (count <= 0) return;
      deps.groupMembers(read.to).then((members) => {
        const others = members.filter((m) => m !== read.from).length;
        deps.emit({
          type: 'teamReceipt',
          sessionId: read.sessionId,
          idClient: read.idClient,
          read: count,
          unread: Math.max(0, others - count),
        });
      }, fail);
    },
    onRecallMessage: (notice: EasemobChat.RecallMsgBody) => {
      const original = byServerId(deps, notice?.mid);
      if (!original) return;
      const time = Math.max(Date.now(), original.time);
      const recalled = deps.recalls.add(
        recallTip(original, {
          by: notice.from || original.from,
          time,
          viewer: deps.me(),
        }),
      );
      deps.emit({ type: 'recall', message: recalled });
    },
    onReactionChange: (event: EasemobChat.ReactionMessage) => {
      // Only messages this device has: the store drops the others, and history brings them
      // with their reactions.
      const target = byServerId(deps, event?.messageId);
      if (!target) return;
      const time = Number(event.ts) || deps.clock.now();
      deps.clock.observe(time);
      for (const { account, change } of reactionChanges(event)) {
        deps.emit({
          type: 'reaction',
          sessionId: target.sessionId,
          idClient: target.idClient,
          account,
          time,
          change,
        });
      }
    },
    onModifiedMessage: (body) => {
      const edited = toMessage(body, me(), known);
      if (edited?.type !== 'text') return;
      const idClient = byServerId(deps, edited.idServer)?.idClient ?? edited.idClient;
      deps.emit({
        type: 'edit',
        sessionId: edited.sessionId,
        idClient,
        body: edited.body,
        // The event carries modifiedInfo; without it the edit still shows, at this moment.
        time: edited.editedAt ?? deps.clock.now(),
      });
    },
    onMultiDeviceEvent: (event) => {
      if (!event || !('conversationId' in event)) return;
      const type =
        'conversationType' in event
          ? event.conversationType
          : 'chatType' in event
            ? event.chatType
            : undefined;
      const id = sessionIdOf(type, event.conversationId);
      if (!id) return;
      switch (event.operation) {
        case 'pinnedConversation':
        case 'unpinnedConversation': {
          const time = Number(event.timestamp) || Date.now();
          const stickTopInfo =
            event.operation === 'pinnedConversation'
              ? { isStickOnTop: true, createTime: time, updateTime: time, ext: '' }
              : { ...NOT_PINNED, updateTime: time };
          deps.emit({ type: 'pin', sessionId: id, stickTopInfo });
          return;
        }
        case 'deleteConversation':
          deps.recalls.clear(id);
          deps.emit({
            type: 'sessionsDeleted',
            sessionIds: [id],
            time: Number(event.timestamp) || Date.now(),
            clearHistory: true,
          });
          return;
        case 'deleteRoaming':
          roamingDeleted(deps, id).catch(fail);
          return;
        default:
          return;
      }
    },
  };
}

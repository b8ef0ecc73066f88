import type { ChatAdapter, Message } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkIdClients, checkTime, MAX_PAGE_SIZE, recallTip } from '@parley/core/rules';
import { conversationTarget, messageTarget } from './conversationTarget.ts';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';
import { fetchHistory } from './fetchHistory.ts';
import { acceptedMessage, sendToEasemob } from './sendToEasemob.ts';

/** Message ids per `removeHistoryMessages` call (the SDK takes at most 20). */
const DELETE_BATCH = 20;

/** What {@link messageMethods} adds to the adapter. */
export type EasemobMessageMethods = Pick<
  ChatAdapter,
  'getHistory' | 'deleteHistory' | 'send' | 'recall' | 'sendReceipt' | 'getTeamReceiptDetail'
>;

/**
 * Messages and their history: send by type, recall, read acks (p2p receipts and group read
 * acks), history pages with this device's recall notices put back, one-sided deletes.
 */
export function messageMethods(deps: EasemobAdapterDeps): EasemobMessageMethods {
  const { conn, recalls, me, live, remember } = deps;
  /** Sends of this device by idClient: Easemob's server does not deduplicate. */
  const sends = new Map<string, Promise<Message>>();

  /** The server ids of messages of a session, found among those seen or in its history. */
  const serverIds = async (sessionId: string, idClients: string[]): Promise<string[]> => {
    const wanted = new Set(idClients);
    const found = new Map<string, string>();
    const take = (m: Message | undefined) => {
      if (m && m.sessionId === sessionId && wanted.has(m.idClient) && m.idServer) {
        found.set(m.idClient, m.idServer);
      }
    };
    for (const id of wanted) take(deps.seen.get(id));
    let cursor = '';
    while (found.size < wanted.size) {
      const page = await fetchHistory({ sessionId, limit: MAX_PAGE_SIZE, cursor }, deps);
      for (const m of page.items) take(m);
      cursor = page.cursor;
      if (!cursor) break;
    }
    const unknown = [...wanted].filter((id) => !found.has(id));
    if (unknown.length > 0) {
      throw new ChatError('NOT_FOUND', 'Some messages are not in this session', {
        details: { sessionId, idClients: unknown },
      });
    }
    return [...found.values()];
  };

  return {
    async getHistory(query) {
      conversationTarget(query?.sessionId);
      live();
      return fetchHistory(query, deps);
    },

    async deleteHistory(target) {
      const { to, chatType } = conversationTarget(target?.sessionId);
      if ('idClients' in target) {
        const idClients = checkIdClients(target.idClients);
        live();
        const ids = await serverIds(target.sessionId, idClients);
        for (let i = 0; i < ids.length; i += DELETE_BATCH) {
          const messageIds = ids.slice(i, i + DELETE_BATCH);
          await emCall('other', () =>
            conn.removeHistoryMessages({ targetId: to, chatType, messageIds }),
          );
        }
        for (const id of idClients) deps.forget(id);
        return;
      }
      const before = checkTime(target?.before, 'before');
      live();
      // The server deletes strictly before its time; Parley's "before T" includes T.
      await emCall('other', () =>
        conn.removeHistoryMessages({ targetId: to, chatType, beforeTimeStamp: before + 1 }),
      );
      recalls.clear(target.sessionId, before);
    },

    send(request, sendOptions) {
      const id = typeof request?.idClient === 'string' ? request.idClient : '';
      const known = id ? sends.get(id) : undefined;
      if (known) return known;
      const sending = (async () => {
        live();
        const sent = await sendToEasemob(conn, request, sendOptions);
        const message = acceptedMessage(request, me(), sent);
        // The server's copy carries its time: a fresh stamp of its clock.
        if (sent.message) deps.clock.observe(message.time);
        remember(message);
        return message;
      })();
      if (id) {
        sends.set(id, sending);
        // A failed send may be tried again with the same idClient.
        sending.catch(() => sends.delete(id));
      }
      return sending;
    },

    async recall(message) {
      const { to, chatType } = messageTarget(message);
      live();
      if (message.from !== me()) {
        throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
      }
      if (!message.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
      await emCall('recall', () => conn.recallMessage({ mid: message.idServer, to, chatType }));
      return recalls.add(
        recallTip(message, { by: me(), time: Math.max(Date.now(), message.time), viewer: me() }),
      );
    },

    async sendReceipt(message) {
      const { to, chatType } = messageTarget(message);
      live();
      if (!message.idServer || message.from === me()) return;
      // A read ack: the p2p receipt, or one member's read of a group message (seed 002).
      const peer = chatType === 'singleChat' ? message.from : to;
      await emCall('other', () =>
        // As `message.create({ type: 'read', id })` makes it: `id` names the message read.
        conn.send({ id: message.idServer, type: 'read', chatType, to: peer }),
      );
    },

    async getTeamReceiptDetail(message) {
      const { scene, to } = messageTarget(message);
      live();
      if (scene !== 'team')
        throw new ChatError('UNSUPPORTED', 'Only group messages have read lists');
      const read = new Set<string>();
      const result = await emCall('other', () =>
        conn.getGroupMsgReadUser({ groupId: to, msgId: message.idServer }),
      );
      for (const user of result?.data?.userlist ?? []) read.add(user);
      const members = await deps.groupMembers(to);
      return {
        read: [...read],
        unread: members.filter((m) => m !== message.from && !read.has(m)),
      };
    },
  };
}

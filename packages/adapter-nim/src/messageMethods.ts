import type { ChatAdapter, Message, SessionId } from '@parley/core';
import { ChatError } from '@parley/core';
import { recallTip } from '@parley/core/rules';
import type { IMMessage } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import { deleteHistory } from './deleteHistory.ts';
import { fetchHistory, type HistoryDeps } from './fetchHistory.ts';
import type { NimAdapterDeps } from './NimAdapterDeps.ts';
import { nimCall } from './nimErrors.ts';
import { sendToNim } from './sendToNim.ts';
import { messageTarget, sessionTarget } from './sessionTarget.ts';
import { toMessage } from './toMessage.ts';
import { toNimMessage } from './toNimMessage.ts';

/** What {@link messageMethods} adds to the adapter. */
export type NimMessageMethods = Pick<
  ChatAdapter,
  | 'getHistory'
  | 'deleteHistory'
  | 'send'
  | 'recall'
  | 'sendReceipt'
  | 'getTeamReceiptDetail'
  | 'replies'
>;

/**
 * Messages (seed 004) and their history: send by type (replies with the SDK's `replyMsg`),
 * recall, p2p and team receipts, history pages from `msgLog` with this device's recall notices
 * put back and quotes read, one-sided deletes.
 */
export function messageMethods(deps: NimAdapterDeps): NimMessageMethods {
  const { nim, cache, recalls, me, live, remember, replies } = deps;

  /** The SDK's own copy when this device saw it, else one rebuilt from Parley's message. */
  const imOf = (message: Message): IMMessage =>
    cache.get(message.idClient) ?? toNimMessage(message, me());
  const history = (sessionId: SessionId): HistoryDeps => ({
    me: me(),
    msgLog: nim.msgLog,
    recalled: recalls.of(sessionId),
    remember,
    replies,
  });

  return {
    replies: true,

    async getHistory(query) {
      sessionTarget(query?.sessionId);
      live();
      return fetchHistory(query, history(query.sessionId));
    },

    async deleteHistory(target) {
      const { scene } = sessionTarget(target?.sessionId);
      live();
      await deleteHistory(target, scene, {
        msg: nim.msg,
        find: (id) => cache.get(id),
        page: (query) => fetchHistory(query, history(target.sessionId)),
        forgetRecalls: (before) => recalls.clear(target.sessionId, before),
      });
    },

    async send(request, sendOptions) {
      live();
      const replyTo = request?.replyTo;
      const replyMsg = replyTo ? replies.replyMsg(replyTo, request) : undefined;
      const sent = await sendToNim(nim.msg, request, sendOptions, replyMsg);
      remember(sent);
      const message = toMessage(sent, me());
      if (!message) throw new ChatError('SEND_FAILED', 'The SDK answered the send with no message');
      return replyTo ? { ...message, replyTo } : message;
    },

    async recall(message) {
      messageTarget(message);
      live();
      if (message.from !== me()) {
        throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
      }
      if (!message.idServer) throw new ChatError('NOT_FOUND', 'The message was never sent');
      await nimCall('recall', () => nim.msg.recallMsg({ msg: imOf(message) }));
      return recalls.add(
        recallTip(message, { by: me(), time: Math.max(Date.now(), message.time), viewer: me() }),
      );
    },

    async sendReceipt(message) {
      const { scene, to } = messageTarget(message);
      live();
      if (scene === 'p2p') {
        await nimCall('other', () => nim.msg.sendMsgReceipt({ msg: imOf(message) }));
      } else if (scene === 'team' && message.idServer) {
        const receipt = { teamId: to, idServer: message.idServer, idClient: message.idClient };
        await nimCall('other', () => nim.msg.sendTeamMsgReceipt({ teamMsgReceipts: [receipt] }));
      }
      // superTeam: the SDK has no read receipts for super teams, so there is no one to tell.
    },

    async getTeamReceiptDetail(message) {
      const { scene, to } = messageTarget(message);
      live();
      if (scene !== 'team')
        throw new ChatError('UNSUPPORTED', 'Only team messages have read lists');
      const teamMsgReceipt = { teamId: to, idServer: message.idServer, idClient: message.idClient };
      const result = await nimCall('other', () =>
        nim.msg.getTeamMsgReadAccounts({ teamMsgReceipt }),
      );
      return {
        read: [...(result?.readAccounts ?? [])],
        unread: [...(result?.unreadAccounts ?? [])],
      };
    },
  };
}

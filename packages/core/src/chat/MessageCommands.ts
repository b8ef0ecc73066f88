import { checkContent } from '../controller/checkContent.ts';
import { checkTeamExists } from '../controller/checkTeamExists.ts';
import { deliver } from '../controller/deliver.ts';
import { guard } from '../controller/guard.ts';
import { loadLatest, loadPage } from '../controller/history.ts';
import { asksReceipt, buildOutgoing, requestOf } from '../controller/outgoingMessage.ts';
import { newestIncoming } from '../controller/readMarks.ts';
import { replyTarget } from '../controller/replyTarget.ts';
import type { TeamReceiptDetail } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { OutgoingContent } from '../OutgoingContent.ts';
import { recallWindowOf } from '../rules/recall.ts';
import {
  checkId,
  checkIdClients,
  checkMessageRef,
  checkSessionId,
  checkTime,
} from '../rules/validate.ts';
import { selectMessage } from '../store/selectors.ts';
import { SessionCommands } from './SessionCommands.ts';

/** The commands on messages: history, sending, recall, deletes, receipts, typing. */
export class MessageCommands extends SessionCommands {
  /** Loads the newest page of a session if none is loaded. */
  openSession = (sessionId: SessionId): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      if (this.paging.opened.has(sessionId)) return;
      this.connection.require();
      await loadLatest(this.paging, sessionId);
      // Opening marked the session read before its messages were here; when my message was
      // the newest, the peer's latest one is only known now.
      const state = this.events.state();
      if (state.activeSessionId === sessionId) {
        const incoming = newestIncoming(state, sessionId);
        if (incoming) {
          this.receipts.sendOnce(incoming).catch((e: unknown) => this.events.report(e));
        }
      }
    });

  /** Loads one more page of older messages; nothing at the end or while loading. */
  loadOlder = (sessionId: SessionId): Promise<void> => this.#loadMore(sessionId, 'older');

  /** Loads one more page of newer messages; nothing at the end or while loading. */
  loadNewer = (sessionId: SessionId): Promise<void> => this.#loadMore(sessionId, 'newer');

  #loadMore(sessionId: SessionId, direction: 'older' | 'newer'): Promise<void> {
    return guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      const window = this.events.state().messages[sessionId];
      if (!window || !this.paging.opened.has(sessionId)) {
        await this.openSession(sessionId);
        return;
      }
      const older = direction === 'older';
      if (
        older
          ? !window.hasMoreOlder || window.loadingOlder
          : !window.hasMoreNewer || window.loadingNewer
      ) {
        return;
      }
      this.connection.require();
      const cursor = older ? window.olderCursor : window.newerCursor;
      const edgeId = older ? window.ids[0] : window.ids[window.ids.length - 1];
      const edge = edgeId === undefined ? undefined : selectMessage(window, edgeId);
      if (!cursor && !edge) {
        throw new ChatError('INVALID_STATE', `No page to continue in ${sessionId}`);
      }
      await loadPage(this.paging, sessionId, direction, { cursor, edge });
    });
  }

  /**
   * Sends; the message is in the store as `sending` before the adapter answers. Content
   * that breaks a rule is rejected before that, and nothing enters the store: a text longer
   * than `maxTextLength` with `TEXT_TOO_LONG`, anything malformed with `INVALID_ARGUMENT`. A
   * send to a team the store does not know yet first asks the adapter's `getTeams`: a team
   * that does not exist is `NOT_FOUND`, again with nothing in the store (no failed message,
   * no new session). Without `getTeams` the send goes out and fails as the backend says.
   * With `replyTo`, the message quotes one of the session (`UNSUPPORTED` without the
   * adapter's `replies`, `INVALID_STATE` for a recalled one).
   * The message is in the outbox (`CreateChatOptions.persistence`) before the adapter is
   * asked; a send the connection lost stays `sending` and resolves once it went out after
   * the reconnect.
   */
  send = (sessionId: SessionId, content: OutgoingContent): Promise<Message> =>
    guard('SEND_FAILED', async () => {
      const target = checkSessionId(sessionId);
      checkContent(content, this.maxTextLength);
      this.connection.require();
      const { adapter, events, sends, options } = this;
      const replyTo = replyTarget(events.state(), adapter, sessionId, content);
      const asking = checkTeamExists(events, adapter, target);
      if (asking) await asking;
      const outgoing = buildOutgoing(sessionId, content, {
        idClient: options.createId(),
        from: events.state().me,
        time: options.now(),
        teamReceipts: options.teamReceipts,
        ...(replyTo ? { replyTo } : {}),
      });
      const { idClient } = outgoing.message;
      sends.receiptRequests.set(idClient, outgoing.request.needReceipt === true);
      if (outgoing.file) sends.files.set(idClient, outgoing.file);
      events.dispatch({ type: 'outgoing', message: outgoing.message });
      return deliver(this.delivery, outgoing.message, (sendOptions) =>
        adapter.send(outgoing.request, sendOptions),
      );
    });

  /** Cancels a file message's upload; the send ends `sendFailed` with `UPLOAD_CANCELLED`. */
  cancelUpload = (idClient: string): void => {
    this.sends.uploads.get(checkId(idClient, 'idClient'))?.abort();
  };

  /** Resends a `sendFailed` message with the same `idClient` (seed 004). */
  resend = (message: Message): Promise<Message> =>
    guard('SEND_FAILED', async () => {
      checkMessageRef(message);
      this.connection.require();
      const { events, sends } = this;
      const window = events.state().messages[message.sessionId];
      const current = selectMessage(window, message.idClient) ?? message;
      if (current.status !== 'sendFailed') {
        throw new ChatError('INVALID_STATE', 'Only messages that failed to send can be resent', {
          details: { status: current.status },
        });
      }
      events.dispatch({ type: 'resend', sessionId: current.sessionId, idClient: current.idClient });
      const file = sends.files.get(current.idClient);
      const needReceipt =
        sends.receiptRequests.get(current.idClient) ??
        asksReceipt(current, this.options.teamReceipts);
      return deliver(this.delivery, { ...current, status: 'sending' }, (options) =>
        this.adapter.send(requestOf(current, file, needReceipt), options),
      );
    });

  /** Forwards a copy (new `idClient`) into another session; optimistic like `send`. */
  forward = (message: Message, toSessionId: SessionId): Promise<Message> =>
    guard('SEND_FAILED', async () => {
      checkMessageRef(message);
      const target = checkSessionId(toSessionId, 'toSessionId');
      this.connection.require();
      if (message.recall) {
        throw new ChatError('INVALID_STATE', 'A recalled message cannot be forwarded');
      }
      const idClient = this.options.createId();
      const {
        error: _error,
        progress: _progress,
        teamReceipt: _receipt,
        replyTo: _replyTo,
        reactions: _reactions,
        editedAt: _editedAt,
        ...content
      } = message;
      const copy: Message = {
        ...content,
        idClient,
        idServer: '',
        scene: target.scene,
        to: target.to,
        sessionId: toSessionId,
        from: this.events.state().me,
        time: this.options.now(),
        status: 'sending',
      };
      this.events.dispatch({ type: 'outgoing', message: copy });
      const { adapter } = this;
      const needReceipt = asksReceipt(copy, this.options.teamReceipts);
      return deliver(this.delivery, copy, (options) =>
        adapter.forward
          ? adapter.forward(message, { scene: target.scene, to: target.to, idClient })
          : adapter.send(requestOf(copy, undefined, needReceipt), options),
      );
    });

  /** Recalls my sent message inside the recall window; the result replaces it (a tip). */
  recall = (message: Message): Promise<Message> =>
    guard('INTERNAL', async () => {
      checkMessageRef(message);
      this.connection.require();
      const state = this.events.state();
      const current = selectMessage(state.messages[message.sessionId], message.idClient) ?? message;
      if (current.recall) return current;
      if (current.from !== state.me) {
        throw new ChatError('RECALL_NOT_ALLOWED', 'Only the sender can recall a message');
      }
      if (current.status === 'sending' || current.status === 'sendFailed' || !current.idServer) {
        throw new ChatError('NOT_FOUND', 'A message that was never sent cannot be recalled');
      }
      const windowMs = recallWindowOf(this.adapter);
      // `time` is server time: compare it with the server's clock, not the device's.
      if (this.clock.serverNow() - current.time > windowMs) {
        throw new ChatError('RECALL_EXPIRED', 'The recall window has passed', {
          details: { windowMs },
        });
      }
      const recalled = await this.adapter.recall(current);
      this.events.dispatch({ type: 'recall', message: recalled });
      return recalled;
    });

  /**
   * Deletes messages from my history only. Messages that never reached the server are
   * removed locally (and from the outbox) without asking it.
   */
  deleteMessages = (sessionId: SessionId, idClients: string[]): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      checkIdClients(idClients);
      const { events, sends } = this;
      const window = events.state().messages[sessionId];
      const onServer = idClients.filter((id) => selectMessage(window, id)?.idServer !== '');
      if (onServer.length > 0) {
        this.connection.require();
        await this.adapter.deleteHistory({ sessionId, idClients: onServer });
      }
      const me = events.state().me;
      for (const id of idClients.filter((id) => !onServer.includes(id))) {
        sends.files.delete(id);
        sends.outbox.remove(me, id).catch((error: unknown) => events.report(error));
      }
      const time = this.options.now();
      events.dispatch({ type: 'historyDeleted', sessionId, idClients, time });
    });

  /** Deletes my history of a session at or before `time`. */
  deleteHistoryBefore = (sessionId: SessionId, time: number): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      checkTime(time, 'time');
      this.connection.require();
      await this.adapter.deleteHistory({ sessionId, before: time });
      const now = this.options.now();
      this.events.dispatch({ type: 'historyDeleted', sessionId, before: time, time: now });
    });

  /** Sends a read receipt for the newest incoming message of a session. */
  sendReceipt = (sessionId: SessionId): Promise<void> =>
    guard('INTERNAL', async () => {
      checkSessionId(sessionId);
      this.connection.require();
      const message = newestIncoming(this.events.state(), sessionId);
      if (message) await this.adapter.sendReceipt(message);
    });

  /** Who read a team message; `UNSUPPORTED` without the adapter's `getTeamReceiptDetail`. */
  getTeamReceiptDetail = (message: Message): Promise<TeamReceiptDetail> =>
    guard('INTERNAL', async () => {
      checkMessageRef(message);
      this.connection.require();
      const { adapter } = this;
      if (!adapter.getTeamReceiptDetail) {
        throw new ChatError('UNSUPPORTED', 'This adapter does not report who read a team message');
      }
      return adapter.getTeamReceiptDetail(message);
    });

  /** Tells the peer I am typing; best effort, failures are reported, never thrown. */
  sendTyping = (sessionId: SessionId): void => {
    checkSessionId(sessionId);
    const { adapter } = this;
    if (!adapter.sendTyping || this.events.state().connection.status !== 'connected') return;
    adapter.sendTyping(sessionId).catch((error: unknown) => this.events.report(error));
  };
}

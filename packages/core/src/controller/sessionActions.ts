import { ChatError } from '../model/ChatError.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import { assertCanPin, MAX_PINS } from '../rules/pin.ts';
import { resetAck } from '../rules/unread.ts';
import {
  checkBoolean,
  checkObject,
  checkOptional,
  checkSessionId,
  checkSessionIds,
  checkString,
} from '../rules/validate.ts';
import { tableGet, tableValues } from '../store/KeyedTable.ts';
import { readInsideBase } from '../store/ledger/ledgerUnread.ts';
import { selectMessage, selectSession, sessionList } from '../store/selectors.ts';
import { type ChatContext, guard } from './ChatContext.ts';
import { refreshSession } from './reconcileSession.ts';

/**
 * Newest message of a session that someone else sent (at or before `upTo`), for the read
 * receipt.
 */
export function newestIncoming(
  context: ChatContext,
  sessionId: SessionId,
  upTo = Number.POSITIVE_INFINITY,
): Message | null {
  const state = context.state();
  const theirs = (m: Message | null | undefined): m is Message =>
    !!m && m.from !== state.me && m.status !== 'sending' && m.time <= upTo;
  const window = state.messages[sessionId];
  for (let i = (window?.ids.length ?? 0) - 1; i >= 0; i--) {
    const message = selectMessage(window, window?.ids[i] ?? '');
    if (theirs(message)) return message;
  }
  const last = selectSession(state, sessionId)?.lastMsg;
  return theirs(last) ? last : null;
}

/**
 * Tells the server what the store has read of a session (its `ack`; multi-device) and sends
 * the peer a read receipt for the newest message read.
 */
export async function acknowledge(context: ChatContext, sessionId: SessionId): Promise<void> {
  const session = selectSession(context.state(), sessionId);
  if (!session) return;
  await context.adapter.markSessionRead(sessionId, session.ack);
  const receiptFor = newestIncoming(context, sessionId, session.ack);
  if (receiptFor) await sendReceiptOnce(context, receiptFor);
  // Read while offline, and counted by the server since: it can recount now that it knows.
  const ledger = tableGet(context.state().ledger, sessionId);
  if (ledger && readInsideBase(ledger)) await refreshSession(context, sessionId);
}

/**
 * Resets unread locally, tells the server (multi-device) and sends a read receipt
 * (seed 000: on entering a session, resetSessionUnreadCount + sendMsgReceipt).
 */
export async function markSessionRead(context: ChatContext, sessionId: SessionId): Promise<void> {
  context.dispatch({ type: 'reset', sessionId });
  await acknowledge(context, sessionId);
}

/**
 * Sends a read receipt unless this client already receipted that message or a newer one of
 * its session. (`session.msgReceiptTime` is the peer's receipt of my messages, so it cannot
 * tell whether the peer has mine.)
 */
export async function sendReceiptOnce(
  context: Pick<ChatContext, 'adapter' | 'receiptsSent'>,
  message: Message,
): Promise<void> {
  const sent = context.receiptsSent.get(message.sessionId) ?? Number.NEGATIVE_INFINITY;
  if (message.time <= sent) return;
  context.receiptsSent.set(message.sessionId, message.time);
  try {
    await context.adapter.sendReceipt(message);
  } catch (error) {
    if (context.receiptsSent.get(message.sessionId) === message.time) {
      context.receiptsSent.set(message.sessionId, sent);
    }
    throw error;
  }
}

/**
 * Marks the on-screen session; resets it and acknowledges it in the background. Read while
 * not connected, it is acknowledged once the connection is back.
 */
export function setActiveSession(context: ChatContext, sessionId: SessionId | null): void {
  if (sessionId !== null) checkSessionId(sessionId);
  context.dispatch({ type: 'activate', sessionId });
  if (sessionId === null) return;
  if (context.state().connection.status !== 'connected') {
    context.unsentReads.add(sessionId);
    return;
  }
  markSessionRead(context, sessionId).catch((error: unknown) => {
    context.unsentReads.add(sessionId);
    context.report(error);
  });
}

/** Resets every session with unread. */
export function markAllRead(context: ChatContext): Promise<void> {
  return guard('INTERNAL', async () => {
    context.requireConnected();
    const unread = sessionList(context.state()).filter((s) => s.unread > 0);
    for (const session of unread) context.dispatch({ type: 'reset', sessionId: session.id });
    const { adapter } = context;
    if (adapter.markAllSessionsRead) {
      await adapter.markAllSessionsRead();
      return;
    }
    await Promise.all(
      unread.map((session) => {
        const current = selectSession(context.state(), session.id) ?? session;
        return adapter.markSessionRead(session.id, resetAck(current));
      }),
    );
  });
}

/** Pins a session; `PIN_LIMIT` beyond the adapter's `maxPins` (default 50). */
export function pin(context: ChatContext, sessionId: SessionId, ext?: string): Promise<void> {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    checkOptional(ext, 'ext', checkString);
    context.requireConnected();
    const { ledger } = context.state();
    const pinned = tableValues(ledger).filter((l) => l.pin.isStickOnTop).length;
    assertCanPin(
      pinned,
      tableGet(ledger, sessionId)?.pin.isStickOnTop ?? false,
      context.adapter.maxPins ?? MAX_PINS,
    );
    const stickTopInfo = await context.adapter.pin(sessionId, ext);
    context.dispatch({ type: 'pin', sessionId, stickTopInfo });
  });
}

export function unpin(context: ChatContext, sessionId: SessionId): Promise<void> {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    context.requireConnected();
    const stickTopInfo = await context.adapter.unpin(sessionId);
    context.dispatch({ type: 'pin', sessionId, stickTopInfo });
  });
}

export function updatePinExt(context: ChatContext, sessionId: SessionId, ext: string) {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    checkString(ext, 'ext');
    context.requireConnected();
    const stickTopInfo = await context.adapter.updatePinExt(sessionId, ext);
    context.dispatch({ type: 'pin', sessionId, stickTopInfo });
  });
}

function unsupported(what: string): ChatError {
  return new ChatError('UNSUPPORTED', `This adapter does not support ${what}`);
}

export function setMute(context: ChatContext, sessionId: SessionId, mute: boolean) {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    checkBoolean(mute, 'mute');
    context.requireConnected();
    const { adapter } = context;
    if (!adapter.setMute) throw unsupported('muting');
    await adapter.setMute(sessionId, mute);
    const session = selectSession(context.state(), sessionId);
    if (!session) return;
    const time = Math.max(
      context.now(),
      tableGet(context.state().ledger, sessionId)?.mute.time ?? 0,
    );
    context.dispatch({
      type: 'sessionUpdated',
      session: { id: sessionId, scene: session.scene, to: session.to, mute },
      time,
    });
  });
}

export function setSessionExt(context: ChatContext, sessionId: SessionId, ext: string) {
  return guard('INTERNAL', async () => {
    checkSessionId(sessionId);
    checkString(ext, 'ext');
    context.requireConnected();
    const { adapter } = context;
    if (!adapter.setSessionExt) throw unsupported('session ext');
    const session = await adapter.setSessionExt(sessionId, ext);
    context.dispatch({ type: 'sessionSnapshots', sessions: [session] });
  });
}

/**
 * Rule 5. Without `clearHistory` the delete is local (hidden until the next login);
 * with it, the server deletes the session and my history of it.
 */
export function deleteSessions(
  context: ChatContext,
  sessionIds: SessionId[],
  options: { clearHistory?: boolean; unpin?: boolean } = {},
): Promise<void> {
  return guard('INTERNAL', async () => {
    checkSessionIds(sessionIds);
    checkObject(options, 'options');
    checkOptional(options.clearHistory, 'options.clearHistory', checkBoolean);
    checkOptional(options.unpin, 'options.unpin', checkBoolean);
    const clearHistory = options.clearHistory ?? false;
    const { adapter } = context;
    if (clearHistory) {
      context.requireConnected();
      await adapter.deleteSessions(sessionIds, { clearHistory: true, unpin: options.unpin });
    } else if (options.unpin) {
      context.requireConnected();
      const { ledger } = context.state();
      for (const id of sessionIds) {
        if (!tableGet(ledger, id)?.pin.isStickOnTop) continue;
        context.dispatch({ type: 'pin', sessionId: id, stickTopInfo: await adapter.unpin(id) });
      }
    }
    context.dispatch({ type: 'localDelete', sessionIds, clearHistory });
  });
}

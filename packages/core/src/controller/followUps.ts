import type { AdapterEvent } from '../model/AdapterEvent.ts';
import type { Message } from '../model/Message.ts';
import type { SessionId } from '../model/SessionId.ts';
import type { ChatState } from '../store/ChatState.ts';
import { tableGet } from '../store/KeyedTable.ts';
import { readInsideBase } from '../store/ledger/ledgerUnread.ts';
import type { CatchUp } from './CatchUp.ts';
import type { FollowUp } from './EventQueue.ts';
import type { ProfileLoader } from './ProfileLoader.ts';
import type { Reading } from './readMarks.ts';
import { refreshSession } from './reconcileSession.ts';

/** What the work that follows pushed events works with. */
export interface FollowUps extends Reading {
  profiles: ProfileLoader;
  catchUp: CatchUp;
  /** Asks the server for a session the store knows only from live messages. */
  reconcile(sessionId: SessionId): void;
  /** Whether `connect()` runs: it catches up itself once the session list is in. */
  signingIn(): boolean;
}

/**
 * What to do once a pushed event is in the store. While a session is active, each new
 * incoming message to it is acknowledged on the server and receipted (seed 000, "对比 IM1"):
 * the store already kept its unread at 0. A session known only from live messages while the
 * list is still paged is asked from the server (see `reconcileSession`). When the adapter
 * reconnected by itself, the opened windows catch up and the active session is acknowledged
 * (its catch-up came while not connected); `connect()` does the same itself.
 */
export function followUps(context: FollowUps): FollowUp {
  return (event: AdapterEvent, before: ChatState, after: ChatState) => {
    if (event.type === 'connection') {
      const was = before.connection.status === 'connected';
      const is = after.connection.status === 'connected';
      if (was && !is) context.catchUp.rememberEdges(before);
      return !was && is && !context.signingIn() ? () => void context.catchUp.resume() : undefined;
    }
    if (event.type === 'sessionRead') {
      // Another device read part of what the server counted: only the server can recount it.
      const ledger = tableGet(after.ledger, event.sessionId);
      if (!ledger || !readInsideBase(ledger)) return;
      return () => {
        refreshSession(context.adapter, context.events, event.sessionId).catch((error: unknown) =>
          context.events.report(error),
        );
      };
    }
    if (event.type !== 'message') return;
    const { message } = event;
    if (!after.users[message.from]) context.profiles.request([message.from]);
    const acknowledge = acknowledgeActive(context, message, before, after);
    const ledger = tableGet(after.ledger, message.sessionId);
    if (!ledger || ledger.synced || !after.sessions.hasMore) return acknowledge;
    return () => {
      acknowledge?.();
      context.reconcile(message.sessionId);
    };
  };
}

function acknowledgeActive(
  context: Reading,
  message: Message,
  before: ChatState,
  after: ChatState,
): (() => void) | undefined {
  if (
    after === before ||
    after.activeSessionId !== message.sessionId ||
    message.from === after.me
  ) {
    return;
  }
  if (after.connection.status !== 'connected') {
    // A catch-up while reconnecting: the store read it; the server hears of it on resume.
    context.receipts.unsent.add(message.sessionId);
    return;
  }
  const { adapter, events } = context;
  const ack = tableGet(after.ledger, message.sessionId)?.ack ?? message.time;
  return () => {
    Promise.all([
      adapter.markSessionRead(message.sessionId, ack),
      context.receipts.sendOnce(message),
    ]).catch((error: unknown) => events.report(error));
  };
}

import type { ChatAdapter, Page, Session, SessionId } from '@parley/core';
import {
  checkSessionIds,
  clampPageSize,
  MAX_PAGE_SIZE,
  MAX_SMALL_PAGE_SIZE,
} from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import { conversationTarget } from './conversationTarget.ts';
import { advance, type EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';
import { toSession } from './toSession.ts';

/** What {@link sessionMethods} adds to the adapter. */
export type EasemobSessionMethods = Pick<
  ChatAdapter,
  'getSessions' | 'getSession' | 'getPinnedSessions' | 'markSessionRead' | 'deleteSessions'
>;

type ServerPage = (params: {
  pageSize: number;
  cursor: string;
}) => Promise<EasemobChat.AsyncResult<EasemobChat.ServerConversations>>;

/**
 * Fills a Parley page (up to 100) from the server's pages of at most 50 (seed 002), chaining
 * the server's cursor. Sessions hidden on this device are skipped, so the page is read on until
 * it is full or the server has no more: a short page still means the end.
 */
async function collect(
  deps: EasemobAdapterDeps,
  fetch: ServerPage,
  limit: number,
  cursor: string,
): Promise<Page<Session>> {
  const items: Session[] = [];
  let next = cursor;
  do {
    const pageSize = Math.min(MAX_SMALL_PAGE_SIZE, limit - items.length);
    const result = await emCall('other', () => fetch({ pageSize, cursor: next }));
    const list = result?.data?.conversations ?? [];
    for (const item of list) {
      const session = await toSession(deps, item);
      if (session) items.push(session);
    }
    next = list.length < pageSize ? '' : (result?.data?.cursor ?? '');
  } while (next && items.length < limit);
  return { items, cursor: next, hasMore: next !== '' };
}

/**
 * The session list (seed 002's server conversations, `getServerConversations` and
 * `getServerPinnedConversations`), unread resets (channel acks) and deletes.
 */
export function sessionMethods(deps: EasemobAdapterDeps): EasemobSessionMethods {
  const { conn, live } = deps;
  const all: ServerPage = (p) => conn.getServerConversations(p);
  const pinned: ServerPage = (p) => conn.getServerPinnedConversations(p);

  const getSession = async (sessionId: SessionId): Promise<Session | null> => {
    conversationTarget(sessionId);
    live();
    // The server has no lookup by id: walk its list (100 conversations by default, seed 002).
    let cursor = '';
    do {
      const page = await collect(deps, all, MAX_PAGE_SIZE, cursor);
      const found = page.items.find((s) => s.id === sessionId);
      if (found) return found;
      cursor = page.cursor;
    } while (cursor);
    return null;
  };

  return {
    async getSessions(query) {
      live();
      return collect(deps, all, clampPageSize(query?.limit, MAX_PAGE_SIZE), query?.cursor ?? '');
    },

    getSession,

    async getPinnedSessions(query) {
      live();
      const limit = clampPageSize(query?.limit, MAX_SMALL_PAGE_SIZE);
      return collect(deps, pinned, limit, query?.cursor ?? '');
    },

    async markSessionRead(sessionId, ack) {
      const { to, chatType } = conversationTarget(sessionId);
      live();
      // A channel ack clears the whole conversation on the server and tells my other devices
      // and the peer (onChannelMessage); Easemob has no ack up to a time.
      await emCall('other', () =>
        conn.send({ id: `channel-${Date.now()}`, type: 'channel', chatType, to, time: Date.now() }),
      );
      advance(deps.reads.ack, sessionId, Number.isFinite(ack) ? ack : 0);
    },

    async deleteSessions(sessionIds: SessionId[], { clearHistory, unpin }) {
      const targets = checkSessionIds(sessionIds).map((id) => ({
        id,
        ...conversationTarget(id),
      }));
      live();
      for (const { id, to, chatType } of targets) {
        if (unpin) {
          await emCall('pin', () =>
            conn.pinConversation({
              conversationId: to,
              conversationType: chatType,
              isPinned: false,
            }),
          );
        }
        if (clearHistory) {
          await emCall('other', () =>
            conn.deleteConversation({ channel: to, chatType, deleteRoam: true }),
          );
          deps.recalls.clear(id);
          deps.hidden.delete(id);
        } else {
          // Parley's delete without history is this device's: the session returns at the next
          // login, or with a newer message. Easemob's deleteConversation would remove it from
          // the server for good, which the contract does not ask for.
          const known = await getSession(id);
          deps.hidden.set(id, known?.lastMsg?.time ?? Date.now());
        }
      }
    },
  };
}

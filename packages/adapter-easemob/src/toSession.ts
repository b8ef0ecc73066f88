import type { Message, Session, StickTopInfo } from '@parley/core';
import { countsTowardUnread, emptySession, NOT_PINNED, newestMessage } from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import { conversationTarget, sessionIdOf } from './conversationTarget.ts';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';
import { type EasemobContent, toMessage } from './toMessage.ts';

/** Unread counts above this are taken as the server gives them, without reading the tail. */
const MAX_TAIL = 50;

/** A server pin (`isPinned`, `pinnedTime`) as Parley's stick-top info; Easemob pins have no ext. */
export function toStickTop(pin: { isPinned?: boolean; pinnedTime?: number }): StickTopInfo {
  if (!pin?.isPinned) return NOT_PINNED;
  const time = Number(pin.pinnedTime) || 0;
  return { isStickOnTop: true, createTime: time, updateTime: time, ext: '' };
}

function lastOf(item: EasemobChat.ConversationItem): EasemobContent | null {
  const last = item.lastMessage;
  return last &&
    'id' in last &&
    typeof last.type === 'string' &&
    last.type !== 'read' &&
    last.type !== 'delivery' &&
    last.type !== 'channel'
    ? last
    : null;
}

/**
 * Unread and ack from the server's `unReadCount`. Easemob counts every message from others since
 * my last channel ack; Parley counts content only (not tips) and needs the ack time. So the
 * unread tail is read back: its countable messages are the unread count, and the ack is the
 * time just before its oldest message.
 */
async function unreadOf(
  deps: EasemobAdapterDeps,
  session: Session,
  count: number,
): Promise<Pick<Session, 'unread' | 'ack'>> {
  const known = deps.reads.ack.get(session.id) ?? 0;
  if (count <= 0) return { unread: 0, ack: Math.max(known, session.lastMsg?.time ?? 0) };
  if (count > MAX_TAIL) return { unread: count, ack: known };
  const { to, chatType } = conversationTarget(session.id);
  const page = await emCall('other', () =>
    deps.conn.getHistoryMessages({ targetId: to, chatType, pageSize: MAX_TAIL, cursor: -1 }),
  );
  const me = deps.me();
  let fromOthers = 0;
  let unread = 0;
  let ack = known;
  for (const body of page?.messages ?? []) {
    if (body.type === 'read' || body.type === 'delivery' || body.type === 'channel') continue;
    const message = toMessage(body, me);
    if (!message || message.from === me) continue;
    if (fromOthers === count) {
      ack = Math.max(ack, message.time);
      break;
    }
    fromOthers += 1;
    if (countsTowardUnread(message, me, known)) unread += 1;
  }
  // Older than the page read: counted as the server counts them.
  return { unread: unread + Math.max(0, count - fromOthers), ack };
}

/**
 * One server conversation (`ConversationItem`, seed 002) as a Parley session, with what the
 * server list lacks filled in from this device: recall notices as `lastMsg`, read positions,
 * and local deletes (null while the session is hidden and nothing newer arrived).
 */
export async function toSession(
  deps: EasemobAdapterDeps,
  item: EasemobChat.ConversationItem,
): Promise<Session | null> {
  const id = sessionIdOf(item?.conversationType, item?.conversationId);
  if (!id) return null;
  const me = deps.me();
  const body = lastOf(item);
  let lastMsg: Message | null = body ? toMessage(body, me) : null;
  if (lastMsg) deps.remember(lastMsg);
  for (const recalled of deps.recalls.of(id)) lastMsg = newestMessage(lastMsg, recalled);
  const hiddenAt = deps.hidden.get(id);
  if (hiddenAt !== undefined && (lastMsg?.time ?? 0) <= hiddenAt) return null;
  const { scene, to } = conversationTarget(id);
  const base: Session = {
    ...emptySession(scene, to),
    lastMsg,
    updateTime: lastMsg?.time ?? 0,
    stickTopInfo: toStickTop(item),
  };
  const mineRead = lastMsg?.from === me && lastMsg.status === 'read' ? lastMsg.time : 0;
  return {
    ...base,
    ...(await unreadOf(deps, base, Number(item.unReadCount) || 0)),
    msgReceiptTime: Math.max(deps.reads.receipt.get(id) ?? 0, mineRead),
  };
}

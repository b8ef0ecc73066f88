import type { Session, StickTopInfo } from '@parley/core';
import { emptySession, NOT_PINNED, parseSessionId } from '@parley/core/rules';
import type {
  NIM_StickTopSessionInfo,
  Session as NimSession,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/SessionServiceInterface.js';
import { toMessage } from './toMessage.ts';

const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/** The SDK's `stickTopInfo` (absent when not pinned) as Parley's pin state. */
export function toStickTop(info: NIM_StickTopSessionInfo | undefined): StickTopInfo {
  if (!info) return NOT_PINNED;
  return {
    isStickOnTop: info.isStickOnTop === true,
    createTime: num(info.createTime),
    updateTime: num(info.updateTime),
    ext: typeof info.ext === 'string' ? info.ext : '',
  };
}

/**
 * A recent session of the SDK's memory list as Parley's `Session`; null for anything whose id is
 * not `${scene}-${to}`.
 */
export function toSession(session: NimSession, me: string): Session | null {
  const parsed = typeof session?.id === 'string' ? parseSessionId(session.id) : null;
  if (!parsed) return null;
  const lastMsg = session.lastMsg ? toMessage(session.lastMsg, me) : null;
  return {
    ...emptySession(parsed.scene, parsed.to),
    updateTime: Math.max(num(session.updateTime), lastMsg?.time ?? 0),
    unread: Math.max(0, Math.floor(num(session.unread))),
    lastMsg,
    ack: num(session.ack),
    msgReceiptTime: num(session.msgReceiptTime),
    stickTopInfo: toStickTop(session.stickTopInfo),
  };
}

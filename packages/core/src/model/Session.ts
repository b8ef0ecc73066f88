import type { JsonValue } from './JsonValue.ts';
import type { Message } from './Message.ts';
import { type Scene, type SessionId, toSessionId } from './SessionId.ts';

/** Pin ("stick on top") state; stored on the server and synced to the account's devices. */
export interface StickTopInfo {
  isStickOnTop: boolean;
  /** When the pin was created (server ms); 0 when not pinned. */
  createTime: number;
  /** When the pin or its ext last changed (server ms). Later updates win. */
  updateTime: number;
  /** App data attached to the pin. */
  ext: string;
}

/** One recent conversation of the signed-in account. */
export interface Session {
  id: SessionId;
  scene: Scene;
  /** Peer account (p2p) or team id. */
  to: string;
  /** Time of the last change that moves the session in the list (server ms). */
  updateTime: number;
  /** Unread countable messages; 0 while the session is active. */
  unread: number;
  /** Newest message, or the recall notice when it was recalled; null for empty sessions. */
  lastMsg: Message | null;
  /** Everything at or before this time is read by me (server ms). */
  ack: number;
  /** p2p only: the peer has read my messages up to this time (server ms); 0 if never. */
  msgReceiptTime: number;
  /** Device-local app data; never sent to the server. */
  localCustom: Readonly<Record<string, JsonValue>>;
  stickTopInfo: StickTopInfo;
  /** Server-side app data of the session. */
  ext: string;
  /** Muted sessions still count unread but do not notify. */
  mute: boolean;
  /** Unsent input text of this device. */
  draft: string;
}

/** Pin info of a session that is not pinned. */
export const NOT_PINNED: StickTopInfo = Object.freeze({
  isStickOnTop: false,
  createTime: 0,
  updateTime: 0,
  ext: '',
});

/** A session with every field at its empty default. */
export function emptySession(scene: Scene, to: string): Session {
  return {
    id: toSessionId(scene, to),
    scene,
    to,
    updateTime: 0,
    unread: 0,
    lastMsg: null,
    ack: 0,
    msgReceiptTime: 0,
    localCustom: {},
    stickTopInfo: NOT_PINNED,
    ext: '',
    mute: false,
    draft: '',
  };
}

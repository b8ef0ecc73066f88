import type { Message } from './Message.ts';

/** Conversation kind: one-to-one, a team (group) or a super team (large group). */
export type Scene = 'p2p' | 'team' | 'superTeam';

/** All scenes, in display order. */
export const SCENES: readonly Scene[] = ['p2p', 'team', 'superTeam'];

/** Session id: `${scene}-${to}`, e.g. `p2p-alice` or `team-113879441`. */
export type SessionId = string;

/** JSON value kept in `localCustom` and custom attachments. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

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

/** Builds a session id from its scene and target. */
export function toSessionId(scene: Scene, to: string): SessionId {
  return `${scene}-${to}`;
}

/** Splits a session id; returns null for anything that is not `${scene}-${to}`. */
export function parseSessionId(id: string): { scene: Scene; to: string } | null {
  const dash = id.indexOf('-');
  if (dash <= 0 || dash === id.length - 1) return null;
  const scene = id.slice(0, dash);
  if (scene !== 'p2p' && scene !== 'team' && scene !== 'superTeam') return null;
  return { scene, to: id.slice(dash + 1) };
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

import type {
  AttachByType,
  CustomAttach,
  FileAttach,
  JsonValue,
  Message,
  MessageStatus,
  MessageType,
  NotificationAttach,
  NotificationKind,
  Scene,
} from '@parley/core';
import { toSessionId } from '@parley/core/rules';
import type {
  IMMessage,
  TMsgStatus,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';

const STATUS: Readonly<Record<TMsgStatus, MessageStatus>> = {
  unread: 'unread',
  read: 'read',
  deleted: 'delete',
  sending: 'sending',
  sendFailed: 'sendFailed',
  sent: 'sent',
  receipt: 'receipt',
  refused: 'refused',
};

/** Team notification types of the SDK (`attach.type`) by Parley kind. */
const NOTIFICATION: Readonly<Record<string, NotificationKind>> = {
  addTeamMembers: 'addMembers',
  passTeamApply: 'addMembers',
  acceptTeamInvite: 'addMembers',
  removeTeamMembers: 'removeMembers',
  leaveTeam: 'leaveTeam',
  updateTeam: 'updateTeam',
  dismissTeam: 'dismissTeam',
  transferTeam: 'transferOwner',
  addTeamManagers: 'addManagers',
  removeTeamManagers: 'removeManagers',
  updateTeamMute: 'muteMember',
  addSuperTeamMembers: 'addMembers',
  removeSuperTeamMembers: 'removeMembers',
  leaveSuperTeam: 'leaveTeam',
  updateSuperTeam: 'updateTeam',
  dismissSuperTeam: 'dismissTeam',
  transferSuperTeam: 'transferOwner',
  addSuperTeamManagers: 'addManagers',
  removeSuperTeamManagers: 'removeManagers',
  updateSuperTeamMembersMute: 'muteMember',
};

const SCENES: readonly string[] = ['p2p', 'team', 'superTeam'];

type Attach = Readonly<Record<string, unknown>>;

/** JSON data from the wire, with anything that is not JSON dropped. */
export function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined && typeof item !== 'function') out[key] = toJson(item);
    }
    return out;
  }
  return null;
}

/** `attach` as an object: the SDK hands some types a JSON string, others an object. */
function attachObject(attach: unknown): Attach {
  if (typeof attach === 'string') {
    try {
      const parsed: unknown = JSON.parse(attach);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Attach) : { value: parsed };
    } catch {
      return { value: attach };
    }
  }
  return typeof attach === 'object' && attach !== null ? (attach as Attach) : {};
}

const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The SDK's upload result (`UploadFileResult`) as Parley's file attachment. */
function fileAttach(attach: Attach, family: string): FileAttach {
  const ext = str(attach.ext).toLowerCase();
  const mime = family
    ? `${family}/${ext === 'jpg' ? 'jpeg' : ext || '*'}`
    : 'application/octet-stream';
  return { url: str(attach.url), name: str(attach.name), size: num(attach.size), mime };
}

function customAttach(attach: Attach, type: string): CustomAttach {
  if (typeof attach.kind === 'string')
    return { kind: attach.kind, data: toJson(attach.data ?? null) };
  return { kind: type === 'custom' ? 'nim' : `nim.${type}`, data: toJson(attach) };
}

function notificationAttach(attach: Attach): NotificationAttach | null {
  const kind = NOTIFICATION[str(attach.type)];
  if (!kind) return null;
  const accounts = Array.isArray(attach.accounts)
    ? attach.accounts.filter((a): a is string => typeof a === 'string')
    : typeof attach.account === 'string'
      ? [attach.account]
      : [];
  const team = attach.team;
  return kind === 'updateTeam' && typeof team === 'object' && team !== null
    ? { kind, accounts, team: toJson(team) as Readonly<Record<string, JsonValue>> }
    : { kind, accounts };
}

type Typed = { [K in MessageType]: { type: K; attach?: AttachByType[K] } }[MessageType];

function typed(im: IMMessage): Typed {
  const attach = attachObject(im.attach);
  switch (im.type) {
    case 'text':
    case 'tip':
      return { type: im.type };
    case 'image':
      return {
        type: 'image',
        attach: { ...fileAttach(attach, 'image'), width: num(attach.w), height: num(attach.h) },
      };
    case 'audio':
      return { type: 'audio', attach: { ...fileAttach(attach, 'audio'), dur: num(attach.dur) } };
    case 'video':
      return {
        type: 'video',
        attach: {
          ...fileAttach(attach, 'video'),
          dur: num(attach.dur),
          width: num(attach.w),
          height: num(attach.h),
        },
      };
    case 'file':
      return { type: 'file', attach: fileAttach(attach, '') };
    case 'geo':
      return {
        type: 'geo',
        attach: { lat: num(attach.lat), lng: num(attach.lng), title: str(attach.title) },
      };
    case 'notification': {
      const notification = notificationAttach(attach);
      // A team event Parley has no kind for still shows, as a tip naming it.
      return notification ? { type: 'notification', attach: notification } : { type: 'tip' };
    }
    default:
      // custom, and SDK types Parley does not model (robot, g2): kept as custom data.
      return { type: 'custom', attach: customAttach(attach, str(im.type)) };
  }
}

/**
 * An SDK message (`IMMessage`) as Parley's `Message`, seen by `me`; null when it lacks what
 * identifies a message (client id, scene, parties, time), so bad input is skipped, not shown.
 */
export function toMessage(im: IMMessage, me: string): Message | null {
  if (typeof im !== 'object' || im === null) return null;
  const { idClient, from, to, time } = im;
  if (!str(idClient) || !str(from) || !str(to) || !SCENES.includes(im.scene)) return null;
  if (typeof time !== 'number' || !Number.isFinite(time)) return null;
  const scene = im.scene as Scene;
  const peer = scene === 'p2p' && from === me ? to : from;
  const content = typed(im);
  const body =
    im.type === 'notification' && content.type === 'tip'
      ? str(attachObject(im.attach).type)
      : str(im.body);
  const base = {
    idClient,
    idServer: str(im.idServer),
    scene,
    sessionId: toSessionId(scene, scene === 'p2p' ? peer : to),
    from,
    to,
    time,
    status: STATUS[im.status] ?? (from === me ? 'sent' : 'unread'),
    body,
    ...(typeof im.ext === 'string' && im.ext !== '' ? { ext: im.ext } : {}),
  };
  return { ...base, ...content } as Message;
}

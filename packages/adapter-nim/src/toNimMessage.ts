import type { Message, MessageStatus, NotificationKind } from '@parley/core';
import { parseSessionId } from '@parley/core/rules';
import type {
  IMMessage,
  TMsgStatus,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';

const STATUS: Readonly<Record<MessageStatus, TMsgStatus>> = {
  sending: 'sending',
  sent: 'sent',
  sendFailed: 'sendFailed',
  read: 'read',
  unread: 'unread',
  receipt: 'receipt',
  refused: 'refused',
  delete: 'deleted',
};

const NOTIFICATION_TYPES: Readonly<Record<NotificationKind, string>> = {
  addMembers: 'addTeamMembers',
  removeMembers: 'removeTeamMembers',
  leaveTeam: 'leaveTeam',
  updateTeam: 'updateTeam',
  dismissTeam: 'dismissTeam',
  transferOwner: 'transferTeam',
  addManagers: 'addTeamManagers',
  removeManagers: 'removeTeamManagers',
  muteMember: 'updateTeamMute',
};

/** Parley's attachment in the SDK's shape (`UploadFileResult` for files). */
export function toNimAttach(message: Message): Record<string, unknown> | undefined {
  switch (message.type) {
    case 'image':
    case 'audio':
    case 'video':
    case 'file': {
      const attach = message.attach;
      if (!attach) return undefined;
      const dot = attach.name.lastIndexOf('.');
      const ext = dot >= 0 ? attach.name.slice(dot + 1) : (attach.mime.split('/')[1] ?? '');
      return {
        url: attach.url,
        name: attach.name,
        size: attach.size,
        ext,
        ...('width' in attach ? { w: attach.width, h: attach.height } : {}),
        ...('dur' in attach ? { dur: attach.dur } : {}),
      };
    }
    case 'geo':
      return message.attach ? { ...message.attach } : undefined;
    case 'custom':
      return message.attach ? { kind: message.attach.kind, data: message.attach.data } : undefined;
    case 'notification':
      return message.attach
        ? {
            type: NOTIFICATION_TYPES[message.attach.kind],
            accounts: [...message.attach.accounts],
            ...(message.attach.team ? { team: { ...message.attach.team } } : {}),
          }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * A Parley message as the SDK's `IMMessage`, for the calls that take one (recall, receipts,
 * one-sided delete). The adapter prefers the SDK's own object when it still has it; this
 * rebuilds the fields those calls read.
 */
export function toNimMessage(message: Message, me: string): IMMessage {
  const attach = toNimAttach(message);
  return {
    flow: message.from === me ? 'out' : 'in',
    target: parseSessionId(message.sessionId)?.to ?? message.to,
    sessionId: message.sessionId,
    status: STATUS[message.status],
    scene: message.scene,
    to: message.to,
    from: message.from,
    time: message.time,
    userUpdateTime: 0,
    type: message.type,
    body: message.body,
    idClient: message.idClient,
    idServer: message.idServer,
    feature: 'default',
    ...(attach === undefined ? {} : { attach }),
    ...(message.ext === undefined ? {} : { ext: message.ext }),
  };
}

import type { AdapterEvent, Message } from '@parley/core';
import { parseSessionId } from '@parley/core/rules';
import type { EasemobChat } from 'easemob-websdk';
import { bodyOf, stored, typeOf } from './fakeShapes.ts';

type Handlers = EasemobChat.EventHandlerType;

/** Calls every registered handler's `name` listener. */
export type Fire = <K extends keyof Handlers>(
  name: K,
  ...args: Parameters<NonNullable<Handlers[K]>>
) => void;

/** What the translation reads of the fake device. */
export interface FakeDevice {
  me: string;
  fire: Fire;
  online(): boolean;
  nextId(): string;
  /** Messages this device handed out. */
  known(): Iterable<Message>;
  keep(message: Message): void;
}

/**
 * The embedded server's pushes as the SDK's events: messages, recalls, the two acks, and the
 * multi-device events of seed 002, which name a conversation and never the messages deleted.
 */
export function fireServerEvent(event: AdapterEvent, device: FakeDevice): void {
  const { me, fire } = device;
  switch (event.type) {
    case 'connection':
      if (event.status === 'reconnecting') fire('onReconnecting');
      else if (event.status === 'connected' && device.online()) fire('onConnected');
      return;
    case 'message':
      if (!stored(event.message)) return;
      device.keep(event.message);
      fire('onMessage', [bodyOf(event.message)]);
      return;
    case 'recall': {
      const m = event.message;
      fire('onRecallMessage', {
        id: device.nextId(),
        from: m.recall?.by ?? m.from,
        to: m.to,
        mid: m.idServer,
        ext: '',
      });
      return;
    }
    case 'p2pReceipt': {
      const peer = parseSessionId(event.sessionId)?.to ?? '';
      const read = [...device.known()].find(
        (m) => m.sessionId === event.sessionId && m.from === me && m.time === event.time,
      );
      if (read) {
        fire('onReadMessage', {
          id: device.nextId(),
          type: 'read',
          chatType: 'singleChat',
          from: peer,
          to: me,
          mid: read.idServer,
          ackId: read.idServer,
        });
      } else {
        fire('onChannelMessage', {
          id: device.nextId(),
          type: 'channel',
          chatType: 'singleChat',
          from: peer,
          to: me,
          time: event.time,
        });
      }
      return;
    }
    case 'teamReceipt': {
      const read = [...device.known()].find((m) => m.idClient === event.idClient);
      if (!read) return;
      fire('onReadMessage', {
        id: device.nextId(),
        type: 'read',
        chatType: 'groupChat',
        from: '',
        to: read.to,
        mid: read.idServer,
        groupReadCount: { [read.idServer]: event.read },
      });
      return;
    }
    case 'sessionRead': {
      const to = parseSessionId(event.sessionId)?.to ?? '';
      fire('onChannelMessage', {
        id: device.nextId(),
        type: 'channel',
        chatType: typeOf(event.sessionId),
        from: me,
        to,
        time: event.ack,
      });
      return;
    }
    case 'pin': {
      const to = parseSessionId(event.sessionId)?.to ?? '';
      const info = event.stickTopInfo;
      fire('onMultiDeviceEvent', {
        operation: info.isStickOnTop ? 'pinnedConversation' : 'unpinnedConversation',
        conversationId: to,
        conversationType: typeOf(event.sessionId),
        timestamp: info.isStickOnTop ? info.createTime : info.updateTime,
      });
      return;
    }
    case 'sessionsDeleted':
      for (const id of event.sessionIds) {
        fire('onMultiDeviceEvent', {
          operation: 'deleteConversation',
          conversationId: parseSessionId(id)?.to ?? '',
          conversationType: typeOf(id),
          timestamp: event.time,
        });
      }
      return;
    case 'historyDeleted':
      // Easemob names the conversation only, not the messages.
      fire('onMultiDeviceEvent', {
        operation: 'deleteRoaming',
        conversationId: parseSessionId(event.sessionId)?.to ?? '',
        chatType: typeOf(event.sessionId),
        resource: 'web',
      });
      return;
    default:
      return;
  }
}

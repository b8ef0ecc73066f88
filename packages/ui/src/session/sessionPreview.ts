import type { Message, MessageType, Session } from '@parley/core';
import { isolate } from '../i18n/isolate.ts';
import type { ParleyKey, ParleyT } from '../i18n/ParleyKey.ts';
import {
  isCustomAttach,
  isFileAttach,
  isGeoAttach,
  isNotificationAttach,
} from '../message/content/attachGuards.ts';
import { describeNotification } from '../message/content/NotificationContent.tsx';

/** What the row's second line shows, and why (for styling: `data-state`). */
export interface SessionPreview {
  kind: 'draft' | 'empty' | 'recalled' | 'sending' | 'failed' | 'message';
  text: string;
  /**
   * `text` is what someone wrote (a draft, a message's text), to show in its own direction
   * (`dir="auto"`); otherwise it is a sentence in the UI's language, its names and quoted text
   * bidi-isolated, to show in the UI's direction.
   */
  written: boolean;
}

/** What `sessionPreview` needs besides the session. */
export interface PreviewOptions {
  me: string;
  getName: (account: string) => string;
  t: ParleyT;
  list: (items: readonly string[]) => string;
}

/** The summary of a message type that says no more than its type. */
export const MEDIA_PREVIEW: Readonly<Partial<Record<MessageType, ParleyKey>>> = {
  image: 'message.preview.image',
  audio: 'message.preview.audio',
  video: 'message.preview.video',
};

/** Text on one short line: a row or a quote shows one line, so a long text costs nothing. */
export function oneLine(text: unknown): string {
  // Rows show one line; long texts are cut here so a megabyte message costs nothing to lay out.
  return typeof text === 'string' ? text.slice(0, 300).replace(/\s+/g, ' ').trim() : '';
}

/**
 * One-line summary of a message for a session row, by type. Names and file names in it are
 * bidi-isolated (invisible marks), so they read right in a sentence of either direction.
 */
export function messageSummary(message: Message, options: PreviewOptions): string {
  const { t } = options;
  const name = (account: string) =>
    account === options.me ? t('common.you') : isolate(options.getName(account));
  if (message.recall) {
    const by = message.recall.by;
    return by === options.me
      ? t('message.recalled.byMe')
      : t('message.recalled.byOther', { name: name(by) });
  }
  const media = MEDIA_PREVIEW[message.type];
  if (media) return t(media);
  switch (message.type) {
    case 'text':
    case 'tip':
      return oneLine(message.body);
    case 'file':
      return t('message.preview.file', {
        name: isFileAttach(message.attach) ? isolate(oneLine(message.attach.name)) : '',
      }).trim();
    case 'geo':
      return t('message.preview.geo', {
        title: isGeoAttach(message.attach) ? isolate(oneLine(message.attach.title)) : '',
      }).trim();
    case 'custom':
      return (
        oneLine(message.body) ||
        (isCustomAttach(message.attach)
          ? t('message.preview.custom')
          : t('message.preview.unsupported'))
      );
    case 'notification':
      return isNotificationAttach(message.attach)
        ? describeNotification(message.attach, name(message.from), name, t, options.list)
        : oneLine(message.body);
    default:
      return t('message.preview.unsupported');
  }
}

/**
 * The row's preview: the draft first (it is what the user was doing), then the last message,
 * prefixed with its sender in teams; recall notices, sending and failed states are told apart.
 */
export function sessionPreview(session: Session, options: PreviewOptions): SessionPreview {
  const draft = oneLine(session.draft);
  if (draft) return { kind: 'draft', text: draft, written: true };
  const message = session.lastMsg;
  if (!message || typeof message !== 'object') return { kind: 'empty', text: '', written: false };
  const summary = messageSummary(message, options);
  if (message.recall) return { kind: 'recalled', text: summary, written: false };
  const system = message.type === 'tip' || message.type === 'notification';
  // Text, tips and custom messages with a body are summed up in the words someone wrote.
  const own = summary === oneLine(message.body);
  const prefixed = session.scene !== 'p2p' && !system && message.from !== options.me;
  const text = prefixed
    ? options.t('session.sender', {
        name: isolate(options.getName(message.from)),
        text: own ? isolate(summary) : summary,
      })
    : summary;
  const written = own && !prefixed;
  if (message.status === 'sending') return { kind: 'sending', text, written };
  if (message.status === 'sendFailed') return { kind: 'failed', text, written };
  return { kind: 'message', text, written };
}

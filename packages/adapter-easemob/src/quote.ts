import type { Message, MessageType, ReplyRef } from '@parley/core';
import { isMessageType } from '@parley/core/rules';

/**
 * The Easemob UIKits' quote convention: a reply carries `ext.msgQuote` with the original's
 * server id, sender, type and a preview, so any Easemob app shows the quote. Parley adds what the
 * convention lacks (the original's idClient, exact type and time, for jumping to it) under its
 * own key, which other apps ignore.
 */
export const QUOTE = 'msgQuote';
/** Parley's part of a quote. */
export const QUOTE_PARLEY = 'parley_reply';

/** The Easemob UIKit's quote (`ext.msgQuote`). */
export interface MsgQuote {
  /** The original's server message id. */
  msgID: string;
  /** Shown when the original is not at hand. */
  msgPreview: string;
  msgSender: string;
  /** The original's Easemob type: `txt`, `img`, `audio`, `video`, `file`, `loc`, `custom`. */
  msgType: string;
}

const EASEMOB_TYPE: Readonly<Record<MessageType, string>> = {
  text: 'txt',
  tip: 'txt',
  notification: 'txt',
  image: 'img',
  audio: 'audio',
  video: 'video',
  file: 'file',
  geo: 'loc',
  custom: 'custom',
};

const PARLEY_TYPE: Readonly<Record<string, MessageType>> = {
  txt: 'text',
  img: 'image',
  audio: 'audio',
  video: 'video',
  file: 'file',
  loc: 'geo',
  custom: 'custom',
  combine: 'custom',
};

/** The ext entries of a reply to `ref`. */
export function quoteExt(ref: ReplyRef): Record<string, unknown> {
  const quote: MsgQuote = {
    msgID: ref.idServer,
    msgPreview: ref.body,
    msgSender: ref.from,
    msgType: EASEMOB_TYPE[ref.type] ?? 'txt',
  };
  return {
    [QUOTE]: quote,
    [QUOTE_PARLEY]: { idClient: ref.idClient, type: ref.type, time: ref.time },
  };
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What a received message quotes, from its ext; undefined when it quotes nothing. A quote from
 * another Easemob app has no Parley part: the original is then looked up among the messages this
 * device saw (`known`, by server id) for its idClient and time, else its server id stands in for
 * the idClient and the time is 0.
 */
export function replyRefFromExt(
  ext: Readonly<Record<string, unknown>> | undefined,
  known?: (serverId: string) => Message | undefined,
): ReplyRef | undefined {
  const quote = record(ext?.[QUOTE]);
  if (!quote) return undefined;
  const idServer = text(quote.msgID);
  const parley = record(ext?.[QUOTE_PARLEY]);
  const original = parley || !idServer ? undefined : known?.(idServer);
  const idClient = text(parley?.idClient) || original?.idClient || idServer;
  if (!idClient) return undefined;
  const type = parley?.type;
  const time = parley?.time;
  return {
    idClient,
    idServer,
    from: text(quote.msgSender),
    type: isMessageType(type) ? type : (PARLEY_TYPE[text(quote.msgType)] ?? 'text'),
    body: text(quote.msgPreview),
    time: typeof time === 'number' && Number.isFinite(time) ? time : (original?.time ?? 0),
  };
}

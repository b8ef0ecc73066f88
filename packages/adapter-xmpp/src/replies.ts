import type { ReplyRef } from '@parley/core';
import { checkReplyRef, MAX_REPLY_PREVIEW_LENGTH } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { prefixFallback, splitFallback } from './fallback.ts';
import { NS } from './namespaces.ts';
import type { Target } from './outgoing.ts';

/**
 * The id XEP-0461 (and XEP-0444) reference a message by: in a room the room's stanza-id (the
 * same for every member), elsewhere the sender's id, which Parley sets to the `idClient`. A
 * room message whose stanza-id this device never learned falls back to its `idClient`, which
 * Parley clients resolve too.
 */
export function referenceId(
  message: { idClient: string; idServer: string },
  target: Target,
): string {
  return target.type === 'groupchat' && message.idServer ? message.idServer : message.idClient;
}

/** The quote other clients show above a reply: `> bob wrote:` and the one-line preview. */
export function quoteOf(ref: ReplyRef): string {
  return `> ${ref.from} wrote:\n> ${ref.body}\n`;
}

/**
 * What a reply adds to its stanza: the quote to put before the body, the XEP-0461 `<reply>`
 * (its `to` the author as the XEP asks: the occupant in a room, the bare JID in a chat) and the
 * XEP-0428 fallback marking the quote, so that clients that know replies hide it.
 */
export function replyParts(ref: ReplyRef, target: Target): { quote: string; elements: Element[] } {
  const domain = target.jid.slice(target.jid.indexOf('@') + 1);
  const author =
    target.type === 'groupchat' ? `${target.jid}/${ref.from}` : `${ref.from}@${domain}`;
  const quote = quoteOf(ref);
  return {
    quote,
    elements: [
      xml('reply', { xmlns: NS.reply, to: author, id: referenceId(ref, target) }),
      prefixFallback(NS.reply, quote),
    ],
  };
}

/** `value` as a `ReplyRef` when it is a valid one (a Parley payload from the wire). */
function readRef(value: unknown): ReplyRef | undefined {
  if (value === undefined) return undefined;
  try {
    const { idClient, idServer, from, type, body, time } = checkReplyRef(value, 'replyTo');
    return { idClient, idServer, from, type, body, time };
  } catch {
    // A foreign or corrupt snapshot: the reply element still says what is quoted.
    return undefined;
  }
}

/** The quoted text of a fallback (`> bob wrote:\n> text\n`): the text, on one line. */
function quotedText(fallback: string): string {
  const lines = fallback
    .split('\n')
    .map((line) => line.replace(/^>\s?/, '').trim())
    .filter(Boolean);
  if (lines.length > 1 && /\bwrote:$/.test(lines[0] ?? '')) lines.shift();
  return Array.from(lines.join(' ')).slice(0, MAX_REPLY_PREVIEW_LENGTH).join('');
}

/** Who the `to` of a `<reply>` names: the nick of a room occupant, the local part otherwise. */
function authorOf(to: string | undefined, groupchat: boolean): string {
  if (!to) return '';
  if (groupchat) return to.slice(to.indexOf('/') + 1);
  const bare = to.split('/')[0] ?? '';
  return bare.slice(0, bare.indexOf('@') < 0 ? bare.length : bare.indexOf('@'));
}

/**
 * Reads a reply (XEP-0461) off a message: the body without the quote fallback, and what it
 * quotes. Parley puts its snapshot of the original in its payload; a reply from another client
 * has only the referenced id and author, so its snapshot is the quoted fallback text (type
 * `text`, time 0 until the device knows the original).
 */
export function readReply(
  stanza: Element,
  body: string,
  payloadRef: unknown,
): { body: string; replyTo?: ReplyRef } {
  const reply = stanza.getChild('reply', NS.reply);
  if (!reply?.attrs.id) return { body };
  const groupchat = stanza.attrs.type === 'groupchat';
  const { fallback, rest } = splitFallback(stanza, body, NS.reply);
  const fromPayload = readRef(payloadRef);
  if (fromPayload) return { body: rest, replyTo: fromPayload };
  return {
    body: rest,
    replyTo: {
      idClient: reply.attrs.id,
      idServer: groupchat ? reply.attrs.id : '',
      from: authorOf(reply.attrs.to, groupchat),
      type: 'text',
      body: quotedText(fallback),
      time: 0,
    },
  };
}

import type { Message, SendRequest } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSendRequest, toSessionId } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { contentStanza, type Target } from './outgoing.ts';
import type { XmppDevice } from './XmppDevice.ts';

/** Sends a room message; resolves with its reflection by the room, or the room's error. */
async function sendToRoom(d: XmppDevice, stanza: Element, idClient: string): Promise<Element> {
  const answer = d.link.waitFor(
    (s) =>
      (s.attrs.type === 'groupchat' && s.getChild('origin-id', NS.sid)?.attrs.id === idClient) ||
      (s.attrs.type === 'error' && s.is('message') && s.attrs.id === idClient),
  );
  // Awaited below; when the send fails first, its timeout must not go unhandled.
  answer.catch(() => undefined);
  await d.link.send(stanza);
  return answer;
}

/**
 * Sends one message and resolves once the server accepted it: for rooms when the MUC
 * reflects it (with the room's stanza-id), for p2p when it is in my archive (MAM lookup).
 * Idempotent on idClient.
 */
export async function sendMessage(
  d: XmppDevice,
  request: SendRequest,
  to: Target,
): Promise<Message> {
  // The length of a text is left to the server's stanza limit (Prosody: 256 KiB by default).
  checkSendRequest(request, { maxTextLength: Number.POSITIVE_INFINITY });
  const sessionId = toSessionId(request.scene, request.to);
  const known = d.index.find(sessionId, request.idClient);
  if (known && known.from === d.me) return known;
  const time = d.now();
  d.sentHere.add(request.idClient);
  const stanza = contentStanza(request, to, time);
  let idServer = '';
  if (to.type === 'groupchat') {
    // Bounded: a room that cannot be joined now fails the send with TIMEOUT, for a resend.
    await d.rooms.enter(request.to);
    let answer = await sendToRoom(d, stanza, request.idClient);
    if (answer.attrs.type === 'error') {
      // The room forgot me (restarted on another node): join again and send once more.
      d.rooms.lose(request.to);
      await d.rooms.enter(request.to);
      answer = await sendToRoom(d, stanza, request.idClient);
    }
    if (answer.attrs.type === 'error') {
      throw new ChatError('SEND_FAILED', 'The team room refused the message', {
        details: { error: answer.getChild('error')?.toString() },
      });
    }
    idServer =
      answer.getChildren('stanza-id', NS.sid).find((e) => e.attrs.by === to.jid)?.attrs.id ?? '';
  } else {
    await d.link.send(stanza);
    // Prosody archives in stream order: the newest entries of the conversation hold it.
    const page = await d.link.archivePage({ with: to.jid, before: '', max: 50 });
    const mine = page.items.find(
      (i) => i.message.getChild('origin-id', NS.sid)?.attrs.id === request.idClient,
    );
    if (!mine) throw new ChatError('SEND_FAILED', 'The server did not archive the message');
    idServer = mine.id;
  }
  const message = {
    idClient: request.idClient,
    idServer,
    scene: request.scene,
    sessionId,
    from: d.me,
    to: request.to,
    time,
    status: 'sent',
    type: request.type,
    body: request.body,
    ...(request.attach !== undefined ? { attach: request.attach } : {}),
    ...(request.ext !== undefined ? { ext: request.ext } : {}),
    ...(request.countable !== undefined ? { countable: request.countable } : {}),
    ...(request.needReceipt ? { teamReceipt: { read: 0, unread: 0 } } : {}),
  } as Message;
  const stored =
    d.index.add(d.withTeamCounts(message)) ?? d.index.find(sessionId, request.idClient);
  d.hiddenUntil.delete(sessionId);
  return stored ?? message;
}

import type { Message, SendRequest } from '@parley/core';
import { ChatError } from '@parley/core';
import { checkSendRequest, toSessionId } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { contentStanza, type Target } from './outgoing.ts';
import type { XmppDevice } from './XmppDevice.ts';

/** Sends a room message; resolves with its reflection by the room, or the room's error. */
async function sendToRoom(d: XmppDevice, stanza: Element, id: string): Promise<Element> {
  const answer = d.link.waitFor(
    (s) =>
      (s.attrs.type === 'groupchat' && s.getChild('origin-id', NS.sid)?.attrs.id === id) ||
      (s.attrs.type === 'error' && s.is('message') && s.attrs.id === id),
  );
  // Awaited below; when the send fails first, its timeout must not go unhandled.
  answer.catch(() => undefined);
  await d.link.send(stanza);
  return answer;
}

/**
 * Sends a stanza with origin-id `id` to a team's room and resolves with the room's reflection
 * (which carries the room's stanza-id). A room that forgot me (restarted on another node) is
 * joined again and the stanza sent once more; a refusal rejects with `SEND_FAILED`.
 */
export async function sendInRoom(
  d: XmppDevice,
  teamId: string,
  stanza: Element,
  id: string,
): Promise<Element> {
  // Bounded: a room that cannot be joined now fails the send with TIMEOUT, for a resend.
  await d.rooms.enter(teamId);
  let answer = await sendToRoom(d, stanza, id);
  if (answer.attrs.type === 'error') {
    // The room forgot me (restarted on another node): join again and send once more.
    d.rooms.lose(teamId);
    await d.rooms.enter(teamId);
    answer = await sendToRoom(d, stanza, id);
  }
  if (answer.attrs.type === 'error') {
    throw new ChatError('SEND_FAILED', 'The team room refused the message', {
      details: { error: answer.getChild('error')?.toString() },
    });
  }
  return answer;
}

/**
 * Sends a stanza with origin-id `id` about a message of `to` (a reaction, a correction) and
 * resolves once the server took it: in a room its reflection, in a chat the answer to a ping
 * sent after it (the server handles a stream's stanzas in order, so by then it has archived
 * and routed it).
 */
export async function sendAccepted(
  d: XmppDevice,
  to: Target,
  teamId: string,
  stanza: Element,
  id: string,
): Promise<void> {
  if (to.type === 'groupchat') {
    await sendInRoom(d, teamId, stanza, id);
    return;
  }
  await d.link.send(stanza);
  await d.link.barrier();
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
    const answer = await sendInRoom(d, request.to, stanza, request.idClient);
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
    ...(request.replyTo ? { replyTo: request.replyTo } : {}),
    ...(request.countable !== undefined ? { countable: request.countable } : {}),
    ...(request.needReceipt ? { teamReceipt: { read: 0, unread: 0 } } : {}),
  } as Message;
  const stored =
    d.index.add(d.withTeamCounts(message)) ?? d.index.find(sessionId, request.idClient);
  d.hiddenUntil.delete(sessionId);
  return stored ?? message;
}

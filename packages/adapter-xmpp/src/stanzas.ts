import type { Message, Scene } from '@parley/core';
import { isMessageType, toSessionId } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { readCorrection } from './corrections.ts';
import { NS } from './namespaces.ts';
import { readReactions } from './reactions.ts';
import { readReply } from './replies.ts';

/** What an incoming or archived message stanza means to Parley. */
export type ParsedStanza =
  | { kind: 'content'; message: Message }
  | { kind: 'retract'; sessionId: string; target: string; by: string; time: number }
  | { kind: 'displayed'; sessionId: string; reader: string; target: string }
  /** `by`'s whole set of reactions on the message `ref` names (XEP-0444); `id` is the stanza's. */
  | {
      kind: 'reaction';
      id: string;
      sessionId: string;
      ref: string;
      by: string;
      keys: string[];
      time: number;
    }
  /** `by` corrected the message `ref` names (XEP-0308) to `body`; `id` is the stanza's. */
  | {
      kind: 'edit';
      id: string;
      sessionId: string;
      ref: string;
      by: string;
      body: string;
      time: number;
    }
  | { kind: 'invite'; teamId: string };

/** Who reads a stanza (the signed-in account, the server's MUC domain) and from which archive. */
export interface ParseScope {
  me: string;
  mucDomain: string;
  /** The archive whose `<stanza-id by=…>` becomes `idServer` (my bare JID or the room JID). */
  archiveBy: string;
  /** Server stamp (ms) from MAM or offline `<delay>`; else the receive time is used. */
  stamp?: number;
  /** Archive id of the entry (MAM result id): the `idServer` when the stanza carries none. */
  archiveId?: string;
}

/**
 * Archive stamps are to the second (Prosody) and `time` is the sender's ms clock: comparisons
 * between the two allow this much.
 */
export const CLOCK_SLACK_MS = 2_000;

function local(jid: string | undefined): string {
  const bare = (jid ?? '').split('/')[0] ?? '';
  const at = bare.indexOf('@');
  return at < 0 ? bare : bare.slice(0, at);
}

function resource(jid: string | undefined): string {
  const slash = (jid ?? '').indexOf('/');
  return slash < 0 ? '' : (jid ?? '').slice(slash + 1);
}

function domainOf(jid: string | undefined): string {
  const bare = (jid ?? '').split('/')[0] ?? '';
  return bare.slice(bare.indexOf('@') + 1);
}

/** Parses a `<delay stamp>` (XEP-0203) into ms, or undefined. */
export function delayStamp(element: Element | undefined): number | undefined {
  const stamp = element?.getChild('delay', NS.delay)?.attrs.stamp;
  if (!stamp) return undefined;
  const ms = Date.parse(stamp);
  return Number.isNaN(ms) ? undefined : ms;
}

function parseJson(text: string): { attach?: unknown; ext?: string; replyTo?: unknown } {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    // A foreign or corrupt payload keeps the message readable as plain text.
    return {};
  }
}

/** Turns a message stanza into what it means, or null when it means nothing to Parley. */
export function parseStanza(stanza: Element, scope: ParseScope): ParsedStanza | null {
  const groupchat = stanza.attrs.type === 'groupchat';
  const fromJid = stanza.attrs.from ?? '';
  let scene: Scene = 'p2p';
  let from: string;
  let to: string;
  if (groupchat) {
    if (domainOf(fromJid) !== scope.mucDomain) return null;
    const item = stanza.getChild('x', NS.mucUser)?.getChild('item');
    from = item?.attrs.jid ? local(item.attrs.jid) : resource(fromJid);
    to = local(fromJid);
    scene = 'team';
  } else {
    const invite = stanza.getChild('x', NS.conference);
    if (invite?.attrs.jid && domainOf(invite.attrs.jid) === scope.mucDomain) {
      return { kind: 'invite', teamId: local(invite.attrs.jid) };
    }
    from = local(fromJid);
    to = local(stanza.attrs.to);
  }
  const parley = stanza.getChild('parley', NS.parley);
  if (groupchat && parley?.attrs.scene === 'superTeam') scene = 'superTeam';
  const peer = scene !== 'p2p' ? to : from === scope.me ? to : from;
  if (!peer || !from) return null;
  const sessionId = toSessionId(scene, peer);
  const sentTime = Number(parley?.attrs.time);
  const time = Number.isFinite(sentTime) && sentTime > 0 ? sentTime : (scope.stamp ?? Date.now());

  const retract = stanza.getChild('retract', NS.retract);
  if (retract?.attrs.id)
    return { kind: 'retract', sessionId, target: retract.attrs.id, by: from, time };
  const displayed = stanza.getChild('displayed', NS.markers);
  if (displayed?.attrs.id) {
    return { kind: 'displayed', sessionId, reader: from, target: displayed.attrs.id };
  }
  const originId = stanza.getChild('origin-id', NS.sid)?.attrs.id ?? stanza.attrs.id ?? '';
  const reactions = readReactions(stanza);
  if (reactions) return { kind: 'reaction', id: originId, sessionId, by: from, time, ...reactions };
  const body = stanza.getChildText('body');
  const corrected = readCorrection(stanza);
  if (corrected) {
    if (body === null) return null;
    const text = readReply(stanza, body, undefined).body;
    return { kind: 'edit', id: originId, sessionId, ref: corrected, by: from, body: text, time };
  }
  if (body === null && !parley) return null;
  if (!originId) return null;
  const stanzaId = stanza
    .getChildren('stanza-id', NS.sid)
    .find((e) => e.attrs.by === scope.archiveBy)?.attrs.id;
  const typeAttr = parley?.attrs.type;
  const type = isMessageType(typeAttr) ? typeAttr : 'text';
  const payload = parseJson(parley?.getText() ?? '');
  const reply = readReply(stanza, body ?? '', payload.replyTo);
  // A p2p stanza-id belongs to the archive of whoever read it: the sender's means nothing here.
  const replyTo =
    reply.replyTo && scene === 'p2p' && from !== scope.me
      ? { ...reply.replyTo, idServer: '' }
      : reply.replyTo;
  const message = {
    idClient: originId,
    idServer: stanzaId ?? scope.archiveId ?? '',
    scene,
    sessionId,
    from,
    to: scene === 'p2p' ? (from === scope.me ? peer : scope.me) : peer,
    time,
    status: from === scope.me ? 'sent' : 'unread',
    type,
    body: reply.body,
    ...(replyTo ? { replyTo } : {}),
    ...(payload.attach !== undefined ? { attach: payload.attach } : {}),
    ...(typeof payload.ext === 'string' ? { ext: payload.ext } : {}),
    ...(parley?.attrs.countable ? { countable: parley.attrs.countable === '1' } : {}),
    ...(parley?.attrs.receipt === '1' ? { teamReceipt: { read: 0, unread: 0 } } : {}),
  } as Message;
  return { kind: 'content', message };
}

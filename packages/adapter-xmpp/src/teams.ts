import { ChatError } from '@parley/core';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { stanzaError } from './stanzaError.ts';
import type { XmppLink } from './XmppLink.ts';

/** Joins a room as `nick` and resolves once the server confirms my own presence (status 110). */
export async function joinRoom(
  link: Pick<XmppLink, 'waitFor' | 'send'>,
  roomJid: string,
  nick: string,
): Promise<void> {
  const occupant = `${roomJid}/${nick}`;
  const answer = link.waitFor(
    (s) =>
      s.is('presence') &&
      s.attrs.from === occupant &&
      (s.attrs.type === 'error' ||
        (s.getChild('x', NS.mucUser)?.getChildren('status') ?? []).some(
          (c) => c.attrs.code === '110',
        )),
  );
  await link.send(
    xml(
      'presence',
      { to: occupant },
      xml('x', { xmlns: NS.muc }, xml('history', { maxstanzas: '0' })),
    ),
  );
  const presence = await answer;
  const error = presence.attrs.type === 'error' ? presence.getChild('error') : undefined;
  if (error) {
    // Not a member (any more) is for good; anything else (a room in flux) is worth a retry.
    const refused = error.attrs.type === 'auth' || error.attrs.type === 'cancel';
    throw new ChatError(
      refused ? 'PERMISSION_DENIED' : 'INTERNAL',
      `Cannot join team room ${roomJid}`,
      {
        details: { error: error.toString() },
      },
    );
  }
}

function local(jid: string): string {
  return jid.split('@')[0] ?? jid;
}

/** Owners, admins and members of a members-only room (readable by members when whois is anyone). */
export async function roomMembers(
  link: Pick<XmppLink, 'request'>,
  roomJid: string,
): Promise<Set<string>> {
  const members = new Set<string>();
  for (const affiliation of ['owner', 'admin', 'member']) {
    const answer: Element = await link.request(
      xml(
        'iq',
        { type: 'get', to: roomJid },
        xml('query', { xmlns: NS.mucAdmin }, xml('item', { affiliation })),
      ),
    );
    for (const item of answer.getChild('query', NS.mucAdmin)?.getChildren('item') ?? []) {
      if (item.attrs.jid) members.add(local(item.attrs.jid));
    }
  }
  return members;
}

/**
 * Whether I am still an occupant of a room, by pinging my own occupant JID (XEP-0410 MUC
 * self-ping): `unknown` when the service did not answer (try again later).
 */
export async function selfPing(
  link: Pick<XmppLink, 'request'>,
  roomJid: string,
  nick: string,
): Promise<'joined' | 'left' | 'unknown'> {
  try {
    await link.request(
      xml('iq', { type: 'get', to: `${roomJid}/${nick}` }, xml('ping', { xmlns: NS.ping })),
    );
    return 'joined';
  } catch (error) {
    const { condition } = stanzaError(error);
    if (condition === undefined || condition.startsWith('remote-server-')) return 'unknown';
    // The room answered for an occupant client without ping, or for a nickname in flux.
    const joined = ['service-unavailable', 'feature-not-implemented', 'item-not-found'];
    return joined.includes(condition) ? 'joined' : 'left';
  }
}

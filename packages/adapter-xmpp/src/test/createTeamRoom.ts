import { xml } from '@xmpp/client';
import { NS } from '../namespaces.ts';
import { joinRoom } from '../teams.ts';
import { XmppLink } from '../XmppLink.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';

/**
 * Creates a persistent members-only room owned by `owner` (an instant room with the server's
 * defaults: members-only, non-anonymous, archived), makes `members` members and sends each a
 * direct invitation (XEP-0249) with a store hint, which lands in their archive for devices that
 * are offline (ejabberd archives a message without a body only with that hint).
 */
export async function createTeamRoom(
  server: XmppEndpoint,
  teamId: string,
  owner: { username: string; password: string },
  members: string[],
): Promise<void> {
  const link = new XmppLink({
    service: server.websocketUrl,
    domain: server.domain,
    username: owner.username,
    password: owner.password,
    resource: `harness-${teamId}`,
    mechanism: 'PLAIN',
  });
  link.client.reconnect.stop();
  await link.client.start();
  try {
    const room = `${teamId}@${server.mucDomain}`;
    await joinRoom(link, room, `${owner.username}-harness`);
    await link.request(
      xml(
        'iq',
        { type: 'set', to: room },
        xml('query', { xmlns: NS.mucOwner }, xml('x', { xmlns: NS.dataForm, type: 'submit' })),
      ),
    );
    for (const member of members) {
      await link.request(
        xml(
          'iq',
          { type: 'set', to: room },
          xml(
            'query',
            { xmlns: NS.mucAdmin },
            xml('item', { jid: `${member}@${server.domain}`, affiliation: 'member' }),
          ),
        ),
      );
    }
    for (const member of members) {
      await link.send(
        xml(
          'message',
          { to: `${member}@${server.domain}` },
          xml('x', { xmlns: NS.conference, jid: room }),
          xml('store', { xmlns: NS.hints }),
        ),
      );
    }
    await link.barrier();
  } finally {
    await link.client.stop();
  }
}

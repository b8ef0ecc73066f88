import { XmppLink } from '../XmppLink.ts';
import type { XmppEndpoint } from './XmppEndpoint.ts';

/**
 * A bare XMPP connection of `account` (already registered), for tests that put stanzas on the
 * wire themselves: another client's, or many at once. Never reconnects.
 */
export async function rawClient(
  server: XmppEndpoint,
  account: string,
  resource: string,
): Promise<XmppLink> {
  const link = new XmppLink({
    service: server.websocketUrl,
    domain: server.domain,
    username: account,
    password: `pw-${account}`,
    resource,
    mechanism: 'PLAIN',
  });
  link.client.reconnect.stop();
  await link.client.start();
  return link;
}

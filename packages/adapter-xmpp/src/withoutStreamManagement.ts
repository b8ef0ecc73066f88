import type { Client, Element } from '@xmpp/client';

const NS_STREAM = 'http://etherx.jabber.org/streams';
const NS_SM = 'urn:xmpp:sm:3';

/**
 * Keeps @xmpp/client from negotiating stream management (XEP-0198) by hiding the server's
 * offer. @xmpp/client 0.14 sometimes acknowledges more stanzas than the server sent, and
 * ejabberd (which offers XEP-0198 by default) ends such a stream with "Client acknowledged
 * more stanzas than sent by server". The adapter needs none of it: a new stream plus a MAM
 * catch-up recovers everything, on whichever node of a cluster it lands.
 */
export function withoutStreamManagement(client: Client): void {
  // Before @xmpp/client's own listener, which negotiates the features it sees.
  client.prependListener('element', (element) => {
    if (!element.is('features', NS_STREAM)) return;
    element.children = element.children.filter(
      (child): child is Element | string => typeof child === 'string' || !child.is('sm', NS_SM),
    );
  });
}

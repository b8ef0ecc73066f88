import type { Message, SendRequest } from '@parley/core';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { replyParts } from './replies.ts';

/** Where a stanza goes: a p2p peer's bare JID (`chat`) or a room (`groupchat`). */
export interface Target {
  jid: string;
  type: 'chat' | 'groupchat';
}

const store = () => xml('store', { xmlns: NS.hints });

/**
 * A content message. `origin-id` (XEP-0359) carries `idClient`; the Parley element carries
 * the sender's ms timestamp (Prosody stamps archives to the second only), the type and the
 * attachment as JSON so that other XMPP clients still see the body. A reply also carries its
 * snapshot of the original there, and XEP-0461's `<reply>` with a quote for other clients.
 */
export function contentStanza(request: SendRequest, target: Target, time: number): Element {
  const payload = JSON.stringify({
    attach: request.attach,
    ext: request.ext,
    replyTo: request.replyTo,
  });
  const reply = request.replyTo ? replyParts(request.replyTo, target) : undefined;
  return xml(
    'message',
    { to: target.jid, type: target.type, id: request.idClient },
    xml('body', {}, `${reply?.quote ?? ''}${request.body}`),
    xml('origin-id', { xmlns: NS.sid, id: request.idClient }),
    xml(
      'parley',
      {
        xmlns: NS.parley,
        type: request.type,
        time: String(time),
        scene: request.scene,
        countable: request.countable === undefined ? undefined : request.countable ? '1' : '0',
        receipt: request.needReceipt ? '1' : undefined,
      },
      payload,
    ),
    target.type === 'chat' ? xml('request', { xmlns: NS.receipts }) : null,
    xml('markable', { xmlns: NS.markers }),
    ...(reply?.elements ?? []),
  );
}

/** XEP-0424 retraction of `message` (by its origin-id), with a fallback body and a store hint. */
export function retractStanza(message: Message, target: Target, time: number, id: string): Element {
  return xml(
    'message',
    { to: target.jid, type: target.type, id },
    xml('retract', { xmlns: NS.retract, id: message.idClient }),
    xml('fallback', { xmlns: NS.fallback, for: NS.retract }),
    xml('body', {}, 'This person attempted to retract a previous message.'),
    xml('parley', { xmlns: NS.parley, type: 'tip', time: String(time) }),
    store(),
  );
}

/** XEP-0333 `displayed` marker for `message`, archived so that other devices and logins see it. */
export function displayedStanza(message: Message, target: Target, id: string): Element {
  return xml(
    'message',
    { to: target.jid, type: target.type, id },
    xml('displayed', { xmlns: NS.markers, id: message.idClient }),
    store(),
  );
}

/** XEP-0184 delivery receipt answering a request. */
export function deliveryReceipt(to: string, id: string): Element {
  return xml('message', { to, id: `rcpt-${id}` }, xml('received', { xmlns: NS.receipts, id }));
}

import type { Element } from '@xmpp/client';
import { NS } from './namespaces.ts';
import { deliveryReceipt } from './outgoing.ts';
import type { SessionState, SessionStates } from './SessionStates.ts';
import type { XmppLink } from './XmppLink.ts';

/** Where the live stanzas of a device's connection go. */
export interface StanzaDeps {
  readonly bareJid: string;
  readonly link: Pick<XmppLink, 'send'>;
  readonly states: Pick<SessionStates, 'receive'>;
  /** Applies a live message stanza archived by `archiveBy` and raises its events. */
  ingest(stanza: Element, archiveBy: string): void;
  /** Another device of mine changed a session state. */
  stateChanged(state: SessionState): void;
}

/**
 * Routes one live stanza of the device's connection: carbons of my other devices, PEP
 * notifications of my session states, receipts requested by peers, and messages.
 */
export function handleStanza(d: StanzaDeps, stanza: Element): void {
  if (!stanza.is('message')) return;
  const from = stanza.attrs.from ?? d.bareJid;
  const carbon = stanza.getChild('received', NS.carbons) ?? stanza.getChild('sent', NS.carbons);
  if (carbon) {
    if (from !== d.bareJid) return; // carbons only come from my own account
    const inner = carbon.getChild('forwarded', NS.forward)?.getChild('message');
    if (inner) d.ingest(inner, d.bareJid);
    return;
  }
  if (stanza.getChild('event', NS.pubsubEvent)) {
    if (from === d.bareJid) for (const state of d.states.receive(stanza)) d.stateChanged(state);
    return;
  }
  if (stanza.attrs.type === 'error') return;
  if (stanza.getChild('request', NS.receipts) && stanza.attrs.type === 'chat' && stanza.attrs.id) {
    void d.link.send(deliveryReceipt(from, stanza.attrs.id)).catch(() => undefined);
  }
  const archiveBy = stanza.attrs.type === 'groupchat' ? (from.split('/')[0] ?? '') : d.bareJid;
  d.ingest(stanza, archiveBy);
}

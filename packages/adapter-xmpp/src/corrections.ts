import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from './namespaces.ts';
import type { Target } from './outgoing.ts';

/**
 * A correction (XEP-0308) of my message `idClient`: the whole new body and a `<replace>` that
 * names the original's id (never an earlier correction's, as the XEP asks). `extra` repeats
 * what else the original carried for other clients (a reply's `<reply>` and quote), since a
 * correction replaces every payload; `quote` goes before the body like in the original. The
 * Parley element carries the ms time that orders edits (the latest wins).
 */
export function correctionStanza(
  idClient: string,
  body: string,
  target: Target,
  time: number,
  id: string,
  reply?: { quote: string; elements: Element[] },
): Element {
  return xml(
    'message',
    { to: target.jid, type: target.type, id },
    xml('body', {}, `${reply?.quote ?? ''}${body}`),
    xml('replace', { xmlns: NS.correct, id: idClient }),
    xml('origin-id', { xmlns: NS.sid, id }),
    xml('parley', { xmlns: NS.parley, type: 'text', time: String(time) }),
    ...(reply?.elements ?? []),
  );
}

/** The id of the message a correction replaces, or null when the stanza is none. */
export function readCorrection(stanza: Element): string | null {
  return stanza.getChild('replace', NS.correct)?.attrs.id ?? null;
}

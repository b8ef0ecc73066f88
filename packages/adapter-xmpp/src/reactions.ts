import { checkReactionKey, MAX_REACTION_KEYS } from '@parley/core/rules';
import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from './namespaces.ts';
import type { Target } from './outgoing.ts';

/**
 * My whole set of reactions on one message (XEP-0444): every key still on, none for "all off".
 * `ref` is the message's reference id (see `referenceId`). The `store` hint makes MAM keep it,
 * so history and later logins fold it into its message; the Parley element carries the ms
 * time that orders the sets of one account (the later set wins).
 */
export function reactionsStanza(
  ref: string,
  keys: readonly string[],
  target: Target,
  time: number,
  id: string,
): Element {
  return xml(
    'message',
    { to: target.jid, type: target.type, id },
    xml(
      'reactions',
      { xmlns: NS.reactions, id: ref },
      [...new Set(keys)].map((key) => xml('reaction', {}, key)),
    ),
    xml('origin-id', { xmlns: NS.sid, id }),
    xml('parley', { xmlns: NS.parley, time: String(time) }),
    xml('store', { xmlns: NS.hints }),
  );
}

function isReactionKey(key: string): boolean {
  try {
    checkReactionKey(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * The reactions a stanza sets, or null when it carries none: the referenced id and the
 * sender's whole set. Duplicates are dropped as the XEP says, and so are keys Parley would not
 * accept from its own users (blank, too long, control or bidi characters); at most
 * `MAX_REACTION_KEYS` are kept.
 */
export function readReactions(stanza: Element): { ref: string; keys: string[] } | null {
  const reactions = stanza.getChild('reactions', NS.reactions);
  if (!reactions?.attrs.id) return null;
  const keys = new Set<string>();
  for (const reaction of reactions.getChildren('reaction')) {
    const key = reaction.getText().trim();
    if (isReactionKey(key)) keys.add(key);
  }
  return { ref: reactions.attrs.id, keys: [...keys].slice(0, MAX_REACTION_KEYS) };
}
